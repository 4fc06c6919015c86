/**
 * Starts the composition root on the typed Electron fake, with memory stores, a manual clock
 * and a fixed time zone: the whole app, minus Electron and the disk.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { methodChannel, type IpcMethod } from '../../common/ipcChannels';
import { BUSY_SIGNALS, type BusySignal } from '../../common/busy';
import type { BusyDetector } from '../../main/core/busy/busyPort';
import { fixedZone } from '../../main/core/scheduler';
import { startLimber, type LimberEnvironment, type LimberHandle } from '../../main/limberApp';
import type { Notifier } from '../../main/core/notifier';
import type { WatcherAnswer } from '../../main/platform/trayWatcher';
import type { FocusedWindowSource } from '../../main/platform/focusedWindow';
import { createFakeElectron, type FakeElectron } from './electronFake';
import { ManualClock } from './manualClock';
import { memoryStores, type MemoryStores } from './memoryStores';

export interface TestApp {
  readonly electron: FakeElectron;
  readonly handle: LimberHandle;
  readonly stores: MemoryStores;
  readonly clock: ManualClock;
  readonly warnings: string[];
  readonly loginItems: boolean[];
  /** The signals the fake detectors say "busy" for (a call, full screen…); empty: free. */
  readonly busy: Set<BusySignal>;
  /** How many times each fake detector was asked. */
  readonly busyChecks: { count: number };
  /** What the app printed to its terminal (command-line answers). */
  readonly printed: { text: string; ok: boolean }[];
  call(method: IpcMethod, payload?: unknown, frameUrl?: string, webContentsId?: number): Promise<unknown>;
  /** Lets queued microtasks (ready-to-show, notification 'show') run. */
  settle(): Promise<void>;
}

/** Monday 2026-11-23, in a UTC+0 zone so local time reads as the wall clock. */
export const MONDAY = Date.UTC(2026, 10, 23);
export const at = (hh: number, mm = 0, day = MONDAY) => day + (hh * 60 + mm) * 60_000;

export function createTestApp(
  options: {
    stores?: MemoryStores;
    startWallMs?: number;
    platform?: NodeJS.Platform;
    /** Notifiers tried before Electron's, as node-notifier's toaster on Windows. */
    platformNotifiers?: Notifier[];
    /** Replaces the controllable fake detectors (`busy`). */
    busyDetectors?: BusyDetector[];
    /** This launch's parsed command line (main/index.ts reads it from process.argv). */
    launch?: LimberEnvironment['launch'];
    /** Adjusts the fake before the app starts (keys another app holds…). */
    createElectron?: (electron: FakeElectron) => void;
    /** The command-line answer socket; none by default, so tests share no socket. */
    cliSocketPath?: string | null;
    /** The desktop's variables (XDG_SESSION_TYPE…); none by default, whatever the machine running the tests has. */
    desktopEnv?: Record<string, string | undefined>;
    argv?: string[];
    /** Whether a tray host runs (Linux); by default one does. 'real': ask desktopEnv's session bus. */
    trayWatcher?: (() => Promise<WatcherAnswer>) | 'real';
    /** Where the focused window is; by default nothing is focused (no xprop is spawned). */
    focusedWindow?: FocusedWindowSource;
    /** The update notice's request (a local server in tests), and the version this Limber claims. */
    updateCheck?: LimberEnvironment['updateCheck'];
    appVersion?: string;
    /** The OS's locale and hour cycle as main/index.ts would read them; default 24-hour en-GB. */
    timeFormat?: LimberEnvironment['timeFormat'];
  } = {},
): TestApp {
  const rendererRoot = mkdtempSync(path.join(tmpdir(), 'limber-renderer-'));
  for (const page of ['welcome', 'reminder', 'preferences', 'stats']) writeFileSync(path.join(rendererRoot, `${page}.html`), `<!doctype html><title>${page}</title>`);
  mkdirSync(path.join(rendererRoot, 'assets'));
  writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'console.log(1)');
  const electron = createFakeElectron();
  options.createElectron?.(electron);
  const stores = options.stores ?? memoryStores();
  const clock = new ManualClock(options.startWallMs ?? at(8, 55));
  const warnings: string[] = [];
  const loginItems: boolean[] = [];
  const busy = new Set<BusySignal>();
  const busyChecks = { count: 0 };
  const printed: { text: string; ok: boolean }[] = [];
  // Fakes of the port, so no test spawns pactl or xprop: the real detectors have their own tests.
  const busyDetectors: BusyDetector[] = BUSY_SIGNALS.map((signal) => ({
    signal,
    availability: async () => ({ kind: 'available' }) as const,
    check: async () => {
      busyChecks.count++;
      return busy.has(signal) ? { busy: true, detail: `${signal} (test)` } : { busy: false };
    },
  }));
  const handle = startLimber(electron, {
    busyDetectors: options.busyDetectors ?? busyDetectors,
    rendererRoot,
    preloadPath: '/app/out/preload/index.js',
    assetsDir: '/app/assets',
    devServerUrl: null,
    platform: options.platform ?? 'linux',
    logger: { warn: (m) => warnings.push(m) },
    openStores: () => stores,
    clock,
    timer: clock.timer,
    zone: fixedZone(0),
    setStartAtLogin: async (enabled) => void loginItems.push(enabled),
    ...(options.launch ? { launch: options.launch } : {}),
    cliSocketPath: options.cliSocketPath ?? null,
    terminal: { print: (text, ok) => void printed.push({ text, ok }) },
    desktopEnv: options.desktopEnv ?? {},
    argv: options.argv ?? [],
    ...(options.trayWatcher === 'real' ? {} : { trayWatcher: options.trayWatcher ?? (async () => ({ owned: true })) }),
    ...(options.updateCheck ? { updateCheck: options.updateCheck } : {}),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    ...(options.timeFormat ? { timeFormat: options.timeFormat } : {}),
    focusedWindow: options.focusedWindow ?? { availability: async () => ({ kind: 'available' }), bounds: async () => null },
    ...(options.platformNotifiers ? { platformNotifiers: () => options.platformNotifiers ?? [] } : {}),
  });
  if (!handle) throw new Error('Limber did not start (single-instance lock)');
  return {
    electron,
    handle,
    stores,
    clock,
    warnings,
    loginItems,
    busy,
    busyChecks,
    printed,
    call: (method, payload, frameUrl = 'app://limber/reminder.html', webContentsId = 0) =>
      electron.ipcMain.invoke(methodChannel(method), payload, { frameUrl, webContentsId }),
    settle: () => new Promise((r) => setTimeout(r, 0)),
  };
}

export async function startTestApp(options: Parameters<typeof createTestApp>[0] = {}): Promise<TestApp> {
  const app = createTestApp(options);
  app.electron.app.ready();
  await app.handle.ready;
  await app.settle();
  return app;
}
