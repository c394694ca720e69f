#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and run every test through CTest (headless); then the same core tests under
# ASan + UBSan and the fuzz targets' bounded runs (scripts/sanitize.sh, see
# docs/quality.md). LOOPSCOPE_SKIP_SANITIZE=1 skips that half while iterating.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)"
[ "${LOOPSCOPE_SKIP_SANITIZE:-0}" = 1 ] || ./scripts/sanitize.sh
