/**
 * The break scheduler's transition function: `step(state, input, env) → { state, effects }`.
 *
 * A step runs in three stages:
 *   1. `advance`: what time alone has done since the last step (a pause ran out, work hours
 *      ended or began, a lock grew into a natural break, a routine was abandoned);
 *   2. the input itself;
 *   3. `advance` again, then `maybeRemind`, which is the only place a reminder is shown.
 * Showing only at the end means a step never shows a reminder and closes it again, and only
 * `sitting` or `snoozed` can become `reminderUp`: two reminders can never be up at once.
 */
import { NO_BUSY_CHECK, afterReading, gateDue, heldBusy, heldSoFar, type DuePhase, type Verdict } from './busyHold';
import type { BusyReading } from '../busy/busyPort';
import { dateOfDay, dayOfLocalMs, toLocalMs, type ClockReading } from './localTime';
import { nextWakeup } from './nextWakeup';
import { elapsedOf, restorePersisted, samePhase, snapshotOf } from './persisted';
import { describeStatus, sameStatus } from './status';
import {
  FLEX_PAUSE_MS,
  HEARTBEAT_MS,
  LATE_WAKE_MS,
  ROUTINE_ABANDONED_MS,
  ROUTINE_BREAK_SECONDS,
  SLEEP_EVENTS_TOGETHER_MS,
  WALL_JUMP_MEMORY_MS,
  canSnooze,
  isCycle,
  naturalBreakMs,
  reminderWindow,
  snoozeMs,
  snoozesLeft,
  type CyclePhase,
} from './timing';
import type {
  CloseReason,
  HistoryEntry,
  HistoryOutcome,
  InputKind,
  Pause,
  PauseChoice,
  Phase,
  SchedulerEffect,
  SchedulerEnv,
  SchedulerInput,
  SchedulerState,
  StepResult,
} from './types';
import { firstStartOnOrAfterDate, isWorkTime, workStartedBetween } from './workHours';

/** The working copy of one step. Internal: the exported functions stay pure. */
interface Ctx {
  s: SchedulerState;
  /** Elapsed time of this step. */
  t: number;
  offsetMs: number;
  readonly clock: ClockReading;
  readonly env: SchedulerEnv;
  readonly effects: SchedulerEffect[];
  forcePersist: boolean;
}

const SITTING_NOW = (t: number): Phase => ({ kind: 'sitting', sinceMs: t, notBeforeMs: null });
const OFF_HOURS: Phase = { kind: 'offHours' };

function setPhase(c: Ctx, phase: Phase): void {
  c.s = { ...c.s, phase };
}

function close(c: Ctx, reminderId: number, reason: CloseReason): void {
  c.effects.push({ kind: 'closeReminder', reminderId, reason });
}

function record(c: Ctx, outcome: HistoryOutcome, fields: Omit<HistoryEntry, 'outcome' | 'atWallMs'>): void {
  c.effects.push({ kind: 'recordHistory', entry: { outcome, atWallMs: c.clock.wallMs, ...fields } });
}

function inWork(c: Ctx): boolean {
  return isWorkTime(c.clock.wallMs, c.env.prefs.workHours, c.env.zone);
}

function seconds(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value * 1000 : 0;
}

// ---------------------------------------------------------------------------------------------
// Breaks

type BreakShape =
  /** The stretch is still going on (still idle, still locked): wait for the user's return. */
  | { readonly ongoingFromMs: number }
  /** The stretch is over (unlock, wake, restart): sitting starts again now. */
  | { readonly ended: true };

/**
 * A natural break: closes an unanswered reminder (recorded as natural, PRODUCT.md §2) and
 * resets sitting time.
 */
