// Sums the check steps, vitest's and Playwright's JSON reports into one closing line,
// "N passed, N failed", and exits non-zero when anything failed or a report is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stepsPassed, stepsFailed, vitestStatus, playwrightStatus] = process.argv.slice(2);
let passed = Number(stepsPassed);
let failed = Number(stepsFailed);

function read(name) {
  const file = join(dir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
// A runner that crashed before reporting counts as one failure, so it can never pass silently.
if (!vitest || (Number(vitestStatus) !== 0 && vitest.numFailedTests === 0)) failed += 1;

const playwright = read('playwright.json');
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
}
if (!playwright || (Number(playwrightStatus) !== 0 && playwright.stats.unexpected === 0))
  failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
