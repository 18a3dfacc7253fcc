#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (root): Chromium and the
# Kerberos headers for the real-editor test host, the npm packages, and the host itself
# (Node 24 + code-server, cached outside the repository). Safe to run again: each step
# skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: chromium and libkrb5-dev are missing; install them with: sudo apt-get install chromium libkrb5-dev" >&2
    exit 1
  fi
  echo "setup: apt-get install chromium libkrb5-dev"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium libkrb5-dev
fi

if [ -n "${CI:-}" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

echo "setup: real-editor test host (Node 24 + code-server)"
bash scripts/setup-code-server.sh
