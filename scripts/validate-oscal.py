"""Validate OSCAL JSON documents against NIST's OSCAL 1.1.3 JSON schemas (see validate-oscal.sh)."""
import importlib.util
import io
import json
import pathlib
import sqlite3
import sys
import tempfile
import zipfile

import jsonschema
import regex

VERSION = "v1.1.3"
MODELS = {"catalog": "catalog", "component-definition": "component-definition",
          "system-security-plan": "system-security-plan", "profile": "profile"}


def schema_for(model):
    spec = importlib.util.find_spec("oscal")
    data = pathlib.Path(spec.submodule_search_locations[0]) / "data" / "oscal_support.zip"
    with zipfile.ZipFile(data) as archive, tempfile.TemporaryDirectory() as folder:
        archive.extractall(folder)
        database = next(pathlib.Path(folder).glob("*.db"))
        connection = sqlite3.connect(database)
        row = connection.execute(
            "select f.content, f.original_location from oscal_support s join filecache f"
            " on f.uuid = s.filecache_uuid where s.version = ? and s.model = ? and s.type = 'json-schema'",
            (VERSION, model)).fetchone()
        connection.close()
    if row is None:
        sys.exit(f"no OSCAL {VERSION} JSON schema for {model} in the oscal package")
    content, location = row
    if isinstance(content, str):
        content = content.encode()
    return json.loads(content), location


def pattern(validator, value, instance, schema):
    if isinstance(instance, str) and not regex.search(value, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {value!r}")


Validator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": pattern})


def main(folder):
    files = sorted(pathlib.Path(folder).glob("*.json"))
    if not files:
        sys.exit(f"no .json files in {folder}")
    failures = 0
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        root = next(iter(document))
        if root not in MODELS:
            print(f"{path.name}: unknown OSCAL root {root!r}")
            failures += 1
            continue
        schema, location = schema_for(MODELS[root])
        validator = Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:20]:
            where = "/".join(str(part) for part in error.absolute_path)
            print(f"{path.name}: /{where}: {error.message}")
        failures += len(errors)
        if not errors:
            print(f"{path.name}: valid OSCAL {VERSION} {root} ({location})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv[1])
