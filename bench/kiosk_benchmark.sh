#!/usr/bin/env bash
# The kiosk benchmark: the real binary under Xvfb at 1920x1080, on the
# default drawing path and on ATTUNE_RENDERER=accelerated for comparison.
# It prints medians of several runs of:
#   - start-up to first frame: from just before exec to the first frame on
#     screen (the mtime of the first line of $ATTUNE_SCREEN_TRACE, written
#     right after the frame reached the X server), and the kiosk's own
#     "first frame on screen N ms after start" (from main's first line);
#   - CPU while a countdown runs and while the breathing guide animates:
#     utime+stime from /proc/PID/stat over the window, as a percentage of one
#     core, with the X server's share, and the loop's wake-ups and redraws
#     per second from Space to the end (the trace's counts of loop turns and
#     of display-list changes);
#   - peak memory: VmHWM (/proc/PID/status) and PSS (/proc/PID/smaps_rollup)
#     at the end of each window, the larger of the two runs.
# Goals: idle countdown < 0.5 % of a core, start-up < 150 ms, peak memory < 60 MB.
#
# Usage: bench/kiosk_benchmark.sh [--quick] [--binary PATH] [--runs N]
#                                 [--startup-runs N] [--seconds S] [--breathe-seconds S]
# Defaults: 5 start-ups and 3 runs (a 60 s countdown, a 20 s breathing guide)
# per path, about 9 minutes in all. --quick: 3 start-ups, 1 run of 10 s + 5 s,
# about a minute. `make bench-kiosk` runs it on build/attune.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
binary=$top/build/attune
runs=3
startup_runs=5
countdown_seconds=60
breathe_seconds=20
size=1920x1080

while (($#)); do
  case $1 in
    --quick) runs=1 startup_runs=3 countdown_seconds=10 breathe_seconds=5 ;;
    --binary) binary=$2; shift ;;
    --runs) runs=$2; shift ;;
    --startup-runs) startup_runs=$2; shift ;;
    --seconds) countdown_seconds=$2; shift ;;
    --breathe-seconds) breathe_seconds=$2; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "kiosk_benchmark: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "kiosk_benchmark: $tool is missing; run tools/setup-debian.sh" >&2; exit 1; }
done
[[ -x $binary ]] || { echo "kiosk_benchmark: no program at $binary (build first, or --binary PATH)" >&2; exit 1; }

ticks_per_second=$(getconf CLK_TCK)
work=$(mktemp -d /tmp/attune-kiosk-bench.XXXXXX)
xvfb_pid=
kiosk_pid=

