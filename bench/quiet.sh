#!/usr/bin/env bash
# Quiet-machine discipline for the benchmarks: wait (bounded) for a quiet machine before a run, and tell afterwards
# whether it stayed quiet. The load average after a run counts the run itself (wrk and the server keep 2 cores busy),
# so a run is judged by the load average before it and by the CPU that other processes used during it (all CPU
# time in /proc/stat minus the server's and the load generator's). Usage: source bench/quiet.sh; wait_quiet; ...
LOAD_MAX="${LOAD_MAX:-1}"        # a run counts as quiet when the 1-minute load average stayed at or below this
QUIET_WAIT="${QUIET_WAIT:-90}"   # seconds to wait at most for the load average to fall to LOAD_MAX before a run
RERUNS="${RERUNS:-2}"            # how many times a run that was not quiet is repeated

load1m() { cut -d' ' -f1 /proc/loadavg; }

# Waits until the 1-minute load average is at most LOAD_MAX, for QUIET_WAIT seconds at most; never fails.
wait_quiet() {
  local waited=0
  while awk -v l="$(load1m)" -v m="$LOAD_MAX" 'BEGIN { exit !(l > m) }' && [ "$waited" -lt "$QUIET_WAIT" ]; do
    sleep 5
    waited=$((waited + 5))
  done
}

# CPU seconds that all processes of the machine have spent so far (user, nice, system, irq, softirq), from /proc/stat.
busy_seconds() { awk '/^cpu / {printf "%.2f\n", ($2 + $3 + $4 + $7 + $8) / 100}' /proc/stat; }
OTHERS_MAX="${OTHERS_MAX:-0.2}"  # cores that other processes may have used on average during a quiet run

# Runs the shell function $2 (which starts, measures and stops what it needs and writes its figures to $OUT/$STEP.txt)
# until the machine was quiet during it, at most 1 + RERUNS times; appends one JSON line per attempt to
# $OUT/quiet.jsonl: step $1, attempt, load average before and after, cores used by other processes meanwhile. The
# figures of an attempt that was not quiet are kept as $OUT/$STEP.attempt<N>.txt. Others = all busy CPU minus the CPU
# of the function's processes, which bash's `time` reports once they have been waited for.
quiet_run() {
  local step="$1" fn="$2" attempt l0 l1 b0 b1 t0 t1 ours
  for attempt in $(seq 0 "$RERUNS"); do
    wait_quiet
    l0=$(load1m); b0=$(busy_seconds); t0=$(date +%s.%N)
    ours=$( { TIMEFORMAT='%U %S'; time STEP="$step" "$fn" >/dev/null 2>>"$OUT/$step.err"; } 2>&1 \
      | tail -1 | awk '{print $1 + $2}')
    l1=$(load1m); b1=$(busy_seconds); t1=$(date +%s.%N)
    python3 -c "
import json
secs = $t1 - $t0
others = max(0.0, $b1 - $b0 - $ours) / secs
print(json.dumps({'step': '$step', 'attempt': $attempt, 'seconds': round(secs, 1), 'load_before': $l0,
    'load_after': $l1, 'others_cores': round(others, 2)}))" | tee -a "$OUT/quiet.jsonl" >&2
    if tail -1 "$OUT/quiet.jsonl" | python3 -c "
import json, sys; r = json.loads(sys.stdin.read())
sys.exit(0 if r['load_before'] <= $LOAD_MAX and r['others_cores'] <= $OTHERS_MAX else 1)"; then
      return 0
    fi
    echo "$step: machine not quiet$([ "$attempt" -lt "$RERUNS" ] && echo ', rerunning')" >&2
    if [ "$attempt" -lt "$RERUNS" ] && [ -f "$OUT/$step.txt" ]; then mv "$OUT/$step.txt" "$OUT/$step.attempt$attempt.txt"; fi
  done
}