function naturalBreak(c: Ctx, shape: BreakShape): void {
  const ph = c.s.phase;
  if (ph.kind === 'routine' && ph.resumeTo) {
    // Away from the desk mid-routine (slept, locked): the interrupted stretch is over anyway.
    setPhase(c, { ...ph, resumeTo: null });
    return;
  }
  if (!isCycle(ph)) return;
  if (ph.kind === 'reminderUp' || ph.kind === 'snoozed') {
    if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'naturalBreak');
    record(c, 'natural', { reminderId: ph.reminderId, sittingMs: c.t - ph.sinceMs, routine: null });
  }
  if ('ongoingFromMs' in shape) {
    if (ph.kind !== 'away') setPhase(c, { kind: 'away', sinceMs: Math.min(shape.ongoingFromMs, c.t) });
  } else {
    setPhase(c, SITTING_NOW(c.t));
  }
  c.s = { ...c.s, lastIdle: null };
}

// ---------------------------------------------------------------------------------------------
// Time passing

function pauseOver(c: Ctx, pause: Pause): boolean {
  switch (pause.kind) {
    case 'untilResumed':
      return false;
    case 'timed':
      return c.t >= pause.untilMs;
    case 'nextWorkDay': {
      const start = firstStartOnOrAfterDate(pause.fromDate, c.env.prefs.workHours);
      return start !== null && toLocalMs(c.clock.wallMs, c.env.zone) >= start;
    }
  }
}

/**
 * Applies what time alone has done. `sinceWallMs` is the wall time of the previous step, to
 * notice a work range that began between two steps (the clock was set forward over a gap).
 */
function advance(c: Ctx, sinceWallMs: number): void {
  const { prefs } = c.env;
  let ph = c.s.phase;

  if (ph.kind === 'routine') {
    if (c.t - ph.startedAtMs >= ROUTINE_ABANDONED_MS) {
      endRoutine(c, ph, 'abandoned', 0);
      ph = c.s.phase;
    } else {
      if (ph.pause && pauseOver(c, ph.pause)) setPhase(c, { ...ph, pause: null });
      return; // A running routine holds everything else until it ends.
    }
  }

  if (ph.kind === 'paused') {
    if (!pauseOver(c, ph.pause)) return;
    // A pause ends with a fresh stretch: reminding the moment it ends would punish the pause.
    setPhase(c, inWork(c) ? SITTING_NOW(c.t) : OFF_HOURS);
    return;
  }

  if (!inWork(c)) {
    if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'workHoursEnded');
    if (ph.kind !== 'offHours') setPhase(c, OFF_HOURS);
    return;
  }

  if (ph.kind === 'offHours') {
    setPhase(c, SITTING_NOW(c.t)); // Arriving at work is a break.
  } else if (workStartedBetween(sinceWallMs, c.clock.wallMs, prefs.workHours, c.env.zone)) {
    if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'workStarted');
    setPhase(c, SITTING_NOW(c.t));
  }

  const pr = c.s.presence;
  const cur = c.s.phase;
  if (pr.kind === 'locked' && isCycle(cur) && cur.kind !== 'away' && c.t - pr.sinceMs >= naturalBreakMs(prefs)) {
    naturalBreak(c, { ongoingFromMs: pr.sinceMs });
  }
}

// ---------------------------------------------------------------------------------------------
// Presence: idle, lock, sleep

/** Returns whether the sample shows a pause in activity long enough for a flexible reminder. */
function onIdle(c: Ctx, idleSeconds: number): boolean {
  const ph = c.s.phase;
  if (!isCycle(ph)) return false;
  const idleMs = seconds(idleSeconds);
  c.s = { ...c.s, lastIdle: { atMs: c.t, idleMs } };
  // Held because busy (a call, a film): the user is at the desk, just not typing.
  if (idleMs >= naturalBreakMs(c.env.prefs) && !heldBusy(ph)) {
    naturalBreak(c, { ongoingFromMs: c.t - idleMs });
    return false;
  }
  if (ph.kind === 'away') {
    // Back: sitting began with the first activity, idleMs ago.
    setPhase(c, { kind: 'sitting', sinceMs: Math.max(ph.sinceMs, c.t - idleMs), notBeforeMs: null });
    return false;
  }
  return idleMs >= FLEX_PAUSE_MS;
}

