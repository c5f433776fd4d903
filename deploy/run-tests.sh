#!/usr/bin/env bash
# Runs every test: unit tests, then the integration tests against a real Kafka broker (in-process
# KRaft), a real MQTT broker and a real InfluxDB, which this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${CITYOPS_TEST_INFLUXDB_PORT:-8186}"
deploy/local/influxdb.sh start "$port"
trap 'deploy/local/influxdb.sh stop' EXIT
mvn -B verify -Dinfluxdb.url="http://127.0.0.1:$port" "$@"
