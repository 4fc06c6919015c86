// `npm start`: builds Limber and runs it with Electron. `npm run dev` runs it against Vite's dev
// server instead. Where the Electron binary cannot be downloaded (offline, a proxy, TLS, a bad
// mirror), says so with the underlying error and what to try, and that `npm start` again will
// finish the job (tests/integration/startScript.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const electron = ensureElectronBinary(root);
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
