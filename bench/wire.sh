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
for i in $(seq 1 "$RUNS"); do
  timeout $((SECONDS_PER_RUN + 30)) wrk -t 2 -c 32 -d "${SECONDS_PER_RUN}s" --latency -s bench/encrypt.lua \
      "$BENCH_URL/" > "$OUT/wire-run$i.txt"
  grep '^JSON ' "$OUT/wire-run$i.txt" | sed 's/^JSON //' >> "$OUT/wire.jsonl"
done
cat "$OUT/wire.jsonl"
