#!/usr/bin/env bash
# The benchmark (not part of the tests): builds Lotse's release and the SurveyJS peer in
# bench/peer, then measures both in one run and prints every figure, the Lotse/peer ratios and
# the budgets (bench/run.mjs; also bench/results/latest.json), then Lotse with 5,000 cases in
# IndexedDB (bench/caseload.mjs). About 7 minutes after the builds.
#
#   scripts/bench.sh                     install what is missing, build both, measure
#   scripts/bench.sh --skip-build        measure the release already in dist/
#   LOTSE_DIST=/path/to/dist scripts/bench.sh    measure another build of Lotse (no Lotse build)
#   further arguments go to bench/run.mjs: --lighthouse-runs N, --loads N, --no-lighthouse
#
# Exits 0 when the budgets are missed (it reports them); non-zero only when something broke.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_build=false
run_args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) run_args+=("$arg") ;;
  esac
done

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

build_lotse=true
if $skip_build || [ -n "${LOTSE_DIST:-}" ]; then build_lotse=false; fi

if $build_lotse; then
  # The toolchain and Debian's Chromium (skips what is there).
  scripts/setup.sh --browser
elif ! command -v "${CHROMIUM:-chromium}" >/dev/null; then
  echo "no Chromium: run scripts/setup.sh --browser first (or set CHROMIUM)" >&2
  exit 1
fi

# The benchmark's own npm tools (Lighthouse, SurveyJS, esbuild, Playwright's driver).
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "installing the benchmark's npm tools"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi

if $build_lotse; then
  say "building Lotse's release"
  nice -n 10 trunk build --release --offline
fi
export LOTSE_DIST="${LOTSE_DIST:-$PWD/dist}"
if ! ls "$LOTSE_DIST"/*.wasm >/dev/null 2>&1; then
  echo "no .wasm in $LOTSE_DIST: build the release first (or drop --skip-build)" >&2
  exit 1
fi

say "building the peer (SurveyJS)"
nice -n 10 node bench/peer/build.mjs

say "measuring Lotse ($LOTSE_DIST) and the peer"
node bench/run.mjs "${run_args[@]}"

say "measuring Lotse with a whole caseload (5,000 cases in IndexedDB)"
node bench/caseload.mjs

say "measuring Lotse with a long case history (20 reviews of 10 goals)"
node bench/reviews.mjs

say "measuring the Sozialraum report (5,000 cases) and the catalogue's suggestions (2,000 entries)"
node bench/sozialraum.mjs

say "measuring team sync against PouchDB Server (500 cases to a fresh device, edits between two)"
node bench/team.mjs
