/**
 * Packaging smoke test: electron-builder's Linux `dir` target, run from the project's own
 * electron-builder.yml against a stand-in Electron (scripts/packaging/smokeBuild.mjs), then a
 * look at what a user would receive: the app.asar listing, what was unpacked beside it, the
 * fuses flipped in the executable, and whether the packaged main's dependencies resolve inside
 * the package alone. Needs the built app in out/ (npm test builds first). The output lives in a
 * temp directory, deleted afterwards.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

interface SmokeResult {
  outDir: string;
  appOutDir: string;
  resourcesDir: string;
  asarPath: string;
  executable: string;
  ms: number;
}

let smoke: SmokeResult;
let entries: string[];
const workDir = mkdtempSync(path.join(tmpdir(), 'limber-smoke-test-'));

beforeAll(async () => {
  if (!existsSync(path.join(root, 'out/main/index.js'))) throw new Error('out/ is not built: run `npx electron-vite build` (npm test does) first.');
  const { stdout } = await run(process.execPath, ['scripts/packaging/smokeBuild.mjs', '--json', '--out', path.join(workDir, 'build')], {
    cwd: root,
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  smoke = JSON.parse(stdout.trim().split('\n').at(-1)!) as SmokeResult;
  // Listing without the leading slash; directories included (asar lists them too).
  entries = asar.listPackage(smoke.asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/').replace(/^\//, ''));
}, 150_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A fuse's byte in the wire (@electron/fuses' FuseState, which its index does not export). */
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;

const files = () => entries.filter((e) => !isDirectory(e));
function isDirectory(entry: string): boolean {
  return entries.some((e) => e.startsWith(`${entry}/`));
}

/**
 * A require() or import() of a module in built code. Not one that begins a template literal:
 * ajv writes `require("ajv/dist/runtime/…")` into the code it generates only for standalone
 * validators, which the stores never ask for.
 */
