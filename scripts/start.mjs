// `npm start`: builds Limber and runs it with Electron. `npm run dev` runs it against Vite's dev
// server instead. Where the Electron binary cannot be obtained, says so in one sentence.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const electronDir = path.join(root, 'node_modules', 'electron');

function ensureElectron() {
  const found = findElectronBinary(root);
  if (found.available) return found.path;
  // The electron package fetches its binary on first use; try that once, quietly.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  const retried = findElectronBinary(root);
  return retried.available ? retried.path : null;
}

const binary = existsSync(electronDir) ? ensureElectron() : null;
if (!binary) {
  console.error(
    'Limber cannot start because the Electron binary is not installed and could not be downloaded: connect this machine to the internet and run `npm install` again (or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron 45).',
  );
  process.exit(1);
}

const dev = process.argv.includes('--dev');
if (!dev) {
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = dev
  ? spawn(bin('electron-vite'), ['dev'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  : spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
