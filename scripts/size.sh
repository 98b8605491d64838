#!/usr/bin/env bash
# Builds the release and prints what a first visit transfers, brotli-compressed; fails over
# the first-load budget (scripts/first-load.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline >/dev/null
node scripts/size.mjs
