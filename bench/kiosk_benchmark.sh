#!/usr/bin/env bash
# The kiosk benchmark: the real binary under Xvfb, scenario by scenario and
# screen size by screen size, beside a floor (attune_bench_floor, a bare SDL2
# program that waits for the next second and draws one number, built with
# attune). For each scenario and size it prints medians of several runs of:
#   - CPU: the time on a CPU of all threads (/proc/PID/task/*/schedstat) over
#     the window, as a percentage of one core, and the X server's share;
#   - wake-ups per second: voluntary context switches of all the process's
#     threads (/proc/PID/task/*/status; SDL's own threads count too; a redraw
#     that waits for the X server's reply counts too) over the window,
#     and the loop's turns and redraws per second (the screen trace's counts,
#     $ATTUNE_SCREEN_TRACE, from the scenario's first key to the end);
#   - memory: PSS (/proc/PID/smaps_rollup) and VmHWM at the end of the window;
#   - first frame: from just before exec to the first frame on screen (the
#     mtime of the trace's first line, written once the frame reached X);
#   - the ratio of attune's CPU to the floor's at the same size.
# The first lines say which drawing path attune took (the kiosk's own log).
#
# Scenarios (--scenario a,b): countdown (a long turn: only whole seconds
# change), breathe (a pause's breathing guide, about 30 frames a second
# while it moves), picker (the list of scripts: nothing moves), cooldown (a
# pause's cool-down counting down). Another is one function, scenario_NAME.
#
# The counselor's console (--console-sizes, default 1920x1080): then the
# same program on an X server with two monitors (tools/two-displays.sh: Xorg
# with the dummy driver, the shared screen at that size on the left, the
# console at 1280x720 on the right), once on one screen and once with
# --counselor and its console open, during a countdown and a cool-down, so
# that the console's cost reads beside the single-screen figures on the same
# server. Left out (with a line saying so) when Xorg's dummy driver is missing.
#
# Usage: bench/kiosk_benchmark.sh [--quick] [--binary PATH] [--floor PATH] [--runs N]
#          [--scenario LIST] [--sizes LIST] [--console-sizes LIST|none] [--seconds S]
#          [--renderer software|accelerated]
# Defaults: 3 runs of 20 s (10 s for breathe, picker and cooldown) per
# scenario and size at 1280x720,1920x1080,3840x2160, then the console's
# runs, about 16 minutes. --quick: 1 run of 6 s (4 s), about 3 minutes.
# `make bench-kiosk` runs it on build/attune.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
binary=$top/build/attune
floor=
runs=3
seconds=20
scenarios=countdown,breathe,picker
sizes=1280x720,1920x1080,3840x2160
console_sizes=1920x1080
console_scenarios=countdown,cooldown,console-countdown,console-cooldown
renderer=

while (($#)); do
  case $1 in
    --quick) runs=1 seconds=6 ;;
    --binary) binary=$2; shift ;;
    --floor) floor=$2; shift ;;
    --runs) runs=$2; shift ;;
    --scenario) scenarios=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --console-sizes) console_sizes=$2; [[ $console_sizes == none ]] && console_sizes=; shift ;;
    --seconds) seconds=$2; shift ;;
    --renderer) renderer=$2; shift ;;
    -h|--help) sed -n '2,38p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "kiosk_benchmark: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ -n $floor ]] || floor=$(dirname "$binary")/attune_bench_floor

for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "kiosk_benchmark: $tool is missing; run tools/setup-debian.sh" >&2; exit 1; }
done
[[ -x $binary ]] || { echo "kiosk_benchmark: no program at $binary (build first, or --binary PATH)" >&2; exit 1; }
[[ -x $floor ]] || { echo "kiosk_benchmark: no floor program at $floor (build attune_bench_floor, or --floor PATH)" >&2; exit 1; }

work=$(mktemp -d /tmp/attune-kiosk-bench.XXXXXX)
mkdir -p "$work/home"
xvfb_pid=
kiosk_pid=

