// The packaging smoke build: electron-builder's Linux `dir` target (x64), with the project's
// own electron-builder.yml, against a stand-in Electron folder (./standInElectron.mjs), into a
// temp directory. It needs the built app in out/ (`npx electron-vite build`) and no network.
//
// Run: node scripts/packaging/smokeBuild.mjs [--out <dir>] [--json]
// Prints (last line with --json) { outDir, appOutDir, resourcesDir, asarPath, executable, ms }.
// The output is a throwaway: it goes to a fresh temp directory unless --out is given, and is
// never under dist/ (the real installers' folder), so it cannot be shipped by mistake.
//
// electron-builder reads electron-builder.yml itself; the options below are deep-merged onto it
// and are the only differences from a real build:
//   - electronDist → the stand-in (real builds download Electron or use a mirror);
//   - npmRebuild off: Limber has no native module, and a rebuild would want Electron's headers
//     from the network;
//   - publish off; output in the temp directory.
// Everything else — files, asar, asarUnpack, the production dependency walk, and the fuses,
// flipped in the stand-in's copy of the fuse wire — is the real configuration, which is the
// point of the test.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { makeStandInElectron } from './standInElectron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

/** The project's electron-builder.yml as an object. */
export function loadBuilderConfig() {
  const yaml = require('js-yaml');
  return yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
}

/**
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ outDir: string, appOutDir: string, resourcesDir: string, asarPath: string, executable: string, ms: number }>}
 */
export async function smokeBuild(options = {}) {
  for (const built of ['out/main/index.js', 'out/preload/index.js']) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npx electron-vite build\` first.`);
  }
  const outDir = options.outDir ?? mkdtempSync(path.join(tmpdir(), 'limber-smoke-'));
  mkdirSync(outDir, { recursive: true });
  const electronVersion = require('electron/package.json').version;
  const electronDist = makeStandInElectron(path.join(outDir, 'electron-stand-in'), electronVersion);

  const overrides = {
    electronDist,
    electronVersion,
    npmRebuild: false,
    publish: null,
    directories: { output: path.join(outDir, 'dist') },
  };
  const { build, Platform, Arch } = require('electron-builder');
  const started = performance.now();
  await build({ projectDir: root, targets: Platform.LINUX.createTarget(['dir'], Arch.x64), config: overrides, publish: 'never' });
  const ms = Math.round(performance.now() - started);

  const appOutDir = path.join(outDir, 'dist', 'linux-unpacked');
  const resourcesDir = path.join(appOutDir, 'resources');
  return {
    outDir,
    appOutDir,
    resourcesDir,
    asarPath: path.join(resourcesDir, 'app.asar'),
    executable: path.join(appOutDir, loadBuilderConfig().linux?.executableName ?? require(path.join(root, 'package.json')).name),
    ms,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  smokeBuild(at > 0 ? { outDir: path.resolve(process.argv[at + 1]) } : {}).then(
    (result) => console.log(process.argv.includes('--json') ? JSON.stringify(result) : result),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