const REQUIRE_OR_IMPORT = /(?<!`)\brequire\("([^"]+)"\)|\bimport\("([^"]+)"\)/g;

/** Every script of main in an extracted app: index.js and its chunks. */
function mainFiles(app: string): string[] {
  const dir = path.join(app, 'out/main');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dir, name));
}

describe('packaging smoke (electron-builder --dir, linux x64, stand-in Electron)', () => {
  it('turns the Electron folder into Limber: renamed executable, licences kept, the app only as app.asar', () => {
    expect(path.basename(smoke.executable)).toBe('limber');
    accessSync(smoke.executable, constants.X_OK);
    expect(readFileSync(smoke.executable, 'latin1')).toContain('limber-stand-in-electron');
    expect(existsSync(path.join(smoke.appOutDir, 'electron'))).toBe(false);
    // Electron's and Chromium's licences must travel with the binary.
    expect(existsSync(path.join(smoke.appOutDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(existsSync(path.join(smoke.appOutDir, 'LICENSES.chromium.html'))).toBe(true);
    // No loose app folder that onlyLoadAppFromAsar would have to ignore.
    expect(readdirSync(smoke.resourcesDir).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });

  it('flips every fuse of electron-builder.yml in the executable (from Electron’s defaults)', async () => {
    const before = await getCurrentFuseWire(path.join(smoke.outDir, 'electron-stand-in', 'electron'));
    const after = await getCurrentFuseWire(smoke.executable);
    const wanted: Record<FuseV1Options, number> = {
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.DISABLE,
    };
    const named = (wire: Record<number, unknown>) =>
      Object.fromEntries(Object.entries(wanted).map(([i]) => [FuseV1Options[Number(i)], wire[Number(i)]]));
    expect(named(after)).toEqual(named(wanted));
    // The security-relevant ones really changed: the result is not Electron's default by luck.
    for (const fuse of [FuseV1Options.RunAsNode, FuseV1Options.OnlyLoadAppFromAsar, FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseV1Options.GrantFileProtocolExtraPrivileges]) {
      expect(before[fuse], FuseV1Options[fuse]).not.toBe(after[fuse]);
    }
  });

  it('ships main, preload, every window’s page with its scripts and styles, and every tray icon', () => {
    const pkg = JSON.parse(asar.extractFile(smoke.asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(pkg.main);
    expect(entries).toContain('out/main/index.js');
    expect(entries).toContain('out/preload/index.js');
    const pages = readdirSync(path.join(root, 'renderer')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(entries, page).toContain(`out/renderer/${page}`);
      const html = asar.extractFile(smoke.asarPath, `out/renderer/${page}`).toString('utf8');
      const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !/^(?:data:|#)/.test(r));
      expect(refs.length, `${page} references its bundle`).toBeGreaterThan(0);
      for (const ref of refs) expect(entries, `${page} → ${ref}`).toContain(path.posix.join('out/renderer', ref.replace(/^\//, '')));
    }
    for (const icon of readdirSync(path.join(root, 'assets/tray'))) expect(entries).toContain(`assets/tray/${icon}`);
  });

  it('ships none of our sources, tests, scripts, docs, TypeScript or source maps', () => {
    const topLevel = [...new Set(entries.map((e) => e.split('/')[0]))].sort();
    expect(topLevel).toEqual(['assets', 'node_modules', 'out', 'package.json']);
    // Of assets/, the tray glyphs and the one notification icon; the other sizes are installer icons.
    expect(entries.filter((e) => e.startsWith('assets/') && !e.startsWith('assets/tray'))).toEqual(['assets/icons', 'assets/icons/256x256.png']);
    expect(files().filter((f) => /\.(?:[cm]?tsx?|map)$/.test(f))).toEqual([]);
    expect(entries.filter((e) => /(?:^|\/)(?:tests?|__tests__|spec|benchmarks?)(?:\/|$)/.test(e))).toEqual([]);
    const pkg = JSON.parse(asar.extractFile(smoke.asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg['devDependencies']).toBeUndefined();
  });

  it('ships production dependencies only: every package is a non-dev entry of package-lock.json', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // Package folders in the asar: node_modules/<name> or node_modules/@scope/<name>, nested too.
    const packageDirs = entries.filter((e) => /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@]+$/.test(e) && entries.includes(`${e}/package.json`));
    expect(packageDirs.length).toBeGreaterThan(3);
    const devOnly = packageDirs.filter((dir) => lock.packages[dir]?.dev === true || lock.packages[dir] === undefined);
    expect(devOnly).toEqual([]);
    for (const name of Object.keys(pkg.dependencies)) expect(packageDirs).toContain(`node_modules/${name}`);
    const named = ['electron', 'electron-builder', 'vitest', 'vite', 'typescript', 'preact', '@playwright/test', 'playwright-core', 'fast-check', 'tsx', 'eslint'];
    expect(packageDirs.filter((dir) => named.some((n) => dir === `node_modules/${n}`))).toEqual([]);
  });

  it('ships no node-notifier helper binary on Linux (it uses the system notify-send), only their licences', () => {
    const vendor = 'node_modules/node-notifier/vendor';
    // macOS's terminal-notifier, Windows' SnoreToast and notifu stay out of the Linux build
    // (packagingConfig.test.ts checks that macOS and Windows keep their own).
    const vendorFiles = files().filter((f) => f.startsWith(`${vendor}/`));
    expect(vendorFiles.filter((f) => !/(?:^|[/-])LICENSE$/.test(f))).toEqual([]);
    expect(entries.filter((e) => e.startsWith(`${vendor}/mac.noindex`) || e.startsWith(`${vendor}/notifu`) || e.endsWith('.exe'))).toEqual([]);
    // What vendor holds is on disk beside the asar (asarUnpack), as node-notifier needs on macOS/Windows.
    for (const file of vendorFiles) expect(existsSync(path.join(`${smoke.asarPath}.unpacked`, file)), file).toBe(true);
    expect(entries).toContain('node_modules/node-notifier/package.json');
  });

  it('ships every file main joins onto the assets folder, the notification icon among them', () => {
    // main builds asset paths as path.join(<…>assetsDir, "<folder>", "<file>"); each literal one
    // must be in the package, or the feature silently loses its image (as the icon once did).
    const mainSource = asar.extractFile(smoke.asarPath, 'out/main/index.js').toString('utf8');
    const literal = [...mainSource.matchAll(/\.join\(\s*[\w.]*assetsDir,\s*((?:"[^"]+",\s*)*"[^"]+")\s*\)/g)].map((m) =>
      ['assets', ...[...m[1]!.matchAll(/"([^"]+)"/g)].map((p) => p[1]!)].join('/'),
    );
    expect(literal).toContain('assets/icons/256x256.png');
    for (const file of literal) expect(entries, file).toContain(file);
    const icon = asar.extractFile(smoke.asarPath, 'assets/icons/256x256.png');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('resolves and loads every module main requires from the package alone (no repo node_modules)', async () => {
    // The packaged app as Electron sees it: app.asar's files with app.asar.unpacked laid over.
    const app = path.join(workDir, 'extracted');
    asar.extractAll(smoke.asarPath, app);
    cpSync(`${smoke.asarPath}.unpacked`, app, { recursive: true });
    // index.js and the chunks it loads later (electron-store's, decision 0076).
    const mainSource = mainFiles(app)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const required = [...mainSource.matchAll(REQUIRE_OR_IMPORT)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((s) => !s.startsWith('.') && !builtins.has(s) && s !== 'electron');
    const pkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const modules = [...new Set([...required, ...Object.keys(pkg.dependencies)])];
    // A fresh Node, outside the repo (so nothing resolves from /work/main/node_modules), loads each
    // module — and thus its own dependencies — from the extracted app; 'electron' is a stub
    // (electron-store imports it), resolved through module.registerHooks for require and import.
    const probe = path.join(workDir, 'probe.cjs');
    writeFileSync(path.join(workDir, 'electron-stub.cjs'), ['app', 'ipcMain', 'shell', 'BrowserWindow', 'Notification', 'nativeImage'].map((n) => `exports.${n} = {};`).join('\n'));
    writeFileSync(
      probe,
      `const { registerHooks, createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
const stub = pathToFileURL(${JSON.stringify(path.join(workDir, 'electron-stub.cjs'))}).href;
registerHooks({ resolve: (specifier, context, next) => (specifier === 'electron' ? { url: stub, shortCircuit: true } : next(specifier, context)) });
const appRequire = createRequire(${JSON.stringify(path.join(app, 'out/main/index.js'))});
(async () => {
  const result = {};
  for (const name of ${JSON.stringify(modules)}) {
    try {
      const file = appRequire.resolve(name);
      try { appRequire(name); } catch (e) { if (e.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw e; await import(pathToFileURL(file).href); }
      result[name] = file;
    } catch (e) { result[name] = 'FAILED: ' + e.message.split('\\n')[0]; }
  }
  console.log(JSON.stringify(result));
})();`,
    );
    const env = { ...process.env };
    delete env['NODE_PATH'];
    const { stdout } = await run(process.execPath, [probe], { cwd: workDir, env, timeout: 30_000 });
    const loaded = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string>;
    expect(modules).toEqual(expect.arrayContaining(['node-notifier']));
    for (const name of modules) expect(loaded[name], name).toMatch(new RegExp(`^${app.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}/node_modules/`));
  });

  it('bundles zod into main instead of shipping it in node_modules', () => {
    const mainSource = asar.extractFile(smoke.asarPath, 'out/main/index.js').toString('utf8');
    expect(mainSource).not.toMatch(/\brequire\("zod(?:\/[^"]*)?"\)|\bimport\("zod/);
    expect(entries.filter((e) => /(?:^|\/)node_modules\/zod(?:\/|$)/.test(e))).toEqual([]);
    // zod's own code is in the bundle (main is not minified, so its class names are there to see).
    expect(mainSource).toContain('ZodError');
  });

  it('bundles electron-store, conf and ajv into a chunk of main instead of shipping them in node_modules (decision 0076)', () => {
    const chunks = entries.filter((e) => /^out\/main\/.+\.js$/.test(e) && e !== 'out/main/index.js');
    const sources = ['out/main/index.js', ...chunks].map((e) => asar.extractFile(smoke.asarPath, e).toString('utf8'));
    const external = sources.flatMap((source) => [...source.matchAll(REQUIRE_OR_IMPORT)].map((m) => (m[1] ?? m[2])!));
    expect(external.filter((name) => /^(?:electron-store|conf|ajv|ajv-formats|atomically)(?:\/|$)/.test(name))).toEqual([]);
    for (const name of ['electron-store', 'conf', 'ajv', 'ajv-formats', 'atomically']) {
      expect(entries.filter((e) => new RegExp(`(?:^|/)node_modules/${name}(?:/|$)`).test(e)), name).toEqual([]);
    }
    // Their code is in a chunk main requires only when it opens the stores, not at start.
    const store = sources.findIndex((s) => /\bElectronStore = class extends Conf\b/.test(s) && s.includes('Ajv2020'));
    expect(store).toBeGreaterThan(0);
    expect(sources[0]).toContain(`require("./${chunks[store - 1]!.slice('out/main/'.length)}")`);
  });
});
