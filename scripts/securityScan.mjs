// Runs @doyensec/electronegativity over what Limber ships — the main, preload and renderer
// sources plus the built pages (which carry the CSP) — and compares its findings with the
// justifications in electronegativity.json. Used by tests/integration/securityScan.test.ts and
// runnable by hand: `node scripts/securityScan.mjs`.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

export function loadJustifications() {
  return JSON.parse(readFileSync(path.join(root, 'electronegativity.json'), 'utf8'));
}

/** Copies the shipped code into a scratch folder, so tests, scripts and node_modules stay out. */
function stage(extraFolders) {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-scan-'));
  for (const folder of ['common', 'main', 'preload', 'renderer', ...extraFolders]) {
    cpSync(path.join(root, folder), path.join(dir, folder), { recursive: true });
  }
  const built = path.join(root, 'out', 'renderer');
  const pages = readdirSync(built).filter((f) => f.endsWith('.html'));
  if (pages.length === 0) throw new Error('No built pages in out/renderer: run `npm run build` first.');
  for (const page of pages) cpSync(path.join(built, page), path.join(dir, 'built-pages', page));
  const electronVersion = require('electron/package.json').version;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'limber', devDependencies: { electron: electronVersion } }));
  return { dir, electronVersion };
}

/** `extraFolders` (repo-relative) are scanned too: the test uses it to prove the scan fires. */
export async function scan(extraFolders = []) {
  const config = loadJustifications();
  const { dir, electronVersion } = stage(extraFolders);
  const electronegativity = require('@doyensec/electronegativity');
  const run = electronegativity.default ?? electronegativity;
  // electronegativity logs a line when it cannot fetch translations (no network here).
  const log = console.log;
  console.log = () => {};
  try {
    const result = await run({
      input: dir,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: config.excludedChecks.map((c) => c.check),
      parserPlugins: ['typescript', 'jsx'],
    });
    const findings = result.issues.map((i) => ({
      check: i.id,
      file: i.file === 'N/A' ? 'N/A' : path.relative(dir, path.resolve(dir, i.file)).split(path.sep).join('/'),
      line: i.location?.line ?? 0,
      description: i.description,
    }));
    const justified = (f) => config.justified.some((j) => j.check === f.check && (j.file === f.file || j.file === '*'));
    const unjustified = findings.filter((f) => !justified(f));
    const stale = config.justified.filter((j) => !findings.some((f) => f.check === j.check && (j.file === f.file || j.file === '*')));
    return { findings, unjustified, stale, errors: result.errors.filter((e) => !e.tolerable), checks: result.globalChecks + result.atomicChecks };
  } finally {
    console.log = log;
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // electronegativity asks a web server for translations; with no network, its HTTP client
  // (got) throws from a retry timer after the scan has already gone on without them. Only
  // errors raised inside got are ignored here; the process exits as soon as the report is out.
  process.on('uncaughtException', (error) => {
    if (/node_modules[\\/](got|p-cancelable)[\\/]/.test(String(error?.stack))) return;
    throw error;
  });
  const includeAt = process.argv.indexOf('--include');
  const report = await scan(includeAt > 0 ? [process.argv[includeAt + 1]] : []);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report));
    process.exit(0);
  }
  console.log(`${report.checks} checks, ${report.findings.length} findings, ${report.unjustified.length} unjustified.`);
  for (const f of report.findings) console.log(`${report.unjustified.includes(f) ? 'UNJUSTIFIED' : 'justified  '} ${f.check} ${f.file}:${f.line} ${f.description}`);
  for (const s of report.stale) console.log(`STALE justification: ${s.check} ${s.file}`);
  process.exit(report.unjustified.length > 0 || report.stale.length > 0 ? 1 : 0);
}
