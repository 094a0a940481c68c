#!/usr/bin/env bash
# A/B: heap per session and learners load, strict mode, each jar fresh. Usage: learners-ab.sh JAR_A JAR_B ROUNDS OUTDIR
set -u
cd /work/wt/learners
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
export BENCH_PORT=18291
A="$1"; B="$2"; ROUNDS="${3:-2}"; OUT="$4"; mkdir -p "$OUT"
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
source bench/app.sh
trap app_stop EXIT
for r in $(seq 1 "$ROUNDS"); do
  for which in A B; do
    APP_JAR="${!which}"
    export APP_JAR
    echo "== round $r $which ($APP_JAR) load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/log"
    APP_ARGS="--kmslab.mode=strict" app_start > "$OUT/start.txt"; t=$(cat "$OUT/start.txt")
    cpu=$(awk '{print $14+$15}' /proc/$APP_PID/stat)
    echo "start-up ${t}s, process CPU at first page $((cpu*10)) ms" | tee -a "$OUT/log"
    timeout 600 java -cp "$CP" org.kmslab.bench.LearnerLoad heap "$BENCH_URL/" "$APP_PID" "${SESSIONS:-50}" 2>&1 | tee -a "$OUT/log" | tail -3
    timeout 600 java -cp "$CP" org.kmslab.bench.LearnerLoad load "$BENCH_URL/" "${LEARNERS:-30}" "${SECONDS_:-30}" 1000 "$APP_PID" 2>&1 | tee -a "$OUT/log" | tail -12
    app_stop
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/log"
  done
done
