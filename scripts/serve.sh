#!/usr/bin/env bash
# Builds the release and serves Lotse on http://127.0.0.1:8080 (installs what is missing first).
# /couchdb/ is passed on to a team server on 127.0.0.1:5984 (scripts/team-server.mjs), as an
# agency's reverse proxy would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}" --no-autoreload \
  --proxy-backend="http://127.0.0.1:${COUCH_PORT:-5984}/" --proxy-rewrite=/couchdb/
