#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (CI runs as root on a fresh machine).
set -euo pipefail
# The tests look for it at CHROMIUM_PATH, by default /usr/bin/chromium (test/trace/chromium.ts).
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
test -x "${CHROMIUM_PATH:-/usr/bin/chromium}"
