#!/usr/bin/env bash
# The browser tests drive Debian's own Chromium through playwright-core (no browser download by a
# test tool). Installs it with apt when missing; run by `npm test` before the tests (pretest).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing: install Debian's package (sudo apt-get install chromium) for the browser tests." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
