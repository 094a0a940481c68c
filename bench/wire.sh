#!/usr/bin/env bash
# Wire API: Encrypt (64 B) over HTTP with wrk (2 threads, 32 connections), against the app jar and, side by side with
# the same wrk settings, moto_server (moto's KMS), both on loopback.
# Usage: bench/wire.sh OUT_DIR [runs] [seconds]      (the app jar must be built; MOTO=0 skips moto_server)
# Each run records requests/s, latency, errors, the server's and wrk's CPU per request, the load average before and
# after, and the cores other processes used meanwhile; a run that was not quiet (load average before it above
# LOAD_MAX, default 1, or others above OTHERS_MAX cores) is repeated, at most RERUNS times (default 2): see quiet.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$1"; RUNS="${2:-3}"; SECONDS_PER_RUN="${3:-15}"
MOTO="${MOTO:-1}"; MOTO_PORT="${MOTO_PORT:-18091}"
mkdir -p "$OUT"
source bench/app.sh
source bench/quiet.sh
MOTO_PID=
stop_all() {
  app_stop
  if [ -n "$MOTO_PID" ] && kill -0 "$MOTO_PID" 2>/dev/null; then kill "$MOTO_PID"; wait "$MOTO_PID" 2>/dev/null || true; fi
  MOTO_PID=
}
trap stop_all EXIT
WRK=(wrk -t 2 -c 32 --latency -s bench/encrypt.lua)
# CPU seconds (user + system) of a process so far, from /proc (clock ticks of 1/100 s).
cpu_of() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }
TIMEFORMAT='%U %S'

# One measured run against URL, server process PID, labelled TARGET; appends a JSON line to wire.jsonl.
measure() { # target url pid run attempt
  local target="$1" url="$2" pid="$3" file="$OUT/wire-$1-run$4-attempt$5.txt" load0 load1 srv0 srv wrk_cpu busy0 busy
  load0=$(load1m)
  busy0=$(busy_seconds)
  srv0=$(cpu_of "$pid")
  wrk_cpu=$( { time timeout $((SECONDS_PER_RUN + 30)) "${WRK[@]}" -d "${SECONDS_PER_RUN}s" "$url" > "$file"; } 2>&1 \
    | awk '{print $1 + $2}')
  srv=$(echo "$(cpu_of "$pid") $srv0" | awk '{print $1 - $2}')
  busy=$(echo "$(busy_seconds) $busy0" | awk '{print $1 - $2}')
  load1=$(load1m)
  grep '^JSON ' "$file" | sed 's/^JSON //' | TARGET="$target" SRV="$srv" WRKCPU="$wrk_cpu" L0="$load0" L1="$load1" \
    BUSY="$busy" RUN="$4" ATTEMPT="$5" python3 -c "
import json, os, sys
r = json.loads(sys.stdin.read()); n = max(r['requests'], 1); e = os.environ
r['target'] = e['TARGET']; r['run'] = int(e['RUN']); r['attempt'] = int(e['ATTEMPT'])
r['server_cpu_us_per_req'] = round(float(e['SRV']) * 1e6 / n, 1)
r['wrk_cpu_us_per_req'] = round(float(e['WRKCPU']) * 1e6 / n, 1)
r['others_cores'] = round(max(0.0, float(e['BUSY']) - float(e['SRV']) - float(e['WRKCPU'])) / r['seconds'], 2)
r['load_before'] = float(e['L0']); r['load_after'] = float(e['L1'])
print(json.dumps(r))" >> "$OUT/wire.jsonl"
  tail -1 "$OUT/wire.jsonl" >&2
  tail -1 "$OUT/wire.jsonl" | python3 -c "
import json, sys; r = json.loads(sys.stdin.read())
sys.exit(0 if r['load_before'] <= $LOAD_MAX and r['others_cores'] <= $OTHERS_MAX else 1)"
}

# Warm-up, then RUNS measured runs, each repeated while the machine was busy.
runs() { # target url pid
  # warm-up (JIT, pools), not recorded: 30 s, since after 10 s the quiet baseline still fell from 794 to 190 us/request
  timeout 90 "${WRK[@]}" -d "${WARM_SECONDS:-30}s" "$2" >/dev/null
  for i in $(seq 1 "$RUNS"); do
    for attempt in $(seq 0 "$RERUNS"); do
      wait_quiet
      if measure "$1" "$2" "$3" "$i" "$attempt"; then break; fi
      echo "wire $1 run $i: machine not quiet, $([ "$attempt" -lt "$RERUNS" ] && echo rerunning || echo kept)" >&2
    done
  done
}

: > "$OUT/wire.jsonl"
app_start >/dev/null
KEY_ID=$(kms_call CreateKey '{"Description":"wrk"}' | sed -E 's/.*"KeyId":"([^"]+)".*/\1/')
export KEY_ID
runs app "$BENCH_URL/" "$APP_PID"
app_stop

if [ "$MOTO" = 1 ]; then
  if ! command -v moto_server >/dev/null; then
    echo "moto_server not found (pip install 'moto[server]'); skipping the side-by-side runs" >&2
  else
    moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$OUT/moto.log" 2>&1 &
    MOTO_PID=$!
    MOTO_URL="http://127.0.0.1:$MOTO_PORT"
    for _ in $(seq 1 200); do curl -s -o /dev/null "$MOTO_URL/" && break; sleep 0.1; done
    KEY_ID=$(BENCH_URL="$MOTO_URL" kms_call CreateKey '{"Description":"wrk"}' | sed -E 's/.*"KeyId": *"([^"]+)".*/\1/')
    export KEY_ID
    echo "moto $(moto_server --version 2>/dev/null || true) key $KEY_ID" >&2
    runs moto "$MOTO_URL/" "$MOTO_PID"
  fi
fi
cat "$OUT/wire.jsonl"