cleanup() {
  if [[ -n $kiosk_pid ]]; then kill -KILL "$kiosk_pid" 2>/dev/null || true; wait "$kiosk_pid" 2>/dev/null || true; fi
  if [[ -n $xvfb_pid ]]; then kill -TERM "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "kiosk_benchmark: $*" >&2; exit 1; }
now_ns() { date +%s%N; }

# Xvfb picks a free display number itself and writes it to fd 3 when ready.
start_xvfb() {
  mkfifo "$work/displayfd"
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset 3>"$work/displayfd" 2>"$work/xvfb.log" &
  xvfb_pid=$!
  local number
  read -r -t 20 number <"$work/displayfd" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  display=":$number"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup"; }
trace_lines() { [[ -f $trace ]] && wc -l <"$trace" || echo 0; }

# Waits until the screen trace has at least $1 lines.
wait_trace() {
  local deadline=$(($(now_ns) + 20000000000))
  while (($(trace_lines) < $1)); do
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended early: $(cat "$log")"
    (($(now_ns) < deadline)) || fail "no screen after 20 s: $(cat "$log")"
    sleep 0.01
  done
}

# Starts the kiosk on SCRIPT with the renderer RENDERER ("" for the default).
launch() {
  local renderer=$1 script=$2
  run_number=$((${run_number:-0} + 1))
  trace=$work/trace.$run_number
  log=$work/log.$run_number
  launched_ns=$(now_ns)
  if [[ -n $renderer ]]; then
    env DISPLAY="$display" SDL_AUDIODRIVER=dummy ATTUNE_DEBUG=1 ATTUNE_SCREEN_TRACE="$trace" \
      ATTUNE_RENDERER="$renderer" "$binary" "$script" 2>"$log" &
  else
    env -u ATTUNE_RENDERER DISPLAY="$display" SDL_AUDIODRIVER=dummy ATTUNE_DEBUG=1 ATTUNE_SCREEN_TRACE="$trace" \
      "$binary" "$script" 2>"$log" &
  fi
  kiosk_pid=$!
}

# Ends the kiosk as the system would (SIGTERM) and reads the trace's counts.
stop_kiosk() {
  kill -TERM "$kiosk_pid" 2>/dev/null || true
  wait "$kiosk_pid" 2>/dev/null || true
  kiosk_pid=
  stopped_ns=$(now_ns)
  turns=$(awk '/ end turns=/ { sub("turns=", "", $3); print $3 }' "$trace")
  changes=$(awk '/ end turns=/ { sub("changes=", "", $4); print $4 }' "$trace")
  [[ -n $turns && -n $changes ]] || fail "the kiosk did not end its screen trace: $(cat "$log")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One start-up: to the first frame, then ends.
measure_startup() {
  local renderer=$1
  launch "$renderer" "$top/bench/data/countdown.yaml"
  wait_trace 1
  local frame_ns
  frame_ns=$(stat -c '%.9Y' "$trace" | tr -d .)
  echo $(((frame_ns - launched_ns) / 1000000)) >>"$work/startup_outside"
  sed -n 's/.*first frame on screen \([0-9]*\) ms.*/\1/p' "$log" >>"$work/startup_inside"
  renderer_line=$(sed -n 's/^attune: \(video .*\)/\1/p' "$log" | head -n 1)
  stop_kiosk
}

# One window: SCRIPT begun (Space), settled for a second, then SECONDS long.
# Appends "cpu_percent xvfb_percent wakeups_per_second redraws_per_second hwm_kb pss_kb" to FILE.
measure_window() {
  local renderer=$1 script=$2 seconds=$3 file=$4
  launch "$renderer" "$script"
  wait_trace 1
  local space_ns
  space_ns=$(now_ns)
  DISPLAY=$display xdotool key space
  wait_trace 2
  sleep 1
  local cpu0 x0 t0 cpu1 x1 t1 hwm pss
  cpu0=$(cpu_ticks "$kiosk_pid"); x0=$(cpu_ticks "$xvfb_pid"); t0=$(now_ns)
  sleep "$seconds"
  cpu1=$(cpu_ticks "$kiosk_pid"); x1=$(cpu_ticks "$xvfb_pid"); t1=$(now_ns)
  hwm=$(hwm_kb "$kiosk_pid"); pss=$(pss_kb "$kiosk_pid")
  stop_kiosk
  awk -v c=$((cpu1 - cpu0)) -v x=$((x1 - x0)) -v ns=$((t1 - t0)) -v hz="$ticks_per_second" \
      -v turns="$turns" -v changes="$changes" -v since_space=$((stopped_ns - space_ns)) -v hwm="$hwm" -v pss="$pss" \
      'BEGIN { sec = ns / 1e9; run = since_space / 1e9;
               printf "%.2f %.2f %.1f %.1f %d %d\n", 100 * c / hz / sec, 100 * x / hz / sec, turns / run, changes / run, hwm, pss }' \
      >>"$file"
}

column_median() { awk -v c="$1" '{ print $c }' "$2" | median; }

# Everything for one path; prints its block and leaves figures in globals.
measure_path() {
  local label=$1 renderer=$2
  rm -f "$work/startup_outside" "$work/startup_inside" "$work/countdown" "$work/breathe"
  for ((i = 0; i < startup_runs; i++)); do measure_startup "$renderer"; done
  for ((i = 0; i < runs; i++)); do
    measure_window "$renderer" "$top/bench/data/countdown.yaml" "$countdown_seconds" "$work/countdown"
    measure_window "$renderer" "$top/bench/data/breathe.yaml" "$breathe_seconds" "$work/breathe"
  done
  startup=$(median <"$work/startup_outside")
  startup_inside=$(median <"$work/startup_inside")
  countdown_cpu=$(column_median 1 "$work/countdown")
  breathe_cpu=$(column_median 1 "$work/breathe")
  # Peak per run: the larger of its countdown and its breathing window.
  hwm_mb=$(paste -d ' ' "$work/countdown" "$work/breathe" | awk '{ print ($5 > $11 ? $5 : $11) / 1024 }' | median)
  pss_mb=$(paste -d ' ' "$work/countdown" "$work/breathe" | awk '{ print ($6 > $12 ? $6 : $12) / 1024 }' | median)

  echo
  echo "$label: $renderer_line"
  printf '  start-up to first frame     %6s ms   (from exec; the kiosk itself logs %s ms from main)\n' "$startup" "$startup_inside"
  printf '  CPU, countdown              %6s %% of one core   (X server %s %%; %s wake-ups/s, %s redraws/s)\n' \
    "$countdown_cpu" "$(column_median 2 "$work/countdown")" "$(column_median 3 "$work/countdown")" \
    "$(column_median 4 "$work/countdown")"
  printf '  CPU, breathing guide        %6s %% of one core   (X server %s %%; %s wake-ups/s, %s redraws/s)\n' \
    "$breathe_cpu" "$(column_median 2 "$work/breathe")" "$(column_median 3 "$work/breathe")" \
    "$(column_median 4 "$work/breathe")"
  printf '  peak memory                 VmHWM %.1f MB, PSS %.1f MB\n' "$hwm_mb" "$pss_mb"
}

verdict() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v < goal) ? "met" : "MISSED" }'; }

started_ns=$(now_ns)
start_xvfb
echo "attune kiosk benchmark: $size under Xvfb ($display), medians of $startup_runs start-ups and of $runs runs"
echo "(a ${countdown_seconds} s countdown, a ${breathe_seconds} s breathing guide) per path"
echo "binary: $binary; $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"

measure_path "default path (ATTUNE_RENDERER unset)" ""
goal_countdown=$countdown_cpu goal_startup=$startup goal_hwm=$hwm_mb goal_pss=$pss_mb
measure_path "for comparison, accelerated path (ATTUNE_RENDERER=accelerated)" accelerated

echo
echo "goals (default path):"
printf '  idle countdown < 0.5 %% of a core: %s %%  %s\n' "$goal_countdown" "$(verdict "$goal_countdown" 0.5)"
printf '  start-up < 150 ms:                %s ms  %s\n' "$goal_startup" "$(verdict "$goal_startup" 150)"
printf '  peak memory < 60 MB:              VmHWM %.1f MB  %s, PSS %.1f MB  %s\n' "$goal_hwm" \
  "$(verdict "$goal_hwm" 60)" "$goal_pss" "$(verdict "$goal_pss" 60)"
echo "(the whole benchmark took $((($(now_ns) - started_ns) / 1000000000)) s)"
