#!/usr/bin/env bash
# The real-WordPress suite, without npm: starts the private WordPress (start.sh), builds the drop-in
# script when it is missing or older than the sources, runs `node --test tests/wordpress/` and ALWAYS
# stops WordPress again (stop.sh), whatever happened. Exits with the tests' status.
#
#   bash scripts/wordpress/test.sh                 # everything
#   bash scripts/wordpress/test.sh tests/wordpress/stub-contract.test.mjs   # some files only
#
# Needs node_modules (npm ci) for the build and playwright-core; Chromium at $CHROME_PATH or
# /usr/bin/chromium. The files run one at a time: they share one WordPress and its flood window.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

t0=$(date +%s)
stop_wordpress() { bash "$here/stop.sh" || echo "[wordpress] stop.sh failed" >&2; }
trap stop_wordpress EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash "$here/start.sh"

if [[ ! -d node_modules/playwright-core || ! -x node_modules/.bin/vite ]]; then
  echo "[wordpress] node_modules is missing playwright-core or vite: run npm ci first" >&2
  exit 1
fi
bundle=dist/cdn/sabba.js
if [[ ! -f $bundle ]] || [[ -n "$(find src package.json vite.config.ts -newer "$bundle" -print -quit)" ]]; then
  echo "[wordpress] building $bundle (vite build --mode cdn)"
  node_modules/.bin/vite build --mode cdn --logLevel warn
else
  echo "[wordpress] $bundle is up to date"
fi

files=("$@")
((${#files[@]})) || files=(tests/wordpress/)
t1=$(date +%s)
tap=$(mktemp)
trap 'rm -f "$tap"; stop_wordpress' EXIT
set +e
# Readable progress on stdout (spec), and TAP in a file for the closing count.
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" "${files[@]}"
status=$?
set -e
t2=$(date +%s)
count() { grep -E "^# $1 [0-9]+$" "$tap" | tail -n 1 | awk '{ print $3 }'; }
echo "[wordpress] tests took $((t2 - t1)) s; the whole run $((t2 - t0)) s; exit status $status; $(count todo || echo 0) todo"
echo "wordpress: $(count pass || echo 0) passed, $(count fail || echo 0) failed, $(count skipped || echo 0) skipped"
exit "$status"
