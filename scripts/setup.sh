#!/usr/bin/env bash
# Installs the Debian 12 packages LoopScope needs that this machine lacks.
# Idempotent: packages already present are not reinstalled.
set -euo pipefail
PKGS=(build-essential cmake ninja-build
      qt6-base-dev qt6-base-dev-tools qcoro-qt6-dev qt6-svg-dev
      qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
      xvfb xauth fonts-noto-cjk
      clang libclang-rt-14-dev
      libgmp-dev)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
