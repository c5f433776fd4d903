#!/usr/bin/env bash
# Starts or stops a throw-away InfluxDB 1.x for the tests: loopback only, data under target/.
#   deploy/local/influxdb.sh start [http-port]   installs Debian's influxdb package when influxd is missing
#   deploy/local/influxdb.sh stop
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$root/target/test-influxdb"
port="${2:-8186}"
rpc_port=$((port + 2))

install_if_missing() {
  command -v influxd >/dev/null 2>&1 && return 0
  if [ -f /etc/debian_version ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q influxdb
  else
    echo "influxd (InfluxDB 1.x) is not installed; install it, or start any InfluxDB serving the v1 API and pass -Dinfluxdb.url=..." >&2
    exit 1
  fi
}

case "${1:-}" in
  start)
    install_if_missing
    if curl -fs -o /dev/null "http://127.0.0.1:$port/ping"; then
      echo "InfluxDB already answers on port $port"; exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    sed -e "s|@DATA_DIR@|$dir|g" -e "s|@HTTP_PORT@|$port|g" -e "s|@RPC_PORT@|$rpc_port|g" \
      "$root/deploy/standalone/src/main/resources/influxdb.conf.template" > "$dir/influxdb.conf"
    nohup influxd run -config "$dir/influxdb.conf" > "$dir/influxd.log" 2>&1 &
    echo $! > "$dir/influxd.pid"
    for _ in $(seq 1 100); do
      curl -fs -o /dev/null "http://127.0.0.1:$port/ping" && { echo "InfluxDB ready on 127.0.0.1:$port"; exit 0; }
      sleep 0.2
    done
    echo "influxd did not start; log:" >&2; cat "$dir/influxd.log" >&2; exit 1
    ;;
  stop)
    [ -f "$dir/influxd.pid" ] && kill "$(cat "$dir/influxd.pid")" 2>/dev/null || true
    rm -f "$dir/influxd.pid"
    ;;
  *)
    echo "usage: $0 start [http-port] | stop" >&2; exit 2 ;;
esac
