/**
 * The numbers of PRODUCT.md §2 that are not preferences, and the reminder window they imply.
 */
import type { Preferences } from '../../../common/preferences';
import { HOUR, MINUTE, SECOND } from './localTime';
import type { Phase } from './types';

/** A routine with at least this much exercise is a break even if stopped early. */
export const ROUTINE_BREAK_SECONDS = 60;
/** Flexible mode: a pause in activity this long is the moment to remind. */
export const FLEX_PAUSE_MS = 15 * SECOND;
/**
 * No "finished" message this long after a routine started: the player is gone (crash, closed
 * window). Without this guard a lost message would silence Limber for good.
 */
export const ROUTINE_ABANDONED_MS = 30 * MINUTE;
/**
 * Re-persist at least this often while sitting time counts, so a crash misjudges "time away"
 * by at most this much. Normal quits persist on the way out.
 */
export const HEARTBEAT_MS = 5 * MINUTE;
/**
 * Longest sleep of the timer. Boundaries are computed exactly (DST included), but nothing tells
 * us when the user sets the clock or the zone changes while nothing else happens; an hourly
 * re-check bounds that error at a cost of one wake-up an hour.
 */
export const RECHECK_MS = HOUR;

/**
 * An input this much later than the wake-up the core asked for means the process did not run
 * meanwhile: the machine slept (Windows keeps the monotonic clock running through a sleep, so
 * the timer simply fires late) or the process was frozen, whether or not `suspend` was seen.
 * Timers are armed a little late and may be delayed a few seconds under load; a minute is far
 * beyond that and still short next to a natural break.
 */
export const LATE_WAKE_MS = MINUTE;
/**
 * How long a wall-clock jump the monotonic clock did not share is remembered. On Linux and macOS
 * the monotonic clock stops in sleep, so an unannounced sleep looks like a clock change until a
 * `resume` arrives; one that arrives within this (awake) time explains the jump as the sleep.
 */
export const WALL_JUMP_MEMORY_MS = 2 * MINUTE;
/**
 * A `suspend` and `resume` this close together on both clocks were both delivered after the
 * machine woke: the suspend was late, and the sleep happened before it.
 */
export const SLEEP_EVENTS_TOGETHER_MS = 2 * SECOND;

export function naturalBreakMs(prefs: Preferences): number {
  return prefs.naturalBreakMinutes * MINUTE;
}

export function snoozeMs(prefs: Preferences): number {
  return prefs.snoozeMinutes * MINUTE;
}

export type SittingPhase = Phase & { kind: 'sitting' };

/**
 * When a sitting stretch may and must end in a reminder (elapsed ms). Fixed mode: both at the
 * interval. Flexible: from flexMin at the first pause, at flexMax at the latest.
 */
export function reminderWindow(phase: SittingPhase, prefs: Preferences): { earliestMs: number; latestMs: number } {
  const hold = phase.notBeforeMs ?? -Infinity;
  if (prefs.timingMode === 'fixed') {
    const at = Math.max(phase.sinceMs + prefs.intervalMinutes * MINUTE, hold);
    return { earliestMs: at, latestMs: at };
  }
  const lo = Math.min(prefs.flexMinMinutes, prefs.flexMaxMinutes);
  const hi = Math.max(prefs.flexMinMinutes, prefs.flexMaxMinutes);
  return {
    earliestMs: Math.max(phase.sinceMs + lo * MINUTE, hold),
    latestMs: Math.max(phase.sinceMs + hi * MINUTE, hold),
  };
}

export function canSnooze(snoozes: number, prefs: Preferences): boolean {
  return prefs.snoozeLimit === 0 || snoozes < prefs.snoozeLimit;
}

export function snoozesLeft(snoozes: number, prefs: Preferences): number | null {
  return prefs.snoozeLimit === 0 ? null : Math.max(0, prefs.snoozeLimit - snoozes);
}

/** Phases in which sitting time counts (or a natural break is under way). */
export type CyclePhase = Phase & { kind: 'sitting' | 'away' | 'reminderUp' | 'snoozed' };

export function isCycle(phase: Phase): phase is CyclePhase {
  return phase.kind === 'sitting' || phase.kind === 'away' || phase.kind === 'reminderUp' || phase.kind === 'snoozed';
}