function stretchStart(c: Ctx, idleSeconds: number | undefined): number {
  const ph = c.s.phase;
  return ph.kind === 'away' ? ph.sinceMs : c.t - seconds(idleSeconds);
}

function onLock(c: Ctx, idleSeconds: number | undefined): void {
  if (c.s.presence.kind !== 'present') return;
  c.s = { ...c.s, presence: { kind: 'locked', sinceMs: stretchStart(c, idleSeconds) } };
  c.forcePersist = true;
}

function onUnlock(c: Ctx): void {
  const pr = c.s.presence;
  if (pr.kind !== 'locked') return;
  c.s = { ...c.s, presence: { kind: 'present' } };
  if (c.s.phase.kind === 'away' || c.t - pr.sinceMs >= naturalBreakMs(c.env.prefs)) {
    naturalBreak(c, { ended: true });
  }
}

function onSuspend(c: Ctx, idleSeconds: number | undefined): void {
  const pr = c.s.presence;
  if (pr.kind === 'asleep') return;
  c.s = {
    ...c.s,
    presence: {
      kind: 'asleep',
      suspendedAt: c.clock,
      suspendedAtMs: c.t,
      stretchFromMs: pr.kind === 'locked' ? pr.sinceMs : stretchStart(c, idleSeconds),
      locked: pr.kind === 'locked',
    },
  };
  c.forcePersist = true;
}

/**
 * Back from sleep. Some monotonic clocks stop during sleep (Linux, macOS), some do not; the
 * wall clock always runs on. The sleep lasted the larger of the two advances, and the elapsed
 * timeline is moved on by whatever the monotonic clock missed, so pauses and snoozes end on
 * time. Sitting time does not count the sleep (PRODUCT.md §2: "while the computer is awake").
 */
function wake(c: Ctx): void {
  const pr = c.s.presence;
  if (pr.kind !== 'asleep') return;
  const monoAdvance = c.clock.monoMs - pr.suspendedAt.monoMs;
  const wallAdvance = c.clock.wallMs - pr.suspendedAt.wallMs;
  const slept = Math.max(monoAdvance, wallAdvance, 0);
  const missed = Math.max(0, pr.suspendedAtMs + slept - c.t);
  c.offsetMs += missed;
  c.t += missed;
  c.s = { ...c.s, presence: pr.locked ? { kind: 'locked', sinceMs: pr.stretchFromMs } : { kind: 'present' } };

  if (c.t - pr.stretchFromMs >= naturalBreakMs(c.env.prefs)) {
    naturalBreak(c, pr.locked ? { ongoingFromMs: pr.stretchFromMs } : { ended: true });
    return;
  }
  const asleepMs = c.t - pr.suspendedAtMs;
  const ph = c.s.phase;
  if (ph.kind === 'sitting' || ph.kind === 'reminderUp' || ph.kind === 'snoozed') {
    setPhase(c, { ...ph, sinceMs: Math.min(ph.sinceMs + asleepMs, c.t) });
  } else if (ph.kind === 'routine' && ph.resumeTo) {
    setPhase(c, { ...ph, resumeTo: { sinceMs: Math.min(ph.resumeTo.sinceMs + asleepMs, c.t) } });
  }
}

/** A wall-clock jump remembered by an earlier step, if still recent. */
function recentSleepStart(c: Ctx): SchedulerState['maybeAsleepFrom'] {
  const jump = c.s.maybeAsleepFrom;
  return jump !== null && c.clock.monoMs <= jump.untilMonoMs ? jump : null;
}

/**
 * A sleep nobody announced (a resume without its suspend, a timer that fired far too late):
 * the machine slept at some point since the last step. Assume it went to sleep right after it
 * (never count as sitting what may have been sleep), or before a recent wall-clock jump that a
 * stopped monotonic clock did not see; `wake` then takes the larger of the two clocks.
 */
