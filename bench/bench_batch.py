#!/usr/bin/env python3
"""Batch throughput: 1 to 10,000 documents through `claimcheck check`, as
files in a folder and as JSON Lines on standard input, with --jobs 1 and 2.
Prints a Markdown table: documents, MB, seconds, documents/s, MB/s and the
peak memory of the process.

    bench/bench_batch.py [CLAIMCHECK] [CORPUS_DIR]

The documents are the corpus articles (all versions) repeated under distinct
names. Run by hand, never as a timed test."""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))



def timed(cmd, stdin=None):
    # Each run in a fresh helper process, so that ru_maxrss is this run's peak.
    probe = ("import resource,subprocess,sys,time;t=time.time();"
             "p=subprocess.run(sys.argv[1:],stdin=sys.stdin,stdout=subprocess.DEVNULL);"
             "print(time.time()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)")
    out = subprocess.run([sys.executable, "-c", probe] + cmd, input=stdin, capture_output=True, text=True)
    seconds, kb, rc = out.stdout.split()
    if int(rc) not in (0, 1):
        sys.exit(f"{' '.join(cmd[:5])}: exit {rc}")
    return float(seconds), int(kb)


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "build", "claimcheck")
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "tests", "corpus")
    sources = []
    for root, _, files in os.walk(corpus):
        for f in sorted(files):
            if f.endswith(".md"):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    sources.append(fh.read())
    sources.sort()
    print("| documents | MB | mode | jobs | seconds | documents/s | MB/s | peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="claimcheck-batch-") as work:
        for n in (1, 10, 100, 1000, 10000):
            folder = os.path.join(work, f"n{n}")
            os.makedirs(folder)
            lines = []
            size = 0
            for i in range(n):
                text = sources[i % len(sources)]
                with open(os.path.join(folder, f"doc{i:05d}.md"), "w", encoding="utf-8") as fh:
                    fh.write(text)
                lines.append(json.dumps({"id": i, "text": text}))
                size += len(text.encode("utf-8"))
            jsonl = "\n".join(lines) + "\n"
            mb = size / 1e6
            for mode in ("files", "jsonl"):
                for jobs in (1, 2):
                    base = [exe, "check", "--no-config", "--format", "json", "--jobs", str(jobs)]
                    if mode == "files":
                        seconds, kb = timed(base + [folder])
                    else:
                        seconds, kb = timed(base + ["--input-format", "jsonl"], stdin=jsonl)
                    print(f"| {n} | {mb:.2f} | {mode} | {jobs} | {seconds:.2f} | {n / seconds:.0f} | "
                          f"{mb / seconds:.1f} | {kb / 1024:.0f} |", flush=True)


if __name__ == "__main__":
    main()
