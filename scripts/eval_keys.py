#!/usr/bin/env python3
"""Scores claimcheck's measure keys against labels (tests/data/keys.jsonl).

Each label names a figure in a short passage and what a careful reader says
it is about: entity, time, place, measure. Every passage is written to a
file (with front matter holding its date, when the label gives one), checked
once with --format json, and each figure's key is compared with its label.

For each field: precision = of the figures the tool keyed, how many it keyed
right; recall = of the labeled figures, how many it keyed right. "stated"
counts only the parts the tool found in the figure's own sentence (the ones
that can speak against a link), which is what precision must be high for.

  python3 scripts/eval_keys.py --exe build/claimcheck tests/data/keys.jsonl [--show-errors]
  --check BASELINE   exit 1 when any field's stated precision or recall is below
                     the recorded one; --write BASELINE records them
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

STATED = {"entity": {"possessive", "clause", "reference"}, "time": {"clause", "sentence"},
          "place": {"clause"}, "measure": {"clause"}}


def measure_groups(rules):
    """Each measure's words (rules/keys/measures.toml), to read a label's
    plain word ("funding") as the tool's measure name ("investment")."""
    try:
        import tomllib
    except ImportError:
        return {}
    with open(os.path.join(rules, "keys", "measures.toml"), "rb") as f:
        data = tomllib.load(f)
    groups = {}
    for m in data.get("measure", []):
        words = set(m.get("words", [])) | set(m.get("money_words", [])) | {m["name"]}
        groups[m["name"]] = {w.lower() for w in words} | {w.lower() + "s" for w in words}
    return groups


GROUPS = {}


def same(field, got, want):
    g, w = got.strip().lower(), want.strip().lower()
    if g == w:
        return True
    if field == "measure" and g in GROUPS and w in GROUPS[g]:
        return True
    if field == "entity" and g and w:
        gw, ww = g.split(), w.split()
        return gw[0] == ww[0] or gw[-1] == ww[-1]
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("labels")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--check")
    ap.add_argument("--write")
    ap.add_argument("--rules", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules"))
    a = ap.parse_args()
    GROUPS.update(measure_groups(a.rules))
    rows = [json.loads(l) for l in open(a.labels, encoding="utf-8") if l.strip()]
    passages = {}
    for r in rows:
        passages.setdefault((r["text"], r.get("date", "")), []).append(r)
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for n, (text, date) in enumerate(passages):
            head = f"---\ndate: {date}\n---\n" if date else ""
            path = os.path.join(tmp, f"p{n:03d}.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(head + text + "\n")
            files[path] = (len(head.encode()), text, date)
        out = subprocess.run([a.exe, "check", "--format", "json", tmp],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"eval_keys: {a.exe} exited {out.returncode}: {out.stderr.strip()}")
        result = json.loads(out.stdout)
    by_path = {f["path"]: f for f in result["files"]}
    fields = ["entity", "time", "place", "measure"]
    score = {f: {"keyed": 0, "keyed_right": 0, "stated": 0, "stated_right": 0, "labeled": 0, "found": 0}
             for f in fields}
    missing = 0
    for path, (offset, text, date) in files.items():
        claims = by_path[path]["claims"]
        for r in passages[(text, date)]:
            at = offset + len(text.encode()[: text.encode().find(r["figure"].encode())])
            claim = next((c for c in claims if c["start"] <= at < c["end"] or at <= c["start"] < at + len(r["figure"].encode())), None)
            if claim is None:
                missing += 1
                continue
            key = claim.get("key", {})
            for f in fields:
                want = r.get(f, "")
                got = key.get(f, "")
                s = score[f]
                right = same(f, got, want)
                if want:
                    s["labeled"] += 1
                    s["found"] += right
                if got:
                    s["keyed"] += 1
                    s["keyed_right"] += right
                    if key.get(f + "_from") in STATED[f]:
                        s["stated"] += 1
                        s["stated_right"] += right
                        if not right and a.show_errors:
                            print(f"  {f}: got {got!r} ({key.get(f + '_from')}) want {want!r}: {r['figure']} in {text[:110]!r}")
    print(f"{len(rows)} labeled figures in {len(passages)} passages; {missing} not recognized as figures")
    figures = {}
    for f in fields:
        s = score[f]
        p = s["keyed_right"] / s["keyed"] if s["keyed"] else 1.0
        sp = s["stated_right"] / s["stated"] if s["stated"] else 1.0
        rc = s["found"] / s["labeled"] if s["labeled"] else 1.0
        figures[f] = {"stated_precision": round(sp, 3), "recall": round(rc, 3)}
        print(f"  {f:8s} precision {p:.3f} ({s['keyed_right']}/{s['keyed']})  stated precision {sp:.3f} "
              f"({s['stated_right']}/{s['stated']})  recall {rc:.3f} ({s['found']}/{s['labeled']})")
    if a.write:
        with open(a.write, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=2)
            f.write("\n")
    if a.check:
        base = json.load(open(a.check, encoding="utf-8"))
        worse = [f"{f} {k} {figures[f][k]} < {v}" for f, b in base.items() for k, v in b.items()
                 if figures.get(f, {}).get(k, 0) + 1e-9 < v]
        if worse:
            print("eval_keys: worse than " + a.check + ": " + "; ".join(worse))
            sys.exit(1)


if __name__ == "__main__":
    main()
