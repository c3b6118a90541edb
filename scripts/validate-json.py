"""Validates JSON on standard input against a JSON Schema file: `validate-json.py SCHEMA`.

Prints each violation with its place in the document and exits 1, or exits 0 in silence. The
schema's own `$schema` picks the draft (SARIF and rdjson are draft-04, replylint's own is
2020-12). Each schema file is self-contained.
"""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    instance = json.load(sys.stdin)
    errors = sorted(validator_class(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{where}: {error.message[:300]}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
