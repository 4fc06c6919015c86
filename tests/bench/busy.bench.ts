/**
 * What busy holds cost (issue 12, item 3), through the real SchedulerShell with a controllable
 * clock and timer, as tests/bench/scheduler.bench.ts counts wake-ups:
 *
 *   wakeupsPerHourHeld         timer firings per hour while a reminder is held by a call that
 *                              lasts all hour (the core re-asks once a minute; budget ≤ 61)
 *   detectorSpawnsPerHourWork  processes the real Linux detectors spawn per work hour with
 *                              nothing due, counted at the injected exec (goal 0)
 *   (details only) the cost of one full check with the real Linux detectors on this bare
 *   machine; `npm run bench` takes detectorCostMs from busyDetectors.bench.ts, which measures
 *   it in a real desktop session (X11, window manager, PulseAudio, dunst)
 *
 * Run alone: npx tsx tests/bench/busy.bench.ts
 */
import { BUSY_SIGNALS } from '../../common/busy';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import type { BusyReading } from '../../main/core/busy/busyPort';
import { nodeBusyDeps, type BusyDeps } from '../../main/platform/busy/busyDeps';
import { checkBusy, DEFAULT_BUSY_TIMEOUT_MS } from '../../main/platform/busy/checkBusy';
import { createBusyDetectors } from '../../main/platform/busy/createBusyDetectors';
import type { BusyCheckPort } from '../../main/platform/schedulerShell';
import { HOUR, local, ManualShell as World, MIN } from './manualShell';

const CONTEXT = { display: { x: 0, y: 0, width: 1920, height: 1080, scaleFactor: 1 }, listedApps: ['zoom', 'obs'] };

/** The real Linux detectors, with every process spawn counted (and still run). */
function countedLinuxDeps(): { deps: BusyDeps; spawns: () => number } {
  const real = nodeBusyDeps({ platform: 'linux' });
  let spawns = 0;
  return {
    deps: { ...real, exec: (file, args, options) => (spawns++, real.exec(file, args, options)) },
    spawns: () => spawns,
  };
}

export interface BusyBench {
  wakeupsPerHourHeld: number;
  detectorSpawnsPerHourWork: number;
}

export interface BusyBenchDetails extends BusyBench {
  detectorCostMs: number | null;
  checksPerHourHeld: number;
  spawnsPerCheck: number;
  costSamplesMs: number[];
  failedSignals: string[];
}

export async function measureDetails(): Promise<BusyBenchDetails> {
  const prefs = DEFAULT_PREFERENCES;

  // Held: the 09:45 reminder falls due in a call that lasts all day; one hour from 10:00.
  let checks = 0;
  const inACall: BusyCheckPort = {
    check: async (): Promise<BusyReading> => (checks++, { busy: [{ signal: 'call', detail: 'microphone in use' }], failed: [] }),
  };
  const held = new World(local('2026-06-01T09:00'), prefs, inACall);
  await held.runAwaitingChecks(1 * HOUR);
  const checksBefore = checks;
  const wakeupsHeld = await held.runAwaitingChecks(1 * HOUR);
  const checksHeld = checks - checksBefore;

  // Work with nothing due: 09:00–09:44 with the real detectors behind the shell, spawns counted.
  const counted = countedLinuxDeps();
  const detectors = createBusyDetectors('linux', counted.deps);
  const realPort: BusyCheckPort = { check: (p) => checkBusy(detectors, BUSY_SIGNALS.filter((s) => p.busySignals[s]), CONTEXT, { timeoutMs: DEFAULT_BUSY_TIMEOUT_MS }) };
  const work = new World(local('2026-06-02T09:00'), prefs, realPort);
  await work.runAwaitingChecks(44 * MIN);
  const spawnsPerHourWork = (counted.spawns() * 60) / 44;

  // One full check with the real Linux detectors on this machine, median of 9 (after a warm-up).
  const cost = countedLinuxDeps();
  const linux = createBusyDetectors('linux', cost.deps);
  const enabled = new Set(BUSY_SIGNALS);
  let last: BusyReading = await checkBusy(linux, enabled, CONTEXT, { timeoutMs: DEFAULT_BUSY_TIMEOUT_MS });
  const samples: number[] = [];
  const spawnsBefore = cost.spawns();
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    last = await checkBusy(linux, enabled, CONTEXT, { timeoutMs: DEFAULT_BUSY_TIMEOUT_MS });
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    wakeupsPerHourHeld: wakeupsHeld,
    detectorSpawnsPerHourWork: round(spawnsPerHourWork),
    detectorCostMs: process.platform === 'linux' ? round(sorted[4]!) : null,
    checksPerHourHeld: checksHeld,
    spawnsPerCheck: round((cost.spawns() - spawnsBefore) / 9),
    costSamplesMs: samples.map(round),
    failedSignals: last.failed.map((f) => `${f.signal}: ${f.error}`),
  };
}

export async function measure(): Promise<BusyBench> {
  const { wakeupsPerHourHeld, detectorSpawnsPerHourWork } = await measureDetails();
  return { wakeupsPerHourHeld, detectorSpawnsPerHourWork };
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('tests/bench/busy.bench.ts')) {
  void measureDetails().then((d) => console.log(JSON.stringify(d, null, 2)));
}
