#!/usr/bin/env python3
"""Validate tests/data/quantities.jsonl, the quantity recognizer's test cases.

Usage: check_quantities.py [FILE] [--min-cases N] [--min-negatives N]

Each line is one JSON object:
  {"id": str, "text": str, "expect": [quantity, ...], "note": str (optional)}
Each expected quantity:
  text    exact substring of the case text; quantities appear in order and do
          not overlap
  kind    money | percent | points | count | number | ratio | multiplier
  value   canonical decimal string ("6800000000", "0.25", "-0.7"; no exponent,
          no trailing zeros); for ratios whose decimal does not terminate, an
          exact fraction in lowest terms ("1/3")
  low, high  instead of value, for a range (low < high)
  unit    money: ISO 4217 code; percent: "%"; points: "pp" or "bp";
          count: lower-case singular noun; absent for number/ratio/multiplier
  hedge   = ~ > >= < <=   (must agree with a hedge phrase opening the text)
  change  optional: up | down

Prints counts by kind and of negatives; exits 1 on any error.
"""
import argparse
import json
import re
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

KINDS = {"money", "percent", "points", "count", "number", "ratio", "multiplier"}
HEDGES = {"=", "~", ">", ">=", "<", "<="}
CHANGES = {"up", "down"}
CASE_KEYS = {"id", "text", "expect", "note"}
QTY_KEYS = {"text", "kind", "value", "low", "high", "unit", "hedge", "change"}
UNITLESS = {"number", "ratio", "multiplier"}

# Hedge phrases that may open a quantity's text, and the hedge each implies.
HEDGE_PHRASES = {
    "about": "~", "around": "~", "roughly": "~", "approximately": "~",
    "some": "~", "close to": "~", "a couple": "~",
    "more than": ">", "over": ">", "above": ">", "just over": ">",
    "well over": ">", "slightly more than": ">", "in excess of": ">",
    "north of": ">", "upwards of": ">",
    "at least": ">=", "no less than": ">=",
    "less than": "<", "under": "<", "below": "<", "fewer than": "<",
    "just under": "<", "just shy of": "<",
    "up to": "<=", "as much as": "<=", "as many as": "<=", "at most": "<=",
    "no more than": "<=", "nearly": "<=", "almost": "<=",
}

