#!/usr/bin/env python3
"""Validates baocao JSON outputs against the schemas beside this script.

usage: schema/validate.py FILE.json...   (document JSON, or pages JSON named *.pages.json)
Each file is checked against the schema its "schema" field names; prints one line per file
and exits 1 when any file does not validate (the first errors are printed, with their path).
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

HERE = pathlib.Path(__file__).resolve().parent
SCHEMAS = {
    "baocao.document/1": "baocao.document.v1.json",
    "baocao.pages/1": "baocao.pages.v1.json",
}


def main(paths):
    validators = {}
    for kind, name in SCHEMAS.items():
        schema = json.loads((HERE / name).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema)
    failed = 0
    for path in paths:
        document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        validator = validators.get(document.get("schema"))
        if validator is None:
            print(f"{path}: unknown schema {document.get('schema')!r}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            failed += 1
            print(f"{path}: {len(errors)} errors against {document['schema']}")
            for error in errors[:5]:
                print(f"  at /{'/'.join(map(str, error.path))}: {error.message[:200]}")
        else:
            print(f"{path}: valid {document['schema']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
