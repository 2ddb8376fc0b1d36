#!/usr/bin/env python3
"""Validates JSON documents against claimcheck's published schemas (docs/schema/).

usage: validate_json.py SCHEMA DOCUMENT [--lines]

Loads SCHEMA and every *.schema.json beside it (so one may $ref another by its $id),
checks that each is itself a valid schema, then validates DOCUMENT (with --lines: every
non-blank line of it, as a JSON Lines stream) against SCHEMA. Prints each violation with its
place and exits 1 if there is any; exits 77 when the jsonschema module is missing.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("python3 module jsonschema not installed (Debian: python3-jsonschema)")
    sys.exit(77)


def validator(schemas, schema):
    cls = jsonschema.validators.validator_for(schema)
    for s in schemas.values():
        cls.check_schema(s)
    try:  # jsonschema >= 4.18 resolves references through `referencing`
        from referencing import Registry, Resource
        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values() if "$id" in s)
        return cls(schema, registry=registry)
    except ImportError:
        store = {s["$id"]: s for s in schemas.values() if "$id" in s}
        return cls(schema, resolver=jsonschema.RefResolver.from_schema(schema, store=store))


def main():
    schema_path, document = pathlib.Path(sys.argv[1]), sys.argv[2]
    schemas = {p.name: json.loads(p.read_text()) for p in schema_path.parent.glob("*.schema.json")}
    schemas[schema_path.name] = json.loads(schema_path.read_text())
    v = validator(schemas, schemas[schema_path.name])
    text = pathlib.Path(document).read_text()
    if "--lines" in sys.argv[3:]:
        instances = [(f"line {i}", json.loads(line)) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    else:
        instances = [("document", json.loads(text))]
    errors = 0
    for where, instance in instances:
        for error in v.iter_errors(instance):
            errors += 1
            # oneOf failures hide the useful message in their context: show the deepest.
            best = jsonschema.exceptions.best_match([error])
            path = "/".join(str(p) for p in best.absolute_path)
            print(f"{document}: {where}: /{path}: {best.message}")
    print(f"{len(instances)} instance(s), {errors} violation(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
