"""Runs the conformance suite's documents through Python's jsonschema and Ajv and reports every
case where a validator's verdict differs from the codec's (the case's expected outcome: a
refused document must fail the schema, a read one pass it; a lenient one may fail only for
unknown keys). Cases marked beyondSchema are skipped: the schema cannot tell them. Then checks
the names that json-schema-to-typescript gives the schema's definitions."""
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

root = Path(sys.argv[1])
here = Path(__file__).resolve().parent
schema_file = root / "cep-json/src/main/resources/io/github/ceproadmap/json/cep-roadmap-1.0.schema.json"
suite = root / "conformance/1.0"
schema = json.loads(schema_file.read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
python = jsonschema.Draft202012Validator(schema)
manifest = json.loads((suite / "manifest.json").read_text(encoding="utf-8"))


def python_verdict(case):
    try:
        document = json.loads((suite / case["document"]).read_bytes().decode("utf-8"))
    except ValueError:
        return False, ["not JSON"]
    errors = [e.validator + " " + "/".join(str(p) for p in e.absolute_path)
              for e in python.iter_errors(document)]
    return not errors, errors


def agrees(case, valid, errors):
    if "refused" in case["expected"]:
        return not valid
    if case["options"].get("lenient"):
        return all(e.startswith("additionalProperties") for e in errors)
    return valid


ajv = {}
for line in subprocess.run(["node", str(here / "ajv-verdicts.cjs"), str(schema_file), str(suite)],
                           check=True, capture_output=True, text=True, cwd=here).stdout.splitlines():
    entry = json.loads(line)
    ajv[entry["id"]] = (entry["valid"], entry["errors"])

disagreements = 0
checked = 0
for case in manifest["cases"]:
    if "beyondSchema" in case:
        continue
    checked += 1
    for name, (valid, errors) in (("python-jsonschema", python_verdict(case)), ("ajv", ajv[case["id"]])):
        if not agrees(case, valid, errors):
            disagreements += 1
            print("DISAGREE %s %s: schema says %s, the codec %s; %s" % (
                name, case["id"], "valid" if valid else "invalid",
                json.dumps(case["expected"]), errors[:3]))
print("%d cases checked by Python's jsonschema and Ajv: %d disagreements with the codec"
      % (checked, disagreements))

# json-schema-to-typescript does not resolve a root "$ref" beside "$defs" (it stops with "Refs
# should have been resolved"): it is given the same schema with the roadmap definition as root.
rooted = dict(schema["$defs"]["roadmap"])
rooted["$defs"] = {k: v for k, v in schema["$defs"].items() if k != "roadmap"}
rooted["$id"] = schema["$id"]
typescript = subprocess.run(
    ["npx", "--no-install", "json2ts", "--unreachableDefinitions"], input=json.dumps(rooted),
    check=True, capture_output=True, text=True, cwd=here).stdout
names = set(re.findall(r"^export (?:interface|type) (\w+)", typescript, re.M))
expected = {"Roadmap", "Axis", "Pathway", "Action", "Organization",
            "Project", "Contact", "ProjectKind", "ProjectStatus", "OrganizationRole", "ActionId",
            "ProjectId", "OrganizationId", "SchemaVersion", "Slug", "Month", "Quarter", "Date",
            "Year", "PositiveInteger", "Text", "OptionalText"}
missing = sorted(expected - names)
unwanted = sorted(n for n in names if re.search(r"Element$|^InReScoping$|\d$", n))
print("TypeScript names: " + ", ".join(sorted(names)))
if missing or unwanted:
    print("TypeScript names missing: %s; unwanted: %s" % (missing, unwanted))
sys.exit(1 if disagreements or missing or unwanted else 0)
