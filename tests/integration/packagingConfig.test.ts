/**
 * electron-builder.yml, checked where the smoke build (packagingSmoke.test.ts) cannot reach: the
 * installer targets of the other platforms, the fuse block against electron-builder's schema and
 * @electron/fuses (including a universal macOS binary, whose two slices both carry a fuse wire),
 * and every icon size the platforms need.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../main/platform/appIdentity';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown }; // electron-builder's own YAML parser

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  directories: { buildResources: string };
  linux: { target: string[]; icon: string };
  mac: { target: { target: string; arch: string[] }[]; icon: string; extendInfo: Record<string, unknown>; hardenedRuntime: boolean };
  win: { target: string[]; icon: string };
}
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string };

/** electron-builder's own translation of `electronFuses` into @electron/fuses' config. */
function builderFuseConfig(fuses: Record<string, boolean>): Promise<FuseConfig> {
  const { PlatformPackager } = require('app-builder-lib') as {
    PlatformPackager: { prototype: { generateFuseConfig(this: unknown, f: Record<string, boolean>): Promise<FuseConfig> } };
  };
  return PlatformPackager.prototype.generateFuseConfig.call(null, fuses);
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker before the wire

/** A fuse wire as it sits in an Electron binary: sentinel, version 1, length, one byte per fuse. */
function wire(states: string): Buffer {
  return Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, states.length]), Buffer.from(states, 'latin1')]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('builds AppImage + deb, a universal dmg with no Dock icon, and an NSIS installer', () => {
    expect(config.appId).toBe('app.limber.desktop');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac.extendInfo['LSUIElement']).toBe(true);
    expect(config.mac.hardenedRuntime).toBe(true); // notarization refuses anything else
    expect(config.win.target).toEqual(['nsis']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**');
  });

  it('sets every fuse @electron/fuses knows, to its hardened value, in a block electron-builder accepts', async () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as { definitions: Record<string, object> };
    const validate = new Ajv({ strict: false }).compile({ ...schema.definitions['FuseOptionsV1'], definitions: schema.definitions });
    expect(validate(config.electronFuses), JSON.stringify(validate.errors)).toBe(true);

    const fuseConfig = (await builderFuseConfig(config.electronFuses)) as unknown as Record<string, unknown>;
    const byName = Object.fromEntries(
      Object.keys(FuseV1Options)
        .filter((k) => !Number.isNaN(Number(k)))
        .map((i) => [FuseV1Options[Number(i)], fuseConfig[i]]),
    );
    // No fuse left to Electron's default: a new fuse in @electron/fuses makes this fail until decided.
    expect(byName).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(fuseConfig['version']).toBe(FuseVersion.V1);
  });

  it('flips both slices of a universal macOS binary (two fuse wires in one file)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'limber-fuses-'));
    try {
      const binary = path.join(dir, 'Electron Framework');
      const electronDefaults = '10110001';
      writeFileSync(binary, Buffer.concat([Buffer.from('x86_64 slice…'), wire(electronDefaults), Buffer.from('…arm64 slice…'), wire(electronDefaults)]));
      expect(await flipFuses(binary, await builderFuseConfig(config.electronFuses))).toBe(2);
      // Each wire: sentinel, version byte 1, length byte 8, then the eight states.
      const wires = readFileSync(binary, 'latin1').split(SENTINEL).slice(1).map((rest) => rest.slice(0, 10));
      expect(wires).toEqual(['\x01\x0801001100', '\x01\x0801001100']);
      expect((await getCurrentFuseWire(binary))[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has the app icon at every size the platforms need, and the tray icon at every scale', () => {
    const assets = path.join(root, config.directories.buildResources);
    // macOS .icns and Windows .ico are made from icon.png: ≥ 512 (icns), ≥ 256 (ico); 1024 for Retina.
    expect(config.mac.icon).toBe('assets/icon.png');
    expect(config.win.icon).toBe('assets/icon.png');
    expect(pngSize(path.join(root, 'assets/icon.png'))).toEqual([1024, 1024]);
    // Linux: one PNG per hicolor size, named NxN.png.
    expect(config.linux.icon).toBe('assets/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) expect(pngSize(path.join(assets, 'icons', `${size}x${size}.png`))).toEqual([size, size]);
    for (const file of readdirSync(path.join(assets, 'icons'))) {
      const size = Number(/^(\d+)x\1\.png$/.exec(file)?.[1]);
      expect(pngSize(path.join(assets, 'icons', file)), file).toEqual([size, size]);
    }
    // Tray: 16 pt at every scale Electron's @Nx suffixes cover on each platform.
    const scales: Record<string, number[]> = { trayTemplate: [1, 2, 3], 'tray-light': [1, 1.25, 1.5, 2, 3], 'tray-dark': [1, 1.25, 1.5, 2, 3] };
    for (const [name, list] of Object.entries(scales)) {
      for (const scale of list) {
        const file = path.join(assets, 'tray', scale === 1 ? `${name}.png` : `${name}@${scale}x.png`);
        expect(pngSize(file), file).toEqual([16 * scale, 16 * scale]);
      }
    }
  });

  it('uses the app id main gives Windows as its AppUserModelID (notifications are attributed to it)', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('names the Linux executable after the package (the smoke build checks the same file)', () => {
    expect(pkg.name).toBe('limber');
    expect(config.productName).toBe('Limber');
  });
});
