// `npm test`: runs every test layer (unit in Node, browser in Chromium, e2e with Playwright against the
// built app) even when one fails, then prints one line with the totals of all layers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensureChromium.mjs';

const reports = 'test-results/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let allOk = true;

function countVitest(layer) {
  const report = readJson(`${reports}/${layer}.json`);
  if (!report) {
    console.error(`The ${layer} tests wrote no report: counted as one failure.`);
    totals.failed += 1;
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function vitestLayer(layer) {
  const ok = run('npx', [
    'vitest',
    'run',
    '--project',
    layer,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/${layer}.json`,
  ]);
  countVitest(layer);
  allOk &&= ok;
}

vitestLayer('unit');

if (!ensureChromium()) {
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
}

vitestLayer('browser');

if (run('npx', ['vite', 'build', '--logLevel', 'warn'])) {
  const ok = run('npx', ['playwright', 'test']);
  allOk &&= ok;
  const report = readJson(`${reports}/e2e.json`);
  if (report?.stats) {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
  } else {
    totals.failed += 1;
  }
} else {
  console.error('The app did not build, so the e2e tests could not run: counted as one failure.');
  totals.failed += 1;
  allOk = false;
}

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(allOk && totals.failed === 0 && existsSync(reports) ? 0 : 1);
