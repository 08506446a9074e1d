#!/bin/bash
# usage: tz-run.sh NAME JVM_ZONE WALLBOARD_ZONE SIM_PORT : one `run` against the simulator into /tmp/trial-tz/NAME
n=$1; jz=$2; wz=$3; port=$4; d=/tmp/trial-tz/$n; mkdir -p $d
java -Xmx400m -Duser.timezone=$jz -jar /work/wt-trial/target/glpi-wallboard.jar run --glpi.url=http://127.0.0.1:$port/api.php \
  --glpi.client-id=wallboard-demo --glpi.client-secret=demo-secret --glpi.username=glpi-sync --glpi.password=demo-password \
  --wallboard.time-zone=$wz --spring.datasource.url=jdbc:h2:file:$d/db --report.dir=$d/reports > $d/run.log 2>&1
echo "exit $?" >> $d/run.log
