#!/usr/bin/env bash
# Installs what attune needs to build, test and run on Debian (12 or later),
# but only what is missing: a second run costs a second. Uses sudo when not root.
set -euo pipefail

packages=(
  g++ make cmake pkg-config ccache clang-format
  libsdl2-dev libsdl2-ttf-dev libyaml-cpp-dev zlib1g-dev catch2
  libsqlite3-dev libsodium-dev
  xvfb xdotool x11-apps imagemagick
  # The sanitizer build and the fuzz targets (`make test-sanitize`, `make fuzz`):
  # Debian's default clang with its sanitizer and libFuzzer runtimes.
  clang libclang-rt-dev
)
# Node.js with npm runs the schema check. Some machines have a Node.js
# package that bundles npm and conflicts with Debian's npm: ask for the
# commands, not the package names.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
  echo "attune setup: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The schema check (tests/scripts_schema_test.cpp) runs ajv from npm, pinned
# by schema/package-lock.json.
top=$(cd "$(dirname "$0")/.." && pwd)
if [[ -f "$top/schema/package-lock.json" && ! -d "$top/schema/node_modules" ]]; then
  echo "attune setup: installing the schema checker (npm ci)"
  npm ci --prefix "$top/schema" --no-audit --no-fund --loglevel=error
fi