function assumeSleptSinceLastStep(c: Ctx, before: SchedulerState): void {
  const pr = c.s.presence;
  const jump = recentSleepStart(c);
  const from = jump?.from ?? before.last;
  const fromMs = jump?.fromMs ?? elapsedOf(before);
  c.s = {
    ...c.s,
    maybeAsleepFrom: null,
    presence: {
      kind: 'asleep',
      suspendedAt: from,
      suspendedAtMs: fromMs,
      stretchFromMs: Math.min(fromMs, pr.kind === 'locked' ? pr.sinceMs : c.s.phase.kind === 'away' ? c.s.phase.sinceMs : fromMs),
      locked: pr.kind === 'locked',
    },
  };
}

/**
 * A suspend that arrived together with its resume was delivered late, after the machine woke:
 * the sleep came between the step before it and the suspend. On a clock that stops in sleep the
 * wall clock's jump over that gap measures it; on one that runs, both clocks do.
 */
function backdateLateSuspend(c: Ctx): void {
  const pr = c.s.presence;
  const jump = recentSleepStart(c);
  if (pr.kind !== 'asleep' || jump === null) return;
  const together =
    Math.abs(c.clock.monoMs - pr.suspendedAt.monoMs) < SLEEP_EVENTS_TOGETHER_MS &&
    Math.abs(c.clock.wallMs - pr.suspendedAt.wallMs) < SLEEP_EVENTS_TOGETHER_MS;
  if (!together) return;
  c.s = {
    ...c.s,
    maybeAsleepFrom: null,
    presence: { ...pr, suspendedAt: jump.from, suspendedAtMs: jump.fromMs, stretchFromMs: Math.min(pr.stretchFromMs, jump.fromMs) },
  };
}

/**
 * Evidence of a sleep in the clocks alone, before any input is applied. An input much later
 * than the wake-up asked for (on any clock that kept counting) is a sleep or a frozen process
 * since the last step. A wall-clock jump the monotonic clock did not share is remembered for a
 * while: it is a clock change (ignored, PRODUCT.md §2) unless a resume soon says it was a sleep.
 * A user action in between (the user, awake) forgets it, so a clock set before a pause cannot
 * later be taken for a sleep that shortens the pause.
 */
/** Inputs only an awake user at the keyboard makes. */
const USER_ACTIONS: ReadonlySet<InputKind> = new Set<InputKind>([
  'startRoutine',
  'finishRoutine',
  'snooze',
  'skip',
  'pause',
  'unpause',
  'prefsChanged',
]);

