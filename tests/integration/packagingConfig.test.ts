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
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; desktopName?: string; engines?: { node?: string } };

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

describe('electron-builder.yml, per platform (what the Linux smoke build cannot show)', () => {
  const vendorDir = path.join(root, 'node_modules/node-notifier/vendor');
  const vendorFiles = readdirSync(vendorDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(vendorDir, path.join(e.parentPath, e.name)).replaceAll('\\', '/'));

  /** node-notifier's vendor files a build for `os` packs: electron-builder's own node_modules matcher and ${os} macro. */
  function shippedVendorFiles(os: 'linux' | 'mac' | 'win'): string[] {
    const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
      getNodeModuleFileMatcher(appDir: string, to: string, expand: (p: string) => string, platform: object, packager: object): { createFilter(): (file: string, stat: object) => boolean };
    };
    const platformOptions = (config as unknown as Record<string, object>)[os] ?? {};
    const filter = getNodeModuleFileMatcher(root, '/out', (p) => p.replaceAll('${os}', os), platformOptions, { config, debugLogger: { isEnabled: false } }).createFilter();
    const notDir = { isDirectory: () => false };
    return vendorFiles
      .filter((f) => filter(path.join(vendorDir, f), notDir))
      .filter((f) => os === 'win' || !/\.(?:exe|dll)$/.test(f)); // electron-builder drops these off Windows itself
  }
  const helpers = (files: string[]) => files.filter((f) => !/(?:^|[/-])LICENSE$/.test(f));

  it('packs node-notifier\'s SnoreToast for Windows (its toast buttons, decision 0069) and no other helper', () => {
    expect(helpers(shippedVendorFiles('linux'))).toEqual([]);
    expect(helpers(shippedVendorFiles('mac'))).toEqual([]);
    expect(helpers(shippedVendorFiles('win')).sort()).toEqual(['snoreToast/snoretoast-x64.exe', 'snoreToast/snoretoast-x86.exe']);
    // …and unpacks them beside the asar, where the OS can run them (main/platform/notifiers.ts).
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**');
  });

  it('has no `files` under linux/mac/win (an exclusion-only platform list ships the whole project folder)', () => {
    for (const os of ['linux', 'mac', 'win'] as const) expect((config as unknown as Record<string, Record<string, unknown>>)[os], os).not.toHaveProperty('files');
  });

  it('names every installer without spaces, with OS and architecture (deb: Debian’s own pattern)', () => {
    const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
      expandMacro(pattern: string, arch: string | null, appInfo: object, extra: Record<string, string>): string;
    };
    const { getArtifactArchName, Arch } = require('builder-util') as { getArtifactArchName(arch: number, ext: string): string; Arch: Record<string, number> };
    const raw = config as unknown as Record<string, { artifactName?: string }> & { artifactName: string };
    const appInfo = { productName: 'Limber', sanitizedProductName: 'Limber', name: pkg.name, version: '1.2.3' };
    const name = (os: string, target: string, ext: string, arch: string) =>
      expandMacro(raw[target]?.artifactName ?? raw.artifactName, getArtifactArchName(Arch[arch]!, ext), appInfo, { os, ext });
    const names = [name('linux', 'appImage', 'AppImage', 'x64'), name('linux', 'deb', 'deb', 'x64'), name('mac', 'dmg', 'dmg', 'universal'), name('win', 'nsis', 'exe', 'x64')];
    expect(names).toEqual(['Limber-1.2.3-linux-x86_64.AppImage', 'limber_1.2.3_amd64.deb', 'Limber-1.2.3-mac-universal.dmg', 'Limber-1.2.3-win-x64-setup.exe']);
  });

  it('writes a Linux desktop entry in the Utility menu, findable by keywords, tied to the running windows', async () => {
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
      LinuxTargetHelper: new (packager: object) => { computeDesktopEntry(options: object): Promise<string> };
    };
    const linux = (config as unknown as { linux: object }).linux;
    const desktopName = (pkg as { desktopName?: string }).desktopName;
    const packager = { appInfo: { productName: config.productName, description: 'x' }, executableName: pkg.name, info: { metadata: { desktopName } }, fileAssociations: [], config, platformSpecificBuildOptions: linux };
    const entry = await new LinuxTargetHelper(packager).computeDesktopEntry(linux);
    expect(entry).toMatch(/^Categories=Utility;$/m);
    expect(entry).toMatch(/^Keywords=.*\bbreak;.*\bstretch;/m);
    // Electron takes desktopName as its Wayland app_id / X11 WM_CLASS; the entry must say the same.
    expect(desktopName).toBe('limber.desktop');
    expect(entry).toMatch(/^StartupWMClass=limber$/m);
    expect(entry).toMatch(/^Icon=limber$/m);
  });

  it('asks for the Node the toolchain needs (Electron 45’s own package and Vite need ≥ 22.12)', () => {
    const engines = (pkg as { engines?: { node?: string } }).engines?.node;
    expect(engines).toBe('>=22.12.0');
    const electronEngines = (require('electron/package.json') as { engines: { node: string } }).engines.node;
    expect(electronEngines.replaceAll(' ', '')).toBe(engines);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('Node ≥ 22.12');
  });
});
