#!/usr/bin/env bash
# Checks the POMs that Maven installs and publishes for cep-model and cep-json: the flattened
# ones that flatten-maven-plugin writes to target/.flattened-pom.xml. A consumer must be able to
# resolve each on its own, so it names no parent, carries no build, profiles, properties or
# dependency management, lists no test dependency, and has every element Maven Central asks for.
#
#   scripts/check-flattened-poms.sh                 the published modules' target/.flattened-pom.xml
#                                                   (run ./mvnw package first)
#   scripts/check-flattened-poms.sh [--release] FILE...
#                                                   the given POMs; --release also refuses SNAPSHOT
#                                                   versions (scripts/check-bundle.sh uses it)
#
# Exits non-zero and names every problem if any POM falls short.
set -euo pipefail
cd "$(dirname "$0")/.."

release=false
if [[ "${1:-}" == "--release" ]]; then
  release=true
  shift
fi
if [[ $# -eq 0 ]]; then
  set -- cep-model/target/.flattened-pom.xml cep-json/target/.flattened-pom.xml
fi

python3 - "$release" "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET

release = sys.argv[1] == "true"
files = sys.argv[2:]
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
# What a published module may need at compile or run time on a consumer's path. cep-model needs
# only the JDK and JSpecify (CRAFT.md); anything new here is a decision, not an accident.
allowed_runtime = {
    "cep-model": {"org.jspecify:jspecify"},
    "cep-json": {"io.github.ceproadmap:cep-model", "tools.jackson.core:jackson-databind"},
}
forbidden = ["parent", "build", "profiles", "properties", "dependencyManagement", "repositories",
             "pluginRepositories", "distributionManagement", "reporting", "modules"]
required = ["groupId", "artifactId", "version", "name", "description", "url",
            "licenses/m:license/m:name", "licenses/m:license/m:url",
            "developers/m:developer/m:name",
            "scm/m:connection", "scm/m:developerConnection", "scm/m:url"]

problems = []
for path in files:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        problems.append(f"{path}: cannot read: {e}")
        continue
    artifact = root.findtext("m:artifactId", namespaces=ns) or "?"
    where = f"{path} ({artifact})"
    for tag in forbidden:
        if root.find(f"m:{tag}", ns) is not None:
            problems.append(f"{where}: has <{tag}>, which a consumer's build would inherit or need")
    for tag in required:
        value = root.findtext(f"m:{tag}", namespaces=ns)
        if not value or not value.strip():
            problems.append(f"{where}: lacks <{tag.replace('m:', '')}>, which Maven Central requires")
    for element in root.iter():
        if element.text and "${" in element.text:
            problems.append(f"{where}: unresolved expression {element.text.strip()!r}")
    version = root.findtext("m:version", namespaces=ns) or ""
    if release and version.endswith("-SNAPSHOT"):
        problems.append(f"{where}: version {version} is a snapshot")
    runtime = set()
    for dep in root.findall("m:dependencies/m:dependency", ns):
        coords = f"{dep.findtext('m:groupId', namespaces=ns)}:{dep.findtext('m:artifactId', namespaces=ns)}"
        scope = dep.findtext("m:scope", namespaces=ns) or "compile"
        dep_version = dep.findtext("m:version", namespaces=ns)
        if not dep_version:
            problems.append(f"{where}: dependency {coords} has no version of its own")
        elif release and dep_version.endswith("-SNAPSHOT"):
            problems.append(f"{where}: dependency {coords} is a snapshot ({dep_version})")
        if scope == "test":
            problems.append(f"{where}: lists test dependency {coords}")
        if scope in ("compile", "runtime") and dep.findtext("m:optional", namespaces=ns) != "true":
            runtime.add(coords)
    if artifact in allowed_runtime and not runtime <= allowed_runtime[artifact]:
        extra = ", ".join(sorted(runtime - allowed_runtime[artifact]))
        problems.append(f"{where}: unexpected compile/runtime dependencies for consumers: {extra}")
    print(f"checked {where}: {len(root.findall('m:dependencies/m:dependency', ns))} dependencies, "
          f"consumers get {', '.join(sorted(runtime)) or 'nothing'}")

for problem in problems:
    print(f"PROBLEM: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
