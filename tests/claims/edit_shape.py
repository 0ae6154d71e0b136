#!/usr/bin/env python3
"""Applies each edit of DIR/edits.toml to DIR/article.md on its own and checks
that claimcheck reports exactly the conflicts the edit lists, each naming
exactly its sentences; the article itself must check clean.

  edit_shape.py --exe build/claimcheck tests/claims/bytedance-shape

Exit 0 when every edit gives its conflicts, 1 otherwise.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11: Debian's python3-toml
    import toml as tomllib


def conflicts(exe, path):
    p = subprocess.run([exe, "check", "--format", "json", str(path)], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{path}: claimcheck exit {p.returncode}: {p.stderr.strip()}")
    doc = json.loads(p.stdout)
    return [[s["text"] for s in c["statements"]] for c in doc["files"][0]["conflicts"]]


def named(conflict, prefixes):
    """The conflict's sentences are exactly those opening with `prefixes`."""
    if len(conflict) != len(prefixes):
        return False
    return all(any(s.startswith(p) for s in conflict) for p in prefixes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("dir")
    args = ap.parse_args()
    d = Path(args.dir)
    article = (d / "article.md").read_text()
    spec = tomllib.loads((d / "edits.toml").read_text())
    failures = 0
    clean = conflicts(args.exe, d / "article.md")
    if clean:
        print(f"article.md: expected no conflict, got {clean}")
        failures += 1
    with tempfile.TemporaryDirectory() as tmp:
        for e in spec["edit"]:
            if article.count(e["find"]) != 1:
                print(f"{e['what']}: '{e['find']}' must occur exactly once in article.md")
                failures += 1
                continue
            path = Path(tmp) / "article.md"
            path.write_text(article.replace(e["find"], e["replace"]))
            got = conflicts(args.exe, path)
            want = e["conflicts"]
            unmatched = list(got)
            ok = len(got) == len(want)
            for prefixes in want:
                hit = next((c for c in unmatched if named(c, prefixes)), None)
                if hit is None:
                    ok = False
                else:
                    unmatched.remove(hit)
            status = "ok  " if ok else "FAIL"
            print(f"{status} {e['what']}")
            if not ok:
                failures += 1
                print(f"     expected {want}")
                print(f"     got      {[[s[:40] for s in c] for c in got]}")
    print(f"{len(spec['edit']) - failures if failures <= len(spec['edit']) else 0} of {len(spec['edit'])} edits caught as stated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
