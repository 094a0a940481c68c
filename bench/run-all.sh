#!/usr/bin/env bash
# The KMS Lab benchmarks of docs/benchmarks.md in one unattended command, bounded in time (about 12-15 minutes on
# 2 quiet cores). Figures land in bench/results/<UTC time>/; summary.md there is the Markdown to paste.
#
#   bench/run-all.sh            engine CPU, wire vs moto_server, start-up, heap per learner, 500 learners
#   bench/run-all.sh --quick    the same steps, short (about 5 minutes): to check the script, not for figures
#   ONLY="wire learners" bench/run-all.sh     some steps: engine wire startup heap learners; and, not in the
#                                             default set because they take 20 more minutes: jmh envelope
#
# Quiet machine: before each measured run the script waits (at most QUIET_WAIT=90 s) for the 1-minute load average
# to fall to LOAD_MAX=1, records the load average before and after and the cores other processes used meanwhile, and
# repeats a run that was not quiet (at most RERUNS=2 times); see bench/quiet.sh. Nothing else should run meanwhile.
#
# Needs: JDK 25 (JAVA_HOME), wrk (apt-get install -y wrk), openssl, curl, python3; moto_server (pip install
# 'moto[server]') for the side-by-side wire runs (MOTO=0 skips them). All traffic stays on 127.0.0.1; every load
# run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
QUICK=0; [ "${1:-}" = "--quick" ] && QUICK=1
for tool in wrk openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
OUT="${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)}"
export OUT
mkdir -p "$OUT"
STEPS="${ONLY:-engine wire startup heap learners}"
want() { [[ " $STEPS " == *" $1 "* ]]; }
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
if [ $QUICK = 1 ]; then
  export RERUNS="${RERUNS:-0}" QUIET_WAIT="${QUIET_WAIT:-0}"
  export WARM_SECONDS="${WARM_SECONDS:-5}"
fi
source bench/app.sh
source bench/quiet.sh
trap app_stop EXIT

if [ $QUICK = 1 ]; then
  ENGINE_SECONDS=0.3; WIRE_RUNS=1; WIRE_SECONDS=5; STARTS=1; HEAP_SESSIONS=20; LEARNERS="${LEARNERS:-50}"
  LOAD_SECONDS=15; JMH_ENGINE=(-f 1 -wi 1 -w 1s -i 2 -r 1s); JMH_ENVELOPE=(-f 1 -wi 1 -w 1s -i 2 -r 1s); ENV_REPEATS=2
else
  ENGINE_SECONDS=1; WIRE_RUNS=3; WIRE_SECONDS=15; STARTS=3; HEAP_SESSIONS=100; LEARNERS="${LEARNERS:-500}"
  LOAD_SECONDS=60; JMH_ENGINE=(-f 1 -wi 3 -w 2s -i 5 -r 2s); JMH_ENVELOPE=(-f 1 -wi 1 -w 3s -i 5 -r 3s); ENV_REPEATS=5
fi
THINK_MS="${THINK_MS:-2000}"

log "machine"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "git: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo "nproc: $(nproc)"
  lscpu | grep -E "Model name|^CPU\(s\)|Thread|Hypervisor" | sed 's/  */ /g'
  echo "memory: $(free -g | awk '/Mem:/{print $2 " GiB total, " $7 " GiB available"}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "moto_server: $(command -v moto_server >/dev/null && python3 -c 'import moto; print("moto", moto.__version__)' 2>/dev/null || echo 'not installed')"
  echo "app JVM flags: ${APP_JVM_FLAGS:--Xms1g -Xmx2g} (G1, default otherwise)"
  echo "quiet rule: load average before a run <= $LOAD_MAX and other processes <= $OTHERS_MAX cores during it; reruns: $RERUNS"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

log "build (app jar, test classes, class path)"
timeout 900 ./mvnw -q -B -DskipTests package >"$OUT/build.log" 2>&1
timeout 300 ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >>"$OUT/build.log" 2>&1
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
export CP
jmh() { timeout 1800 java -cp "$CP" org.openjdk.jmh.Main "$@"; }

engine_step() {
  timeout 300 java -cp "$CP" org.kmslab.bench.EngineCpuCost "$ENGINE_SECONDS" >"$OUT/$STEP.txt"
}
if want engine; then
  log "engine: CPU time per call, one thread"
  quiet_run engine engine_step
fi

if want wire; then
  log "wire: Encrypt over HTTP with wrk (2 threads, 32 connections), the app, then moto_server"
  timeout 1200 bench/wire.sh "$OUT" "$WIRE_RUNS" "$WIRE_SECONDS" >"$OUT/wire.log" 2>&1 || log "wire failed: see wire.log"
