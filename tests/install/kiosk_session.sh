#!/bin/sh
# The kiosk session under Xvfb: it turns off X's screen saver and power
# management, then attune runs in its place, full screen; when attune
# closes, the session ends with attune's status.
#
#   kiosk_session.sh SOURCE_DIR ATTUNE
set -eu
source_dir=$1
attune=$2
work=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Xvfb chooses a free display and writes its number once it accepts clients;
# -noreset keeps settings when the last client leaves, as a display
# manager's server keeps them while it stays connected.
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp -noreset 3>"$work/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || fail "Xvfb did not start"
DISPLAY=:$(cat "$work/display")
export DISPLAY
xset s on
xset s 600

# The session runs attune; the trace file says when its first screen is up.
ATTUNE=$attune ATTUNE_SCREEN_TRACE=$work/trace SDL_AUDIODRIVER=dummy \
  "$source_dir/packaging/kiosk/attune-kiosk-session" "$source_dir/scripts/daily-check-in.yaml" \
  >"$work/out" 2>&1 &
session=$!
for _ in $(seq 100); do
  [ -s "$work/trace" ] && break
  sleep 0.1
done
[ -s "$work/trace" ] || fail "attune did not show a screen: $(cat "$work/out")"

settings=$(xset q)
echo "$settings" | grep -q 'timeout:  0' || fail "the screen saver is still on: $settings"
echo "$settings" | grep -q 'prefer blanking:  no' || fail "the screen still blanks: $settings"

# The session is attune itself (exec): ending attune ends the session.
kill -TERM "$session"
status=0
wait "$session" || status=$?
[ "$status" -eq 143 ] || fail "the session ended with $status, not attune's 143: $(cat "$work/out")"
grep -q 'interrupted by SIGTERM' "$work/out" || fail "attune did not say why it stopped: $(cat "$work/out")"
echo "the kiosk session kept the screen on, ran attune and ended with it"
