// A stand-in for an unpacked Electron distribution (what electron-builder's `electronDist`
// option accepts as a folder), so `electron-builder --dir` runs on machines that cannot
// download Electron. It has the layout of electron-v<version>-linux-x64.zip, which is all that
// electron-builder's Linux packaging reads from it (app-builder-lib/out/electron/
// ElectronFramework.js, `unpack` → `selectElectron` for a directory, then
// `beforeCopyExtraFiles` and `retainElectronLicenseFiles`):
//   - `electron`: the executable, renamed to the app's executableName ("limber");
//   - `resources/`: where app.asar and app.asar.unpacked are written (default_app.asar is only
//     removed for downloaded zips, so the stand-in ships none);
//   - `LICENSE`: moved to LICENSE.electron.txt next to the executable; LICENSES.chromium.html;
//   - `version`, `locales/*.pak` and the .pak/.bin/.so files of the real zip, as empty files,
//     so a listing of the output looks like a real one.
// The executable is a shell script that says what it is and fails: nothing can mistake the
// output for a runnable app. It carries, in a comment, a copy of Electron's fuse wire (the
// sentinel @electron/fuses searches for, the wire version, its length and one byte per fuse)
// holding Electron's default states. So electron-builder's real fuse step runs in the smoke
// build, on this file, with the `electronFuses` block of electron-builder.yml, and the test
// reads back what it flipped. A real Electron 45 binary may have a longer wire (fuses newer
// than @electron/fuses knows are left at their defaults); `npx @electron/fuses read` on a real
// build shows them (docs/release.md).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files of the real linux-x64 zip that electron-builder copies through without reading. */
const OPAQUE_FILES = [
  'chrome-sandbox',
  'chrome_crashpad_handler',
  'chrome_100_percent.pak',
  'chrome_200_percent.pak',
  'icudtl.dat',
  'libEGL.so',
  'libGLESv2.so',
  'libffmpeg.so',
  'libvk_swiftshader.so',
  'libvulkan.so.1',
  'resources.pak',
  'snapshot_blob.bin',
  'v8_context_snapshot.bin',
  'vk_swiftshader_icd.json',
  'LICENSES.chromium.html',
];

export const STAND_IN_MARKER = 'limber-stand-in-electron';

/** @electron/fuses' SENTINEL: the wire starts right after it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's shipped defaults, in FuseV1Options order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, browser V8 snapshot off,
 * file:// extra privileges on. ('1' enables, '0' disables, as in the binary.)
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

/** The bytes of a fuse wire, version 1, as they sit in an Electron binary. */
function fuseWire(states) {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, states.length]), Buffer.from(states, 'latin1')]);
}

/**
 * Writes the stand-in into `dir` (created if needed) and returns `dir`.
 * @param {string} dir
 * @param {string} version Electron's version, as node_modules/electron/package.json says.
 */
export function makeStandInElectron(dir, version) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const executable = path.join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from(`#!/bin/sh\n# ${STAND_IN_MARKER} ${version}\n# fuse wire: `),
      fuseWire(ELECTRON_DEFAULT_FUSES),
      Buffer.from(`\necho "This is a stand-in for Electron ${version}, made by the packaging smoke test; it cannot run an app." >&2\nexit 1\n`),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(path.join(dir, 'version'), version);
  writeFileSync(path.join(dir, 'LICENSE'), `Stand-in for Electron's LICENSE (${STAND_IN_MARKER}).\n`);
  for (const name of OPAQUE_FILES) writeFileSync(path.join(dir, name), '');
  for (const locale of ['en-US', 'de', 'fr']) writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
  return dir;
}
