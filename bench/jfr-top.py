#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples: threads, hottest frames (self) and the application's own frames
(inclusive), so a profile can be read and pasted into bench/README.md.  Usage: jfr-top.py recording.jfr [top]"""
import collections
import re
import subprocess
import sys

recording, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", recording],
                      check=True, capture_output=True, text=True).stdout
samples = text.split("jdk.ExecutionSample")[1:]
threads, self_time, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
for sample in samples:
    frames = re.findall(r"^\s+([\w$.<>/]+\.[\w$<>]+)\(", sample, re.M)
    thread = re.search(r'sampledThread = "([^"]+)"', sample)
    if thread:
        threads[re.sub(r"\d+", "N", thread.group(1))] += 1
    if frames:
        self_time[frames[0]] += 1
        for frame in set(frames):
            if frame.startswith(("org.liaison.", "org.hibernate.", "io.vertx.pgclient.", "io.smallrye.jwt.",
                                 "com.fasterxml.", "io.quarkus.", "org.jose4j.", "org.jboss.resteasy.", "io.vertx.ext.web.", "io.smallrye.")):
                inclusive[frame] += 1
total = max(len(samples), 1)
print(f"{len(samples)} CPU samples")
print("\nthreads:")
for name, n in threads.most_common(6):
    print(f"  {100 * n / total:5.1f}%  {name}")
print("\nhottest frames (self):")
for name, n in self_time.most_common(top):
    print(f"  {100 * n / total:5.1f}%  {name}")
print("\napplication and framework frames (inclusive):")
for name, n in inclusive.most_common(top):
    print(f"  {100 * n / total:5.1f}%  {name}")
