#!/usr/bin/env bash
# Builds the Maven Central bundle of the committed HEAD the way a release does (profile
# "release"), but with no signing key (-Dgpg.skip) and no upload (the parent's default), then
# checks what is in it. For each of cep-model, cep-json, cep-sheets, cep-render and
# cep-conformance the bundle must hold the main jar, the -sources and -javadoc jars and the POM
# (cep-model also its -tests jar), for cep-bom its POM only, each with its .md5, .sha1, .sha256
# and .sha512 checksums, and nothing else: no other module, no parent POM.
#
#   scripts/check-bundle.sh [extra Maven arguments]
#
# Central takes only release versions in a bundle (snapshots go elsewhere), so the copy that is
# built has "-SNAPSHOT" dropped from its version, as a release would. The work happens in a
# clone under a temporary directory; nothing is installed to the local repository and the working
# tree is left alone. Exits non-zero and names what is wrong if anything is missing or extra.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cep-bundle.XXXXXX")"
trap 'rm -rf "$work"' EXIT

git clone -q "$repo" "$work/src"
cd "$work/src"
echo "building the bundle of $(git rev-parse --short HEAD) in $work/src"

snapshot="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
version="${snapshot%-SNAPSHOT}"
if [[ "$snapshot" != "$version" ]]; then
  # The version appears as the parent's own and in every module's <parent>.
  find . -name pom.xml -not -path './*/src/*' -print0 \
    | xargs -0 sed -i "s:<version>${snapshot}</version>:<version>${version}</version>:"
fi

./mvnw -B -ntp -Prelease deploy -Dgpg.skip -DskipTests -Dinvoker.skip=true \
  -Dmaven.install.skip=true "$@" > "$work/build.log" 2>&1 || {
  tail -n 60 "$work/build.log"
  echo "FAILED: the release build did not complete (log above)" >&2
  exit 1
}

bundle=target/central-publishing/central-bundle.zip
if [[ ! -f "$bundle" ]]; then
  echo "FAILED: no bundle at $bundle" >&2
  exit 1
fi
echo "bundle: $bundle"
unzip -l "$bundle" | sed 's/^/  /'

expected="$work/expected.txt"
actual="$work/actual.txt"
group_path=io/github/ceproadmap
# The modules published to Central, jars (published) and BOM (bom); cep-cli, cep-examples,
# cep-benchmarks, cep-integration-tests and the parent are not.
published=(cep-model cep-json cep-sheets cep-render cep-conformance cep-testkit)
bom=cep-bom
{
for suffix in "" .md5 .sha1 .sha256 .sha512; do
  echo "$group_path/$bom/$version/$bom-$version.pom$suffix"
done
for module in "${published[@]}"; do
  files=("$module-$version.jar" "$module-$version-sources.jar" "$module-$version-javadoc.jar"
         "$module-$version.pom")
  if [[ "$module" == cep-model ]]; then
    files+=("$module-$version-tests.jar")
  fi
  for file in "${files[@]}"; do
    for suffix in "" .md5 .sha1 .sha256 .sha512; do
      echo "$group_path/$module/$version/$file$suffix"
    done
  done
done
} | sort > "$expected"
# Signatures are made only with a key; without -Dgpg.skip they are expected too.
unzip -Z1 "$bundle" | grep -v '/$' | grep -v '\.asc$' | sort > "$actual"

status=0
missing="$(comm -23 "$expected" "$actual")"
extra="$(comm -13 "$expected" "$actual")"
if [[ -n "$missing" ]]; then
  echo "MISSING from the bundle:" >&2
  sed 's/^/  /' <<< "$missing" >&2
  status=1
fi
if [[ -n "$extra" ]]; then
  echo "NOT EXPECTED in the bundle:" >&2
  sed 's/^/  /' <<< "$extra" >&2
  status=1
fi

# Every checksum must match its file, and every jar must hold what its name promises.
unpacked="$work/unpacked"
mkdir -p "$unpacked"
unzip -q "$bundle" -d "$unpacked"
while read -r entry; do
  file="$unpacked/$entry"
  [[ -f "$file" ]] || continue
  for algorithm in md5 sha1 sha256 sha512; do
    if [[ -f "$file.$algorithm" ]]; then
      want="$(tr -d '[:space:]' < "$file.$algorithm")"
      have="$("${algorithm}sum" "$file" | cut -d' ' -f1)"
      if [[ "$want" != "$have" ]]; then
        echo "WRONG $algorithm checksum for $entry" >&2
        status=1
      fi
    fi
  done
done < <(grep -vE '\.(md5|sha1|sha256|sha512)$' "$expected")

holds() { # jar, entry, what the entry shows
  local jar="$unpacked/$1" listing
  [[ -f "$jar" ]] || return 0
  # The whole listing first: grep -q stopping early would fail the pipe under pipefail.
  listing="$(unzip -Z1 "$jar")"
  if ! grep -qx "$2" <<< "$listing"; then
    echo "$1 lacks $2 ($3)" >&2
    status=1
  fi
}
for module in "${published[@]}"; do
  base="$group_path/$module/$version/$module-$version"
  holds "$base.jar" module-info.class "a named JPMS module"
  holds "$base-sources.jar" module-info.java "the module's sources"
  holds "$base-javadoc.jar" index.html "generated Javadoc"
done
holds "$group_path/cep-model/$version/cep-model-$version-tests.jar" \
  'io/github/ceproadmap/model/testing/.*\.class' "the roadmap generators"

pom_files=()
for module in "${published[@]}" "$bom"; do
  pom="$unpacked/$group_path/$module/$version/$module-$version.pom"
  [[ -f "$pom" ]] && pom_files+=("$pom")
done
if [[ ${#pom_files[@]} -gt 0 ]]; then
  java "$repo/scripts/CheckPublishedPom.java" --release "${pom_files[@]}" || status=1
fi

if [[ $status -eq 0 ]]; then
  echo "bundle OK: $(wc -l < "$actual") files for ${published[*]} $bom $version"
else
  echo "bundle NOT OK" >&2
fi
exit $status
