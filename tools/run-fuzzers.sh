#!/usr/bin/env bash
# Runs each fuzz target of the sanitizer build for a while on a copy of its
# seed corpus (fuzz/corpus/<target>/, which stays as checked in) with its
# dictionary, and prints what libFuzzer's final stats say: executions, their
# rate, coverage (cov: edges, ft: features) and the corpus reached.
#
#   tools/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
#
# An input that crashes a target or breaks one of its invariants is kept in
# BUILD_DIR/fuzz-findings/<target>/ and makes the script fail; replay it with
# `BUILD_DIR/<target> FILE`, then keep it as a regression test in
# tests/data/fuzz-regressions/<target>/.
set -uo pipefail

if (($# < 2)); then
  echo "usage: tools/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
seconds=$2
shift 2
targets=("$@")
((${#targets[@]})) || targets=(fuzz_script_loader fuzz_theme_loader fuzz_session fuzz_message_catalogue fuzz_space_reader)

failed=()
for target in "${targets[@]}"; do
  work="$build/fuzz-work/$target"
  findings="$build/fuzz-findings/$target"
  rm -rf "$work"
  mkdir -p "$work" "$findings"
  cp "$top/fuzz/corpus/$target/"* "$work/"
  echo "== $target: ${seconds} s"
  # -timeout: an input that takes seconds is a finding too (a script must be
  # checked in under one second; the sanitizers make it two to three times
  # slower, and a busy machine slower still).
  "$build/$target" -dict="$top/fuzz/$target.dict" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$work" >"$build/fuzz-work/$target.log" 2>&1
  status=$?
  log="$build/fuzz-work/$target.log"
  grep -E '^#[0-9]+[[:space:]].*cov: ' "$log" | tail -n 1 | sed -E 's/^#([0-9]+)[[:space:]]+[A-Z]+[[:space:]]+/   after \1 runs: /'
  grep -E 'stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" | sed 's/^/   /'
  if ((status != 0)); then
    failed+=("$target")
    echo "   FOUND: $(grep -m1 -E "^fuzz_|ERROR: (Address|UndefinedBehavior|LeakSanitizer|libFuzzer)|runtime error" "$log")"
    echo "   input kept in $(ls -t "$findings" | head -n 1 | sed "s|^|$findings/|"); the whole log: $log"
  fi
done

if ((${#failed[@]})); then
  echo "fuzzing found something in: ${failed[*]}" >&2
  exit 1
fi
