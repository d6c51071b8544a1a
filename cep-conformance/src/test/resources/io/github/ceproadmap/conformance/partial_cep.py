"""A deliberately incomplete implementation of CEP roadmap format 1.0, for the runner's tests.

It speaks the conformance protocol of docs/conformance.md: the document on standard input, the
options as arguments (--lenient, --as-of YYYY-MM) and environment variables, a report in the
shape of `cep validate --format json` on standard output. It checks only one rule,
duplicate-action-id, and refuses only documents that are not JSON. For two cases it misbehaves
on purpose: it hangs on syntax/empty and crashes on syntax/not-an-object.
"""
import json
import os
import sys
import time

CASE = os.environ.get("CEP_CONFORMANCE_CASE", "")


def report(findings):
    errors = sum(1 for f in findings if f["severity"] == "error")
    counts = {"error": errors, "warning": 0, "info": 0}
    json.dump({"files": [{"file": "-", "valid": errors == 0, "counts": counts,
                          "findings": findings, "omitted": {}}],
               "summary": {"files": 1, "notValid": 1 if errors else 0, "counts": counts,
                           "byRule": {}}}, sys.stdout)


def duplicate_action_ids(document):
    groups = []
    pathways = document.get("pathways")
    if isinstance(pathways, list):
        for i, pathway in enumerate(pathways):
            if isinstance(pathway, dict) and isinstance(pathway.get("actions"), list):
                groups.append(("/pathways/%d/actions" % i, pathway["actions"]))
    if isinstance(document.get("crossCuttingActions"), list):
        groups.append(("/crossCuttingActions", document["crossCuttingActions"]))
    findings = []
    for where, actions in groups:
        seen = {}
        for j, action in enumerate(actions):
            action_id = action.get("id") if isinstance(action, dict) else None
            if not isinstance(action_id, str):
                continue
            seen[action_id] = seen.get(action_id, 0) + 1
            if seen[action_id] > 1:
                findings.append({"rule": "duplicate-action-id", "severity": "error",
                                 "pointer": "%s/%d/id" % (where, j), "line": 1, "column": 1,
                                 "message": "action id %s is used again" % action_id,
                                 "values": {"id": action_id, "times": seen[action_id]}})
    return findings


def main():
    if CASE == "syntax/empty":
        time.sleep(3600)
    if CASE == "syntax/not-an-object":
        raise SystemExit("crashed on purpose")
    data = sys.stdin.buffer.read()
    try:
        document = json.loads(data)
    except ValueError:
        report([{"rule": "decode-error", "severity": "error", "pointer": "", "line": 1,
                 "column": 1, "message": "not JSON"}])
        return
    report(duplicate_action_ids(document) if isinstance(document, dict) else [])


main()
