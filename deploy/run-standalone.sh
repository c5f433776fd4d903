#!/usr/bin/env bash
# Builds CityOps Monitor and runs everything on this machine: Kafka (KRaft), an MQTT broker, the
# MQTT->Kafka bridge, the Flink jobs on a local mini-cluster, InfluxDB, the API and the operations
# page on http://localhost:8080, and the simulators. Options: deploy/run-standalone.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package -pl deploy/standalone -am
exec java ${CITYOPS_JAVA_OPTS:--Xms256m -Xmx2g} \
  -cp "deploy/standalone/target/classes:$(cat deploy/standalone/target/classpath.txt)" \
  io.cityops.standalone.StandaloneLauncher "$@"
