#!/usr/bin/env bash
# Checks the document schema from other languages (issue 24): runs every document of the
# conformance suite through Python's jsonschema and through Ajv, reports each case where either
# disagrees with the codec (the case's expected outcome), then generates TypeScript from the
# schema with json-schema-to-typescript and checks the names it gives the definitions.
#
#   scripts/check-schema-ports.sh
#
# It installs what it needs: python3-jsonschema from Debian (PyPI is not used), Ajv and
# json-schema-to-typescript from npm into scripts/schema-ports/node_modules (never the
# repository root). It needs the network for that, so it is not part of .ci/run or ./mvnw verify.
# Exits 1 on any disagreement or unexpected name.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ports="$repo/scripts/schema-ports"
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  apt-get update -qq && apt-get install -y -qq python3-jsonschema
fi
if [[ ! -d "$ports/node_modules/ajv" || ! -d "$ports/node_modules/json-schema-to-typescript" ]]; then
  (cd "$ports" && npm install --no-audit --no-fund --silent)
fi
python3 "$ports/check.py" "$repo"
