/**
 * The routine player's clock, as pure functions of (state, now).
 *
 * Why timestamps and not ticks: timers in a background or throttled window fire late or not at
 * all, and a counter of "seconds ticked" would drift or freeze. Here every question ("which
 * step?", "how long left?") is answered from the time that has actually passed while running,
 * so a page that wakes up after 40 s of throttling lands on the right second of the right step,
 * and pauses are simply time that is not counted.
 */
import type { RoutineStep } from '../../../common/routine';

export interface Playback {
  readonly steps: readonly RoutineStep[];
  /** The current step; `steps.length` once the routine is over. */
  readonly index: number;
  /** Running time spent in the current visit of this step, up to `runningSince`. */
  readonly stepElapsedMs: number;
  /** When the current running stretch began; null while paused or finished. */
  readonly runningSince: number | null;
  /** Running time credited to each step by the visits that have ended. */
  readonly creditedMs: readonly number[];
}

/** A step change caused by time passing (not by the user): what the sound cue is about. */
export type StepChange = { readonly to: number; readonly kind: RoutineStep['kind'] } | { readonly to: number; readonly kind: 'end' };

/** An exercise counts as done once it got this much running time (or all of it, if shorter). */
export const DONE_MS = 5000;

export function startPlayback(steps: readonly RoutineStep[], now: number): Playback {
  return { steps, index: 0, stepElapsedMs: 0, runningSince: steps.length > 0 ? now : null, creditedMs: steps.map(() => 0) };
}

export const isFinished = (p: Playback): boolean => p.index >= p.steps.length;
export const isPaused = (p: Playback): boolean => !isFinished(p) && p.runningSince === null;

const stepMs = (step: RoutineStep | undefined): number => (step ? step.seconds * 1000 : 0);

/** Running time in the current step's visit at `now` (not advanced past the step's end). */
export function elapsedInStep(p: Playback, now: number): number {
  return p.stepElapsedMs + (p.runningSince === null ? 0 : Math.max(0, now - p.runningSince));
}

const credit = (credited: readonly number[], index: number, ms: number): number[] =>
  credited.map((c, i) => (i === index ? c + Math.max(0, ms) : c));

/**
 * Brings the playback up to `now`: every step whose time is up is closed (exactly its length
 * credited) and the overshoot carries into the next, however many steps were missed. Returns
 * the last step change, if any: after a long throttle only one cue plays, for where we are now.
 */
export function sync(p: Playback, now: number): { playback: Playback; change: StepChange | null } {
  if (isFinished(p) || p.runningSince === null) return { playback: p, change: null };
  let elapsed = elapsedInStep(p, now);
  let index = p.index;
  let credited = p.creditedMs;
  let change: StepChange | null = null;
  while (index < p.steps.length && elapsed >= stepMs(p.steps[index])) {
    const length = stepMs(p.steps[index]);
    credited = credit(credited, index, length);
    elapsed -= length;
    index += 1;
    const next = p.steps[index];
    change = next ? { to: index, kind: next.kind } : { to: index, kind: 'end' };
  }
  if (!change) return { playback: p, change: null };
  if (index >= p.steps.length) {
    return { playback: { ...p, index, stepElapsedMs: 0, runningSince: null, creditedMs: credited }, change };
  }
  return { playback: { ...p, index, stepElapsedMs: elapsed, runningSince: now, creditedMs: credited }, change };
}

export function pause(p: Playback, now: number): Playback {
  const synced = sync(p, now).playback;
  if (synced.runningSince === null) return synced;
  return { ...synced, stepElapsedMs: elapsedInStep(synced, now), runningSince: null };
}

export function resume(p: Playback, now: number): Playback {
  if (isFinished(p) || p.runningSince !== null) return p;
  return { ...p, runningSince: now };
}

export const togglePause = (p: Playback, now: number): Playback => (isPaused(p) ? resume(p, now) : pause(p, now));

/**
 * Jumps to the start of step `to` (the user pressed back or skip). The visit being left keeps
 * the time it got; a paused player stays paused. Past the last step the routine is over.
 */
export function goToStep(p: Playback, to: number, now: number): Playback {
  const synced = sync(p, now).playback;
  if (isFinished(synced)) return synced;
  const target = Math.max(0, Math.min(to, synced.steps.length));
  const credited = credit(synced.creditedMs, synced.index, elapsedInStep(synced, now));
  const running = synced.runningSince !== null && target < synced.steps.length;
  return { ...synced, index: target, stepElapsedMs: 0, runningSince: running ? now : null, creditedMs: credited };
}

