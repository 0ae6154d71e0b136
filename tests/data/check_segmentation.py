#!/usr/bin/env python3
"""Check tests/data/segmentation.jsonl for structural consistency.

Checks, for every line:
  * it is a JSON object with "id", "input", "sentences" and optionally "type"
    ("text" or "markdown"), and no other fields;
  * ids are unique and look like "category-slug-N" (lower case, digits, "-");
  * "sentences" is a non-empty list of non-empty strings, each trimmed of
    surrounding whitespace;
  * every sentence is a substring of "input", found in order at increasing,
    non-overlapping offsets;
  * for plain-text cases ("type" absent or "text"), nothing but whitespace lies
    between, before and after the sentences, except a bullet marker
    ("- ", "* ", "• ", "1. ", "1) ") at the start of a line directly before a
    sentence.

Prints counts by id prefix (the part before the first "-") and by type.
Exits with status 1 if any check fails.

Usage: check_segmentation.py [path/to/segmentation.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A bullet marker at the start of a line (after optional indentation), followed
# by spaces or tabs; it must run right up to the sentence that follows it.
BULLET_TAIL_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+$")
ALLOWED_KEYS = {"id", "input", "sentences", "type"}
TYPES = {"text", "markdown"}


def is_ws(s):
    return s == "" or s.isspace()


def check_text_gaps(inp, spans):
    """Return a list of problems with the text between sentences."""
    problems = []
    prev_end = 0
    for start, end in spans:
        gap = inp[prev_end:start]
        if not is_ws(gap):
            # Allow a bullet marker right before the sentence.
            head = inp[:start]
            m = BULLET_TAIL_RE.search(head)
            if not (m and m.start() >= prev_end and is_ws(inp[prev_end:m.start()])):
                problems.append("non-whitespace text dropped before offset %d: %r"
                                % (start, gap))
        prev_end = end
    tail = inp[prev_end:]
    if not is_ws(tail):
        problems.append("non-whitespace text dropped at the end: %r" % tail)
    return problems


def check_case(obj):
    problems = []
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    extra = set(obj) - ALLOWED_KEYS
    if extra:
        problems.append("unknown fields: %s" % ", ".join(sorted(extra)))
    for key in ("id", "input", "sentences"):
        if key not in obj:
            problems.append("missing field %r" % key)
    if problems:
        return problems
    if not isinstance(obj["id"], str) or not ID_RE.match(obj["id"]):
        problems.append("bad id %r" % (obj["id"],))
    typ = obj.get("type", "text")
    if typ not in TYPES:
        problems.append("bad type %r" % (typ,))
    inp = obj["input"]
    if not isinstance(inp, str) or not inp.strip():
        problems.append("input must be a non-empty string")
        return problems
    sents = obj["sentences"]
    if not isinstance(sents, list) or not sents:
        problems.append("sentences must be a non-empty list")
        return problems
    spans = []
    pos = 0
    for n, s in enumerate(sents):
        if not isinstance(s, str) or not s:
            problems.append("sentence %d is not a non-empty string" % n)
            return problems
        if s != s.strip():
            problems.append("sentence %d is not trimmed: %r" % (n, s))
        at = inp.find(s, pos)
        if at < 0:
            if s in inp:
                problems.append("sentence %d out of order or overlapping: %r" % (n, s))
            else:
                problems.append("sentence %d not in input: %r" % (n, s))
            return problems
        spans.append((at, at + len(s)))
        pos = at + len(s)
    if typ == "text":
        problems.extend(check_text_gaps(inp, spans))
    return problems


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "segmentation.jsonl")
    errors = 0
    ids = {}
    by_prefix = Counter()
    by_type = Counter()
    n_sentences = 0
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if data and not data.endswith("\n"):
        print("%s: file does not end with a newline" % path)
        errors += 1
    for lineno, line in enumerate(data.split("\n"), 1):
        if line == "":
            continue
        if line.endswith("\r"):
            print("%s:%d: raw carriage return at end of line" % (path, lineno))
            errors += 1
            line = line[:-1]
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            print("%s:%d: invalid JSON: %s" % (path, lineno, e))
            errors += 1
            continue
        problems = check_case(obj)
        cid = obj.get("id") if isinstance(obj, dict) else None
        if isinstance(cid, str):
            if cid in ids:
                problems.append("duplicate id (first on line %d)" % ids[cid])
            else:
                ids[cid] = lineno
        for p in problems:
            print("%s:%d: %s: %s" % (path, lineno, cid, p))
        errors += len(problems)
        if not problems:
            by_prefix[cid.split("-", 1)[0]] += 1
            by_type[obj.get("type", "text")] += 1
            n_sentences += len(obj["sentences"])

    print("cases by id prefix:")
    for prefix, count in sorted(by_prefix.items()):
        print("  %-10s %4d" % (prefix, count))
    print("cases by type: " + ", ".join("%s %d" % kv for kv in sorted(by_type.items())))
    print("total: %d valid cases, %d expected sentences, %d problems"
          % (sum(by_prefix.values()), n_sentences, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
