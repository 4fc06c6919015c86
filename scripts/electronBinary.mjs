// Where the real Electron binary is, found the way the `electron` package finds it but WITHOUT
// requiring the package (its require() starts a download when the binary is missing).
// ELECTRON_OVERRIDE_DIST_PATH points at an Electron folder installed another way.
// Used by `npm start` (scripts/start.mjs) and the Electron e2e suite (tests/electron/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
