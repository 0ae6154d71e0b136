#!/usr/bin/env python3
"""Scores claimcheck on the labeled corpus (tests/corpus).

For every article folder, labels.jsonl names each variant file: clean and
neutral edits must stay silent; each mutated file breaks one relation of a
family, and the sentences involved are given as byte spans. A mutation is
caught when claimcheck reports a conflict that the clean version does not
have and that touches one of the labeled sentences.

Prints recall per family, the share of clean and neutral files each family
raised an alarm on, precision, and the share of clean and neutral files with
any alarm. With --check BASELINE it fails (exit 1) when any
figure is worse than the recorded one; --write BASELINE records them.

    scripts/eval.py --exe build/claimcheck tests/corpus
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

FAMILIES = ["restatement", "partition", "component", "combined", "share", "change", "difference",
            "product", "multiplier", "conversion", "majority", "ordering", "bound", "table_total", "list_total",
            "table_change", "list_rank"]


def load_labels(root):
    cases = []
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder, "labels.jsonl")
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    label = json.loads(line)
                    label["path"] = os.path.join(root, folder, label["file"])
                    label["article"] = folder
                    cases.append(label)
    return cases


def run(exe, paths):
    out = subprocess.run([exe, "check", "--format", "json", "--color", "never", *paths],
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"eval: claimcheck exited {out.returncode}: {out.stderr.strip()}")
    return {f["path"]: f for f in json.loads(out.stdout)["files"]}


def overlaps(statement, spans):
    return any(statement["start"] < s["end"] and s["start"] < statement["end"] for s in spans)


def score(cases, results):
    clean_ids = {}
    for c in cases:
        if c["file"] == "clean.md":
            clean_ids[c["article"]] = {x["id"] for x in results[c["path"]]["conflicts"]}
    recall = defaultdict(lambda: [0, 0])
    true_findings = false_findings = 0
    quiet_total = quiet_alarm = quiet_error = 0
    quiet_by_family = defaultdict(int)  # family -> clean/neutral files it raised an alarm on
    for c in cases:
        conflicts = results[c["path"]]["conflicts"]
        if c["expect"] == "clean":
            quiet_total += 1
            quiet_alarm += bool(conflicts)
            for family in {x["relation"] for x in conflicts}:
                quiet_by_family[family] += 1
            quiet_error += any(x["severity"] == "error" for x in conflicts)
            false_findings += len(conflicts)
            continue
        spans = c.get("sentences", []) + c.get("alt_sentences", [])
        new = [x for x in conflicts if x["id"] not in clean_ids.get(c["article"], set())]
        hits = [x for x in new if any(overlaps(s, spans) for s in x["statements"])]
        recall[c["family"]][1] += 1
        recall[c["family"]][0] += bool(hits)
        true_findings += len(hits)
        false_findings += len(new) - len(hits)
    found = true_findings + false_findings
    return {
        "recall": {f: round(recall[f][0] / recall[f][1], 3) for f in FAMILIES if recall[f][1]},
        "caught": sum(v[0] for v in recall.values()),
        "mutations": sum(v[1] for v in recall.values()),
        "precision": round(true_findings / found, 3) if found else 1.0,
        "quiet_files": quiet_total,
        "quiet_alarm_rate": round(quiet_alarm / quiet_total, 3) if quiet_total else 0.0,
        "quiet_error_rate": round(quiet_error / quiet_total, 3) if quiet_total else 0.0,
        "quiet_alarm_rate_by_family": {f: round(quiet_by_family[f] / quiet_total, 3) if quiet_total else 0.0
                                       for f in FAMILIES + sorted(set(quiet_by_family) - set(FAMILIES))
                                       if recall[f][1] or quiet_by_family[f]},
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--exe", default="build/claimcheck")
    ap.add_argument("--check", metavar="BASELINE")
    ap.add_argument("--write", metavar="BASELINE")
    args = ap.parse_args()
    cases = load_labels(args.corpus)
    if not cases:
        sys.exit(f"eval: no labels.jsonl under {args.corpus}")
    results = run(args.exe, [c["path"] for c in cases])
    s = score(cases, results)
    print(f"{'family':<12} recall  clean files alarmed")
    for f in sorted(set(s["recall"]) | set(s["quiet_alarm_rate_by_family"]), key=lambda f: FAMILIES.index(f) if f in FAMILIES else 99):
        r = s["recall"].get(f)
        print(f"{f:<12} {'  -  ' if r is None else f'{r:.3f}'}   {s['quiet_alarm_rate_by_family'].get(f, 0.0):.3f}")
    print(f"caught {s['caught']} of {s['mutations']} mutations; precision {s['precision']:.3f}")
    print(f"clean and neutral files with any alarm: {s['quiet_alarm_rate']:.3f} "
          f"(with an error: {s['quiet_error_rate']:.3f}) of {s['quiet_files']}")
    if args.write:
        with open(args.write, "w") as f:
            json.dump(s, f, indent=2)
            f.write("\n")
    if args.check:
        with open(args.check) as f:
            base = json.load(f)
        worse = [f"recall[{k}] {s['recall'].get(k, 0)} < {v}" for k, v in base["recall"].items()
                 if s["recall"].get(k, 0) < v]
        if s["precision"] < base["precision"]:
            worse.append(f"precision {s['precision']} < {base['precision']}")
        for key in ("quiet_alarm_rate", "quiet_error_rate"):
            if s[key] > base[key]:
                worse.append(f"{key} {s[key]} > {base[key]}")
        # No family may raise an alarm on more than 2% of clean articles, nor
        # on more of them than the baseline recorded.
        for f, rate in s["quiet_alarm_rate_by_family"].items():
            limit = min(0.02, base.get("quiet_alarm_rate_by_family", {}).get(f, 0.02))
            if rate > limit:
                worse.append(f"quiet_alarm_rate_by_family[{f}] {rate} > {limit}")
        if worse:
            print("eval: worse than the baseline: " + "; ".join(worse))
            return 1
        print("eval: no figure worse than the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
