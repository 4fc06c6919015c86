/**
 * Packaging figures, from the built app in out/ (run `npx electron-vite build` first):
 *
 * asarKB — size of resources/app.asar from the packaging smoke build (electron-builder's Linux
 *   `dir` target with the real electron-builder.yml and a stand-in Electron; see
 *   scripts/packaging/smokeBuild.mjs). It is what the app adds to Electron in every installer
 *   (plus app.asar.unpacked, node-notifier's helpers, reported alongside on stderr).
 *
 * mainColdLoadMs — a cold start of the built main bundle (out/main/index.js) under Node 24 with
 *   the typed Electron fake: median of 5 fresh processes (no module cache, no JIT warm-up), each
 *   timing require() of the bundle plus, after app 'ready', the start work up to the tray
 *   existing (scripts/packaging/mainColdLoad.mjs). Real stores run on a fresh temp userData
 *   folder. Electron's own start-up (Chromium, the GPU process) is not in it: this is the part
 *   Limber's code and dependencies decide. Null, with the reason on stderr, when the built main
 *   cannot start on the fake.
 *
 * mainColdLoadRatio — the same median ÷ the median of a bare `node -e 0` (spawn to exit) started
 *   alternately with the cold starts, by the same Node: it moves less than milliseconds do with
 *   the machine and with what else is running on it. Not like for like: the numerator is timed
 *   inside the child (from its first require to the tray), the denominator from the parent
 *   (spawn to exit, Node's own start included); it is a yardstick for the machine's speed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const COLD_STARTS = 5;

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

async function asarKB(work: string): Promise<number | null> {
  const { stdout } = await run(process.execPath, ['scripts/packaging/smokeBuild.mjs', '--json', '--out', path.join(work, 'smoke')], {
    cwd: root,
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const { asarPath, ms } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { asarPath: string; ms: number };
  const unpacked = `${asarPath}.unpacked`;
  console.error(`packaging: smoke build ${ms} ms; app.asar.unpacked ${existsSync(unpacked) ? Math.round(dirBytes(unpacked) / 1024) : 0} KB`);
  return Math.round(statSync(asarPath).size / 1024);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function mainColdLoad(work: string): Promise<{ mainColdLoadMs: number | null; mainColdLoadRatio: number | null }> {
  const fake = path.join(work, 'electronFake.cjs');
  buildSync({ entryPoints: [path.join(root, 'tests/support/electronFake.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: fake, logLevel: 'error' });
  const totals: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const start = performance.now();
    await run(process.execPath, ['-e', '0'], { timeout: 60_000 });
    bare.push(performance.now() - start);
    const { stdout } = await run(process.execPath, ['scripts/packaging/mainColdLoad.mjs', fake, 'out/main/index.js', path.join(work, `userData-${i}`)], {
      cwd: root,
      timeout: 60_000,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { totalMs?: number; requireMs?: number; readyMs?: number; error?: string };
    if (result.totalMs === undefined) {
      console.error(`packaging: mainColdLoadMs not measurable — the built main did not start on the fake: ${result.error?.split('\n')[0]}`);
      return { mainColdLoadMs: null, mainColdLoadRatio: null };
    }
    totals.push(result.totalMs);
    console.error(`packaging: cold start ${i + 1}: require ${result.requireMs} ms + ready→tray ${result.readyMs} ms`);
  }
  const ms = median(totals);
  console.error(`packaging: bare node -e 0 median ${Math.round(median(bare))} ms`);
  return { mainColdLoadMs: ms, mainColdLoadRatio: Math.round((ms / median(bare)) * 100) / 100 };
}

export async function measure(): Promise<{ asarKB: number | null; mainColdLoadMs: number | null; mainColdLoadRatio: number | null }> {
  if (!existsSync(path.join(root, 'out/main/index.js'))) {
    console.error('packaging: out/ is not built (npx electron-vite build); its figures are null');
    return { asarKB: null, mainColdLoadMs: null, mainColdLoadRatio: null };
  }
  const work = mkdtempSync(path.join(tmpdir(), 'limber-bench-packaging-'));
  try {
    return { asarKB: await asarKB(work), ...(await mainColdLoad(work)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
