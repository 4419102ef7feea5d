#!/bin/sh
# `cmake --install` into a temporary prefix lays attune out as Debian does,
# and the installed program, run from a folder outside the source tree with
# a clean environment, finds its scripts, themes and fonts in
# PREFIX/share/attune: it lists them, validates one and draws a screen.
#
#   installed_program.sh BUILD_DIR SOURCE_DIR [release|sanitized]
set -eu
build=$1
source_dir=$(cd "$2" && pwd)
kind=${3:-release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/usr

cmake --install "$build" --prefix "$prefix" --strip >/dev/null

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
for file in bin/attune bin/attune-kiosk-session \
  share/attune/scripts/daily-check-in.yaml share/attune/themes/calm.yaml \
  share/attune/fonts/Inter-Regular.otf share/attune/fonts/LICENSE-Inter.txt \
  share/applications/attune.desktop share/icons/hicolor/scalable/apps/attune.svg \
  share/man/man1/attune.1.gz share/man/man1/attune-kiosk-session.1.gz \
  share/xsessions/attune-kiosk.desktop share/doc/attune/copyright \
  share/doc/attune/changelog.gz share/doc/attune/kiosk-at-boot.md share/doc/attune/translating.md \
  share/attune/locale/de/LC_MESSAGES/attune.mo share/attune/locale/fr/LC_MESSAGES/attune.mo; do
  [ -e "$prefix/$file" ] || fail "cmake --install did not install $file"
done
ls "$prefix"/share/metainfo/*.metainfo.xml >/dev/null || fail "no metainfo in share/metainfo"

# No path of the source tree is compiled into the program that is shipped.
# (A sanitized build keeps its source files' names for its reports.)
if [ "$kind" = release ] && grep -aqF "$source_dir" "$prefix/bin/attune"; then
  fail "the installed program contains the source path $source_dir"
fi

# From an unrelated folder, with nothing in the environment pointing at
# the data, and a HOME of its own (no user scripts).
mkdir "$work/elsewhere"
cd "$work/elsewhere"
run() {
  env -u ATTUNE_DATA_DIR -u ATTUNE_FONT_DIR -u XDG_CONFIG_HOME HOME="$work/elsewhere" \
    SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy "$prefix/bin/attune" "$@"
}

run --list >list.txt || fail "attune --list failed"
grep -qF "$prefix/share/attune/scripts/daily-check-in.yaml" list.txt ||
  fail "attune --list does not show the installed scripts: $(cat list.txt)"
if grep -qF "$source_dir" list.txt; then fail "attune --list shows the source tree: $(cat list.txt)"; fi

run --validate "$prefix/share/attune/scripts/speaker-listener.yaml" >validate.txt 2>&1 ||
  fail "attune --validate on an installed script failed: $(cat validate.txt)"
grep -q "valid" validate.txt || fail "attune --validate said: $(cat validate.txt)"

# The French script is checked with the French words (the text's fit
# depends on them): the installed catalogue is found, so nothing is said
# about missing words.
run --validate "$prefix/share/attune/scripts/bilan-du-jour.yaml" >french.txt 2>&1 ||
  fail "attune --validate on the French script failed: $(cat french.txt)"
if grep -q "attune.mo\|shown in English" french.txt; then
  fail "the installed program does not find its French words: $(cat french.txt)"
fi

run --screenshot start.png --state start --size 640x480 --theme light >shot.txt 2>&1 ||
  fail "attune --screenshot failed: $(cat shot.txt)"
[ "$(head -c 4 start.png | od -An -c | tr -d ' ')" = "211PNG" ] || fail "start.png is not a PNG"

echo "installed into $prefix: listed, validated and drew a screen from $work/elsewhere"
