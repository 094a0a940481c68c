#!/usr/bin/env python3
"""Turns one bench/results/<time>/ folder into the Markdown that docs/benchmarks.md quotes, goals first."""
import json, pathlib, re, statistics, sys

out = pathlib.Path(sys.argv[1])


def lines(name):
    p = out / name
    return [json.loads(l) for l in p.read_text().splitlines() if l.strip()] if p.exists() else []


def text(name):
    p = out / name
    return p.read_text() if p.exists() else ""


def is_quiet(r):
    return bool(r) and r["load_before"] <= 1 and r["others_cores"] <= 0.2


quiet = {}  # step -> last attempt (the one whose figures were kept)
for q in lines("quiet.jsonl"):
    quiet[q["step"]] = q


def cond(q):
    if not q:
        return "load average not recorded"
    ok = is_quiet(q)
    return (f"load {q['load_before']:.2f} before, {q['load_after']:.2f} after, others {q['others_cores']:.2f} cores"
            + ("" if ok else " **(not quiet)**"))


wire = lines("wire.jsonl")
kept = {}  # (target, run) -> last attempt
for r in wire:
    kept[(r["target"], r.get("run", 1))] = r
app = [r for (t, _), r in sorted(kept.items()) if t == "app"]
moto = [r for (t, _), r in sorted(kept.items()) if t == "moto"]
med = lambda rs, k: statistics.median(r[k] for r in rs) if rs else None

learn_txt = text("learners.txt")
learn = next((json.loads(l[5:]) for l in learn_txt.splitlines() if l.startswith("JSON ")), None)
heap_txt = text("heap.txt")
heap = next((json.loads(l[5:]) for l in heap_txt.splitlines() if l.startswith("JSON ")), None)
starts = [float(text(f"startup{i}.txt").split()[0]) for i in range(1, 10) if text(f"startup{i}.txt").strip()]
aot_starts = [float(text(f"aotstart{i}.txt").split()[0]) for i in range(1, 10) if text(f"aotstart{i}.txt").strip()]
engine = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s+([\d.]+) us CPU per call", text("engine.txt"), re.M)}

print(f"# Benchmark run {out.name}\n")
print("```\n" + text("machine.txt").strip() + "\n```\n")


def goal(name, value, target, met, runs):
    quiet_note = "" if runs and all(is_quiet(r) for r in runs) else " (machine not quiet: rerun)"
    print(f"| {name} | {value} | {target} | {'**met**' if met else 'not met'}{quiet_note} |")


print("## Goals (issue 16)\n")
print("| goal | measured | target | status |")
print("|---|---|---|---|")
if app and moto:
    ratio = med(app, "rps") / med(moto, "rps")
    goal("wire vs moto_server, same wrk settings", f"{med(app, 'rps'):,.0f} vs {med(moto, 'rps'):,.0f} requests/s = {ratio:.1f}x",
         ">= 30x", ratio >= 30, app + moto)
if app:
    goal("wire: app CPU per Encrypt request", f"{med(app, 'server_cpu_us_per_req'):.1f} us", "<= 25 us",
         med(app, "server_cpu_us_per_req") <= 25, app)
    goal("wire: requests/s on the 2 cores, wrk beside", f"{med(app, 'rps'):,.0f}", ">= 10,000", med(app, "rps") >= 10000,
         app)
if learn:
    goal(f"{learn['learners']} learners: p95 round trip", f"{learn['p95_ms']:.1f} ms", "<= 100 ms", learn["p95_ms"] <= 100,
         [quiet.get("learners")])
    goal(f"{learn['learners']} learners: server CPU per click", f"{learn['serverCpuMsPerClick']:.2f} ms", "<= 1 ms",
         learn["serverCpuMsPerClick"] <= 1, [quiet.get("learners")])
if heap:
    kb = heap["bytesPerSession"] / 1024
    goal("heap per learner session (strict mode)", f"{kb:,.0f} KB", "<= 150 KB", kb <= 150, [quiet.get("heap")])
if starts:
    goal("java -jar to first page", f"{statistics.median(starts):.2f} s (median of {', '.join(f'{s:.2f}' for s in starts)})",
         "<= 4 s", statistics.median(starts) <= 4, [quiet.get(f"startup{i}") for i in range(1, len(starts) + 1)])
if aot_starts:
    goal("java -XX:AOTCache=... -jar (extracted, warm-up trained) to first page",
         f"{statistics.median(aot_starts):.2f} s (median of {', '.join(f'{s:.2f}' for s in aot_starts)})", "<= 4 s",
         statistics.median(aot_starts) <= 4, [quiet.get(f"aotstart{i}") for i in range(1, len(aot_starts) + 1)])

if engine:
    print("\n## Engine: CPU time per call, one thread (" + cond(quiet.get("engine")) + ")\n")
    print("| call | us CPU per call |")
    print("|---|---|")
    for k, v in engine.items():
        print(f"| {k} | {v:,.1f} |")

if wire:
    print("\n## Wire API: Encrypt (64 B), wrk -t 2 -c 32 after a 30 s warm-up, the same settings for both servers\n")
    print("| server | run | attempt | requests/s | p50 ms | p99 ms | errors | server CPU us/req | wrk CPU us/req "
          "| load before / after | others (cores) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in wire:
        print(f"| {r['target']} | {r.get('run', 1)} | {r.get('attempt', 0)} | {r['rps']:,.0f} | {r['p50_ms']:.2f} "
              f"| {r['p99_ms']:.2f} | {r['errors']} | {r['server_cpu_us_per_req']:.1f} | {r['wrk_cpu_us_per_req']:.1f} "
              f"| {r['load_before']:.2f} / {r['load_after']:.2f} | {r['others_cores']:.2f} |")
    if app and moto:
        print(f"\nKept runs (last attempt of each): app median {med(app, 'rps'):,.0f} requests/s at "
              f"{med(app, 'server_cpu_us_per_req'):.1f} us CPU per request; moto_server median {med(moto, 'rps'):,.0f} "
              f"at {med(moto, 'server_cpu_us_per_req'):.1f} us.")

if starts:
    print("\n## Start-up: java -jar to the first page served\n")
    for i, s in enumerate(starts, 1):
        print(f"- start {i}: {s:.2f} s ({cond(quiet.get(f'startup{i}'))})")
    for i, s in enumerate(aot_starts, 1):
        print(f"- with the ahead-of-time cache, start {i}: {s:.2f} s ({cond(quiet.get(f'aotstart{i}'))})")
    train = re.search(r"training run: ([\d.]+) s", text("aot-train.log"))
    if train:
        print(f"- the cache's training run (--kmslab.warm-up): {train.group(1)} s, not counted")

if heap_txt or learn_txt:
    print("\n## Learner sessions (strict mode: a sandbox per session)\n")
    for name, t in (("heap", heap_txt), ("learners", learn_txt)):
        for line in t.splitlines():
            if line.strip() and not line.startswith(("JSON", "WARNING")):
                print(f"- {name}: {line} ({cond(quiet.get(name))})")