DECIMAL_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")
FRACTION_RE = re.compile(r"^[1-9][0-9]*/[1-9][0-9]*$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO_RE = re.compile(r"^[A-Z]{3}$")
NOUN_RE = re.compile(r"^[a-z][a-z\-]*$")


def terminates(den):
    for p in (2, 5):
        while den % p == 0:
            den //= p
    return den == 1


def parse_value(s, kind, where, errors):
    """Return the value as a Fraction, or None after recording an error."""
    if not isinstance(s, str):
        errors.append(f"{where}: value must be a string, got {s!r}")
        return None
    if DECIMAL_RE.match(s):
        if s == "-0":
            errors.append(f"{where}: write 0, not -0")
        return Fraction(s)
    if FRACTION_RE.match(s):
        f = Fraction(s)
        if kind != "ratio":
            errors.append(f"{where}: fraction {s!r} allowed only for ratios")
        elif f"{f.numerator}/{f.denominator}" != s:
            errors.append(f"{where}: fraction {s!r} not in lowest terms")
        elif terminates(f.denominator):
            errors.append(f"{where}: {s!r} has a finite decimal; write it as a decimal")
        return f
    errors.append(f"{where}: {s!r} is not a canonical decimal "
                  "(no exponent, no trailing zeros, no '+')")
    return None


def opening_hedge(text):
    low = text.lower()
    best = None
    for phrase, hedge in HEDGE_PHRASES.items():
        if low == phrase or low.startswith(phrase + " "):
            if best is None or len(phrase) > len(best[0]):
                best = (phrase, hedge)
    return best


def check_quantity(q, i, case_text, pos, where, errors):
    """Check one quantity; return the position after its text in case_text."""
    w = f"{where} expect[{i}]"
    if not isinstance(q, dict):
        errors.append(f"{w}: not an object")
        return pos
    extra = set(q) - QTY_KEYS
    if extra:
        errors.append(f"{w}: unknown fields {sorted(extra)}")
    for key in ("text", "kind", "hedge"):
        if key not in q:
            errors.append(f"{w}: missing {key!r}")
    text, kind, hedge = q.get("text"), q.get("kind"), q.get("hedge")

    if isinstance(text, str) and text:
        if text != text.strip():
            errors.append(f"{w}: text {text!r} has surrounding whitespace")
        at = case_text.find(text, pos)
        if at < 0:
            if text in case_text:
                errors.append(f"{w}: text {text!r} out of order or overlapping")
            else:
                errors.append(f"{w}: text {text!r} is not a substring of the case text")
        else:
            pos = at + len(text)
    elif "text" in q:
        errors.append(f"{w}: text must be a non-empty string")

    if kind is not None and kind not in KINDS:
        errors.append(f"{w}: kind {kind!r} not in {sorted(KINDS)}")
    if hedge is not None and hedge not in HEDGES:
        errors.append(f"{w}: hedge {hedge!r} not in {sorted(HEDGES)}")
    if "change" in q and q["change"] not in CHANGES:
        errors.append(f"{w}: change {q['change']!r} not in {sorted(CHANGES)}")

    has_value = "value" in q
    has_range = "low" in q or "high" in q
    if has_value and has_range:
        errors.append(f"{w}: give either value or low/high, not both")
    elif has_range:
        if "low" not in q or "high" not in q:
            errors.append(f"{w}: a range needs both low and high")
        else:
            lo = parse_value(q["low"], kind, w + " low", errors)
            hi = parse_value(q["high"], kind, w + " high", errors)
            if lo is not None and hi is not None and not lo < hi:
                errors.append(f"{w}: low {q['low']} is not below high {q['high']}")
    elif has_value:
        parse_value(q["value"], kind, w, errors)
    else:
        errors.append(f"{w}: missing value (or low/high)")

    unit = q.get("unit")
    if kind in UNITLESS:
        if "unit" in q:
            errors.append(f"{w}: kind {kind} takes no unit")
    elif kind in KINDS:
        if not isinstance(unit, str) or not unit:
            errors.append(f"{w}: kind {kind} needs a unit")
        elif kind == "money" and not ISO_RE.match(unit):
            errors.append(f"{w}: money unit {unit!r} is not an ISO 4217 code")
        elif kind == "percent" and unit != "%":
            errors.append(f"{w}: percent unit must be '%'")
        elif kind == "points" and unit not in ("pp", "bp"):
            errors.append(f"{w}: points unit must be 'pp' or 'bp'")
        elif kind == "count" and not NOUN_RE.match(unit):
            errors.append(f"{w}: count unit {unit!r} must be a lower-case noun")

    if isinstance(text, str) and hedge in HEDGES:
        opened = opening_hedge(text)
        if opened and opened[1] != hedge:
            errors.append(f"{w}: text opens with {opened[0]!r}, so hedge should be "
                          f"{opened[1]!r}, not {hedge!r}")
        if not opened and hedge != "=":
            errors.append(f"{w}: hedge {hedge!r} but the text opens with no hedge phrase")
    return pos


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?",
                    default=str(Path(__file__).with_name("quantities.jsonl")))
    ap.add_argument("--min-cases", type=int, default=0)
    ap.add_argument("--min-negatives", type=int, default=0)
    args = ap.parse_args()

    errors = []
    ids, texts = {}, {}
    cases = negatives = 0
    kinds, case_kinds, hedges = Counter(), Counter(), Counter()
    ranges = changes = 0

    with open(args.file, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"{args.file}:{n}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        if not isinstance(case, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        cases += 1
        extra = set(case) - CASE_KEYS
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        cid, text, expect = case.get("id"), case.get("text"), case.get("expect")
        if not isinstance(cid, str) or not ID_RE.match(cid):
            errors.append(f"{where}: bad or missing id {cid!r}")
        elif cid in ids:
            errors.append(f"{where}: duplicate id {cid!r} (first on line {ids[cid]})")
        else:
            ids[cid] = n
        where = f"{where} ({cid})"
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: missing or empty text")
            continue
        if text in texts:
            errors.append(f"{where}: same text as line {texts[text]}")
        else:
            texts[text] = n
        if "note" in case and not isinstance(case["note"], str):
            errors.append(f"{where}: note must be a string")
        if not isinstance(expect, list):
            errors.append(f"{where}: expect must be a list")
            continue
        if not expect:
            negatives += 1
        pos = 0
        seen = set()
        for i, q in enumerate(expect):
            pos = check_quantity(q, i, text, pos, where, errors)
            if isinstance(q, dict):
                kinds[q.get("kind")] += 1
                seen.add(q.get("kind"))
                hedges[q.get("hedge")] += 1
                ranges += "low" in q
                changes += "change" in q
        for k in seen:
            case_kinds[k] += 1

    if cases < args.min_cases:
        errors.append(f"only {cases} cases, need at least {args.min_cases}")
    if negatives < args.min_negatives:
        errors.append(f"only {negatives} negatives, need at least {args.min_negatives}")

    print(f"cases: {cases}  positives: {cases - negatives}  negatives: {negatives}")
    print(f"quantities: {sum(kinds.values())}  ranges: {ranges}  with change: {changes}")
    print("by kind (quantities / cases containing):")
    for k in sorted(KINDS):
        print(f"  {k:<11} {kinds[k]:>4} / {case_kinds[k]:>4}")
    print("by hedge: " + "  ".join(f"{h} {hedges[h]}" for h in ["=", "~", ">", ">=", "<", "<="]))
    for e in errors:
        print("error: " + e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
