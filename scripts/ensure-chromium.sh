#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (CI runs as root on a fresh machine).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
command -v chromium
