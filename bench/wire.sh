#!/usr/bin/env bash
# Wire API: Encrypt (64 B) over HTTP with wrk, 32 connections, against the app jar on loopback.
# Usage: bench/wire.sh OUT_DIR [runs] [seconds]   (the app jar must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$1"; RUNS="${2:-3}"; SECONDS_PER_RUN="${3:-15}"
mkdir -p "$OUT"
source bench/app.sh
trap app_stop EXIT
app_start >/dev/null
KEY_ID=$(kms_call CreateKey '{"Description":"wrk"}' | sed -E 's/.*"KeyId":"([^"]+)".*/\1/')
export KEY_ID
echo "key $KEY_ID" >&2
# Warm-up: JIT and connection pools; not recorded.
timeout 60 wrk -t 2 -c 32 -d 10s --latency -s bench/encrypt.lua "$BENCH_URL/" >/dev/null
: > "$OUT/wire.jsonl"
# CPU seconds (user + system) of a process so far, from /proc (clock ticks of 1/100 s).
cpu_of() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }
TIMEFORMAT='%U %S'
for i in $(seq 1 "$RUNS"); do
  app_cpu0=$(cpu_of "$APP_PID")
  wrk_cpu=$( { time timeout $((SECONDS_PER_RUN + 30)) wrk -t 2 -c 32 -d "${SECONDS_PER_RUN}s" --latency \
      -s bench/encrypt.lua "$BENCH_URL/" > "$OUT/wire-run$i.txt"; } 2>&1 | awk '{print $1 + $2}')
  app_cpu=$(echo "$(cpu_of "$APP_PID") $app_cpu0" | awk '{print $1 - $2}')
  # Server and load-generator CPU per request: what 2 cores could serve if nothing else ran on them.
  grep '^JSON ' "$OUT/wire-run$i.txt" | sed 's/^JSON //' | python3 -c "
import json, sys
r = json.loads(sys.stdin.read()); n = r['requests']
r['app_cpu_us_per_req'] = round($app_cpu * 1e6 / n, 1); r['wrk_cpu_us_per_req'] = round($wrk_cpu * 1e6 / n, 1)
r['rps_if_2_cores_were_ours'] = round(2e6 / (r['app_cpu_us_per_req'] + r['wrk_cpu_us_per_req']))
r['load_avg'] = open('/proc/loadavg').read().split()[0]
print(json.dumps(r))" >> "$OUT/wire.jsonl"
done
cat "$OUT/wire.jsonl"
