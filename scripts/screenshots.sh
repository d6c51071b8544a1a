#!/usr/bin/env bash
# Screenshots of the rendered dashboard (`cep render`) in headless Chromium, at a desktop and a
# phone width, into docs/ (README shows them), plus a PDF of the print layout for a look.
#
#   scripts/screenshots.sh            # the published edition 2.0, as of March 2024
#
# Installs the Debian package `chromium` with apt-get if it is missing (needs root or sudo).
# Chromium runs with a fresh profile and every background service off, so it makes no request;
# the page itself forbids loading anything (Content-Security-Policy).
set -euo pipefail
cd "$(dirname "$0")/.."

browser="$(command -v chromium || true)"
if [ -z "$browser" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core
  browser="$(command -v chromium)"
fi

./mvnw -B -ntp -q -pl cep-cli -am package -DskipTests -Dinvoker.skip=true
out=cep-cli/target/screenshots
mkdir -p "$out" docs
page="$PWD/$out/dashboard.html"
java -jar cep-cli/target/cep.jar render --as-of 2024-03 --out "$page"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Headless Chromium draws nothing when it opens a page at a fragment, so the desktop shot is tall
# enough to hold the matrix and the first project card.
shoot() { # width height file
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$1,$2" \
    --screenshot="$3" "file://$page" 2>/dev/null
}
shoot 1440 2560 docs/dashboard-desktop.png
shoot 390 1800 docs/dashboard-phone.png
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$out/dashboard.pdf" \
  "file://$page" 2>/dev/null
pages="$(grep -aoE '/Type ?/Page([^s]|$)' "$out/dashboard.pdf" | wc -l)"
echo "wrote docs/dashboard-desktop.png, docs/dashboard-phone.png and $out/dashboard.pdf ($pages pages)"
