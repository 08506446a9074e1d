#!/bin/bash
# usage: run-hostile.sh MODE [extra run args...]
# Copies the baseline DB (/tmp/trial-host/base), starts hostile_glpi.py MODE in front of the simulator (SIM_PORT, 18741)
# and a catcher, runs `run` through it, and prints exit code, error lines, secrets seen, DB fingerprint before/after.
mode=$1; shift; SIM=${SIM_PORT:-18741}; B=/tmp/trial-host; d=$B/$mode; rm -rf $d; mkdir -p $d; cp $B/base/db.mv.db $d/
P=$((20000 + RANDOM % 20000)); C=$((P + 1)); : > $B/catch-$C.log; : > $B/hostile-$P.log
python3 /work/wt-trial/trial/hostile_glpi.py $C $SIM catch & cpid=$!
python3 /work/wt-trial/trial/hostile_glpi.py $P $SIM $mode $C & hpid=$!
sleep 1
H2=~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar
fp() { java -cp $H2 org.h2.tools.Shell -url "jdbc:h2:file:$d/db" -user sa -sql "select concat_ws(' ', 'tickets', count(*), 'ids', sum(id), 'status', sum(status), 'titles', sum(length(title)), 'opened', sum(extract(epoch from opened_at)), 'entities', (select count(*) from glpi_entity), (select sum(length(completename)) from glpi_entity), 'groups', (select count(*) from glpi_group), 'members', (select count(*) from glpi_ticket_member), 'snapshot', (select max(as_of) from snapshot_day)) x from glpi_ticket" 2>&1 | sed -n 2p; }
before=$(fp); start=$(date +%s)
timeout ${TIMEOUT:-300} java -Xmx${HEAP:-256m} -jar /work/wt-trial/target/glpi-wallboard.jar run --glpi.url=http://127.0.0.1:$P/api.php \
  --glpi.client-id=wallboard-demo --glpi.client-secret=demo-secret --glpi.username=glpi-sync --glpi.password=demo-password \
  --spring.datasource.url=jdbc:h2:file:$d/db --report.dir=$d/reports --glpi.request-timeout=5s --glpi.retry.max-elapsed=20s "$@" > $d/out.log 2>&1
rc=$?; took=$(( $(date +%s) - start ))
kill $hpid $cpid 2>/dev/null
after=$(fp)
echo "== $mode: exit $rc in ${took}s"
grep -E "glpi-wallboard: error|WARN|ERROR" $d/out.log | cut -c1-400 | head -8
echo "   lines: $(wc -l < $d/out.log), stack frames: $(grep -c '^\s*at ' $d/out.log)"
echo "   secrets in output: $(grep -c -E 'demo-secret|demo-password|eyJ' $d/out.log)"
echo "   catcher got: $(wc -l < $B/catch-$C.log) requests; secrets there: $(grep -c -E 'demo-secret|demo-password|auth=Bearer' $B/catch-$C.log)"
echo "   db before: $before"; echo "   db after:  $after"
