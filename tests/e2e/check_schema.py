#!/usr/bin/python3
"""Validates debate files against content/debatelens.schema.json (JSON Schema draft 2020-12), and
checks that the schema rejects a broken file, so the check itself can fail.
Usage: check_schema.py SCHEMA FILE..."""
import json
import sys

from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
passed = failed = 0
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        failed += 1
        for e in errors[:5]:
            print(f"FAIL {path}:/{'/'.join(map(str, e.path))}: {e.message}")
    else:
        passed += 1
        print(f"ok   {path} matches the schema")
    broken = json.loads(json.dumps(doc))
    broken["claims"][0]["kind"] = "rumour"
    broken["article"]["url"] = "javascript:alert(1)"
    del broken["claims"][0]["quote"]
    if len(list(validator.iter_errors(broken))) >= 3:
        passed += 1
        print(f"ok   the schema rejects a broken copy of {path}")
    else:
        failed += 1
        print(f"FAIL the schema accepts a broken copy of {path}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
