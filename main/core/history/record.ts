/**
 * One history record: what the scheduler reported (`HistoryEntry`) plus what only the player
 * knows (the exercises done) and the UTC offset in force at that instant.
 *
 * The offset is stored, not recomputed later, so a record stays on the local day the user lived
 * it: a break at 09:10 in Tokyo counts for that Tokyo morning even when the stats are read after
 * flying home, and a record written during summer time is not shifted an hour when read in winter.
 *
 * One record per answer to a reminder (snoozed, skipped, natural) or per routine (completed,
 * stopped, manual). A reminder snoozed twice and then done is three records sharing a
 * `reminderId`.
 */
import type { HistoryEntry, HistoryOutcome } from '../scheduler';

export const HISTORY_OUTCOMES = ['completed', 'stopped', 'snoozed', 'skipped', 'natural', 'manual'] as const satisfies readonly HistoryOutcome[];

export interface RoutineDetails {
  readonly trigger: 'reminder' | 'manual';
  /** `abandoned`: the scheduler gave up on a routine the player never reported (window lost). */
  readonly ended: 'completed' | 'stopped' | 'abandoned';
  /** Seconds of exercise actually done, pauses excluded. */
  readonly activeSeconds: number;
  /** Completed, or ended after at least 60 s of exercise (PRODUCT.md §2). */
  readonly countsAsBreak: boolean;
  /** The exercises played, in order (as far as the user got). */
  readonly exerciseIds: readonly string[];
}

export interface HistoryRecord {
  /** Wall-clock epoch ms of the event. */
  readonly at: number;
  /** Minutes to add to UTC for local time at `at` (Berlin: 60 in winter, 120 in summer). */
  readonly offsetMinutes: number;
  readonly outcome: HistoryOutcome;
  /** The reminder this record answers; null for routines the user started and for restarts. */
  readonly reminderId: number | null;
  /** Sitting time in work hours up to this moment (whole seconds), when there was a stretch. */
  readonly sittingSeconds: number | null;
  readonly routine: RoutineDetails | null;
  /**
   * A routine taken after its reminder was held while the user was busy: for how long (whole
   * seconds). Absent otherwise, and in every file written before holds existed.
   */
  readonly heldSeconds?: number;
}

/** Limits that keep one bad value from skewing a year of stats. */
export const LIMITS = {
  /** A routine is minutes long; anything near an hour is a bug or a hand edit. */
  maxActiveSeconds: 3600,
  /** A day's worth of sitting is the most any stretch can hold. */
  maxSittingSeconds: 24 * 3600,
  maxExercises: 50,
  /** Real zones run from UTC−12 to UTC+14. */
  maxOffsetMinutes: 14 * 60,
} as const;

const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_AT = Date.UTC(2000, 0, 1);
const MAX_AT = Date.UTC(2100, 0, 1);
const RECORD_KEYS = ['at', 'offsetMinutes', 'outcome', 'reminderId', 'sittingSeconds', 'routine'];
const ROUTINE_KEYS = ['trigger', 'ended', 'activeSeconds', 'countsAsBreak', 'exerciseIds'];

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isOneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => typeof v === 'string' && (options as readonly string[]).includes(v);
const hasExactly = (o: object, keys: readonly string[]) => {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
};

function parseRoutine(v: unknown): RoutineDetails | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !hasExactly(v, ROUTINE_KEYS)) return null;
  const r = v as Record<string, unknown>;
  const ids = r['exerciseIds'];
  if (
    !isOneOf(r['trigger'], ['reminder', 'manual'] as const) ||
    !isOneOf(r['ended'], ['completed', 'stopped', 'abandoned'] as const) ||
    !isInt(r['activeSeconds'], 0, LIMITS.maxActiveSeconds) ||
    typeof r['countsAsBreak'] !== 'boolean' ||
    !Array.isArray(ids) ||
    ids.length > LIMITS.maxExercises ||
    !ids.every((id) => typeof id === 'string' && id.length <= 64 && EXERCISE_ID.test(id))
  ) {
    return null;
  }
  return { trigger: r['trigger'], ended: r['ended'], activeSeconds: r['activeSeconds'], countsAsBreak: r['countsAsBreak'], exerciseIds: ids as string[] };
}

