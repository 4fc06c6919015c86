/**
 * The persisted snapshot: its schema, and turning state into it.
 *
 * Whatever is on disk may be old, hand-edited or half-written. `parsePersisted` never throws:
 * anything that does not validate, or that parses but cannot be true (a 30th of February, a
 * sitting stretch that starts in the future, a 10-hour "30 min" pause, a reminder shown before
 * its stretch began), yields null and the scheduler starts fresh. Every value is checked for
 * meaning, not only for shape: one impossible value means the snapshot was not written by
 * Limber as it is, and nothing in it can be trusted.
 */
import { z } from 'zod';
import { DAY, HOUR, MINUTE, dayOfDate } from './localTime';
import { BUSY_SIGNALS } from '../../../common/busy';
import { BUSY_GRACE_MS } from './busyHold';
import type { Held, Pause, Phase, PersistedScheduler, SchedulerState } from './types';

const ms = z.number().finite();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const pauseSchema = z.union([
  z.strictObject({ kind: z.literal('timed'), untilMs: ms }),
  z.strictObject({ kind: z.literal('nextWorkDay'), fromDate: date }),
  z.strictObject({ kind: z.literal('untilResumed') }),
  // Saved before the pause got its one name (issue 17): read as what it always meant.
  z.strictObject({ kind: z.literal('indefinite') }).transform(() => ({ kind: 'untilResumed' as const })),
]);

const count = z.number().int().min(0).max(1_000_000);

const heldSchema = z.strictObject({
  sinceMs: ms,
  spell: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('busy'), signal: z.enum(BUSY_SIGNALS) }),
    z.strictObject({ kind: z.literal('grace'), untilMs: ms }),
  ]),
});
const wasHeldMs = z.number().finite().min(0).optional();

const phaseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offHours') }),
  z.strictObject({ kind: z.literal('paused'), pause: pauseSchema }),
  z.strictObject({ kind: z.literal('sitting'), sinceMs: ms, notBeforeMs: ms.nullable(), held: heldSchema.optional() }),
  z.strictObject({ kind: z.literal('away'), sinceMs: ms }),
  z.strictObject({
    kind: z.literal('reminderUp'),
    sinceMs: ms,
    reminderId: count,
    shownAtMs: ms,
    snoozes: count,
    wasHeldMs,
  }),
  z.strictObject({
    kind: z.literal('snoozed'),
    sinceMs: ms,
    reminderId: count,
    untilMs: ms,
    snoozes: count,
    held: heldSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('routine'),
    startedAtMs: ms,
    trigger: z.enum(['reminder', 'manual']),
    reminderId: count.nullable(),
    resumeTo: z.strictObject({ sinceMs: ms }).nullable(),
    pause: pauseSchema.nullable(),
    wasHeldMs,
  }),
]);

export const persistedSchedulerSchema = z.strictObject({
  version: z.literal(1),
  savedAtWallMs: ms,
  elapsedMs: ms,
  phase: phaseSchema,
  nextReminderId: count,
});

/** Longest span a timed pause may lie ahead: 2 h, plus slack. */
const MAX_PAUSE_AHEAD_MS = 2 * HOUR + MINUTE;
/** Longest a snooze or a "not before" may lie ahead: the longest snooze (15 min), plus slack. */
const MAX_SNOOZE_AHEAD_MS = 15 * MINUTE + MINUTE;
/**
 * Oldest a stored instant may be. A stretch, reminder or routine older than this was not left
 * by a running Limber (time away of even a few minutes ends them at the next start).
 */
const MAX_AGE_MS = 400 * DAY;
/** Limber did not exist before this, and a clock past this is not a clock. */
const EARLIEST_WALL_MS = Date.UTC(2020, 0, 1);
const LATEST_WALL_MS = Date.UTC(2100, 0, 1);
/** Snoozes on one reminder: the limit is at most 10; "unlimited" users still do not snooze a thousand times. */
const MAX_SNOOZES = 1000;
/** A snapshot saved this far ahead of the clock reading it (a clock set back a day or more) is not trusted. */
const MAX_SAVED_AHEAD_MS = DAY;

