#!/usr/bin/env bash
# Load on the board and on /api/wallboard: 100 concurrent keep-alive connections for 20 s per URL,
# measured with wrk (Debian: apt-get install -y wrk). Prints requests/s and the latency
# distribution (p50/p75/p90/p99, max). Target: p99 < 50 ms on the 2-core machine.
#
# Usage, from the repository root:
#   bash src/benchmark/load-benchmark.sh [seconds] [connections] [database]
# Without a database, the packaged jar runs `demo` (built-in simulator, 5,000 tickets, full sync)
# on a free port with its own database under target/benchmark/. With a database path (e.g.
# target/benchmark/snapshot, the million-ticket mirror left by snapshot-benchmark.sh), the jar
# runs `serve` on it, without schedule. The jar is built if missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-20}"
CONNECTIONS="${2:-100}"
DATABASE="${3:-}"
command -v wrk >/dev/null || { echo "load-benchmark: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
if [ ! -f target/glpi-wallboard.jar ] || [ -n "$(find src/main templates pom.xml -newer target/glpi-wallboard.jar -type f 2>/dev/null | head -1)" ]; then
	mvn -B -ntp -o -q package -DskipTests
fi
mkdir -p target/benchmark
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
if [ -z "$DATABASE" ]; then
	rm -f target/benchmark/load-demo.mv.db
	ARGS=(demo "--spring.datasource.url=jdbc:h2:file:$PWD/target/benchmark/load-demo;TRACE_LEVEL_FILE=0")
else
	ARGS=(serve --schedule.enabled=false "--spring.datasource.url=jdbc:h2:file:$PWD/$DATABASE;TRACE_LEVEL_FILE=0")
fi
java -Xmx1g -jar target/glpi-wallboard.jar "${ARGS[@]}" --server.port="$PORT" >target/benchmark/load-server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
	if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/wallboard")" = 200 ]; then break; fi
	kill -0 "$SERVER" 2>/dev/null || { echo "load-benchmark: the server stopped:" >&2; tail -5 target/benchmark/load-server.log >&2; exit 1; }
	sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); server: ${ARGS[0]} on port $PORT"
echo "/api/wallboard: $(curl -s "$BASE/api/wallboard" | wc -c) bytes; /: HTTP $(curl -s -o /dev/null -w '%{http_code}' "$BASE/")"
wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/api/wallboard" >/dev/null # warm-up (JIT, caches)
for path in /api/wallboard /; do
	echo "== GET $path: $CONNECTIONS connections, ${DURATION}s"
	wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$path" | grep -v "^Running\|threads and"
done
