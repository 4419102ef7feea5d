#!/bin/sh
# The manual pages format without a warning (as lintian checks them), and
# attune(1) describes every option that `attune --help` and
# `attune space --help` print.
#
#   manual_pages.sh BUILD_DIR ATTUNE
set -eu
build=$1
attune=$2
status=0
for page in "$build"/packaging/attune.1.gz "$build"/packaging/attune-kiosk-session.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
  if [ -n "$warnings" ]; then
    echo "FAIL: $page: $warnings" >&2
    status=1
  fi
done
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$build/packaging/attune.1.gz" 2>/dev/null)
options=$({
  "$attune" --help
  "$attune" space --help
} | grep -o -- '--[a-z][a-z-]*' | sort -u)
for option in $options; do
  printf '%s\n' "$text" | grep -q -- "$option" || {
    echo "FAIL: attune(1) does not describe $option" >&2
    status=1
  }
done
for command in create list agreements history export passphrase forget; do
  printf '%s\n' "$text" | grep -q -- "attune space $command" || {
    echo "FAIL: attune(1) does not describe attune space $command" >&2
    status=1
  }
done
[ $status -eq 0 ] && echo "manual pages format cleanly; attune(1) names $(echo "$options" | wc -l) options"
exit $status
