/**
 * `npm run bench` prints the figures that ARCHITECTURE.md budgets; `npm run bench -- --json`
 * prints them as one JSON object. A figure that cannot be measured yet is null, never invented.
 * Each figure comes from a module in tests/bench/ that exports `measure()`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();

const FIGURES = {
  wakeupsPerHourWork: { budget: '≤ 61', module: 'scheduler' },
  wakeupsPerHourOff: { budget: '≤ 2', module: 'scheduler' },
  wakeupsPerHourHeld: { budget: '≤ 61', module: 'busy' },
  detectorSpawnsPerHourWork: { budget: '= 0', module: 'busy' },
  detectorCostMs: { budget: '≤ 1000 (each detector time-limited)', module: 'busyDetectors' },
  detectorSpawnsPerCheck: { budget: 'few', module: 'busyDetectors' },
  rendererGzipKB: { budget: '≤ 90', module: 'renderer' },
  firstPaintMs: { budget: '≪ 100', module: 'renderer' },
  cardReadyMs: { budget: 'ms, card until Start is painted', module: 'renderer' },
  cardReadyRatio: { budget: '≤ 3 (÷ blank page)', module: 'renderer' },
  windowsAliveIdle: { budget: '= 0', module: 'windows' },
  historyLoadMs: { budget: '≪ 100', module: 'history' },
  asarKB: { budget: '≤ 2500', module: 'packaging' },
  mainColdLoadMs: { budget: '≤ 250', module: 'packaging' },
  mainColdLoadRatio: { budget: '≤ 6 (÷ bare node start)', module: 'packaging' },
} as const;
type Figure = keyof typeof FIGURES;

async function main() {
  const json = process.argv.includes('--json');
  const figures: Record<string, number | null> = Object.fromEntries(Object.keys(FIGURES).map((k) => [k, null]));
  const notes: string[] = [];
  const modules = [...new Set(Object.values(FIGURES).map((f) => f.module))];
  for (const name of modules) {
    const file = path.join(root, 'tests', 'bench', `${name}.bench.ts`);
    if (!existsSync(file)) {
      notes.push(`${name}: not measurable yet (no tests/bench/${name}.bench.ts)`);
      continue;
    }
    try {
      const mod = (await import(file)) as { measure: () => Promise<Record<string, number | null>> };
      Object.assign(figures, await mod.measure());
    } catch (error) {
      notes.push(`${name}: failed — ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  for (const [key, value] of Object.entries(figures)) {
    const spec = FIGURES[key as Figure];
    console.log(`${key.padEnd(20)} ${value === null ? 'null (not measurable yet)' : String(value)}${spec ? `   budget ${spec.budget}` : ''}`);
  }
  for (const note of notes) console.log(`note: ${note}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
