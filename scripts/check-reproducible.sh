#!/usr/bin/env bash
# Builds the committed HEAD twice, in two fresh clones at different paths, and compares every jar
# the two builds made byte for byte (sha256): main, -sources, -javadoc and -tests jars of every
# module and the shaded cep-cli/target/cep.jar. project.build.outputTimestamp in the parent
# fixes the time stamps; this checks that nothing else (paths, build time, file order) leaks in.
#
#   scripts/check-reproducible.sh [extra Maven arguments]
#
# Exits non-zero if the builds fail, if a jar differs or if one build made a jar the other did
# not; the temporary clones are removed either way.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cep-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for build in first second; do
  git clone -q "$repo" "$work/$build"
  echo "$build build of $(git -C "$work/$build" rev-parse --short HEAD) in $work/$build"
  (cd "$work/$build" && ./mvnw -q -B -ntp package -DskipTests "$@") > "$work/$build.log" 2>&1 || {
    tail -n 40 "$work/$build.log"
    echo "FAILED: the $build build did not complete (log above)" >&2
    exit 1
  }
  # Jars a module's build made, by path relative to the clone; not the jars copied into
  # integration-test repositories.
  (cd "$work/$build" && find . -path '*/target/*.jar' -not -path '*/target/*/*' -type f \
    -exec sha256sum {} + | sort -k 2) > "$work/$build.sha256"
done

echo "jars built:"
sed 's/^/  /' "$work/first.sha256"
if [[ ! -s "$work/first.sha256" ]]; then
  echo "FAILED: the build made no jar" >&2
  exit 1
fi
if diff -u "$work/first.sha256" "$work/second.sha256" > "$work/diff.txt"; then
  echo "reproducible: $(wc -l < "$work/first.sha256") jars identical in both builds"
else
  echo "NOT reproducible: these jars differ between the two builds:" >&2
  grep '^[-+][0-9a-f]' "$work/diff.txt" >&2
  # Name the entries that differ, which usually says why.
  while read -r _ jar; do
    if [[ -f "$work/first/$jar" && -f "$work/second/$jar" ]]; then
      echo "  entries of $jar that differ:" >&2
      diff <(cd "$work/first" && unzip -Z -T "$jar" 2>/dev/null | sort; unzip -p "$jar" | sha256sum) \
           <(cd "$work/second" && unzip -Z -T "$jar" 2>/dev/null | sort; unzip -p "$jar" | sha256sum) \
        | head -n 20 >&2 || true
    fi
  done < <(grep '^-[0-9a-f]' "$work/diff.txt" | sed 's/^-//')
  exit 1
fi
