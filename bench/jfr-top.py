#!/usr/bin/env python3
"""Inclusive sample share per method from `jfr print --events jdk.ExecutionSample` output (stdin)."""
import collections, re, sys
prefixes = sys.argv[1:] or ["org.kmslab", "java.util.UUID", "javax.crypto", "java.security"]
text = sys.stdin.read()
inclusive = collections.Counter()
n = 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    n += 1
    for f in set(frames):
        if any(f.startswith(p) for p in prefixes):
            inclusive[f] += 1
print(f"{n} samples")
for f, c in inclusive.most_common(40):
    print(f"{100 * c / n:5.1f}% {f}")
