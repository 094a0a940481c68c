#!/usr/bin/env bash
# Starts and stops the app jar for the benchmarks: loopback only, a fresh data folder, fixed JVM flags.
# Usage: source bench/app.sh; app_start [extra JVM flags...]; ...; app_stop
BENCH_PORT="${BENCH_PORT:-18090}"
BENCH_URL="http://127.0.0.1:${BENCH_PORT}"
APP_JVM_FLAGS="${APP_JVM_FLAGS:--Xms1g -Xmx2g}"
APP_JAR="${APP_JAR:-target/kmslab-0.1.0-SNAPSHOT.jar}"

# Prints the seconds from launch to the first page (GET / answered 200).
app_start() {
  if curl -s -o /dev/null --max-time 2 "$BENCH_URL/" 2>/dev/null; then
    echo "something already answers on $BENCH_URL; stop it first" >&2
    return 1
  fi
  APP_DATA="$(mktemp -d /tmp/kmslab-bench-data.XXXXXX)"
  local t0 t1
  t0=$(date +%s.%N)
  "$JAVA_HOME/bin/java" $APP_JVM_FLAGS "$@" -jar "$APP_JAR" --server.port="$BENCH_PORT" \
      --server.address=127.0.0.1 --kmslab.data-dir="$APP_DATA" >"$APP_DATA/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "$BENCH_URL/" 2>/dev/null; then
      t1=$(date +%s.%N)
      echo "$t0 $t1" | awk '{printf "%.2f\n", $2 - $1}'
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "app died; see $APP_DATA/app.log" >&2
      return 1
    fi
    sleep 0.05
  done
  echo "app did not serve a page within 60 s" >&2
  app_stop
  return 1
}

app_stop() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# One AWS KMS JSON 1.1 call over loopback; prints the response body.
kms_call() {
  curl -fsS --max-time 30 "$BENCH_URL/" -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: TrentService.$1" \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=AKIABENCHWRK00000000/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=$(printf '0%.0s' $(seq 1 64))" \
    -d "$2"
}
