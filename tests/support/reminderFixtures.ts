/**
 * Fixtures for the reminder card and routine player tests: real plans from the composer and
 * the catalog (so the figure draws real poses and the card describes a real routine), the
 * snapshots main would push, and a stub of Web Audio that records the notes the cues play.
 */
import type { Page } from '@playwright/test';
import type { AppSnapshot, RoutinePlan } from '../../common/ipc';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import type { ComposedRoutine, Exercise, RoutineStep } from '../../common/routine';
import { CATALOG, findExercise } from '../../main/core/routines/catalog';
import { composeRoutine } from '../../main/core/routines/composer';
import { expectNoAxeViolations } from './axe';
import { defaultSnapshot } from './fakeBridge';

function exercise(id: string): Exercise {
  const found = findExercise(id);
  if (!found) throw new Error(`No exercise ${id} in the catalog`);
  return found;
}

const DESK_PLAN_IDS: readonly string[] = ['seated-360-breathing', 'seated-side-bend', 'chair-back-extension', 'seated-march'];

/**
 * A 2½-minute desk routine as main would compose it with the default preferences: seated
 * breathing, a one-sided seated side bend (so there is a switch-sides step), chair-back
 * extension and seated march, with a lead-in and transitions.
 */
export function deskPlan(seed = 1, prefs: Partial<Preferences> = {}): RoutinePlan {
  // Every other exercise is left out, so the composer (its order, transitions and dose fitting) plays
  // these four whatever the catalog gains or the composer's preferences become.
  const excludedExercises = CATALOG.map((e) => e.id).filter((id) => !DESK_PLAN_IDS.includes(id));
  const { routine, relaxed } = composeRoutine({ prefs: { ...DEFAULT_PREFERENCES, excludedExercises, ...prefs }, recentRoutines: [], seed });
  return { routine, exercises: routine.exerciseIds.map(exercise), relaxed };
}

/**
 * A plan built by hand from catalog exercises, with exact step lengths, for tests that need a
 * particular shape (e.g. a floor routine with a foam roller). Unilateral moves get both sides.
 */
export function handPlan(ids: readonly string[], seconds = 20, lead = 5): RoutinePlan {
  const steps: RoutineStep[] = [];
  let at = 0;
  const push = (s: Omit<RoutineStep, 'startSecond'>) => {
    steps.push({ ...s, startSecond: at });
    at += s.seconds;
  };
  for (const id of ids) {
    const e = exercise(id);
    const first = e.sidedness === 'unilateral' ? 'right' : 'none';
    push({ kind: 'transition', exerciseId: id, side: first, phase: e.phase, seconds: lead });
    push({ kind: 'exercise', exerciseId: id, side: first, phase: e.phase, seconds });
    if (e.sidedness === 'unilateral') {
      push({ kind: 'switchSides', exerciseId: id, side: 'left', phase: e.phase, seconds: lead });
      push({ kind: 'exercise', exerciseId: id, side: 'left', phase: e.phase, seconds });
    }
  }
  const exerciseSeconds = steps.filter((s) => s.kind === 'exercise').reduce((a, s) => a + s.seconds, 0);
  const routine: ComposedRoutine = {
    steps,
    exerciseIds: [...ids],
    targetSeconds: 150,
    totalSeconds: at,
    exerciseSeconds,
    transitionSeconds: at - exerciseSeconds,
    emphasis: 'hips',
  };
  return { routine, exercises: ids.map(exercise), relaxed: [] };
}

export function reminderSnapshot(
  plan: RoutinePlan,
  options: { snoozesLeft?: number | null; snoozeMinutes?: number; preferences?: Partial<Preferences> } = {},
): AppSnapshot {
  return defaultSnapshot({
    firstRunComplete: true,
    preferences: { ...DEFAULT_PREFERENCES, ...options.preferences },
    session: { kind: 'reminder', plan, snoozesLeft: options.snoozesLeft === undefined ? 3 : options.snoozesLeft, snoozeMinutes: options.snoozeMinutes ?? 10 },
  });
}

export function routineSnapshot(plan: RoutinePlan, preferences: Partial<Preferences> = {}): AppSnapshot {
  return defaultSnapshot({
    firstRunComplete: true,
    preferences: { ...DEFAULT_PREFERENCES, ...preferences },
    session: { kind: 'routine', plan, origin: 'manual' },
  });
}

/** What the Web Audio stub saw. */
export interface AudioLog {
  contexts: number;
  notes: { hz: number; peak: number; at: number }[];
}

declare global {
  interface Window {
    __limberAudio?: AudioLog;
  }
}

/**
 * Replaces AudioContext with a recorder (runs in the page: self-contained). Each oscillator
 * becomes one note with its frequency, its peak gain and the AudioContext time it starts at.
 */
export function installAudioStub(): void {
  const log: AudioLog = { contexts: 0, notes: [] };
  window.__limberAudio = log;
  class Param {
    value = 0;
    peak = 0;
    setValueAtTime(v: number) {
      this.value = v;
      this.peak = Math.max(this.peak, v);
      return this;
    }
    exponentialRampToValueAtTime(v: number) {
      this.peak = Math.max(this.peak, v);
      return this;
    }
    linearRampToValueAtTime(v: number) {
      return this.exponentialRampToValueAtTime(v);
    }
  }
  class Node {
    connect(target: unknown) {
      return target;
    }
    disconnect() {}
  }
  class Gain extends Node {
    gain = new Param();
  }
  class Osc extends Node {
    type = 'sine';
    frequency = new Param();
    output: Gain | null = null;
    override connect(target: unknown) {
      if (target instanceof Gain) this.output = target;
      return target;
    }
    start(at: number) {
      log.notes.push({ hz: this.frequency.value, peak: this.output?.gain.peak ?? 0, at });
    }
    stop() {}
  }
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = new Node();
    constructor() {
      log.contexts += 1;
    }
    createOscillator() {
      return new Osc();
    }
    createGain() {
      return new Gain();
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
  }
  Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true, writable: true });
}

export async function useAudioStub(page: Page): Promise<void> {
  await page.addInitScript(installAudioStub);
}

export async function audioLog(page: Page): Promise<AudioLog> {
  return page.evaluate(() => window.__limberAudio ?? { contexts: 0, notes: [] });
}

/**
 * axe-core schedules its work with timers, which never fire while Playwright's clock is
 * paused. This runs the shared check and nudges the fake clock a millisecond at a time until it
 * is done: the player moves by a few milliseconds, never by a displayed second.
 */
export async function expectNoAxeViolationsOnPausedClock(page: Page): Promise<void> {
  let done = false;
  const check = expectNoAxeViolations(page).then(
    () => ((done = true), null),
    (error: unknown) => ((done = true), error),
  );
  for (let i = 0; !done && i < 5_000; i++) {
    // The clock belongs to the browser context, and axe finishes its run in a blank page of
    // that context which it closes when done: a nudge that meets that page closing is harmless.
    await page.clock.runFor(1).catch((error: unknown) => {
      if (!String(error).includes('closed')) throw error;
    });
  }
  const error = await check;
  if (error) throw error;
}
