#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds and tests with, and only those
# that are missing. Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libz3-dev z3
  libfmt-dev
  libcli11-dev
  catch2
  libtomlplusplus-dev
  nlohmann-json3-dev
  libre2-dev
  libutf8proc-dev
  libstemmer-dev   # Snowball stems for measure words (rules/keys/measures.toml)
  python3 python3-jsonschema
  parallel
  chromium   # renders the HTML report in a test (tests/html)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
