#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and run every test through CTest (headless). With LOOPSCOPE_SANITIZE=1, then
# the same core tests under ASan + UBSan and the fuzz targets' bounded runs
# (scripts/sanitize.sh). That half is opt-in until it has passed once in full
# on a quiet machine (see docs/quality.md); it becomes the default then.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)"
[ "${LOOPSCOPE_SANITIZE:-0}" != 1 ] || ./scripts/sanitize.sh
