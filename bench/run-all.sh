#!/usr/bin/env bash
# Every KMS Lab benchmark, in one command, with the machine described; figures land in bench/results/<UTC time>/,
# summary.md there is what docs/benchmarks.md quotes.
#
#   bench/run-all.sh            full run (about 25 minutes on 2 cores)
#   bench/run-all.sh --quick    every step, shorter (about 8 minutes): to check the script, not for figures
#   ONLY="wire startup sessions" bench/run-all.sh   just those steps (engine envelope wire startup sessions)
#
# Needs: JDK 25 (JAVA_HOME), wrk (apt-get install -y wrk), openssl, curl, python3. All traffic stays on 127.0.0.1,
# every load run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
QUICK=0; [ "${1:-}" = "--quick" ] && QUICK=1
for tool in wrk openssl curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
OUT="${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }

if [ $QUICK = 1 ]; then
  JMH_ENGINE=(-f 1 -wi 1 -w 1s -i 2 -r 1s); JMH_ENVELOPE=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  ENV_REPEATS=2; WIRE_RUNS=1; WIRE_SECONDS=5; STARTS=1; HEAP_SESSIONS=20; LEARNERS=(20); LOAD_SECONDS=15
else
  JMH_ENGINE=(-f 1 -wi 3 -w 2s -i 5 -r 2s); JMH_ENVELOPE=(-f 1 -wi 1 -w 3s -i 5 -r 3s)
  ENV_REPEATS=5; WIRE_RUNS=3; WIRE_SECONDS=15; STARTS=3; HEAP_SESSIONS=100; LEARNERS=(50 200); LOAD_SECONDS=60
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
  echo "openssl: $(openssl version)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "app JVM flags: ${APP_JVM_FLAGS:--Xms1g -Xmx2g} (G1, default otherwise)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

log "build (app jar, test classes, classpath)"
./mvnw -q -B -DskipTests package >"$OUT/build.log" 2>&1
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
  >>"$OUT/build.log" 2>&1
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
jmh() { java -cp "$CP" org.openjdk.jmh.Main "$@"; }

if want engine; then
  log "engine JMH, 1 thread and all cores; then CPU time per call"
  for t in 1 "$(nproc)"; do
    jmh 'EngineBenchmark|EnginePerSandboxBenchmark' "${JMH_ENGINE[@]}" -t "$t" -rf json -rff "$OUT/engine-t$t.json" \
      >"$OUT/engine-t$t.log" 2>&1
  done
  java -cp "$CP" org.kmslab.bench.EngineCpuCost 2 >"$OUT/engine-cpu.txt" 2>/dev/null
fi

if want envelope; then
log "envelope: 1 GiB through the data key (JMH, then wall and CPU), openssl speed alongside"
openssl_speed() { # label, extra args
  openssl speed "${@:2}" -evp aes-256-gcm -seconds 3 -bytes 16384 2>/dev/null | tail -1 \
    | awk -v l="$1" '{printf "%s %.0f\n", l, $2 / 1000}' >> "$OUT/openssl.txt"
}
: > "$OUT/openssl.txt"
openssl_speed encrypt_cpu_MBps; openssl_speed decrypt_cpu_MBps -decrypt
openssl_speed encrypt_wall_MBps -elapsed; openssl_speed decrypt_wall_MBps -decrypt -elapsed
jmh EnvelopeBenchmark "${JMH_ENVELOPE[@]}" -rf json -rff "$OUT/envelope.json" >"$OUT/envelope.log" 2>&1
java -Xms6g -Xmx6g -cp "$CP" org.kmslab.bench.EnvelopeThroughput $((1 << 30)) "$ENV_REPEATS" \
  >"$OUT/envelope-throughput.txt" 2>/dev/null
openssl_speed encrypt_cpu_MBps; openssl_speed decrypt_cpu_MBps -decrypt
openssl_speed encrypt_wall_MBps -elapsed; openssl_speed decrypt_wall_MBps -decrypt -elapsed
fi

if want wire; then
log "wire: Encrypt over HTTP with wrk, 32 connections"
bench/wire.sh "$OUT" "$WIRE_RUNS" "$WIRE_SECONDS" >"$OUT/wire.log" 2>&1
fi

source bench/app.sh
trap app_stop EXIT
if want startup; then
log "start-up: java -jar to first page, $STARTS times"
: > "$OUT/startup.txt"
for _ in $(seq 1 "$STARTS"); do
  app_start >> "$OUT/startup.txt"
  app_stop
done
fi

if want sessions; then
log "learner sessions: heap per open lesson ($HEAP_SESSIONS sessions)"
app_start >/dev/null
java -cp "$CP" org.kmslab.bench.LearnerLoad heap "$BENCH_URL/" "$APP_PID" "$HEAP_SESSIONS" >"$OUT/heap.txt" 2>&1
app_stop

for n in "${LEARNERS[@]}"; do
  log "learner sessions: $n learners stepping through a lesson, think ${THINK_MS} ms, ${LOAD_SECONDS} s"
  app_start >/dev/null
  java -cp "$CP" org.kmslab.bench.LearnerLoad load "$BENCH_URL/" "$n" "$LOAD_SECONDS" "$THINK_MS" "$APP_PID" \
    >"$OUT/learners-$n.txt" 2>&1
  app_stop
done
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
python3 bench/summarize.py "$OUT" > "$OUT/summary.md"
log "done: $OUT/summary.md"
cat "$OUT/summary.md"
