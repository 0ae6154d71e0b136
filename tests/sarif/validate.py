#!/usr/bin/env python3
"""Validates claimcheck's SARIF output against the official SARIF 2.1.0 schema.

    validate.py CLAIMCHECK SCHEMA DIR

Runs `claimcheck check --format sarif DIR`, checks the document against the
schema (JSON Schema draft 4) and a few things the schema cannot say: every
result names a rule that the driver lists, and every location's region is
inside the file. Exit 77 (skipped) when the schema file is absent."""
import json
import os
import subprocess
import sys


def main():
    exe, schema_path, target = sys.argv[1:4]
    if not os.path.isfile(schema_path):
        print(f"sarif_schema: skipped: {schema_path} not found (it lives in ../shared/schemas)")
        return 77
    import jsonschema
    out = subprocess.run([exe, "check", "--format", "sarif", target], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print(f"claimcheck exited {out.returncode}: {out.stderr}")
        return 1
    doc = json.loads(out.stdout)
    with open(schema_path) as f:
        schema = json.load(f)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"schema: {'/'.join(str(p) for p in e.path)}: {e.message}")
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    problems = len(errors)
    if not run["results"]:
        print("no results: the samples carry planted contradictions, so SARIF must report them")
        problems += 1
    for r in run["results"]:
        if r["ruleId"] not in rule_ids or rule_ids[r["ruleIndex"]] != r["ruleId"]:
            print(f"result names rule {r['ruleId']} that the driver does not list at {r['ruleIndex']}")
            problems += 1
        for loc in r["locations"] + r.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            path = phys["artifactLocation"]["uri"].replace("%20", " ")
            lines = open(path, encoding="utf-8").read().split("\n")
            reg = phys["region"]
            if not 1 <= reg["startLine"] <= len(lines):
                print(f"{path}: startLine {reg['startLine']} outside the file")
                problems += 1
    print(f"sarif: {len(run['results'])} results, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