fi

startup_step() {
  trap app_stop EXIT
  app_start > "$OUT/$STEP.txt"
  app_stop
}
# The same, from the extracted jar and a JDK ahead-of-time cache trained by one --kmslab.warm-up run (README,
# "Faster start-up"); the training run is timed but not a start-up figure.
AOT_DIR="$PWD/target/aot"
aot_step() {
  trap app_stop EXIT
  APP_JAR="$AOT_DIR/$(basename "$APP_JAR")" app_start -XX:AOTCache="$AOT_DIR/kmslab.aot" > "$OUT/$STEP.txt"
  app_stop
}
if want startup; then
  log "start-up: java -jar to the first page, $STARTS times"
  for i in $(seq 1 "$STARTS"); do quiet_run "startup$i" startup_step; done
  log "start-up with an ahead-of-time cache: extract, one warm-up run, then $STARTS starts"
  rm -rf "$AOT_DIR"
  java -Djarmode=tools -jar "$APP_JAR" extract --destination "$AOT_DIR" >"$OUT/aot-train.log" 2>&1
  t0=$(date +%s.%N)
  timeout 300 java -XX:AOTCacheOutput="$AOT_DIR/kmslab.aot" -jar "$AOT_DIR/$(basename "$APP_JAR")" --kmslab.warm-up \
    >>"$OUT/aot-train.log" 2>&1
  echo "$t0 $(date +%s.%N)" | awk '{printf "training run: %.1f s\n", $2 - $1}' >>"$OUT/aot-train.log"
  for i in $(seq 1 "$STARTS"); do quiet_run "aotstart$i" aot_step; done
fi

heap_step() {
  trap app_stop EXIT
  APP_ARGS="--kmslab.mode=strict" app_start >/dev/null
  timeout 600 java -cp "$CP" org.kmslab.bench.LearnerLoad heap "$BENCH_URL/" "$APP_PID" "$HEAP_SESSIONS" \
    >"$OUT/$STEP.txt"
  app_stop
}
if want heap; then
  log "heap per learner session (strict mode: a sandbox per session), $HEAP_SESSIONS sessions"
  quiet_run heap heap_step
fi

learners_step() {
  trap app_stop EXIT
  APP_ARGS="--kmslab.mode=strict" app_start >/dev/null
  timeout $((LOAD_SECONDS + 240)) java -cp "$CP" org.kmslab.bench.LearnerLoad load "$BENCH_URL/" "$LEARNERS" \
    "$LOAD_SECONDS" "$THINK_MS" "$APP_PID" >"$OUT/$STEP.txt"
  app_stop
}
if want learners; then
  log "learners (strict mode): $LEARNERS stepping through a lesson, think ${THINK_MS} ms, ${LOAD_SECONDS} s"
  quiet_run learners learners_step
fi

if want jmh; then
  log "engine JMH, 1 thread and all cores"
  for t in 1 "$(nproc)"; do
    jmh 'EngineBenchmark|EnginePerSandboxBenchmark' "${JMH_ENGINE[@]}" -t "$t" -rf json -rff "$OUT/engine-t$t.json" \
      >"$OUT/engine-t$t.log" 2>&1
  done
fi

if want envelope; then
  log "envelope: 1 GiB through the data key (JMH, then wall and CPU), openssl speed alongside"
  openssl_speed() { # label, extra args
    openssl speed "${@:2}" -evp aes-256-gcm -seconds 3 -bytes 16384 2>/dev/null | tail -1 \
      | awk -v l="$1" '{printf "%s %.0f\n", l, $2 / 1000}' >> "$OUT/openssl.txt"
  }
  : > "$OUT/openssl.txt"
  openssl_speed encrypt_cpu_MBps; openssl_speed decrypt_cpu_MBps -decrypt
  jmh EnvelopeBenchmark "${JMH_ENVELOPE[@]}" -rf json -rff "$OUT/envelope.json" >"$OUT/envelope.log" 2>&1
  timeout 900 java -Xms6g -Xmx6g -cp "$CP" org.kmslab.bench.EnvelopeThroughput $((1 << 30)) "$ENV_REPEATS" \
    >"$OUT/envelope-throughput.txt" 2>/dev/null
  openssl_speed encrypt_cpu_MBps; openssl_speed decrypt_cpu_MBps -decrypt
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
python3 bench/summarize.py "$OUT" > "$OUT/summary.md"
log "done: $OUT/summary.md"
cat "$OUT/summary.md"
