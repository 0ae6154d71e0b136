#!/usr/bin/env python3
"""Batch scale: 10,000 documents give the same results one at a time, with
--jobs 2, through --input-format jsonl, and split across GNU parallel.

    scale_test.py CLAIMCHECK CORPUS_DIR [N]

The documents are the corpus articles (clean, mutated and neutral versions)
repeated under distinct names until there are N (default 10,000)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd, stdin=None, any_exit=False):
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if out.returncode not in (0, 1) and not any_exit:
        sys.exit(f"{' '.join(cmd[:4])}...: exit {out.returncode}: {out.stderr[:500]}")
    return out.stdout


def comparable(entry):
    """A result without its name: what must match across the four runs."""
    e = dict(entry)
    e.pop("path", None)
    e.pop("id", None)
    return json.dumps(e, sort_keys=True)


def main():
    exe, corpus = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    sources = []
    for root, _, files in os.walk(corpus):
        for f in sorted(files):
            if f.endswith(".md"):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    sources.append(fh.read())
    sources.sort()
    work = tempfile.mkdtemp(prefix="claimcheck-scale-")
    try:
        docs = os.path.join(work, "docs")
        os.makedirs(docs)
        names = []
        with open(os.path.join(work, "input.jsonl"), "w", encoding="utf-8") as jl:
            for i in range(n):
                name = os.path.join(docs, f"doc{i:05d}.md")
                with open(name, "w", encoding="utf-8") as fh:
                    fh.write(sources[i % len(sources)])
                names.append(name)
                jl.write(json.dumps({"id": name, "text": sources[i % len(sources)]}) + "\n")
        with open(os.path.join(work, "input.jsonl"), encoding="utf-8") as fh:
            jsonl_in = fh.read()
        t0 = time.time()
        one = json.loads(run([exe, "check", "--no-config", "--format", "json", "--jobs", "1", docs]))["files"]
        t1 = time.time()
        two = json.loads(run([exe, "check", "--no-config", "--format", "json", "--jobs", "2", docs]))["files"]
        t2 = time.time()
        lines = run([exe, "check", "--no-config", "--input-format", "jsonl", "--jobs", "2"], jsonl_in)
        t3 = time.time()
        # GNU parallel's exit status counts chunks that exited non-zero, and
        # a chunk with a conflict exits 1: the lines are what is compared.
        par = run(["parallel", "--pipe", "--block", "16M", "-N", "1000", "-k", "-j", "2",
                   exe, "check", "--no-config", "--input-format", "jsonl", "--jobs", "1"], jsonl_in, any_exit=True)
        t4 = time.time()
        jsonl = [json.loads(line) for line in lines.splitlines() if line]
        gnu = [json.loads(line) for line in par.splitlines() if line]
        problems = 0
        for label, got in (("--jobs 2", two), ("jsonl", jsonl), ("GNU parallel", gnu)):
            if len(got) != n:
                print(f"{label}: {len(got)} results for {n} documents")
                problems += 1
                continue
            keys = [e.get("path", e.get("id")) for e in got]
            if keys != [e["path"] for e in one]:
                print(f"{label}: results not in input order")
                problems += 1
            differing = [(a, b) for a, b in zip(one, got) if comparable(a) != comparable(b)]
            if differing:
                print(f"{label}: {len(differing)} of {n} results differ from one at a time")
                a, b = differing[0]
                for key in a:
                    if key in ("path", "id") or a.get(key) == b.get(key):
                        continue
                    print(f"  first difference, {a.get('path')}, field {key}:\n    {json.dumps(a[key])[:400]}"
                          f"\n    {json.dumps(b.get(key))[:400]}")
                problems += 1
        conflicts = sum(len(e["conflicts"]) for e in one)
        print(f"{n} documents, {conflicts} conflicts; one at a time {t1 - t0:.1f} s, --jobs 2 {t2 - t1:.1f} s, "
              f"jsonl --jobs 2 {t3 - t2:.1f} s, GNU parallel -j 2 {t4 - t3:.1f} s")
        if conflicts == 0:
            print("no conflicts at all: the mutated articles should give some")
            problems += 1
        return 1 if problems else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
