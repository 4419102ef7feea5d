#!/bin/sh
# The menu entry and the kiosk's X session pass desktop-file-validate, the
# AppStream metainfo passes appstreamcli validate (pedantic, offline) and
# names the menu entry it describes.
#
#   desktop_files.sh SOURCE_DIR METAINFO
set -eu
source_dir=$1
metainfo=$2
desktop-file-validate "$source_dir/packaging/attune.desktop"
desktop-file-validate "$source_dir/packaging/kiosk/attune-kiosk.desktop"
appstreamcli validate --no-net --pedantic "$metainfo"
grep -q '<launchable type="desktop-id">attune.desktop</launchable>' "$metainfo"
# Every screenshot it names is one of the real ones in docs/screenshots.
sed -n 's|.*<image[^>]*>.*/\([^/<]*\)</image>.*|\1|p' "$metainfo" >"${TMPDIR:-/tmp}/attune-images.$$"
count=0
while read -r image; do
  count=$((count + 1))
  [ -f "$source_dir/docs/screenshots/$image" ] || {
    echo "FAIL: the metainfo names $image, which docs/screenshots does not hold" >&2
    exit 1
  }
done <"${TMPDIR:-/tmp}/attune-images.$$"
rm -f "${TMPDIR:-/tmp}/attune-images.$$"
[ "$count" -gt 0 ] || {
  echo "FAIL: the metainfo has no screenshots" >&2
  exit 1
}
echo "desktop files and metainfo are valid"
