#!/usr/bin/env python3
"""Validates JSON documents against claimcheck's published schemas (docs/schema/).

usage: validate_json.py SCHEMA DOCUMENT [--lines]
       validate_json.py --manifest FILE

Loads SCHEMA and every *.schema.json beside it (so one may $ref another by its $id),
checks that each is itself a valid schema, then validates DOCUMENT (with --lines: every
non-blank line of it, as a JSON Lines stream) against SCHEMA. With --manifest, does that
for every line of FILE: SCHEMA, DOCUMENT, `lines` or `whole`, and a label naming what wrote
the document (the tests' command), separated by tabs. Prints each violation with its
place (and label) and exits 1 if there is any, a document that is not JSON among them;
exits 77 when the jsonschema module is missing.
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


def instances_of(document, lines):
    text = pathlib.Path(document).read_bytes().decode("utf-8", errors="replace")
    if lines:
        return [(f"line {i}", line) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    return [("document", text)]


def violations(validators, schema_path, document, lines, label):
    """Each violation of one document, as a line of text; and how many instances it held."""
    key = str(schema_path)
    if key not in validators:
        schemas = {p.name: json.loads(p.read_text()) for p in schema_path.parent.glob("*.schema.json")}
        schemas[schema_path.name] = json.loads(schema_path.read_text())
        validators[key] = validator(schemas, schemas[schema_path.name])
    v = validators[key]
    instances = instances_of(document, lines)
    found = []
    for where, text in instances:
        try:
            instance = json.loads(text)
        except json.JSONDecodeError as e:
            found.append(f"{label}: {where}: not JSON: {e}")
            continue
        for error in v.iter_errors(instance):
            # oneOf failures hide the useful message in their context: show the deepest.
            best = jsonschema.exceptions.best_match([error])
            path = "/".join(str(p) for p in best.absolute_path)
            found.append(f"{label}: {where}: /{path}: {best.message}")
    return found, len(instances)


def main():
    validators = {}
    if sys.argv[1] == "--manifest":
        jobs = []
        for row in pathlib.Path(sys.argv[2]).read_text().splitlines():
            schema, document, mode, label = row.split("\t", 3)
            jobs.append((pathlib.Path(schema), document, mode == "lines", f"{label} ({pathlib.Path(schema).name})"))
    else:
        document = sys.argv[2]
        jobs = [(pathlib.Path(sys.argv[1]), document, "--lines" in sys.argv[3:], document)]
    errors = 0
    instances = 0
    for schema, document, lines, label in jobs:
        found, n = violations(validators, schema, document, lines, label)
        instances += n
        errors += len(found)
        for line in found:
            print(line)
    print(f"{instances} instance(s), {errors} violation(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
