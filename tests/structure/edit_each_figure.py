#!/usr/bin/env python3
"""Edits each figure of a report's tables and ranked list, one at a time, so
that a stated relation breaks, and checks that claimcheck reports a conflict
naming that figure.

  edit_each_figure.py --exe build/claimcheck samples/annual-report.md

Figures in table body rows are scaled by 1.3 (a part, a total, a subtotal or
a change no longer agrees); an item of a numbered list is set above the item
ranked before it (the first item below the second). The sample must check
clean as it is. Exit 0 when every edit is caught, 1 otherwise.
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def run(exe, path):
    p = subprocess.run([exe, "check", "--format", "json", str(path)], capture_output=True, text=True)
    doc, _ = json.JSONDecoder().raw_decode(p.stdout)
    return p.returncode, doc["files"][0]


def written_like(value, original):
    """value written with the original's decimals, grouping and sign."""
    digits = re.search(r"[\d,]*\.?\d+", original).group(0)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    text = f"{abs(value):,.{decimals}f}" if "," in digits else f"{abs(value):.{decimals}f}"
    return ("-" if value < 0 else "") + text


def as_written(text):
    """The number as written in the cell ("1,240.5" -> 1240.5, "-4.8" -> -4.8), whatever unit the header gives it."""
    digits = re.search(r"-?[\d,]*\.?\d+", text).group(0)
    return float(digits.replace(",", ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("sample")
    args = ap.parse_args()
    source = Path(args.sample).read_bytes()
    rc, clean = run(args.exe, args.sample)
    if rc != 0 or clean["conflicts"]:
        print(f"{args.sample}: expected a clean check, got exit {rc}")
        return 1
    lines = source.split(b"\n")
    line_start = [0]
    for ln in lines:
        line_start.append(line_start[-1] + len(ln) + 1)

    def line_of(claim):
        return lines[claim["line"] - 1].decode()

    table_row = lambda t: t.startswith("|") and not re.match(r"^\|[\s:|-]+\|$", t)
    ranked = [c for c in clean["claims"] if re.match(r"^\d+\. ", line_of(c))]
    edits = []
    for c in clean["claims"]:
        text = line_of(c)
        if table_row(text) and text.count("|") > 2:
            edits.append((c, written_like(as_written(c["text"]) * 1.3, c["text"])))
        elif c in ranked:
            k = ranked.index(c)
            target = ranked[k - 1]["value"] * 1.2 if k > 0 else ranked[1]["value"] * 0.8
            scale = c["scale"] or 1
            edits.append((c, c["text"].replace(re.search(r"[\d,]*\.?\d+", c["text"]).group(0),
                                                written_like(target / scale, c["text"]), 1)))
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        for c, new in edits:
            start, end = c["start"], c["end"]
            old = source[start:end].decode()
            mutated = source[:start] + new.encode() + source[end:]
            path = Path(tmp) / Path(args.sample).name
            path.write_bytes(mutated)
            rc, result = run(args.exe, path)
            ids = {x["id"] for x in result["claims"] if x["start"] == start}
            named = [k for k in result["conflicts"] if ids & set(k["claims"])]
            status = "caught" if rc == 1 and named else "MISSED"
            print(f"{status}: line {c['line']} {old} -> {new}" + (f" [{named[0]['relation']}] {named[0]['message']}" if named else ""))
            if not named or rc != 1:
                missed.append((c["line"], old, new))
    print(f"{len(edits) - len(missed)} of {len(edits)} single-figure edits caught with the figure named")
    return 1 if missed or not edits else 0


if __name__ == "__main__":
    sys.exit(main())
