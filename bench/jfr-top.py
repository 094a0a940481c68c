#!/usr/bin/env python3
"""Inclusive sample share per method from `jfr print --events jdk.ExecutionSample` output (stdin).

Usage: jfr-top.py [--within METHOD] PREFIX...  -- counts only samples whose stack holds METHOD, if given."""
import collections, re, sys
args = sys.argv[1:]
within = None
if args[:1] == ["--within"]:
    within, args = args[1], args[2:]
prefixes = args or ["org.kmslab"]
inclusive = collections.Counter()
n = 0
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames or (within and within not in frames):
        continue
    n += 1
    for f in set(frames):
        if any(f.startswith(p) for p in prefixes):
            inclusive[f] += 1
print(f"{n} samples")
for f, c in inclusive.most_common(45):
    print(f"{100 * c / n:5.1f}% {f}")
