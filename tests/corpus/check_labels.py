#!/usr/bin/env python3
"""Validate the labeled test corpus under tests/corpus/.

Each article lives in tests/corpus/<slug>/ with Markdown variants
(clean.md, mut-N.md, neutral-N.md) and labels.jsonl, one JSON object per
variant file:

  {"file": "clean.md", "expect": "clean"}
  {"file": "neutral-1.md", "expect": "clean", "note": "..."}
  {"file": "mut-1.md", "expect": "conflict", "family": "partition",
   "note": "...", "sentences": [{"start": 0, "end": 10, "text": "..."}]}

Checks: every labeled file exists and every .md file is labeled once;
clean.md is present and expected clean; families come from the relation
catalog (docs: /work/shared/DESIGN.md); sentence spans are UTF-8 byte
offsets, half-open, whose bytes decode to `text` exactly; mut files differ
from clean.md in one small contiguous edit that falls inside a labeled
sentence; neutral files differ from clean.md.

Optional "alt_sentences" (same shape as "sentences") lists sentences that
restate a figure of the conflict elsewhere (headline, standfirst) and could
stand in for a listed one; their spans are checked the same way.

Usage: check_labels.py [--root DIR] [--max-edit N] [--diff] [slug ...]   (default: all folders)
--diff prints a one-line summary of each variant's edit against clean.md.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import json
import os
import sys
from collections import Counter

FAMILIES = {
    "restatement", "partition", "component", "combined", "share", "change",
    "difference", "product", "multiplier", "conversion", "majority",
    "ordering", "bound",
}
HERE = os.path.dirname(os.path.abspath(__file__))


def edit_region(a: bytes, b: bytes):
    """Strip the common prefix and suffix; return (start, end_a, end_b)."""
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def check_article(folder, max_edit, errors, fam_count, stats):
    slug = os.path.basename(folder)
    err = lambda msg: errors.append(f"{slug}: {msg}")
    lpath = os.path.join(folder, "labels.jsonl")
    mds = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    if not os.path.exists(lpath):
        err("missing labels.jsonl")
        return
    labels = []
    with open(lpath, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                labels.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"labels.jsonl:{n}: bad JSON: {e}")
    seen = Counter(l.get("file") for l in labels)
    for f, c in seen.items():
        if c > 1:
            err(f"{f} labeled {c} times")
    for f in mds:
        if f not in seen:
            err(f"{f} is not labeled")
    if "clean.md" not in seen:
        err("no clean.md label")
        return
    clean_path = os.path.join(folder, "clean.md")
    if not os.path.exists(clean_path):
        err("clean.md missing")
        return
    clean = open(clean_path, "rb").read()
    try:
        clean.decode("utf-8")
    except UnicodeDecodeError:
        err("clean.md is not valid UTF-8")
    for lab in labels:
        f = lab.get("file")
        path = os.path.join(folder, f or "")
        if not f or not os.path.exists(path):
            err(f"labeled file {f!r} does not exist")
            continue
        data = open(path, "rb").read()
        expect = lab.get("expect")
        if expect not in ("clean", "conflict"):
            err(f"{f}: expect must be 'clean' or 'conflict', got {expect!r}")
            continue
        stats["files"] += 1
        if f == "clean.md":
            if expect != "clean":
                err("clean.md must expect 'clean'")
            continue
        if data == clean:
            err(f"{f}: identical to clean.md")
        if stats.get("show_diff"):
            p, ea, eb = edit_region(clean, data)
            ctx = lambda bs: bs.decode("utf-8", "replace").replace("\n", "\\n")
            print(f"  {slug}/{f} [{expect}] @{p}: ...{ctx(clean[max(0, p - 25):p])}"
                  f"[-{ctx(clean[p:ea])}-]{{+{ctx(data[p:eb])}+}}{ctx(clean[ea:ea + 25])}...")
        if expect == "clean":
            stats["neutral"] += 1
            if f.startswith("mut-"):
                err(f"{f}: mut files must expect 'conflict'")
            continue
        # conflict
        stats["conflict"] += 1
        fam = lab.get("family")
        if fam not in FAMILIES:
            err(f"{f}: family {fam!r} is not in the catalog")
        else:
            fam_count[fam] += 1
        if not lab.get("note"):
            err(f"{f}: missing note")
        sents = lab.get("sentences")
        if not isinstance(sents, list) or not sents:
            err(f"{f}: conflict label needs a non-empty 'sentences' list")
            continue
        spans = []
        for i, s in enumerate(sents):
            try:
                st, en, tx = int(s["start"]), int(s["end"]), s["text"]
            except (KeyError, TypeError, ValueError):
                err(f"{f}: sentence {i} needs integer start/end and text")
                continue
            if not (0 <= st < en <= len(data)):
                err(f"{f}: sentence {i} span [{st},{en}) out of range")
                continue
            try:
                got = data[st:en].decode("utf-8")
            except UnicodeDecodeError:
                err(f"{f}: sentence {i} span [{st},{en}) splits a UTF-8 character")
                continue
            if got != tx:
                err(f"{f}: sentence {i} text mismatch: file has {got!r}, label has {tx!r}")
            if tx != tx.strip():
                err(f"{f}: sentence {i} has leading/trailing whitespace")
            spans.append((st, en))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                err(f"{f}: sentence spans overlap: [{a1},{b1}) and [{a2},{b2})")
        if len(spans) >= 2:
            stats["multi_sentence"] += 1
        alts = lab.get("alt_sentences", [])
        if not isinstance(alts, list):
            err(f"{f}: alt_sentences must be a list")
            alts = []
        for i, s in enumerate(alts):
            try:
                st, en, tx = int(s["start"]), int(s["end"]), s["text"]
            except (KeyError, TypeError, ValueError):
                err(f"{f}: alt sentence {i} needs integer start/end and text")
                continue
            if not (0 <= st < en <= len(data)) or data[st:en] != tx.encode("utf-8"):
                err(f"{f}: alt sentence {i} span [{st},{en}) does not match its text")
        if f.startswith("mut-"):
            p, ea, eb = edit_region(clean, data)
            if max(ea - p, eb - p) > max_edit:
                err(f"{f}: edit is not one small edit ({ea - p} -> {eb - p} bytes differ "
                    f"around offset {p}; limit {max_edit})")
            elif not any(st <= p and eb <= en for st, en in spans):
                err(f"{f}: the edited bytes [{p},{eb}) lie in no labeled sentence")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slugs", nargs="*", help="article folders to check (default: all)")
    ap.add_argument("--max-edit", type=int, default=40,
                    help="largest differing byte run allowed in a mut file (default 40)")
    ap.add_argument("--diff", action="store_true",
                    help="print a one-line summary of each variant's edit against clean.md")
    ap.add_argument("--root", default=HERE,
                    help="the corpus folder holding the article folders (default: tests/corpus)")
    args = ap.parse_args()
    root = args.root
    if args.slugs:
        folders = [os.path.join(root, s.rstrip("/")) for s in args.slugs]
    else:
        folders = sorted(os.path.join(root, d) for d in os.listdir(root)
                         if os.path.isdir(os.path.join(root, d)) and not d.startswith((".", "_")))
    errors, fam_count = [], Counter()
    stats = Counter()
    stats["show_diff"] = 1 if args.diff else 0
    for folder in folders:
        if not os.path.isdir(folder):
            errors.append(f"{folder}: no such article folder")
            continue
        check_article(folder, args.max_edit, errors, fam_count, stats)
    for e in errors:
        print("ERROR", e)
    print(f"articles: {len(folders)}  files: {stats['files']}  conflicts: {stats['conflict']}  "
          f"neutral: {stats['neutral']}  conflicts spanning 2+ sentences: {stats['multi_sentence']}")
    print("breaks per family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:12s} {fam_count[fam]}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
