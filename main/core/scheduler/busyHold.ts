/**
 * Busy — hold, don't interrupt (PRODUCT.md §2, docs/scheduler.md "Busy").
 *
 * A due reminder is not shown at once: the core first asks the detectors (`checkBusy` effect)
 * and waits for their combined answer (`busyReading` input). Busy: the reminder is *held* — the
 * phase stays `sitting` or `snoozed` (sitting time keeps counting, no snooze is used) and
 * carries a `Held`. The core asks again once a minute while held; when an answer says "free",
 * a grace of a minute begins, and the reminder shows after one more check at its end. Held
 * past the limit, it is shown as a quiet notification. A natural break, a pause, the end of work
 * hours or a routine replaces the phase, and the hold goes with it: nothing to clean up.
 *
 * Detection runs only from here, so only when a reminder is due or held: never off hours,
 * paused, locked, asleep, or while a reminder is still far off.
 */
import { BUSY_SIGNALS, type BusySignal } from '../../../common/busy';
import type { Preferences } from '../../../common/preferences';
import type { BusyReading } from '../busy/busyPort';
import { MINUTE, SECOND } from './localTime';
import type { BusyCheck, Held, Phase } from './types';

/** After a busy spell, the reminder waits this long, so a call can end in peace. */
export const BUSY_GRACE_MS = MINUTE;
/** While held, the detectors are asked at most this often. */
export const BUSY_RECHECK_MS = MINUTE;
/**
 * An answer not back after this long is taken as "not busy": the shell time-limits every
 * detector (about 1 s), so this only happens if an answer is lost, and a lost answer must
 * never silence Limber.
 */
export const BUSY_ANSWER_LOST_MS = 30 * SECOND;

export const NO_BUSY_CHECK: BusyCheck = { askedAtMs: null, answeredAtMs: null };

/** The only phases that can hold a reminder: the ones that become `reminderUp`. */
export type DuePhase = Phase & { kind: 'sitting' | 'snoozed' };

export function enabledSignals(prefs: Preferences): BusySignal[] {
  return BUSY_SIGNALS.filter((s) => prefs.busySignals[s]);
}

export function holdLimitMs(prefs: Preferences): number {
  return prefs.holdLimitMinutes * MINUTE;
}

/** Held, and the last answer said busy (not in the grace after a spell). */
export function heldBusy(phase: Phase): boolean {
  return (phase.kind === 'sitting' || phase.kind === 'snoozed') && phase.held?.spell.kind === 'busy';
}

/** How long the break has been held so far, for the record of how it was taken. */
export function heldSoFar(phase: Phase, t: number): number | undefined {
  if (phase.kind === 'reminderUp') return phase.wasHeldMs;
  if ((phase.kind === 'sitting' || phase.kind === 'snoozed') && phase.held) return Math.max(0, t - phase.held.sinceMs);
  return undefined;
}

export type Gate =
  /** Nothing holds it: show. */
  | 'show'
  /** Ask the detectors (emit `checkBusy`). */
  | 'ask'
  /** An answer is awaited, or the next check is not yet due. */
  | 'wait'
  /** The answer never came: take it as "not busy". */
  | 'answerLost';

/** What to do with a reminder that is due now. */
export function gateDue(phase: DuePhase, check: BusyCheck, t: number, prefs: Preferences): Gate {
  if (enabledSignals(prefs).length === 0) return 'show'; // every signal switched off: nothing to ask
  if (check.askedAtMs !== null) return t - check.askedAtMs >= BUSY_ANSWER_LOST_MS ? 'answerLost' : 'wait';
  const held = phase.held;
  if (held === undefined) return 'ask';
  if (held.spell.kind === 'grace') return t >= held.spell.untilMs ? 'ask' : 'wait';
  return check.answeredAtMs === null || t >= check.answeredAtMs + BUSY_RECHECK_MS ? 'ask' : 'wait';
}

export type Verdict =
  | { readonly kind: 'show'; readonly quiet: boolean }
  | { readonly kind: 'hold'; readonly held: Held };

/** What an answer means for a due reminder. Only enabled signals count. */
export function afterReading(phase: DuePhase, reading: BusyReading, t: number, prefs: Preferences): Verdict {
  const on = enabledSignals(prefs);
  const reason = Array.isArray(reading.busy) ? reading.busy.find((b) => on.includes(b.signal)) : undefined;
  const held = phase.held;
  if (reason !== undefined) {
    const sinceMs = held?.sinceMs ?? t;
    // Held long enough: offered quietly, so a day of calls does not mean a day without a word.
    if (t - sinceMs >= holdLimitMs(prefs)) return { kind: 'show', quiet: true };
    return { kind: 'hold', held: { sinceMs, spell: { kind: 'busy', signal: reason.signal } } };
  }
  if (held === undefined) return { kind: 'show', quiet: false };
  if (held.spell.kind === 'busy') return { kind: 'hold', held: { sinceMs: held.sinceMs, spell: { kind: 'grace', untilMs: t + BUSY_GRACE_MS } } };
  return t >= held.spell.untilMs ? { kind: 'show', quiet: false } : { kind: 'hold', held };
}

/** The wake-up the hold needs (elapsed ms), or null when nothing is held or asked. */
export function busyWakeup(phase: Phase, check: BusyCheck): number | null {
  if (check.askedAtMs !== null) return check.askedAtMs + BUSY_ANSWER_LOST_MS;
  if (phase.kind !== 'sitting' && phase.kind !== 'snoozed') return null;
  const held = phase.held;
  if (held === undefined) return null;
  if (held.spell.kind === 'grace') return held.spell.untilMs;
  return check.answeredAtMs === null ? null : check.answeredAtMs + BUSY_RECHECK_MS;
}

/** The tray's words for a held break. */
export function holdingText(held: Held): string {
  if (held.spell.kind === 'grace') return 'Holding your break — it comes in a minute';
  return `Holding your break — ${BUSY_PHRASES[held.spell.signal]}`;
}

const BUSY_PHRASES: Readonly<Record<BusySignal, string>> = {
  call: "you're in a call",
  fullScreen: 'something is full screen',
  focusMode: 'Do Not Disturb is on',
  listedApp: 'an app you listed is running',
};
