#!/bin/sh
# The kiosk guide's files: the scripts pass shellcheck, and the systemd user
# unit passes systemd-analyze verify (with its program where the unit
# expects it, as an install puts it).
#
#   kiosk_files.sh SOURCE_DIR
set -eu
source_dir=$1
kiosk=$source_dir/packaging/kiosk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

shellcheck "$kiosk/attune-kiosk-session" "$source_dir"/tests/install/*.sh "$source_dir/tools/setup-debian.sh"

# The unit names /usr/bin/attune-kiosk-session; here it is the source's copy.
sed "s|/usr/bin/attune-kiosk-session|$kiosk/attune-kiosk-session|" "$kiosk/attune-kiosk.service" \
  >"$work/attune-kiosk.service"
XDG_RUNTIME_DIR=$work systemd-analyze --user verify --man=no "$work/attune-kiosk.service"
echo "kiosk files pass shellcheck and systemd-analyze verify"
