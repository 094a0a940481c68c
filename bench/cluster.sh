#!/usr/bin/env bash
# Scale-out benchmark (issue 17): learners and wire load through HAProxy on 1 and on 3 KMS Lab instances sharing one
# PostgreSQL (deploy/cluster.sh), on this machine's loopback. Reports CPU time per request and per click, summed over
# the instances (HAProxy and PostgreSQL apart), which holds up on a busy machine where throughput and latency do not.
#
#   bench/cluster.sh            about 8 minutes, unattended; prints a summary, figures in bench/results/cluster-<time>/
#   QUICK=1 bench/cluster.sh    shorter phases, to check the script (not for figures)
#   SKIP_BUILD=1 ...            use the jar and test classes already in target/
#
# Needs root (deploy/cluster.sh starts Debian's PostgreSQL), a JDK 25 at JAVA_HOME, wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
OUT="bench/results/cluster-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
WIRE_SECONDS=20; WARM_SECONDS=15; LEARNERS=60; LEARN_SECONDS=30; THINK_MS=1000; SANDBOXES_N=30
[ -n "${QUICK:-}" ] && { WIRE_SECONDS=5; WARM_SECONDS=3; LEARNERS=10; LEARN_SECONDS=8; SANDBOXES_N=6; }
export KMSLAB_DB_NAME=kmslab_bench KMSLAB_LB_PORT=18180 KMSLAB_FIRST_PORT=18181 KMSLAB_CLUSTER_DIR="$PWD/target/bench-cluster" KMSLAB_HEAP=512m
LB="http://127.0.0.1:$KMSLAB_LB_PORT"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
trap 'deploy/cluster.sh stop >/dev/null 2>&1 || true' EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  log "build (app jar, test classes, classpath)"
  ./mvnw -q -B -DskipTests package >"$OUT/build.log" 2>&1
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
    >>"$OUT/build.log" 2>&1
