/**
 * The persisted snapshot: its schema, and turning state into it.
 *
 * Whatever is on disk may be old, hand-edited or half-written. `parsePersisted` never throws:
 * anything that does not validate, or that is internally impossible (a sitting stretch that
 * starts in the future, a 10-hour "30 min" pause), yields null and the scheduler starts fresh.
 */
import { z } from 'zod';
import { HOUR, MINUTE } from './localTime';
import { BUSY_SIGNALS } from '../../../common/busy';
import { BUSY_GRACE_MS } from './busyHold';
import type { Held, Phase, PersistedScheduler, SchedulerState } from './types';

const ms = z.number().finite();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const pauseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('timed'), untilMs: ms }),
  z.strictObject({ kind: z.literal('nextWorkDay'), fromDate: date }),
  z.strictObject({ kind: z.literal('indefinite') }),
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

/** Longest span any stored deadline may lie ahead: a 2 h pause, plus slack. */
const MAX_AHEAD_MS = 2 * HOUR + MINUTE;

function plausible(p: PersistedScheduler): boolean {
  const now = p.elapsedMs;
  const past = (t: number) => t <= now;
  const ahead = (t: number) => t <= now + MAX_AHEAD_MS;
  const pauseOk = (pause: PersistedScheduler['phase'] & { kind: 'paused' }) =>
    pause.pause.kind !== 'timed' || ahead(pause.pause.untilMs);
  const ph = p.phase;
  // A hold began in the past; its grace lasts a minute.
  const heldOk = (held: Held | undefined) =>
    held === undefined || (past(held.sinceMs) && (held.spell.kind === 'busy' || held.spell.untilMs <= now + BUSY_GRACE_MS));
  switch (ph.kind) {
    case 'offHours':
      return true;
    case 'paused':
      return pauseOk(ph);
    case 'sitting':
      return past(ph.sinceMs) && (ph.notBeforeMs === null || ahead(ph.notBeforeMs)) && heldOk(ph.held);
    case 'away':
      return past(ph.sinceMs);
    case 'reminderUp':
      return past(ph.sinceMs) && past(ph.shownAtMs) && ph.reminderId < p.nextReminderId;
    case 'snoozed':
      return past(ph.sinceMs) && ahead(ph.untilMs) && ph.reminderId < p.nextReminderId && heldOk(ph.held);
    case 'routine':
      return (
        past(ph.startedAtMs) &&
        (ph.resumeTo === null || past(ph.resumeTo.sinceMs)) &&
        (ph.pause === null || ph.pause.kind !== 'timed' || ahead(ph.pause.untilMs))
      );
  }
}

/** The snapshot on disk, or null when it is missing, corrupt or impossible. Never throws. */
export function parsePersisted(raw: unknown): PersistedScheduler | null {
  try {
    const parsed = persistedSchedulerSchema.safeParse(raw);
    if (!parsed.success) return null;
    const snapshot = parsed.data as PersistedScheduler;
    return plausible(snapshot) ? snapshot : null;
  } catch {
    return null;
  }
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
