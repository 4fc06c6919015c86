// One cold start of the built main process under plain Node, with Electron replaced by the
// typed fake of tests/support/electronFake.ts (bundled to CommonJS by the caller, see
// tests/bench/packaging.bench.ts). Run in a fresh process each time, so nothing is cached.
//
// node scripts/packaging/mainColdLoad.mjs <fake.cjs> <out/main/index.js> <userData dir>
// Prints one JSON line: { requireMs, readyMs, totalMs } or { error }.
//   requireMs: require() of the main bundle — parsing it and everything it pulls in at top
//              level (zod, the catalog, …) and running the composition root up to whenReady;
//   readyMs:   from app 'ready' until the tray exists — the app's start work (stores read
//              from userData, session locked down, IPC registered, tray built, scheduler armed);
//   totalMs:   the two together: what the user waits for, minus Electron's own start-up.
// 'electron' resolves to the fake for require() and import alike (module.registerHooks): main
// and its electron-store chunk require it, and a build that left electron-store external would
// import it from an ES module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [fakeFile, mainFile, userData] = process.argv.slice(2);
const report = (value) => {
  console.log(JSON.stringify(value));
  process.exit(0);
};
process.on('uncaughtException', (error) => report({ error: `uncaught: ${error.stack ?? error}` }));
process.on('unhandledRejection', (error) => report({ error: `unhandled rejection: ${error?.stack ?? error}` }));

mkdirSync(userData, { recursive: true });
const require = createRequire(import.meta.url);
const fake = require(fakeFile);
const electron = fake.createFakeElectron(userData);
// Two App methods the fake does not need for the composition root but electron-store calls.
electron.app.getVersion ??= () => '0.0.0-bench';
electron.app.getName ??= () => 'Limber';
globalThis.__limberBenchElectron = electron;

// A CommonJS module whose named exports cjs-module-lexer can see, for `import { app } from 'electron'`.
const shim = path.join(userData, 'electron-shim.cjs');
writeFileSync(shim, Object.keys(electron).map((k) => `exports.${k} = globalThis.__limberBenchElectron.${k};`).join('\n'));
const shimUrl = pathToFileURL(shim).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'electron' ? { url: shimUrl, format: 'commonjs', shortCircuit: true } : next(specifier, context)),
});

// The built main reads its own command line (docs/decisions/0068): make it a plain launch, as
// Electron's argv would be ([executable]), not this script's.
process.argv = [process.execPath];
const t0 = performance.now();
require(path.resolve(mainFile));
const t1 = performance.now();
electron.app.ready();
const deadline = Date.now() + 10_000;
while (electron.trays.all.length === 0) {
  if (Date.now() > deadline) report({ error: 'no tray within 10 s of ready' });
  await new Promise((r) => setImmediate(r));
}
const t2 = performance.now();
const round = (ms) => Math.round(ms * 10) / 10;
report({ requireMs: round(t1 - t0), readyMs: round(t2 - t1), totalMs: round(t2 - t0) });
