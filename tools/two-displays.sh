#!/usr/bin/env bash
# Copied from the project's shared tools (tools/two-displays beside the
# repository), so that the tests and CI have it; its own header follows.
# Starts an X server with TWO monitors side by side, for testing a program that
# uses a second screen (SDL sees two video displays). Xvfb can only show one
# monitor; Xorg with the "dummy" video driver can show several.
#
#   two-displays :N [LEFT_WxH [RIGHT_WxH]]    e.g.  two-displays :42 1920x1080 1280x720
#
# Prints the server's PID on stdout; stop it with `kill PID`. Display 0 is the
# left monitor at (0,0), display 1 the right one. Screenshots: `xwd -root` takes
# both; crop with ImageMagick. Needs (Debian): xserver-xorg-core
# xserver-xorg-video-dummy x11-xserver-utils. Runs as root or with a user who
# may start Xorg.
set -euo pipefail
disp=${1:?usage: two-displays :N [LEFT_WxH [RIGHT_WxH]]}
left=${2:-1920x1080}; right=${3:-1280x720}
for t in Xorg xrandr cvt; do command -v $t >/dev/null || { echo "two-displays: missing $t (apt-get install xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils)" >&2; exit 1; }; done
dir=$(mktemp -d)
lw=${left%x*}; lh=${left#*x}; rw=${right%x*}; rh=${right#*x}
modeline(){ cvt "$1" "$2" 60 | sed -n "s/^Modeline \"[^\"]*\"/Modeline \"m$1x$2\"/p"; }
cat > "$dir/xorg.conf" <<CONF
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 512000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  $(modeline "$lw" "$lh")
  $(modeline "$rw" "$rh")
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual $((lw + rw)) $(( lh > rh ? lh : rh ))
  EndSubSection
EndSection
CONF
Xorg "$disp" -noreset -nolisten tcp -config "$dir/xorg.conf" -logfile "$dir/xorg.log" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 50); do DISPLAY=$disp xrandr >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$disp xrandr >/dev/null 2>&1 || { echo "two-displays: Xorg did not start (see $dir/xorg.log)" >&2; kill $pid 2>/dev/null; exit 1; }
DISPLAY=$disp xrandr --output DUMMY0 --mode "m${lw}x${lh}" --pos 0x0 --primary
DISPLAY=$disp xrandr --addmode DUMMY1 "m${rw}x${rh}"
DISPLAY=$disp xrandr --output DUMMY1 --mode "m${rw}x${rh}" --right-of DUMMY0
# A full query makes the server probe its outputs again, so that clients which
# ask for the current resources (SDL does) see both monitors.
DISPLAY=$disp xrandr >/dev/null
echo $pid