/**
 * Back: the previous exercise step (a "next up" or "switch sides" pause in between is not
 * worth going back to); from the first exercise, the start of the routine.
 */
export function previousStepIndex(p: Playback): number {
  for (let i = Math.min(p.index, p.steps.length) - 1; i >= 0; i--) if (p.steps[i]!.kind === 'exercise') return i;
  return 0;
}

/** Skip: the next step, whatever it is; skipping the last step ends the routine. */
export const nextStepIndex = (p: Playback): number => Math.min(p.index + 1, p.steps.length);

/** Running time so far, pauses excluded, across all visits to all steps. */
export function activeMs(p: Playback, now: number): number {
  const past = p.creditedMs.reduce((a, b) => a + b, 0);
  return isFinished(p) ? past : past + elapsedInStep(p, now);
}

/** Whole seconds for the outcome report (the contract wants an integer, at most an hour). */
export const activeSeconds = (p: Playback, now: number): number => Math.min(3600, Math.max(0, Math.round(activeMs(p, now) / 1000)));

/**
 * The exercises the user actually did, in playing order: those whose exercise steps got at
 * least DONE_MS of running time (or their whole length). Skipped at once = not done.
 */
export function doneExerciseIds(p: Playback, now: number): string[] {
  const got = new Map<string, number>();
  const total = new Map<string, number>();
  const order: string[] = [];
  p.steps.forEach((step, i) => {
    if (step.kind !== 'exercise') return;
    if (!total.has(step.exerciseId)) order.push(step.exerciseId);
    const current = i === p.index && !isFinished(p) ? elapsedInStep(p, now) : 0;
    got.set(step.exerciseId, (got.get(step.exerciseId) ?? 0) + p.creditedMs[i]! + current);
    total.set(step.exerciseId, (total.get(step.exerciseId) ?? 0) + stepMs(step));
  });
  return order.filter((id) => got.get(id)! >= Math.min(DONE_MS, total.get(id)!));
}

export interface PlaybackView {
  readonly index: number;
  readonly step: RoutineStep | null;
  /** Whole seconds left in the step, rounded up (a step of 30 s shows 30 at its start). */
  readonly stepSecondsLeft: number;
  /** 1 at the start of the step, 0 at its end: the countdown ring. */
  readonly stepRemaining: number;
  readonly routineSecondsLeft: number;
  readonly paused: boolean;
  readonly finished: boolean;
}

export function view(p: Playback, now: number): PlaybackView {
  const step = p.steps[p.index] ?? null;
  if (!step) return { index: p.index, step: null, stepSecondsLeft: 0, stepRemaining: 0, routineSecondsLeft: 0, paused: false, finished: true };
  const total = stepMs(step);
  const leftMs = Math.max(0, total - elapsedInStep(p, now));
  const laterMs = p.steps.slice(p.index + 1).reduce((sum, s) => sum + stepMs(s), 0);
  return {
    index: p.index,
    step,
    stepSecondsLeft: Math.ceil(leftMs / 1000),
    stepRemaining: total > 0 ? leftMs / total : 0,
    routineSecondsLeft: Math.ceil((leftMs + laterMs) / 1000),
    paused: p.runningSince === null,
    finished: false,
  };
}

/**
 * How long until the display next changes (the step's seconds count down, or the step ends),
 * so the player wakes once a second at the right moment instead of polling.
 */
export function msUntilNextChange(p: Playback, now: number): number | null {
  if (isFinished(p) || p.runningSince === null) return null;
  const leftMs = stepMs(p.steps[p.index]) - elapsedInStep(p, now);
  if (leftMs <= 0) return 0;
  const toBoundary = leftMs % 1000;
  return toBoundary === 0 ? 1000 : toBoundary;
}

/**
 * The exercise to offer leaving out after "Stop — this hurts": the one on screen; during a
 * "next up" pause, the one just done (that is what could have hurt), or, before the first
 * exercise, the one about to start.
 */
export function exerciseToLeaveOut(p: Playback): string | null {
  const at = Math.min(p.index, p.steps.length - 1);
  const step = p.steps[at];
  if (!step) return null;
  if (step.kind !== 'transition') return step.exerciseId;
  for (let i = at - 1; i >= 0; i--) if (p.steps[i]!.kind === 'exercise') return p.steps[i]!.exerciseId;
  return step.exerciseId;
}
