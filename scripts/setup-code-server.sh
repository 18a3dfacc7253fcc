#!/usr/bin/env bash
# Installs the offline "real editor" test host: Node 24 + code-server (a full VS Code
# server build), both from npm, pinned. See /work/shared/docs/real-editor-tests.md.
#
# Installs OUTSIDE the clone, into ${DN_TEST_HOST_DIR:-$HOME/.cache/dn-soap-test-host},
# so a reused machine skips the ~100 s install. A stamp file records the pinned versions;
# when it matches and the binaries are there, this script exits in well under a second.
#
#   bash scripts/setup-code-server.sh            # install if missing (idempotent)
#   FORCE=1 bash scripts/setup-code-server.sh    # wipe and reinstall
#
# Needs: npm (any Node >= 18 to bootstrap), python3, make, g++ and Debian libkrb5-dev
# (code-server's postinstall builds native addons, one of them is `kerberos`).
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
HOST_DIR="${DN_TEST_HOST_DIR:-${HOME:-/root}/.cache/dn-soap-test-host}"
STAMP="$HOST_DIR/.installed"
WANT_STAMP="node@$NODE_VERSION code-server@$CODE_SERVER_VERSION"
NODE24="$HOST_DIR/node_modules/node/bin/node"
CS_DIR="$HOST_DIR/node_modules/code-server"

die() { echo "setup-code-server: ERROR: $*" >&2; exit 1; }
log() { echo "setup-code-server: $*"; }

# Fast path: already installed with the pinned versions.
if [ "${FORCE:-}" != 1 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ] \
   && [ -x "$NODE24" ] && [ -f "$CS_DIR/out/node/entry.js" ]; then
  log "already installed ($WANT_STAMP) in $HOST_DIR"
  exit 0
fi

# P3: a parent `npm run` exports npm_config_* (user agent, node version, ...). The inner
# npm running on Node 24 would read them as config, and code-server's postinstall would
# then believe it runs on Node 20 and refuse. Drop every npm_* variable.
for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done

# Prerequisites, with messages that say what to install.
command -v npm >/dev/null 2>&1 || die "npm not found on PATH (install Node.js >= 18 first)"
missing=()
for tool in python3 make g++; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if ! command -v krb5-config >/dev/null 2>&1 && [ ! -f /usr/include/gssapi/gssapi.h ]; then
  missing+=("libkrb5-dev")
fi
[ ${#missing[@]} -eq 0 ] || die "missing build prerequisites: ${missing[*]}
  On Debian/Ubuntu: apt-get install -y --no-install-recommends python3 make g++ libkrb5-dev"

mkdir -p "$HOST_DIR" || die "cannot create $HOST_DIR (set DN_TEST_HOST_DIR to a writable folder)"

# One installer at a time (two CI jobs or two terminals sharing the cache).
exec 9>"$HOST_DIR/.lock"
if ! flock -w 600 9; then die "another setup holds $HOST_DIR/.lock for more than 10 min"; fi
# Re-check after getting the lock: a concurrent run may have finished the job.
if [ "${FORCE:-}" != 1 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ] \
   && [ -x "$NODE24" ] && [ -f "$CS_DIR/out/node/entry.js" ]; then
  log "already installed ($WANT_STAMP) in $HOST_DIR"
  exit 0
fi

start=$(date +%s)
log "installing $WANT_STAMP into $HOST_DIR (about 2 min on a fresh machine)"
cd "$HOST_DIR"
rm -rf node_modules package-lock.json "$STAMP"
# P5: approve the install scripts that must run (npm 11 allowScripts).
echo '{"private":true,"allowScripts":{"node":true,"code-server":true,"argon2":true}}' > package.json

log "step 1/2: node@$NODE_VERSION"
npm install --no-audit --no-fund --save-exact --loglevel=error "node@$NODE_VERSION" \
  || die "npm install node@$NODE_VERSION failed (see npm output above)"
[ -x "$NODE24" ] || die "node@$NODE_VERSION installed but $NODE24 is missing"
got=$("$NODE24" --version) || die "$NODE24 does not run"
[ "$got" = "v$NODE_VERSION" ] || die "expected Node v$NODE_VERSION, got $got"

# P2: code-server's postinstall reads the Node major from npm's user agent and accepts
# only 24, so npm itself must run on Node 24 here.
log "step 2/2: code-server@$CODE_SERVER_VERSION (postinstall builds native addons; ~100 s)"
PATH="$HOST_DIR/node_modules/node/bin:$PATH" \
  npm install --no-audit --no-fund --save-exact --loglevel=error "code-server@$CODE_SERVER_VERSION" \
  || die "npm install code-server@$CODE_SERVER_VERSION failed (see npm output above; missing libkrb5-dev is the usual cause)"
[ -f "$CS_DIR/out/node/entry.js" ] || die "code-server installed but $CS_DIR/out/node/entry.js is missing"
[ -d "$CS_DIR/lib/vscode/node_modules" ] || die "code-server's postinstall did not populate lib/vscode/node_modules"
# Smoke start. code-server writes ~/.config/code-server/config.yaml and ~/.local/share logs
# even for --version (P6), so point its XDG dirs at a throwaway folder.
probe=$(mktemp -d)
csv=$(XDG_CONFIG_HOME="$probe" XDG_DATA_HOME="$probe" XDG_CACHE_HOME="$probe" \
      "$NODE24" "$CS_DIR/out/node/entry.js" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -n1) || true
rm -rf "$probe"
[ -n "$csv" ] || die "code-server does not start under $NODE24"
case "$csv" in "$CODE_SERVER_VERSION"*) ;; *) die "expected code-server $CODE_SERVER_VERSION, got '$csv'";; esac

echo "$WANT_STAMP" > "$STAMP"
log "done in $(( $(date +%s) - start )) s: $csv; $(du -sh "$HOST_DIR" 2>/dev/null | cut -f1) in $HOST_DIR"
