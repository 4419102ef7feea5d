#!/bin/sh
# cpack builds the .deb; its dependencies come from dpkg-shlibdeps, and
# lintian finds no error in it. Prints the package's size and lintian's
# remaining warnings and notes, which the README explains.
#
#   debian_package.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb=$(ls "$work"/attune_*.deb)
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libsdl2 libsdl2-ttf libyaml-cpp libsqlite3 libsodium; do
  case "$depends" in
    *"$library"*) ;;
    *)
      echo "FAIL: Depends does not name $library (dpkg-shlibdeps did not run?)" >&2
      exit 1
      ;;
  esac
done
dpkg-deb -c "$deb" | grep '\./usr/bin/attune$' >/dev/null || {
  echo "FAIL: the package has no /usr/bin/attune" >&2
  exit 1
}

# lintian exits 2 when a tag of error severity is found (and prints E:).
lintian --tag-display-limit 0 --display-info "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then
  echo "FAIL: lintian reports errors" >&2
  exit 1
fi
echo "lintian: no errors"
