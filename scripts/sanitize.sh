#!/usr/bin/env bash
# The engine's quality gate beyond the plain tests: the core library and its
# tests built with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# (and libFuzzer's coverage), every test run there, then every fuzz target
# replays the seed corpus and runs a fixed number of mutations with a fixed
# seed (scripts/fuzz.sh). Any sanitizer report, leak or crash fails it.
# Build dir: build-asan/ (the window is not built: LOOPSCOPE_CORE_ONLY).
set -euo pipefail
cd "$(dirname "$0")/.."
# Line tables are all a sanitizer report needs: full debug info made the
# build a third slower on CI's two cores.
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
      -DLOOPSCOPE_FUZZ=ON -DLOOPSCOPE_CORE_ONLY=ON >/dev/null
cmake --build build-asan
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
./scripts/fuzz.sh build-asan
