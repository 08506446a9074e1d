#!/usr/bin/env bash
# Writes the all-entities workbook of a mirror holding 100,000 open tickets, in a JVM limited to
# 256 MiB of heap, and prints the elapsed time, the peak heap and the file size.
# Usage (from the repository root): bash src/benchmark/workbook-benchmark.sh [ticket counts...]
# e.g. bash src/benchmark/workbook-benchmark.sh 10000 100000   (shows that memory does not grow)
# BENCH_XMX=64m bash src/benchmark/workbook-benchmark.sh       (the same under a smaller heap)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -o -q test-compile
mvn -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
rm -rf target/benchmark/workbook
mkdir -p target/benchmark/workbook
java -Xmx"${BENCH_XMX:-256m}" -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  io.glpiwallboard.benchmark.WorkbookBenchmark "${@:-100000}"
