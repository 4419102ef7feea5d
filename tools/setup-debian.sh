#!/usr/bin/env bash
# Installs what attune needs on Debian (12 or later), but only what is
# missing: a second run costs a second, and needs no network.
#
#   tools/setup-debian.sh --run    what building and running the program needs
#                                  (`make run`): a compiler, CMake, the libraries
#   tools/setup-debian.sh --test   that, and what the tests, the package and the
#                                  checks need (`make test`), the schema checker
#                                  from npm included
#
# Without an option it does --test, as it always did. Uses sudo when not root.
set -euo pipefail

part="test"
case "${1:-}" in
  --run) part="run" ;;
  --test | "") part="test" ;;
  *)
    echo "usage: tools/setup-debian.sh [--run|--test]" >&2
    exit 2
    ;;
esac

# Building attune and running it.
packages=(
  g++ make cmake pkg-config
  libsdl2-dev libsdl2-ttf-dev libyaml-cpp-dev zlib1g-dev
  libsqlite3-dev libsodium-dev
  # Which monitors are lit, for the counselor's console (src/kiosk/monitor_watch.cpp).
  libxrandr-dev
  # The translations: msgfmt compiles po/*.po while building; xgettext
  # writes po/attune.pot (`make pot`) and the tests compare it.
  gettext
  # The agreements' PDF export (src/export/): Cairo, with FreeType for the bundled font.
  libcairo2-dev libfreetype-dev
)
if [[ $part == test ]]; then
  packages+=(
    ccache clang-format catch2
    xvfb xdotool x11-apps x11-xserver-utils imagemagick
    # The sanitizer build and the fuzz targets (`make test-sanitize`, `make fuzz`):
    # Debian's default clang with its sanitizer and libFuzzer runtimes.
    clang libclang-rt-dev
    # The install and package tests: the .deb's dependencies (dpkg-shlibdeps),
    # its checks, the menu entry, the metainfo, the manual page, the kiosk
    # guide's unit and scripts.
    dpkg-dev lintian desktop-file-utils appstream man-db groff-base shellcheck systemd
    # The export tests read the PDF's text back (pdftotext); the paper test
    # compiles the US locale with localedef (the locales package's sources).
    poppler-utils locales
    # The counselor's console on a second display (tests/e2e_console_test.cpp):
    # tools/two-displays.sh starts Xorg with its dummy driver and two monitors
    # (Xvfb shows only one); xrandr comes with x11-xserver-utils, cvt (the
    # monitors' modelines) with xcvt.
    xserver-xorg-core xserver-xorg-video-dummy xcvt
  )
  # Node.js with npm runs the schema check. Some machines have a Node.js
  # package that bundles npm and conflicts with Debian's npm: ask for the
  # commands, not the package names.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

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
# by schema/package-lock.json. Running attune never needs it, nor the network.
top=$(cd "$(dirname "$0")/.." && pwd)
if [[ $part == test && -f "$top/schema/package-lock.json" && ! -d "$top/schema/node_modules" ]]; then
  echo "attune setup: installing the schema checker (npm ci)"
  npm ci --prefix "$top/schema" --no-audit --no-fund --loglevel=error
fi
