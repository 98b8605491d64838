#!/usr/bin/env bash
# Runs every test of Lotse; installs what is missing first. Fails on the first failing step.
#   formatting and clippy (host and wasm32) · domain tests on the host · component tests in
#   headless Chromium · the release build and its size budget · end-to-end tests in headless
#   Chromium against the release build, with axe-core on every screen.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --check

step "clippy (host)"
cargo clippy --locked --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

step "domain and unit tests (host)"
cargo test --locked

step "component tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release --offline

step "size budget (brotli, first load)"
node scripts/size.mjs

step "end-to-end tests (Playwright + axe-core in headless Chromium, release build)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

printf '\nall tests passed in %ss\n' "$((SECONDS - started))"