cleanup() {
  if [[ -n $kiosk_pid ]]; then kill -KILL "$kiosk_pid" 2>/dev/null || true; wait "$kiosk_pid" 2>/dev/null || true; fi
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "kiosk_benchmark: $*" >&2; exit 1; }
now_ns() { date +%s%N; }

# Xvfb picks a free display number itself and writes it to fd 3 when ready.
# With a second size, Xorg with two monitors (tools/two-displays.sh) on the
# first free display number from :70.
start_xvfb() {
  local size=$1 console_size=${2:-}
  if [[ -n $console_size ]]; then
    local number=70
    while [[ -e /tmp/.X11-unix/X$number || -e /tmp/.X$number-lock ]]; do number=$((number + 1)); done
    display=":$number"
    xvfb_pid=$("$top/tools/two-displays.sh" "$display" "$size" "$console_size" 2>"$work/xvfb.log") ||
      fail "Xorg with two monitors did not start: $(cat "$work/xvfb.log")"
    return
  fi
  rm -f "$work/displayfd"
  mkfifo "$work/displayfd"
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset 3>"$work/displayfd" 2>"$work/xvfb.log" &
  xvfb_pid=$!
  local number
  read -r -t 20 number <"$work/displayfd" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  display=":$number"
}

stop_xvfb() {
  if [[ -n $xvfb_pid ]]; then kill -TERM "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  xvfb_pid=
}

