#!/usr/bin/env bash
# Runs the libFuzzer targets of a LOOPSCOPE_FUZZ build over the committed
# seed corpus (fuzz/corpus: programs, broken sources, past findings).
#
#   scripts/fuzz.sh BUILD_DIR            CI mode: replay every seed, then a
#                                        fixed number of mutations per target
#                                        with a fixed -seed (deterministic).
#   scripts/fuzz.sh BUILD_DIR SECONDS    by hand: fuzz each target for SECONDS
#                                        (new inputs land in /tmp/loopscope-fuzz-*,
#                                        crashes in the current directory).
# Any crash, timeout, leak, out-of-memory or sanitizer report fails the run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: scripts/fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-}
runs=${LOOPSCOPE_FUZZ_RUNS:-2000}  # libFuzzer counts the replayed seeds (~880) in -runs
seeds=("$here/fuzz/corpus/regressions" "$here/fuzz/corpus/broken" "$here/fuzz/corpus/programs")
common=(-dict="$here/fuzz/python.dict" -timeout=60 -rss_limit_mb=3072 -max_len=8192 -print_final_stats=1)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for target in fuzz_tokenizer fuzz_parser fuzz_run; do
  exe="$build/fuzz/$target"
  [ -x "$exe" ] || { echo "fuzz.sh: $exe is missing (configure with -DLOOPSCOPE_FUZZ=ON)" >&2; exit 2; }
  work=$(mktemp -d "/tmp/loopscope-fuzz-$target.XXXXXX")
  if [ -z "$seconds" ]; then
    echo "== $target: replay $(find "${seeds[@]}" -type f | wc -l) seeds, then $runs runs with -seed=1"
    # New inputs go to a scratch directory (first corpus argument), never into the repo.
    "$exe" "${common[@]}" -seed=1 -runs="$runs" -artifact_prefix="$work/" "$work" "${seeds[@]}" 2>"$work/log" \
      || { tail -n 60 "$work/log" >&2; echo "fuzz.sh: $target FAILED (artifacts in $work)" >&2; exit 1; }
    grep -E '^(stat::number_of_executed_units|Done)' "$work/log" || true
    rm -rf "$work"
  else
    echo "== $target: fuzzing for $seconds s (corpus $work)"
    "$exe" "${common[@]}" -max_total_time="$seconds" -artifact_prefix="./$target-" "$work" "${seeds[@]}" 2>"$work/log" \
      || { tail -n 60 "$work/log" >&2; echo "fuzz.sh: $target found something (see ./$target-*)" >&2; exit 1; }
    grep -E '^stat::' "$work/log" || true
  fi
done
echo "fuzz: 3 passed, 0 failed"
