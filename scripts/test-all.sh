#!/usr/bin/env bash
# Runs every check in order: format and lint, typecheck, unit and component tests, production build,
# browser tests against that build. Every step runs even when an earlier one fails (except the
# browser tests, which need the build), and the last line sums them all: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results=.test-results
rm -rf "$results" && mkdir -p "$results"
steps_passed=0
steps_failed=0

step() {
  local name=$1
  shift
  echo "━━ $name"
  if "$@"; then
    steps_passed=$((steps_passed + 1))
    return 0
  fi
  echo "✗ $name failed"
  steps_failed=$((steps_failed + 1))
  return 1
}

bash scripts/ensure-system-packages.sh || steps_failed=$((steps_failed + 1))

step 'format and lint (biome)' npx biome ci --colors=off .
step 'typecheck (tsc)' npx tsc --noEmit -p .
echo '━━ unit and component tests (vitest)'
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
vitest_status=$?
if step 'production build (vite)' npx vite build; then
  echo '━━ browser tests (playwright, production build)'
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json
  playwright_status=$?
else
  playwright_status=1
fi

node scripts/summarise-results.mjs "$results" "$steps_passed" "$steps_failed" "$vitest_status" "$playwright_status"
