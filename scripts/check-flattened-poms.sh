#!/usr/bin/env bash
# Checks the POMs that Maven installs and publishes for the published modules, the flattened ones
# in target/.flattened-pom.xml (run ./mvnw package first), or the POM files given. The checks
# themselves are in CheckPublishedPom.java beside this script, which the build also runs on every
# published module in the verify phase.
#
#   scripts/check-flattened-poms.sh [--release] [POM...]
set -euo pipefail
cd "$(dirname "$0")/.."
release=()
if [[ "${1:-}" == "--release" ]]; then
  release=(--release)
  shift
fi
if [[ $# -eq 0 ]]; then
  set -- cep-model/target/.flattened-pom.xml cep-json/target/.flattened-pom.xml \
    cep-sheets/target/.flattened-pom.xml cep-render/target/.flattened-pom.xml \
    cep-bom/target/.flattened-pom.xml
fi
exec java scripts/CheckPublishedPom.java "${release[@]}" "$@"