/** What is impossible about a well-formed snapshot, in a few words, or null if nothing is. */
function impossibility(p: PersistedScheduler): string | null {
  const now = p.elapsedMs;
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  /** An instant that lies in the past, and not absurdly far. */
  const past = (t: number, what: string) => need(t <= now && t >= now - MAX_AGE_MS, `${what} is not in the past year`);
  const pauseOk = (pause: Pause) => {
    if (pause.kind === 'timed') need(pause.untilMs <= now + MAX_PAUSE_AHEAD_MS && pause.untilMs >= now - MAX_AGE_MS, 'a timed pause ends more than 2 hours ahead or before the past year');
    if (pause.kind === 'nextWorkDay') {
      const day = dayOfDate(pause.fromDate);
      const savedDay = Math.floor(p.savedAtWallMs / DAY);
      need(day !== null, `the pause's date ${pause.fromDate} does not exist`);
      // Set to tomorrow when chosen; the zone can add a day either way.
      if (day !== null) need(day <= savedDay + 2 && day >= savedDay - 400, `the pause's date ${pause.fromDate} is not near the day it was saved`);
    }
  };
  const idOk = (id: number, what: string) => need(id >= 1 && id < p.nextReminderId, `${what} was never issued`);
  // Stretch starts move forward past later instants after a short sleep (it is not sitting), so
  // only each instant's own range is checked, not their order.
  const held = (h: Held | undefined) => {
    if (h === undefined) return;
    past(h.sinceMs, 'a hold');
    if (h.spell.kind === 'grace') need(h.spell.untilMs >= h.sinceMs && h.spell.untilMs <= now + BUSY_GRACE_MS, 'a hold\'s grace is out of range');
  };

  need(p.savedAtWallMs >= EARLIEST_WALL_MS && p.savedAtWallMs < LATEST_WALL_MS, 'the time it was saved is not a real date');
  need(p.elapsedMs >= 0, 'its timeline is negative');
  need(p.nextReminderId >= 1, 'the next reminder number is 0');
  const ph = p.phase;
  switch (ph.kind) {
    case 'offHours':
      break;
    case 'paused':
      pauseOk(ph.pause);
      break;
    case 'sitting':
      past(ph.sinceMs, 'the sitting stretch');
      if (ph.notBeforeMs !== null) need(ph.notBeforeMs >= now - MAX_AGE_MS && ph.notBeforeMs <= now + MAX_SNOOZE_AHEAD_MS, 'the hold-off after a stopped routine is out of range');
      held(ph.held);
      break;
    case 'away':
      past(ph.sinceMs, 'the break');
      break;
    case 'reminderUp':
      past(ph.sinceMs, 'the sitting stretch');
      past(ph.shownAtMs, 'the reminder');
      idOk(ph.reminderId, 'the reminder');
      need(ph.snoozes <= MAX_SNOOZES, 'the snooze count is out of range');
      break;
    case 'snoozed':
      past(ph.sinceMs, 'the sitting stretch');
      need(ph.untilMs >= now - MAX_AGE_MS && ph.untilMs <= now + MAX_SNOOZE_AHEAD_MS, 'the snooze ends out of range');
      idOk(ph.reminderId, 'the reminder');
      need(ph.snoozes >= 1 && ph.snoozes <= MAX_SNOOZES, 'the snooze count is out of range');
      held(ph.held);
      break;
    case 'routine':
      past(ph.startedAtMs, 'the routine');
      if (ph.resumeTo !== null) {
        past(ph.resumeTo.sinceMs, 'the interrupted stretch');
      }
      if (ph.reminderId !== null) idOk(ph.reminderId, 'the routine\'s reminder');
      need(ph.trigger === 'manual' || ph.reminderId !== null, 'a routine from a reminder has no reminder');
      if (ph.pause !== null) pauseOk(ph.pause);
      break;
  }
  return problems[0] ?? null;
}

export type RestoreResult =
  /** Nothing stored: a first start. */
  | { readonly kind: 'none' }
  | { readonly kind: 'restored'; readonly snapshot: PersistedScheduler }
  /** Something was stored but cannot be used: corrupt, or well-formed and impossible. */
  | { readonly kind: 'rejected'; readonly problem: string };

/**
 * Reads what is stored, checking shape and meaning; `nowWallMs` (the clock reading it) rejects
 * a snapshot saved a day or more "in the future". Never throws.
 */
export function restorePersisted(raw: unknown, nowWallMs?: number): RestoreResult {
  if (raw === undefined || raw === null) return { kind: 'none' };
  try {
    const parsed = persistedSchedulerSchema.safeParse(raw);
    if (!parsed.success) return { kind: 'rejected', problem: 'it is not in the expected form' };
    const snapshot = parsed.data as PersistedScheduler;
    const problem =
      impossibility(snapshot) ??
      (nowWallMs !== undefined && snapshot.savedAtWallMs > nowWallMs + MAX_SAVED_AHEAD_MS ? 'it was saved more than a day in the future' : null);
    return problem === null ? { kind: 'restored', snapshot } : { kind: 'rejected', problem };
  } catch {
    return { kind: 'rejected', problem: 'it could not be read' };
  }
}

/** The snapshot on disk, or null when it is missing, corrupt or impossible. Never throws. */
export function parsePersisted(raw: unknown): PersistedScheduler | null {
  const result = restorePersisted(raw);
  return result.kind === 'restored' ? result.snapshot : null;
}

export function elapsedOf(state: SchedulerState): number {
  return state.last.monoMs + state.offsetMs;
}

export function snapshotOf(state: SchedulerState): PersistedScheduler {
  return {
    version: 1,
    savedAtWallMs: state.last.wallMs,
    elapsedMs: elapsedOf(state),
    phase: state.phase,
    nextReminderId: state.nextReminderId,
  };
}

/** Whether two phases differ in anything worth writing to disk. */
export function samePhase(a: Phase, b: Phase): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