/**
 * The record, if `value` is a valid one; otherwise null. Checked field by field, strictly (no
 * missing or extra fields), by hand rather than with zod: the store checks every record of a
 * year at start-up, and this is several times faster (see tests/bench/history.bench.ts).
 *
 * Times are limited to the years 2000–2100: a record dated 1970 is a zeroed clock, not history.
 * `countsAsBreak` is kept as decided when recorded, not re-derived: the rule may change, the
 * past should not.
 */
export function parseHistoryRecord(value: unknown): HistoryRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const held = Object.hasOwn(value, 'heldSeconds');
  if (!hasExactly(value, held ? [...RECORD_KEYS, 'heldSeconds'] : RECORD_KEYS)) return null;
  const v = value as Record<string, unknown>;
  const heldSeconds = v['heldSeconds'];
  if (held && !isInt(heldSeconds, 0, LIMITS.maxSittingSeconds)) return null;
  const { at, offsetMinutes, outcome, reminderId, sittingSeconds } = v;
  if (
    !isInt(at, MIN_AT, MAX_AT) ||
    !isInt(offsetMinutes, -LIMITS.maxOffsetMinutes, LIMITS.maxOffsetMinutes) ||
    !isOneOf(outcome, HISTORY_OUTCOMES) ||
    !(reminderId === null || isInt(reminderId, 0, Number.MAX_SAFE_INTEGER)) ||
    !(sittingSeconds === null || isInt(sittingSeconds, 0, LIMITS.maxSittingSeconds))
  ) {
    return null;
  }
  let routine: RoutineDetails | null = null;
  if (v['routine'] !== null) {
    routine = parseRoutine(v['routine']);
    if (routine === null) return null;
  }
  // Routine outcomes carry routine details and the others do not; a mix is a broken record.
  if ((routine !== null) !== isRoutineOutcome(outcome)) return null;
  // Only a routine can be "held, then taken".
  if (held && routine === null) return null;
  return { at, offsetMinutes, outcome, reminderId, sittingSeconds, routine, ...(held ? { heldSeconds: heldSeconds as number } : {}) };
}

export function isRoutineOutcome(outcome: HistoryOutcome): boolean {
  return outcome === 'completed' || outcome === 'stopped' || outcome === 'manual';
}

/** A routine that counts as a break: the unit of "routines today" and of the streak. */
export function isCountedRoutine(record: HistoryRecord): boolean {
  return record.routine !== null && record.routine.countsAsBreak;
}

/**
 * Anything that resets sitting time and is on record: a routine that counts, or a natural break
 * that closed a reminder. (The scheduler records natural breaks only when they answer a
 * reminder; quieter ones are not events anyone needs to see.)
 */
/** A break held while the user was busy and then taken (a routine that counts). */
export function isHeldThenTaken(record: HistoryRecord): boolean {
  return record.heldSeconds !== undefined && isCountedRoutine(record);
}

export function isBreak(record: HistoryRecord): boolean {
  return isCountedRoutine(record) || record.outcome === 'natural';
}

/**
 * The record to store for a scheduler `recordHistory` effect. The entry is complete: a routine's
 * exercises come with the scheduler's `finishRoutine` input (none for an abandoned routine).
 *
 * @param offsetMinutes the zone's offset at `entry.atWallMs` (`zone.offsetMinutesAt(entry.atWallMs)`)
 */
export function toHistoryRecord(entry: HistoryEntry, offsetMinutes: number): HistoryRecord {
  const routine = entry.routine;
  return {
    at: Math.round(entry.atWallMs),
    offsetMinutes: clampInt(offsetMinutes, -LIMITS.maxOffsetMinutes, LIMITS.maxOffsetMinutes),
    outcome: entry.outcome,
    reminderId: entry.reminderId,
    sittingSeconds: entry.sittingMs === null ? null : clampInt(entry.sittingMs / 1000, 0, LIMITS.maxSittingSeconds),
    routine:
      routine === null
        ? null
        : {
            trigger: routine.trigger,
            ended: routine.ended,
            // Rounded down, so a 59.6 s stop is not stored as the 60 s that would make it a break.
            activeSeconds: Number.isFinite(routine.activeSeconds)
              ? Math.min(Math.floor(Math.max(0, routine.activeSeconds)), LIMITS.maxActiveSeconds)
              : 0,
            countsAsBreak: routine.countsAsBreak,
            exerciseIds: routine.exerciseIds.slice(0, LIMITS.maxExercises),
          },
    ...(entry.heldMs === undefined || entry.routine === null ? {} : { heldSeconds: clampInt(entry.heldMs / 1000, 0, LIMITS.maxSittingSeconds) }),
  };
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
