#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and run LoopScope on its default example.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec build/app/loopscope run "${1:-resources/examples/default.py}"