# Time on a CPU, in nanoseconds, of all the process's threads (schedstat's
# first field): far finer than /proc/PID/stat's ticks of 10 ms.
cpu_ns() { cat "/proc/$1"/task/*/schedstat 2>/dev/null | awk '{ n += $1 } END { printf "%d\n", n }'; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup"; }
# Every thread's voluntary context switches: each is a sleep, then a wake-up.
switches() { cat "/proc/$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { n += $2 } END { print n + 0 }'; }
trace_lines() { [[ -f $trace ]] && wc -l <"$trace" || echo 0; }

# Waits until the trace has at least $1 lines.
wait_trace() {
  local deadline=$(($(now_ns) + 20000000000))
  while (($(trace_lines) < $1)); do
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the program ended early: $(cat "$log")"
    (($(now_ns) < deadline)) || fail "no screen after 20 s: $(cat "$log")"
    sleep 0.01
  done
}

# Starts attune with ARGS... on the current display.
launch_attune() {
  run_number=$((${run_number:-0} + 1))
  trace=$work/trace.$run_number
  log=$work/log.$run_number
  launched_ns=$(now_ns)
  local -a settings=(DISPLAY="$display" HOME="$work/home" SDL_AUDIODRIVER=dummy ATTUNE_DEBUG=1
    ATTUNE_SCREEN_TRACE="$trace")
  [[ -n $renderer ]] && settings+=(ATTUNE_RENDERER="$renderer")
  env -u ATTUNE_RENDERER "${settings[@]}" "$binary" "$@" 2>"$log" &
  kiosk_pid=$!
  has_loop_trace=1
}

# Begins the script on screen: Space on the start screen, and Space again
# when the kiosk asks whether to keep the conversation (go on without).
# Keys go to the window under the pointer (no window manager gives the
# focus): the pointer rests on the shared screen, at the top left.
begin_script() {
  wait_trace 1
  DISPLAY=$display xdotool mousemove 4 4
  DISPLAY=$display xdotool key space
  wait_trace 2
  if tail -n 1 "$trace" | grep -q ' keep-heading'; then
    DISPLAY=$display xdotool key space
    wait_trace 3
  fi
}

# The scenarios: each launches its program and brings it to what is measured.
scenario_countdown() {
  launch_attune "$@" "$top/bench/data/countdown.yaml"
  begin_script
}

scenario_breathe() {
  launch_attune "$top/bench/data/breathe.yaml"
  begin_script
}

# A partner's pause (the '.' key) at once: the cool-down screen.
scenario_cooldown() {
  launch_attune "$@" "$top/bench/data/cooldown.yaml"
  begin_script
  local lines
  lines=$(trace_lines)
  DISPLAY=$display xdotool key period
  wait_trace $((lines + 1))
}

# The same two with the counselor's console open on the second monitor.
scenario_console-countdown() {
  launch_attune --counselor "$top/bench/data/countdown.yaml"
  wait_console
  begin_script
}

scenario_console-cooldown() {
  scenario_cooldown --counselor
  wait_console
}

# Until the console's window is mapped (it opens with the shared screen).
wait_console() {
  local deadline=$(($(now_ns) + 20000000000))
  until DISPLAY=$display xdotool search --name '^attune: counselor$' >/dev/null 2>&1; do
    (($(now_ns) < deadline)) || fail "no console window after 20 s: $(cat "$log")"
    sleep 0.05
  done
}

scenario_picker() {
  launch_attune
  wait_trace 1
}

scenario_floor() {
  run_number=$((${run_number:-0} + 1))
  trace=$work/trace.$run_number
  log=$work/log.$run_number
  launched_ns=$(now_ns)
  env DISPLAY="$display" "$floor" "$top/fonts/Inter-SemiBold.otf" "$trace" 2>"$log" &
  kiosk_pid=$!
  has_loop_trace=0
  wait_trace 1
}

# Ends the program as the system would (SIGTERM).
stop_program() {
  kill -TERM "$kiosk_pid" 2>/dev/null || true
  wait "$kiosk_pid" 2>/dev/null || true
  kiosk_pid=
  stopped_ns=$(now_ns)
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$1" '{ print $c }' "$2" | median; }

# One run of SCENARIO for SECONDS; appends to FILE:
# "cpu% xserver% switches/s turns/s redraws/s pss_kb hwm_kb first_frame_ms"
measure() {
  local scenario=$1 window=$2 file=$3
  "scenario_$scenario"
  local first_ns acted_ns
  first_ns=$(stat -c '%.9Y' "$trace" | tr -d .)
  acted_ns=$(now_ns)
  sleep 1
  local cpu0 x0 s0 t0 cpu1 x1 s1 t1 hwm pss
  cpu0=$(cpu_ns "$kiosk_pid"); x0=$(cpu_ns "$xvfb_pid"); s0=$(switches "$kiosk_pid"); t0=$(now_ns)
  sleep "$window"
  cpu1=$(cpu_ns "$kiosk_pid"); x1=$(cpu_ns "$xvfb_pid"); s1=$(switches "$kiosk_pid"); t1=$(now_ns)
  hwm=$(hwm_kb "$kiosk_pid"); pss=$(pss_kb "$kiosk_pid")
  [[ $scenario == countdown || $scenario == breathe || $scenario == picker || $scenario == cooldown ]] &&
    renderer_line=$(sed -n 's/^attune: \(video .*\)/\1/p' "$log" | head -n 1)
  stop_program
  local turns=-1 changes=-1
  if ((has_loop_trace)); then
    turns=$(awk '/ end turns=/ { sub("turns=", "", $3); print $3 }' "$trace")
    changes=$(awk '/ end turns=/ { sub("changes=", "", $4); print $4 }' "$trace")
    [[ -n $turns && -n $changes ]] || fail "the kiosk did not end its screen trace: $(cat "$log")"
  fi
  awk -v c=$((cpu1 - cpu0)) -v x=$((x1 - x0)) -v s=$((s1 - s0)) -v ns=$((t1 - t0)) \
      -v turns="$turns" -v changes="$changes" -v since=$((stopped_ns - acted_ns)) -v hwm="$hwm" -v pss="$pss" \
      -v first=$(((first_ns - launched_ns) / 1000000)) \
      'BEGIN { sec = ns / 1e9; run = since / 1e9;
               printf "%.2f %.2f %.1f %.1f %.1f %d %d %d\n", 100 * c / ns, 100 * x / ns, s / sec,
                      turns < 0 ? -1 : turns / run, changes < 0 ? -1 : changes / run, pss, hwm, first }' >>"$file"
}

window_for() {
  case $1 in
    countdown | floor | console-countdown) echo "$seconds" ;;
    *) echo $(((seconds + 1) / 2)) ;;
  esac
}

started_ns=$(now_ns)
IFS=, read -r -a scenario_list <<<"$scenarios"
IFS=, read -r -a size_list <<<"$sizes"
echo "attune kiosk benchmark under Xvfb: medians of $runs runs; windows of $seconds s (countdown, floor)"
echo "and $(window_for breathe) s (the others), after a second to settle"
echo "binary: $binary; floor: $floor; $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '\n%-18s %-17s %7s %7s %8s %7s %8s %7s %7s %8s %7s\n' size scenario "CPU%" "X%" "wakes/s" "turns/s" \
  "draws/s" "PSS MB" "HWM MB" "first" "x floor"
# Every scenario of a list on one X server: SIZE [CONSOLE_SIZE] SCENARIO...
# (a console size: Xorg with two monitors instead of Xvfb).
measure_server() {
  local size=$1 console_size=$2 where=$1
  shift 2
  [[ -n $console_size ]] && where="$size+$console_size"
  start_xvfb "$size" "$console_size"
  for scenario in floor "$@"; do
    rm -f "$work/$scenario"
    for ((i = 0; i < runs; i++)); do measure "$scenario" "$(window_for "$scenario")" "$work/$scenario"; done
    cpu=$(column_median 1 "$work/$scenario")
    [[ $scenario == floor ]] && floor_cpu=$cpu
    ratio=$(awk -v a="$cpu" -v f="$floor_cpu" 'BEGIN { if (f > 0) printf "%.2f", a / f; else print "n/a" }')
    turns=$(column_median 4 "$work/$scenario") draws=$(column_median 5 "$work/$scenario")
    [[ $turns == -1* ]] && turns=- draws=-
    printf '%-18s %-17s %7s %7s %8s %7s %8s %7.1f %7.1f %5s ms %7s\n' "$where" "$scenario" "$cpu" \
      "$(column_median 2 "$work/$scenario")" "$(column_median 3 "$work/$scenario")" "$turns" "$draws" \
      "$(column_median 6 "$work/$scenario" | awk '{ print $1 / 1024 }')" \
      "$(column_median 7 "$work/$scenario" | awk '{ print $1 / 1024 }')" "$(column_median 8 "$work/$scenario")" "$ratio"
  done
  echo "  attune's path at $where: $renderer_line"
  stop_xvfb
}

for size in "${size_list[@]}"; do measure_server "$size" "" "${scenario_list[@]}"; done
if [[ -n $console_sizes ]]; then
  if command -v Xorg >/dev/null && [[ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ]]; then
    IFS=, read -r -a console_size_list <<<"$console_sizes"
    IFS=, read -r -a console_scenario_list <<<"$console_scenarios"
    echo
    echo "On Xorg with two monitors (the console at 1280x720 on the second), one screen against the console open:"
    for size in "${console_size_list[@]}"; do
      measure_server "$size" 1280x720 "${console_scenario_list[@]}"
    done
  else
    echo
    echo "The console's runs left out: Xorg's dummy driver is missing (tools/setup-debian.sh installs it)."
  fi
fi
echo
echo "CPU% and X%: of one core; wakes/s: voluntary context switches of all the program's threads; turns/s and"
echo "draws/s: the kiosk loop's wake-ups and redraws; first: exec to first frame on screen;"
echo "x floor: CPU against the floor at the same size."
echo "(the whole benchmark took $((($(now_ns) - started_ns) / 1000000000)) s)"
