#!/usr/bin/env bash
# Times the observed snapshot and the 400-day history reconstruction over a generated mirror of
# 1,000,000 tickets in an H2 file database (target/benchmark/snapshot.mv.db).
# Usage, from the repository root: bash src/benchmark/snapshot-benchmark.sh [tickets] [days] [runs] [fresh]
# (the generated mirror is kept between runs; "fresh" generates it again, which takes minutes)
# Targets: snapshot < 10 s, reconstruction of 400 days < 30 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
TICKETS="${1:-1000000}"
DAYS="${2:-400}"
RUNS="${3:-3}"
FRESH="${4:-}"
mvn -B -ntp -o -q test-compile
if [ ! -s target/cp.txt ] || [ pom.xml -nt target/cp.txt ]; then
	mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1)"
java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" io.glpiwallboard.snapshot.SnapshotBenchmark \
	target/benchmark/snapshot "$TICKETS" "$DAYS" "$RUNS" $FRESH
