#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and run every test through CTest (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "$(nproc)"