function noticeUnannouncedSleep(c: Ctx, before: SchedulerState, kind: InputKind): void {
  if (c.s.presence.kind === 'asleep') return; // announced: wake() measures it
  const expected = before.expectedWakeMonoMs;
  if (expected !== null && c.clock.monoMs > expected + LATE_WAKE_MS) {
    assumeSleptSinceLastStep(c, before);
    wake(c);
    return;
  }
  const wallAdvance = c.clock.wallMs - before.last.wallMs;
  const monoAdvance = c.clock.monoMs - before.last.monoMs;
  if (USER_ACTIONS.has(kind)) {
    if (c.s.maybeAsleepFrom !== null) c.s = { ...c.s, maybeAsleepFrom: null };
  } else if (wallAdvance - monoAdvance > LATE_WAKE_MS || (kind === 'suspend' && recentSleepStart(c) === null)) {
    // A suspend may itself be late (delivered after the wake): if its resume follows at once,
    // the sleep came after the last step (see backdateLateSuspend).
    c.s = { ...c.s, maybeAsleepFrom: { from: before.last, fromMs: elapsedOf(before), untilMonoMs: c.clock.monoMs + WALL_JUMP_MEMORY_MS } };
  } else if (c.s.maybeAsleepFrom !== null && recentSleepStart(c) === null) {
    c.s = { ...c.s, maybeAsleepFrom: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Routines and the user's answers

function endRoutine(
  c: Ctx,
  ph: Phase & { kind: 'routine' },
  ended: 'completed' | 'stopped' | 'abandoned',
  activeSeconds: number,
  exerciseIds: readonly string[] = [],
): void {
  const active = Number.isFinite(activeSeconds) ? Math.max(0, activeSeconds) : 0;
  const countsAsBreak = ended === 'completed' || active >= ROUTINE_BREAK_SECONDS;
  const outcome: HistoryOutcome = ph.trigger === 'manual' ? 'manual' : ended === 'completed' ? 'completed' : 'stopped';
  record(c, outcome, {
    reminderId: ph.reminderId,
    sittingMs: ph.resumeTo ? ph.startedAtMs - ph.resumeTo.sinceMs : null,
    routine: { trigger: ph.trigger, ended, activeSeconds: active, countsAsBreak, exerciseIds },
    ...(ph.wasHeldMs === undefined ? {} : { heldMs: ph.wasHeldMs }),
  });
  if (ph.pause) {
    setPhase(c, { kind: 'paused', pause: ph.pause });
  } else if (countsAsBreak || !ph.resumeTo) {
    setPhase(c, SITTING_NOW(c.t));
  } else {
    // Too short to be a break: sitting time carries on, but "Stop" must not turn into an
    // instant re-reminder, so the next one waits at least a snooze's length.
    setPhase(c, { kind: 'sitting', sinceMs: ph.resumeTo.sinceMs, notBeforeMs: c.t + snoozeMs(c.env.prefs) });
  }
}

function startRoutine(c: Ctx): void {
  const ph = c.s.phase;
  if (ph.kind === 'routine') return;
  if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'started');
  const counting = ph.kind === 'sitting' || ph.kind === 'reminderUp' || ph.kind === 'snoozed';
  const heldMs = heldSoFar(ph, c.t); // a break held while busy, now taken
  setPhase(c, {
    kind: 'routine',
    startedAtMs: c.t,
    trigger: ph.kind === 'reminderUp' ? 'reminder' : 'manual',
    reminderId: ph.kind === 'reminderUp' || ph.kind === 'snoozed' ? ph.reminderId : null,
    resumeTo: counting ? { sinceMs: ph.sinceMs } : null,
    pause: ph.kind === 'paused' ? ph.pause : null,
    ...(heldMs === undefined ? {} : { wasHeldMs: heldMs }),
  });
}

function snooze(c: Ctx): void {
  const ph = c.s.phase;
  if (ph.kind !== 'reminderUp' || !canSnooze(ph.snoozes, c.env.prefs)) return;
  close(c, ph.reminderId, 'snoozed');
  record(c, 'snoozed', { reminderId: ph.reminderId, sittingMs: c.t - ph.sinceMs, routine: null });
  setPhase(c, {
    kind: 'snoozed',
    sinceMs: ph.sinceMs,
    reminderId: ph.reminderId,
    untilMs: c.t + snoozeMs(c.env.prefs),
    snoozes: ph.snoozes + 1,
  });
}

function skip(c: Ctx): void {
  const ph = c.s.phase;
  if (ph.kind !== 'reminderUp' && ph.kind !== 'snoozed') return;
  if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'skipped');
  record(c, 'skipped', { reminderId: ph.reminderId, sittingMs: c.t - ph.sinceMs, routine: null });
  setPhase(c, SITTING_NOW(c.t));
}

function pauseFor(c: Ctx, choice: PauseChoice): Pause {
  switch (choice) {
    case '30m':
      return { kind: 'timed', untilMs: c.t + 30 * 60_000 };
    case '1h':
      return { kind: 'timed', untilMs: c.t + 60 * 60_000 };
    case '2h':
      return { kind: 'timed', untilMs: c.t + 120 * 60_000 };
    case 'nextWorkDay':
      return { kind: 'nextWorkDay', fromDate: dateOfDay(dayOfLocalMs(toLocalMs(c.clock.wallMs, c.env.zone)) + 1) };
    case 'untilResumed':
      return { kind: 'untilResumed' };
  }
}

function pause(c: Ctx, choice: PauseChoice): void {
  const ph = c.s.phase;
  const p = pauseFor(c, choice);
  if (ph.kind === 'reminderUp') close(c, ph.reminderId, 'paused');
  setPhase(c, ph.kind === 'routine' ? { ...ph, pause: p } : { kind: 'paused', pause: p });
}

function unpause(c: Ctx): void {
  const ph = c.s.phase;
  if (ph.kind === 'paused') setPhase(c, SITTING_NOW(c.t)); // advance() turns it into offHours if need be
  else if (ph.kind === 'routine' && ph.pause) setPhase(c, { ...ph, pause: null });
}

// ---------------------------------------------------------------------------------------------
// Reminding

function show(c: Ctx, ph: CyclePhase & { kind: 'sitting' | 'snoozed' }, quiet = false): void {
  const fresh = ph.kind === 'sitting';
  const reminderId = fresh ? c.s.nextReminderId : ph.reminderId;
  const snoozes = fresh ? 0 : ph.snoozes;
  const heldMs = heldSoFar(ph, c.t);
  c.s = {
    ...c.s,
    nextReminderId: fresh ? reminderId + 1 : c.s.nextReminderId,
    phase: {
      kind: 'reminderUp',
      sinceMs: ph.sinceMs,
      reminderId,
      shownAtMs: c.t,
      snoozes,
      ...(heldMs === undefined ? {} : { wasHeldMs: heldMs }),
    },
  };
  c.effects.push({
    kind: 'showReminder',
    reminderId,
    sittingMs: c.t - ph.sinceMs,
    canSnooze: canSnooze(snoozes, c.env.prefs),
    snoozesLeft: snoozesLeft(snoozes, c.env.prefs),
    again: false,
    quiet,
    heldMs: heldMs ?? null,
  });
}

/** A due reminder: shown unless the user is busy (busyHold.ts), which the detectors are asked. */
function remindUnlessBusy(c: Ctx, ph: DuePhase, answer: Verdict | null): void {
  if (answer?.kind === 'show') return show(c, ph, answer.quiet);
  switch (gateDue(ph, c.s.busyCheck, c.t, c.env.prefs)) {
    case 'show':
      return show(c, ph);
    case 'ask':
      c.s = { ...c.s, busyCheck: { ...c.s.busyCheck, askedAtMs: c.t } };
      c.effects.push({ kind: 'checkBusy' });
      return;
    case 'answerLost': {
      const verdict = onBusyReading(c, { busy: [], failed: [] });
      if (verdict?.kind === 'show') show(c, ph, verdict.quiet);
      return;
    }
    case 'wait':
      return;
  }
}

/**
 * The detectors' answer: holds the due reminder, starts the grace, or returns "show" for
 * maybeRemind (the one place a reminder is shown). Stale answers change nothing.
 */
function onBusyReading(c: Ctx, reading: BusyReading): Verdict | null {
  const asked = c.s.busyCheck.askedAtMs;
  c.s = { ...c.s, busyCheck: { askedAtMs: null, answeredAtMs: c.t } };
  const ph = c.s.phase;
  if (asked === null || c.s.presence.kind !== 'present' || (ph.kind !== 'sitting' && ph.kind !== 'snoozed')) return null;
  // Still due? A natural break or a routine since the ask started a new stretch.
  const due = ph.held !== undefined || (ph.kind === 'snoozed' ? c.t >= ph.untilMs : c.t >= reminderWindow(ph, c.env.prefs).earliestMs);
  if (!due) return null;
  const verdict = afterReading(ph, reading, c.t, c.env.prefs);
  if (verdict.kind === 'hold') setPhase(c, { ...ph, held: verdict.held });
  return verdict;
}

/**
 * The one place a reminder is shown: due, the user can see it, and nothing forbids it.
 * `answer`: the detectors' answer of this step, if it said "show".
 */
function maybeRemind(c: Ctx, pauseInActivity: boolean, answer: Verdict | null = null): void {
  if (c.s.presence.kind !== 'present') return; // shown on unlock / wake instead, if still due
  const ph = c.s.phase;
  if (ph.kind === 'snoozed') {
    if (c.t >= ph.untilMs) remindUnlessBusy(c, ph, answer);
  } else if (ph.kind === 'sitting') {
    const { earliestMs, latestMs } = reminderWindow(ph, c.env.prefs);
    // Held, or answered after an ask made at a pause: still due, though there is no pause now.
    if (ph.held || c.t >= latestMs || ((pauseInActivity || answer !== null) && c.t >= earliestMs)) remindUnlessBusy(c, ph, answer);
  }
}

// ---------------------------------------------------------------------------------------------
// Step

function begin(state: SchedulerState, clock: ClockReading, env: SchedulerEnv): Ctx {
  let offsetMs = state.offsetMs;
  const lastT = elapsedOf(state);
  // The monotonic clock must not run backwards; if a broken one does, hold the timeline.
  if (clock.monoMs + offsetMs < lastT) offsetMs = lastT - clock.monoMs;
  return { s: state, t: clock.monoMs + offsetMs, offsetMs, clock, env, effects: [], forcePersist: false };
}

function finish(c: Ctx, before: SchedulerState): StepResult {
  let state: SchedulerState = { ...c.s, last: c.clock, offsetMs: c.offsetMs };
  const changed = !samePhase(before.phase, state.phase) || before.nextReminderId !== state.nextReminderId;
  const heartbeat = isCycle(state.phase) && (state.persistedAtMs === null || c.t - state.persistedAtMs >= HEARTBEAT_MS);
  if (c.forcePersist || changed || heartbeat) {
    state = { ...state, persistedAtMs: c.t };
    c.effects.push({ kind: 'persistState', snapshot: snapshotOf(state) });
  }
  const status = describeStatus(state, c.env);
  if (!sameStatus(before.status, status)) {
    state = { ...state, status };
    c.effects.push({ kind: 'publishStatus', status });
  }
  // What the shell will arm its timer for: an input far later than this was not awake to come.
  state = { ...state, expectedWakeMonoMs: nextWakeup(state, c.env)?.atMonoMs ?? null };
  return { state, effects: c.effects };
}

export function step(state: SchedulerState, input: SchedulerInput, env: SchedulerEnv): StepResult {
  if (input.kind === 'appStart') return startScheduler(input.clock, input.restored, env);

  const c = begin(state, input.clock, env);
  const previousWall = state.last.wallMs;
  if (input.kind !== 'resume') noticeUnannouncedSleep(c, state, input.kind);
  // Any input but these proves we are awake, even if the resume event was lost.
  if (input.kind !== 'resume' && input.kind !== 'suspend') wake(c);
  advance(c, previousWall);

  let pauseInActivity = false;
  let answer: Verdict | null = null;
  switch (input.kind) {
    case 'tick':
    case 'prefsChanged':
      break;
    case 'idleSample':
      pauseInActivity = onIdle(c, input.idleSeconds);
      break;
    case 'suspend':
      onSuspend(c, input.idleSeconds);
      break;
    case 'resume':
      if (c.s.presence.kind !== 'asleep') assumeSleptSinceLastStep(c, state);
      else backdateLateSuspend(c);
      wake(c);
      break;
    case 'lock':
      onLock(c, input.idleSeconds);
      break;
    case 'unlock':
      onUnlock(c);
      break;
    case 'startRoutine':
      startRoutine(c);
      break;
    case 'finishRoutine': {
      const ph = c.s.phase;
      if (ph.kind === 'routine') endRoutine(c, ph, input.result, input.activeSeconds, input.exerciseIds);
      break;
    }
    case 'snooze':
      snooze(c);
      break;
    case 'skip':
      skip(c);
      break;
    case 'pause':
      pause(c, input.choice);
      break;
    case 'unpause':
      unpause(c);
      break;
    case 'busyReading':
      answer = onBusyReading(c, input.reading);
      break;
  }

  advance(c, c.clock.wallMs);
  maybeRemind(c, pauseInActivity, answer?.kind === 'show' ? answer : null);
  return finish(c, state);
}

/** A state that has seen nothing yet; `startScheduler` is the way to begin. */
function blankState(clock: ClockReading): SchedulerState {
  return {
    last: clock,
    offsetMs: 0,
    phase: OFF_HOURS,
    presence: { kind: 'present' },
    lastIdle: null,
    nextReminderId: 1,
    persistedAtMs: null,
    status: null,
    busyCheck: NO_BUSY_CHECK,
    expectedWakeMonoMs: null,
    maybeAsleepFrom: null,
  };
}

/**
 * App start: restores the persisted snapshot if it is valid (else starts fresh), counts the
 * time Limber was not running as a break when long enough, and shows again a reminder that was
 * up when it quit.
 */
export function startScheduler(clock: ClockReading, restored: unknown, env: SchedulerEnv): StepResult {
  const blank = blankState(clock);
  const restoredResult = restorePersisted(restored, clock.wallMs);
  if (restoredResult.kind !== 'restored') {
    const c = begin(blank, clock, env);
    c.forcePersist = true;
    // Told once: the fresh snapshot persisted below replaces the rejected one.
    if (restoredResult.kind === 'rejected') {
      c.effects.push({
        kind: 'snapshotRejected',
        problem: restoredResult.problem,
        notice: `Limber could not use its saved reminder timer (${restoredResult.problem}), so it started afresh: the next break is a full interval away.`,
      });
    }
    advance(c, clock.wallMs);
    maybeRemind(c, false);
    return finish(c, blank);
  }

  const snapshot = restoredResult.snapshot;
  // The wall clock is the only clock two processes share. A clock set back reads as no time away.
  const awayMs = Math.max(0, clock.wallMs - snapshot.savedAtWallMs);
  const t = snapshot.elapsedMs + awayMs;
  let phase = snapshot.phase;
  if (phase.kind === 'routine') {
    // The player died with the old process: nothing to record. Treated like a routine stopped
    // too early to be a break: sitting time carries on, without an instant re-reminder.
    phase = phase.pause
      ? { kind: 'paused', pause: phase.pause }
      : phase.resumeTo
        ? { kind: 'sitting', sinceMs: phase.resumeTo.sinceMs, notBeforeMs: t + snoozeMs(env.prefs) }
        : { kind: 'sitting', sinceMs: t, notBeforeMs: null };
  }
  const restoredState: SchedulerState = { ...blank, phase, nextReminderId: snapshot.nextReminderId };
  const c: Ctx = { s: restoredState, t, offsetMs: t - clock.monoMs, clock, env, effects: [], forcePersist: true };

  if (awayMs >= naturalBreakMs(env.prefs)) naturalBreak(c, { ended: true });
  advance(c, snapshot.savedAtWallMs);
  // A new process has no card on screen: nothing to close, but one to show again if still up.
  const effects = c.effects.filter((e) => e.kind !== 'closeReminder');
  c.effects.length = 0;
  c.effects.push(...effects);
  const ph = c.s.phase;
  if (ph.kind === 'reminderUp') {
    c.effects.push({
      kind: 'showReminder',
      reminderId: ph.reminderId,
      sittingMs: c.t - ph.sinceMs,
      canSnooze: canSnooze(ph.snoozes, env.prefs),
      snoozesLeft: snoozesLeft(ph.snoozes, env.prefs),
      again: true,
      quiet: false,
      heldMs: ph.wasHeldMs ?? null,
    });
  }
  maybeRemind(c, false);
  return finish(c, blank);
}

/** Whether the shell should read idle time now: only when it can change anything. */
export function wantsIdleSample(state: SchedulerState, env: SchedulerEnv, clock: ClockReading): boolean {
  return (
    state.presence.kind === 'present' &&
    isCycle(state.phase) &&
    isWorkTime(clock.wallMs, env.prefs.workHours, env.zone)
  );
}
