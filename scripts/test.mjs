// `npm test`: sets up what the tests need, builds, then runs every check and suite —
// typecheck, lint, unit + integration (vitest), browser e2e (Playwright + Chromium), Electron
// e2e (Playwright's Electron driver; skipped, with the reason, where Electron cannot run) — and
// ends with one total line. Every suite runs even if an earlier one fails; the exit code is
// non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = path.join(root, 'test-results');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const started = Date.now();

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const t0 = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  console.log(`━━ ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
function count(label, passed, failed, skipped, note = '') {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  lines.push(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped${note}`);
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

if (!run('setup', process.execPath, ['scripts/setupTests.mjs'])) process.exit(1);
if (!run('build', bin('electron-vite'), ['build'])) {
  console.log('\nThe build failed, so no suite can run.\nTotal: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const typecheckOk = run('typecheck', process.execPath, ['scripts/typecheck.mjs']);
count('typecheck', typecheckOk ? 1 : 0, typecheckOk ? 0 : 1, 0);
const lintOk = run('lint', bin('eslint'), ['.']);
count('lint', lintOk ? 1 : 0, lintOk ? 0 : 1, 0);

const vitestJson = path.join(results, 'vitest.json');
const vitestOk = run('unit + integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) count('vitest', v.numPassedTests, v.numFailedTests, v.numPendingTests + v.numTodoTests);
else count('vitest', 0, 1, 0, ' (no report: the runner itself failed)');
if (v && !vitestOk && v.numFailedTests === 0) count('vitest run', 0, 1, 0, ' (runner exited with an error)');

function playwrightSuite(title, config, report, env = {}, wrap = null) {
  const args = ['test', '-c', config];
  const ok = wrap ? run(title, wrap[0], [...wrap.slice(1), bin('playwright'), ...args], env) : run(title, bin('playwright'), args, env);
  const r = readJson(path.join(results, report));
  if (!r) return count(title, 0, 1, 0, ' (no report: the runner itself failed)');
  count(title, r.stats.expected + r.stats.flaky, r.stats.unexpected, r.stats.skipped);
  if (!ok && r.stats.unexpected === 0) count(`${title} run`, 0, 1, 0, ' (runner exited with an error)');
  return r;
}

playwrightSuite('browser e2e (Chromium)', 'tests/e2e/playwright.config.ts', 'e2e-report.json');

// Where the Electron suite must run (the CI workflow's real desktops set LIMBER_REQUIRE_ELECTRON=1),
// download Electron's binary first (the electron package downloads lazily, not at npm ci), and
// count a skipped suite as a failure. Elsewhere it skips and says why.
const requireElectron = process.env.LIMBER_REQUIRE_ELECTRON === '1';
if (requireElectron) {
  const electronBinary = ensureElectronBinary(root);
  if (electronBinary.failure) console.error(electronBinary.failure);
}

// Electron needs a display on Linux: use Xvfb when there is none.
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const xvfb = needsDisplay && existsSync('/usr/bin/xvfb-run') ? ['xvfb-run', '-a'] : null;
const electron = playwrightSuite('Electron e2e', 'tests/electron/playwright.config.ts', 'electron-report.json', {}, xvfb);
if (electron && electron.stats.skipped > 0 && electron.stats.expected === 0) {
  const reason = electron.suites?.flatMap((s) => s.specs ?? []).flatMap((s) => s.tests ?? []).flatMap((t) => t.annotations ?? []).find((a) => a.type === 'skip')?.description;
  lines.push(`Electron e2e was SKIPPED: ${(reason ?? 'no Electron binary').replace(/^Electron e2e skipped: /, '')}`);
  if (requireElectron) count('Electron e2e required (LIMBER_REQUIRE_ELECTRON=1)', 0, 1, 0, ' (the suite did not run)');
}

console.log(`\n━━ summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
for (const line of lines) console.log(line);
console.log(`Total: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed === 0 ? 0 : 1);
