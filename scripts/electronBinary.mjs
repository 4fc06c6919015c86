// Where the real Electron binary is, found the way the `electron` package finds it but WITHOUT
// requiring the package (its require() starts a download when the binary is missing).
// ELECTRON_OVERRIDE_DIST_PATH points at an Electron folder installed another way.
// Used by `npm start` (scripts/start.mjs) and the Electron e2e suite (tests/electron/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function findElectronBinary(root = process.cwd()) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(pkgDir, 'dist', relative);
  if (existsSync(candidate)) return { available: true, path: candidate };
  return {
    available: false,
    reason: override
      ? `no Electron binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH)`
      : 'the Electron binary is not installed (node_modules/electron/dist is missing; it is downloaded on first start and this machine cannot reach the download server)',
  };
}

/** Where @electron/get downloads Electron from unless ELECTRON_MIRROR says otherwise. */
export const DEFAULT_ELECTRON_SOURCE = 'https://github.com/electron/electron/releases/download/';

/**
 * What `npm start` says when Electron's binary is missing and its download (the electron
 * package's install.js, run through @electron/get) failed. `install` is what spawnSync returned
 * for install.js: its output holds the underlying error (install.js prints the stack).
 * @param {{ stdout?: string | null, stderr?: string | null, error?: Error, signal?: string | null, status?: number | null }} install
 * @param {Record<string, string | undefined>} env
 */
export function describeDownloadFailure(install, env) {
  const output = `${install.stderr ?? ''}\n${install.stdout ?? ''}`;
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  // The stack's first line is the error itself ("RequestError: connect ECONNREFUSED …",
  // "HTTPError: Response code 404 …", "Error: self-signed certificate in certificate chain").
  const errorLine = lines.find((l) => /^(?:[A-Z]\w*)?Error\b|^[A-Z]\w*Error:|\bE[A-Z]{3,}\b/.test(l)) ?? lines.find((l) => !l.startsWith('at '));
  const reason =
    install.error?.code === 'ETIMEDOUT' || install.signal === 'SIGTERM'
      ? 'the download did not finish within 5 minutes'
      : install.error
        ? install.error.message
        : (errorLine?.replace(/^Error:\s*/, '') ?? `install.js exited with code ${install.status ?? 'unknown'} and said nothing`);
  const source = env.ELECTRON_MIRROR ? `${env.ELECTRON_MIRROR} (ELECTRON_MIRROR)` : DEFAULT_ELECTRON_SOURCE;
  return [
    "Limber cannot start yet: Electron's binary is not installed, and downloading it failed.",
    `  Error: ${reason}`,
    `  From:  ${source}`,
    'Run `npm start` again once this machine is online. If it is online:',
    '  - behind a proxy: set HTTPS_PROXY (and NO_PROXY if needed) with ELECTRON_GET_USE_PROXY=true;',
    "  - a certificate error (a company proxy that inspects TLS): NODE_EXTRA_CA_CERTS=<that proxy's CA file>;",
    '  - to download from a mirror: ELECTRON_MIRROR=<its URL, ending in />;',
    '  - or use an Electron 45 you already have: ELECTRON_OVERRIDE_DIST_PATH=<its folder>.',
  ].join('\n');
}

/**
 * The Electron binary, downloading it first when it is missing: the electron package downloads
 * lazily (it has no install script), through its install.js and @electron/get. Used by `npm
 * start` and, on CI runners that must run the Electron suite (LIMBER_REQUIRE_ELECTRON=1), by
 * `npm test`. Returns { path } or { failure: <the message to print> }.
 * @param {string} root
 * @returns {{ path: string, failure?: undefined } | { path?: undefined, failure: string }}
 */
export function ensureElectronBinary(root) {
  const found = findElectronBinary(root);
  if (found.available) return { path: found.path };
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(electronDir)) return { failure: 'Limber cannot start: node_modules/electron is missing. Run `npm install`, then `npm start`.' };
  console.error("Downloading Electron's binary (first start)…");
  // From `root`, not import.meta: the Electron e2e spec imports this file through Playwright's
  // CommonJS loader, where import.meta is a syntax error.
  const withCause = pathToFileURL(path.join(root, 'scripts', 'fetchErrorCause.mjs')).href;
  const install = spawnSync(process.execPath, ['--import', withCause, path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
  const retried = findElectronBinary(root);
  return retried.available ? { path: retried.path } : { failure: describeDownloadFailure(install, process.env) };
}
