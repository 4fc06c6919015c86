/**
 * A fake of `window.limber` for the browser tests. It implements the contract's LimberBridge
 * type, so a change to the contract that the fake does not follow fails the typecheck.
 *
 * `installFakeBridge` runs inside the page (Playwright serialises it), so it must not use
 * anything from its surrounding module at run time.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppSnapshot, LimberBridge, LimberEvents, RoutineRecorded } from '../../common/ipc';
import type { Exercise } from '../../common/routine';
import type { StatsView } from '../../common/stats';
import { buildSync } from 'esbuild';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { FALLBACK_TIME_FORMAT } from '../../common/timeFormat';
import type { applyPatchLikeMain } from './patchLikeMain';

export interface RecordedCall {
  readonly method: string;
  readonly payload: unknown;
}

export interface FakeBridgeInit {
  readonly snapshot: AppSnapshot;
  /** Methods that should reject, with the message to reject with. */
  readonly failures?: Record<string, string>;
  readonly exercises?: readonly Exercise[];
  readonly stats?: StatsView;
  readonly recorded?: RoutineRecorded;
  /** What exportHistory resolves with (null = the user cancelled the dialog). */
  readonly exportPath?: string | null;
}

declare global {
  interface Window {
    __limberFake?: {
      calls: RecordedCall[];
      emit<E extends keyof LimberEvents>(event: E, payload: LimberEvents[E]): void;
    };
    /** Installed by useFakeBridge: main's own check of a patch, the real schema bundled (patchLikeMain.ts). */
    __limberApplyPatch?: typeof applyPatchLikeMain;
  }
}

export function installFakeBridge(init: FakeBridgeInit): void {
  let snapshot = init.snapshot;
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const record = async (method: string, payload?: unknown) => {
    calls.push({ method, payload: payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)) });
    const failure = init.failures?.[method];
    if (failure) throw new Error(failure);
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  const bridge: LimberBridge = {
    getSnapshot: async () => (await record('getSnapshot'), snapshot),
    updatePreferences: async (patch) => {
      await record('updatePreferences', patch);
      if (!window.__limberApplyPatch) throw new Error('updatePreferences: this fake bridge was installed without useFakeBridge (no schema).');
      const next = window.__limberApplyPatch(snapshot.preferences, patch);
      if (!next.ok) throw new Error(next.message);
      snapshot = { ...snapshot, preferences: next.value };
      emit('snapshotChanged', snapshot);
      return snapshot.preferences;
    },
    completeWelcome: async (choices) => {
      await record('completeWelcome', choices);
      snapshot = { ...snapshot, firstRunComplete: true };
    },
    startRoutineNow: () => record('startRoutineNow'),
    respondToReminder: (p) => record('respondToReminder', p),
    reportRoutineOutcome: async (p) => {
      await record('reportRoutineOutcome', p);
      return init.recorded ?? { streakDays: 1, routinesToday: 1 };
    },
    excludeExercise: (p) => record('excludeExercise', p),
    pauseReminders: (p) => record('pauseReminders', p),
    resumeReminders: () => record('resumeReminders'),
    openWindow: (p) => record('openWindow', p),
    closeWindow: () => record('closeWindow'),
    listExercises: async () => (await record('listExercises'), init.exercises ?? []),
    getStats: async () => {
      await record('getStats');
      if (!init.stats) throw new Error('getStats: no stats in this fake');
      return init.stats;
    },
    exportHistory: async (p) => (await record('exportHistory', p), { path: init.exportPath === undefined ? `/home/user/limber-history.${p.format}` : init.exportPath }),
    dismissNotice: async () => {
      await record('dismissNotice');
      snapshot = { ...snapshot, notice: null };
      emit('snapshotChanged', snapshot);
    },
    setReminderLayout: (p) => record('setReminderLayout', p),
    getAbout: async () => (await record('getAbout'), { version: '0.4.0', logFile: '/home/user/.config/Limber/logs/limber.log' }),
    copyDiagnostics: () => record('copyDiagnostics'),
    runMenuAction: (p) => record('runMenuAction', p),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  Object.defineProperty(window, 'limber', { value: Object.freeze(bridge), configurable: false });
  window.__limberFake = { calls, emit: emit as NonNullable<Window['__limberFake']>['emit'] };
}

export function defaultSnapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    preferences: DEFAULT_PREFERENCES,
    statusText: 'Next break in 45 min',
    todaysPlan: [],
    firstRunComplete: false,
    session: null,
    notice: null,
    busyAvailability: null,
    desktop: { limits: [], panel: null },
    timeFormat: FALLBACK_TIME_FORMAT,
    focusedWindowDisplay: null,
    ...overrides,
  };
}

let bundled: string | null = null;
/** The real schema for the page, bundled once per test process (esbuild, a few hundred ms). */
function schemaScript(): string {
  bundled ??= buildSync({ entryPoints: [path.join(__dirname, 'fakeBridgeSchema.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' }).outputFiles[0]!.text;
  return bundled;
}

export async function useFakeBridge(page: Page, init: FakeBridgeInit): Promise<void> {
  await page.addInitScript({ content: schemaScript() });
  await page.addInitScript(installFakeBridge, init);
}

export async function recordedCalls(page: Page, method?: string): Promise<RecordedCall[]> {
  const calls = await page.evaluate(() => window.__limberFake?.calls ?? []);
  return method ? calls.filter((c) => c.method === method) : calls;
}
