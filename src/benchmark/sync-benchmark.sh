#!/usr/bin/env bash
# Sync benchmark: the packaged product against the built-in GLPI simulator running in its own JVM.
#   bash src/benchmark/sync-benchmark.sh [tickets] [latency-ms] [concurrency] [page-size] [product-heap]
# Defaults: 100000 tickets, 200 ms per request, concurrency 4, page size 500, -Xmx256m.
# Prints: full-sync time, list requests, tickets/s, peak live heap, the ratio to the lower bound
# ceil(N / page-size) * L / C, the product process's CPU time (user + system: steadier than wall time
# on a shared machine), then an incremental run after 1% of the tickets changed.
# The ideal pager (src/test/java/io/glpiwallboard/benchmark/IdealPager.java: same pages, same concurrency,
# bodies discarded) runs right before and right after the product against the same simulator; the line
# "ideal ratio" is the product's full-sync time over the mean of the two ideal pager times.
# Peak live heap comes from the product's GC log (-Xlog:gc), the largest heap after a collection.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-100000}
LATENCY_MS=${2:-200}
C=${3:-4}
PAGE=${4:-500}
XMX=${5:-256m}
PORT=${SIM_PORT:-18290}
PRODUCT_JAVA_OPTS=${PRODUCT_JAVA_OPTS:-}

[ -f target/glpi-wallboard.jar ] || mvn -B -ntp -q package -DskipTests
WORK=$(mktemp -d)
# SYNC_BENCH_FULL_ONLY=1: only the full sync (no incremental run)
# SYNC_BENCH_KEEP=<dir>: copy the product's and the ideal pager's logs there before cleaning up
# PRODUCT_JAVA_OPTS: extra JVM options for the product, "%c" replaced by the command (run, refresh), e.g.
#   PRODUCT_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/sync-%c.jfr,settings=profile"
trap 'kill $SIM_PID 2>/dev/null || true; [ -n "${SYNC_BENCH_KEEP:-}" ] && mkdir -p "$SYNC_BENCH_KEEP" && cp "$WORK"/*.log "$SYNC_BENCH_KEEP"/ 2>/dev/null; rm -rf "$WORK"' EXIT

java -Xmx4g -jar target/glpi-wallboard.jar simulator --tickets="$N" --latency="${LATENCY_MS}ms" --port="$PORT" \
  > "$WORK/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 240); do
  grep -q "listening on" "$WORK/simulator.log" 2>/dev/null && break
  sleep 0.5
done
grep -q "listening on" "$WORK/simulator.log" || { cat "$WORK/simulator.log"; exit 1; }

ideal() {
  java src/test/java/io/glpiwallboard/benchmark/IdealPager.java "http://127.0.0.1:$PORT/api.php" wallboard-demo \
    demo-secret glpi-sync demo-password "$PAGE" "$C" | tee -a "$WORK/ideal.log"
}
# largest heap after a collection in a GC log (G1/Parallel/Serial "...M->45M(256M)"), in MB
gc_peak() { sed -nE 's/.*->([0-9]+)M\([0-9]+M\).*/\1/p' "$1" | sort -n | tail -1; }

stats() { curl -s "http://127.0.0.1:$PORT/sim/admin/stats"; }
list_requests() { stats | sed -E 's/.*"listRequests":([0-9]+).*/\1/'; }

product() {
  java ${PRODUCT_JAVA_OPTS//%c/$1} -Xmx"$XMX" -Xlog:gc:file="$WORK/gc-$1.log" -jar target/glpi-wallboard.jar "$@" \
    --glpi.url="http://127.0.0.1:$PORT/api.php" --glpi.client-id=wallboard-demo --glpi.client-secret=demo-secret \
    --glpi.username=glpi-sync --glpi.password=demo-password --glpi.page-size="$PAGE" --glpi.concurrency="$C" \
    --spring.datasource.url="jdbc:h2:file:$WORK/db;TRACE_LEVEL_FILE=0" --report.dir="$WORK/reports" 2>&1
}

echo "== full sync: N=$N, latency=${LATENCY_MS} ms, concurrency=$C, page size=$PAGE, product heap -Xmx$XMX"
ideal
TIMEFORMAT='%R %U %S'
before=$(list_requests)
{ time product run > "$WORK/run.log"; } 2> "$WORK/run.time"
after=$(list_requests)
ideal
grep -E "Ticket sync|Snapshot of|Sync FULL|Per ticket page" "$WORK/run.log" | sed 's/^[0-9-]* [0-9:]* //'
ms=$(sed -nE 's/.*Ticket sync \(FULL\) took ([0-9]+) ms.*/\1/p' "$WORK/run.log")
heap=$(gc_peak "$WORK/gc-run.log")
bound_ms=$(( (N + PAGE - 1) / PAGE * LATENCY_MS / C ))
awk -v n="$N" -v ms="$ms" -v b="$bound_ms" -v req="$((after - before))" -v heap="$heap" 'BEGIN {
  printf "full sync: %.1f s, %d list requests, %.0f tickets/s, peak live heap %s MB, bound %.1f s, ratio %.2f\n",
    ms / 1000, req, n / (ms / 1000), heap, b / 1000, (b > 0 ? ms / b : 0) }'
read -r wall user sys < "$WORK/run.time"
awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "product process (whole run): %.1f s wall, %.1f s CPU (user %.1f + system %.1f)\n", w, u + s, u, s }'
sed -nE 's/^ideal pager: ([0-9]+) ms.*/\1/p' "$WORK/ideal.log" | awk -v ms="$ms" '{ sum += $1; n++; all = all " " $1 }
  END { printf "ideal ratio: product %.1f s / ideal pager %.1f s (runs:%s ms) = %.2f\n", ms / 1000, sum / n / 1000, all, ms / (sum / n) }'

# SYNC_BENCH_FULL_ONLY=1: stop here (alternating before/after pairs of the full sync)
[ -n "${SYNC_BENCH_FULL_ONLY:-}" ] && exit 0
echo "== incremental sync after 1% of the tickets changed"
changed=$(curl -s -X POST "http://127.0.0.1:$PORT/sim/admin/touch?percent=1" | sed -E 's/[^0-9]*([0-9]+).*/\1/')
before=$(list_requests)
{ time product refresh > "$WORK/refresh.log"; } 2> "$WORK/refresh.time"
after=$(list_requests)
grep -E "Ticket sync|Sync INCREMENTAL" "$WORK/refresh.log" | sed 's/^[0-9-]* [0-9:]* //'
limit=$(( (changed + PAGE - 1) / PAGE + 5 ))
echo "incremental: $changed tickets changed, $((after - before)) list requests (target at most $limit)"
read -r wall user sys < "$WORK/refresh.time"
awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "product process (whole refresh): %.1f s wall, %.1f s CPU (user %.1f + system %.1f)\n", w, u + s, u, s }'
