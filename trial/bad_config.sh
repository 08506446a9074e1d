#!/bin/bash
# usage: bad_config.sh : each bad setting -> expect one line naming it, exit 2, no stack trace, no database file
J=/work/wt-trial/target/glpi-wallboard.jar; O=/tmp/trial-cfg
GOOD="--glpi.url=http://127.0.0.1:18741/api.php --glpi.client-id=wallboard-demo --glpi.client-secret=demo-secret --glpi.username=glpi-sync --glpi.password=demo-password"
one() { i=$1; shift; d=$O/c$i; rm -rf $d; mkdir -p $d
  timeout 120 java -Xmx200m -jar $J run $GOOD --spring.datasource.url=jdbc:h2:file:$d/db --report.dir=$d/r "$@" > $d/out 2>&1; rc=$?
  printf '%-55s exit=%s lines=%s frames=%s db=%s | %s\n' "$*" $rc $(wc -l < $d/out) $(grep -c '^\s*at ' $d/out) $(ls $d/db* 2>/dev/null | wc -l) "$(grep -m1 -E 'error|Error|ERROR' $d/out | cut -c1-170)"; }
i=0
while IFS= read -r a; do i=$((i+1)); one $i $a & [ $((i % 4)) -eq 0 ] && wait; done <<'LIST'
--glpi.usrname=x
--glpi.page-size=-5
--glpi.page-size=99999999999
--glpi.concurrency=0
--glpi.request-timeout=5 parsecs
--glpi.request-timeout=
--glpi.connect-timeout=-1s
--glpi.url=http://[::1
--glpi.url=https://glpi.example.org/api.php?x=1
--glpi.url=http://user:pw@127.0.0.1:18741/api.php
--wallboard.time-zone=Mars/Olympus
--wallboard.time-zone=
--wallboard.refresh-seconds=0
--wallboard.refresh-seconds=abc
--wallboard.history-days=-1
--wallboard.history-days=100000000
--wallboard.working-hours=20:00-07:00
--wallboard.working-days=FUNDAY
--wallboard.due-soon=0s
--sync.max-purge-ratio=1.5
--sync.reconcile-budget=-1
--schedule.nightly=every day
--report.recipients[0].to=not-an-address
--report.recipients[0].entity=abc
--wallboard.board.thresholds.open.alert=-3
--wallboard.board.top-entities=-1
--wallboard.board.trend-days=0
--glpi.api-version=v9
--glpi.entity=-4
--report.mail.chart-days=99999
--wallboard.board.themes=x
--report.file-mode=0777
LIST
wait
