#!/usr/bin/env python3
"""Turns one bench/results/<time>/ folder into the Markdown tables that docs/benchmarks.md quotes."""
import json, pathlib, re, statistics, sys

out = pathlib.Path(sys.argv[1])
print(f"# Benchmark run {out.name}\n")
print("```\n" + (out / "machine.txt").read_text().strip() + "\n```\n")

def jmh(path):
    rows = {}
    if path.exists():
        for r in json.loads(path.read_text()):
            raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
            name = r["benchmark"].split(".", 3)[-1].replace("org.kmslab.bench.", "")
            rows[name] = (r["primaryMetric"]["score"], min(raw), max(raw), r["primaryMetric"]["scoreUnit"], r["threads"])
    return rows

print("## Engine (JMH, operations per second: mean, and min-max of the iterations)\n")
files = sorted(out.glob("engine-t*.json"), key=lambda p: int(p.stem.split("-t")[1]))
tables = [(p.stem.split("-t")[1], jmh(p)) for p in files]
names = sorted({n for _, t in tables for n in t})
print("| benchmark | " + " | ".join(f"{t} thread(s)" for t, _ in tables) + " |")
print("|---|" + "---|" * len(tables))
for n in names:
    cells = []
    for _, t in tables:
        if n in t:
            s, lo, hi, _, _ = t[n]
            cells.append(f"{s:,.0f} ({lo:,.0f}-{hi:,.0f})")
        else:
            cells.append("")
    print(f"| {n} | " + " | ".join(cells) + " |")

print("\n## Envelope: 1 GiB with a data key\n")
env = jmh(out / "envelope.json")
if env:
    print("JMH, wall clock (mean; min-max):\n")
    print("| path | ms per GiB | MB/s |")
    print("|---|---|---|")
    for n, (s, lo, hi, unit, _) in sorted(env.items()):
        print(f"| {n.split(':')[0]} | {s:,.0f} ({lo:,.0f}-{hi:,.0f}) | {2**30 / 1e6 / (s / 1000):,.0f} |")
tp = out / "envelope-throughput.txt"
if tp.exists():
    print("\nWall clock and this thread's CPU time (median, min, max of the repeats):\n")
    print("```\n" + "\n".join(l for l in tp.read_text().splitlines() if not l.startswith("JSON")) + "\n```")
ossl = out / "openssl.txt"
if ossl.exists():
    vals = {}
    for line in ossl.read_text().split("\n"):
        if line.strip():
            k, v = line.split()
            vals.setdefault(k, []).append(float(v))
    print("\nopenssl speed -evp aes-256-gcm -bytes 16384, before and after the Java runs (MB/s):\n")
    for k, v in vals.items():
        print(f"- {k}: " + ", ".join(f"{x:,.0f}" for x in v))

print("\n## Wire API: Encrypt (64 B) with wrk, 32 connections, 2 threads\n")
wire = out / "wire.jsonl"
if wire.exists():
    runs = [json.loads(l) for l in wire.read_text().splitlines() if l.strip()]
    print("| run | requests/s | p50 ms | p90 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|")
    for i, r in enumerate(runs, 1):
        print(f"| {i} | {r['rps']:,.0f} | {r['p50_ms']:.2f} | {r['p90_ms']:.2f} | {r['p99_ms']:.2f} | {r['errors']} |")
    if runs:
        print(f"\nmedian {statistics.median(r['rps'] for r in runs):,.0f} requests/s")

print("\n## Start-up: java -jar to first page served (s)\n")
st = out / "startup.txt"
if st.exists():
    print(", ".join(st.read_text().split()))

print("\n## Learner sessions\n")
for f in sorted(out.glob("heap*.txt")) + sorted(out.glob("learners-*.txt"), key=lambda p: (p.stem.split("-")[1], int(p.stem.split("-")[-1]) if p.stem.split("-")[-1].isdigit() else 0)):
    if f.exists():
        for line in f.read_text().splitlines():
            if not line.startswith(("JSON", "WARNING")) and line.strip():
                print(f"- {f.stem}: {line}")