fi
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
{ echo "cpus: $(nproc)"; echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$OUT/machine.txt"

# CPU seconds (user + system) of a list of processes so far, from /proc (clock ticks of 1/100 s).
cpu_of() { for p in "$@"; do awk '{print ($14 + $15) / 100}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}'; }
node_pids() { cat "$KMSLAB_CLUSTER_DIR"/n*.pid; }

# One phase: measures the instances' and HAProxy's CPU while "$@" runs; appends a JSON line to $OUT/results.jsonl.
measure() {
  local label=$1 n=$2 unit=$3; shift 3
  local pids; pids=$(node_pids | tr '\n' ' ')
  local lb; lb=$(cat "$KMSLAB_CLUSTER_DIR/haproxy.pid")
  local pg; pg=$(pgrep -u postgres | tr '\n' ' ')
  local c0 l0 g0; c0=$(cpu_of $pids); l0=$(cpu_of "$lb"); g0=$(cpu_of $pg)
  "$@" > "$OUT/$label-$n.txt" 2>&1
  local c1 l1 g1; c1=$(cpu_of $pids); l1=$(cpu_of "$lb"); g1=$(cpu_of $pg)
  local per_node=""
  for p in $pids; do per_node="$per_node $(cpu_of "$p")"; done
  python3 - "$OUT/$label-$n.txt" "$label" "$n" "$unit" "$c0" "$c1" "$l0" "$l1" "$g0" "$g1" \
      "$(cut -d' ' -f1 /proc/loadavg)" \
      >> "$OUT/results.jsonl" <<'PY'
import json, sys
path, label, n, unit, c0, c1, l0, l1, g0, g1, load = sys.argv[1:]
line = [l for l in open(path) if l.startswith("JSON ")][-1]
r = json.loads(line[5:])
count = r.get("requests") or r.get("clicks")
app = float(c1) - float(c0); lb = float(l1) - float(l0); pg = float(g1) - float(g0)
print(json.dumps({"phase": label, "instances": int(n), "unit": unit, "count": count,
    "app_cpu_s": round(app, 2), "haproxy_cpu_s": round(lb, 2),
    "app_cpu_ms_per_" + unit: round(app * 1000 / count, 3), "haproxy_cpu_ms_per_" + unit: round(lb * 1000 / count, 3),
    "postgres_cpu_ms_per_" + unit: round(pg * 1000 / count, 3),
    "p50_ms": r.get("p50_ms"), "p99_ms": r.get("p99_ms"), "errors": r.get("errors"), "load_avg": load}))
PY
}

# Every phase starts on an empty database, so runs compare.
fresh_db() { (cd / && runuser -u postgres -- psql -qc "DROP DATABASE IF EXISTS $KMSLAB_DB_NAME" >/dev/null 2>&1) || true; }

for n in 1 3; do
  fresh_db
  log "wire: $n instance(s), local mode, Encrypt over $SANDBOXES_N sandboxes, ${WIRE_SECONDS}s"
  KMSLAB_MODE=local deploy/cluster.sh start "$n" >"$OUT/start-wire-$n.log" 2>&1
  targets=""
  for i in $(seq 1 "$SANDBOXES_N"); do
    access=$(curl -fsS -X POST "$LB/api/sandboxes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessKeyId"])')
    key=$(curl -fsS "$LB/" -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: TrentService.CreateKey" \
      -H "Authorization: AWS4-HMAC-SHA256 Credential=$access/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=$(printf '0%.0s' $(seq 1 64))" \
      -d '{}' | sed -E 's/.*"KeyId":"([^"]+)".*/\1/')
    targets="$targets${targets:+,}$access:$key"
  done
  export SANDBOXES="$targets"
  # Warm-up (JIT, pools), not recorded: long enough for the JIT even on a busy machine.
  timeout 90 wrk -t 2 -c 32 -d "${WARM_SECONDS}s" -s bench/encrypt-many.lua "$LB/" >/dev/null 2>&1 || true
  measure wire "$n" request timeout $((WIRE_SECONDS + 30)) wrk -t 2 -c 32 -d "${WIRE_SECONDS}s" --timeout 10s \
      -s bench/encrypt-many.lua "$LB/"
  deploy/cluster.sh stop >/dev/null

  fresh_db
  log "learners: $n instance(s), strict mode, $LEARNERS learners, think ${THINK_MS} ms, ${LEARN_SECONDS}s"
  KMSLAB_MODE=strict deploy/cluster.sh start "$n" >"$OUT/start-learners-$n.log" 2>&1
  # Warm-up, not recorded: without it, fresh JVMs spend most of the phase's CPU in the JIT.
  timeout $((WARM_SECONDS + 60)) "$JAVA_HOME/bin/java" -cp "$CP" org.kmslab.bench.LearnerLoad load "$LB/" "$LEARNERS" \
      "$WARM_SECONDS" "$THINK_MS" >"$OUT/warm-learners-$n.txt" 2>&1 || true
  measure learners "$n" click "$JAVA_HOME/bin/java" -cp "$CP" org.kmslab.bench.LearnerLoad load "$LB/" "$LEARNERS" "$LEARN_SECONDS" \
      "$THINK_MS"
  deploy/cluster.sh stop >/dev/null
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"

python3 - "$OUT" > "$OUT/summary.md" <<'PY'
import json, sys
out = sys.argv[1]
rows = [json.loads(l) for l in open(out + "/results.jsonl")]
print("| phase | instances | count | app CPU per unit (ms, all instances) | HAProxy CPU (ms) | PostgreSQL CPU (ms) | p50 ms | p99 ms | errors | load avg |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    u = r["unit"]
    print(f"| {r['phase']} | {r['instances']} | {r['count']} {u}s | {r['app_cpu_ms_per_' + u]} | "
          f"{r['haproxy_cpu_ms_per_' + u]} | {r.get('postgres_cpu_ms_per_' + u, '')} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | {r['load_avg']} |")
print()
print(open(out + "/machine.txt").read())
PY
cat "$OUT/summary.md"
