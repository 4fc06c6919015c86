// `npm start`: builds Limber and runs it with Electron. `npm run dev` runs it against Vite's dev
// server instead. Where the Electron binary cannot be downloaded (offline, a proxy, TLS, a bad
// mirror), says so with the underlying error and what to try, and that `npm start` again will
// finish the job (tests/integration/startScript.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeDownloadFailure, findElectronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron binary, downloading it first if needed; or what went wrong. */
function ensureElectron() {
  const found = findElectronBinary(root);
  if (found.available) return { path: found.path };
  // The electron package downloads its binary in its install script; npm may have skipped or
  // failed that (offline install, --ignore-scripts). Run it once more, keeping what it says.
  console.error("Downloading Electron's binary (first start)…");
  const withCause = pathToFileURL(path.join(root, 'scripts', 'fetchErrorCause.mjs')).href;
  const install = spawnSync(process.execPath, ['--import', withCause, path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
  const retried = findElectronBinary(root);
  return retried.available ? { path: retried.path } : { failure: describeDownloadFailure(install, process.env) };
}

const electron = existsSync(electronDir)
  ? ensureElectron()
  : { failure: 'Limber cannot start: node_modules/electron is missing. Run `npm install`, then `npm start`.' };
if (!electron.path) {
  console.error(electron.failure);
  process.exit(1);
}
const binary = electron.path;

const dev = process.argv.includes('--dev');
if (!dev) {
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = dev
  ? spawn(bin('electron-vite'), ['dev'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  : spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
