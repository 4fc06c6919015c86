import { describe, expect, it } from 'vitest';
import { parsePersisted, startScheduler, snapshotOf } from '../../../main/core/scheduler';
import { BERLIN, MIN, Sim, at, prefs } from './support';

const env = { prefs: prefs(), zone: BERLIN };
/** A valid snapshot, saved an hour before `clock`, to make impossible one field at a time. */
const OK = { version: 1, savedAtWallMs: at(BERLIN, '2026-03-30T09:00'), elapsedMs: 2000, phase: { kind: 'offHours' }, nextReminderId: 2 } as const;
const clock = { wallMs: at(BERLIN, '2026-03-30T10:00'), monoMs: 42 };

describe('persisted state', () => {
  it('round-trips through JSON', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00') });
    sim.advance(50 * MIN);
    sim.send({ kind: 'snooze' });
    const snapshot = JSON.parse(JSON.stringify(snapshotOf(sim.state)));
    expect(parsePersisted(snapshot)).toEqual(snapshotOf(sim.state));
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'corrupt{'],
    ['an array', [1, 2, 3]],
    ['a wrong version', { version: 2, savedAtWallMs: 0, elapsedMs: 0, phase: { kind: 'offHours' }, nextReminderId: 1 }],
    ['an unknown phase', { version: 1, savedAtWallMs: 0, elapsedMs: 0, phase: { kind: 'dancing' }, nextReminderId: 1 }],
    ['NaN times', { version: 1, savedAtWallMs: 0, elapsedMs: Number.NaN, phase: { kind: 'offHours' }, nextReminderId: 1 }],
    ['extra fields', { version: 1, savedAtWallMs: 0, elapsedMs: 0, phase: { kind: 'offHours', x: 1 }, nextReminderId: 1 }],
    ['sitting since the future', { version: 1, savedAtWallMs: 0, elapsedMs: 1000, phase: { kind: 'sitting', sinceMs: 5000, notBeforeMs: null }, nextReminderId: 1 }],
    ['a 10-hour "timed" pause', { version: 1, savedAtWallMs: 0, elapsedMs: 0, phase: { kind: 'paused', pause: { kind: 'timed', untilMs: 36e6 } }, nextReminderId: 1 }],
    ['a reminder id never issued', { version: 1, savedAtWallMs: 0, elapsedMs: 0, phase: { kind: 'reminderUp', sinceMs: 0, reminderId: 9, shownAtMs: 0, snoozes: 0 }, nextReminderId: 1 }],
    ['a getter that throws', Object.defineProperty({}, 'version', { get: () => { throw new Error('boom'); }, enumerable: true })],
    // Well-formed but impossible (issue 18, item 2)
    ['a 30th of February', { ...OK, phase: { kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-02-30' } } }],
    ['a 13th month', { ...OK, phase: { kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-13-01' } } }],
    ['a next work day years ahead', { ...OK, phase: { kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2999-12-31' } } }],
    ['a routine paused until a date that does not exist', { ...OK, phase: { kind: 'routine', startedAtMs: 0, trigger: 'manual', reminderId: null, resumeTo: null, pause: { kind: 'nextWorkDay', fromDate: '2026-04-31' } } }],
    ['a timed pause that ended years ago', { ...OK, phase: { kind: 'paused', pause: { kind: 'timed', untilMs: -5e10 } } }],
    ['a negative timeline', { ...OK, elapsedMs: -1, phase: { kind: 'offHours' } }],
    ['a save time before Limber existed', { ...OK, savedAtWallMs: 1000 }],
    ['a save time in year 2200', { ...OK, savedAtWallMs: Date.UTC(2200, 0, 1) }],
    ['a sitting stretch two years old', { ...OK, phase: { kind: 'sitting', sinceMs: -2 * 365 * 864e5, notBeforeMs: null } }],
    ['a "not before" a day ahead', { ...OK, phase: { kind: 'sitting', sinceMs: 0, notBeforeMs: 864e5 } }],
    ['a snooze ending in an hour (15 min at most)', { ...OK, phase: { kind: 'snoozed', sinceMs: 0, reminderId: 1, untilMs: 36e5, snoozes: 1 } }],
    ['a snoozed reminder with no snooze used', { ...OK, phase: { kind: 'snoozed', sinceMs: 0, reminderId: 1, untilMs: 1, snoozes: 0 } }],
    ['a snooze count out of range', { ...OK, phase: { kind: 'reminderUp', sinceMs: 0, reminderId: 1, shownAtMs: 0, snoozes: 999_999 } }],
    ['reminder number 0', { ...OK, nextReminderId: 1, phase: { kind: 'reminderUp', sinceMs: 0, reminderId: 0, shownAtMs: 0, snoozes: 0 } }],
    ['a next reminder number of 0', { ...OK, nextReminderId: 0 }],
    ['a reminder shown in the future', { ...OK, phase: { kind: 'reminderUp', sinceMs: 0, reminderId: 1, shownAtMs: 10_000, snoozes: 0 } }],
    ['a routine from a reminder without one', { ...OK, phase: { kind: 'routine', startedAtMs: 0, trigger: 'reminder', reminderId: null, resumeTo: null, pause: null } }],
    ['a routine that starts in the future', { ...OK, phase: { kind: 'routine', startedAtMs: 5000, trigger: 'manual', reminderId: null, resumeTo: null, pause: null } }],
    ['a hold that began in the future', { ...OK, phase: { kind: 'sitting', sinceMs: 0, notBeforeMs: null, held: { sinceMs: 9000, spell: { kind: 'busy', signal: 'call' } } } }],
  ])('rejects %s, and the scheduler starts fresh instead of throwing', (_name, raw) => {
    expect(parsePersisted(raw)).toBeNull();
    const { state, effects } = startScheduler(clock, raw, env);
    expect(state.phase).toEqual({ kind: 'sitting', sinceMs: 42, notBeforeMs: null });
    expect(effects.some((e) => e.kind === 'persistState')).toBe(true);
  });

  it.each([
    ['a pause until the next work day', { ...OK, phase: { kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-03-31' } } }],
    ['a snoozed reminder', { ...OK, phase: { kind: 'snoozed', sinceMs: 0, reminderId: 1, untilMs: 2000 + 10 * MIN, snoozes: 1 } }],
    ['a stretch begun before the timeline (idle at the first start)', { ...OK, phase: { kind: 'sitting', sinceMs: -10 * MIN, notBeforeMs: null } }],
    ['a reminder whose stretch moved past it after a short sleep', { ...OK, phase: { kind: 'reminderUp', sinceMs: 1500, reminderId: 1, shownAtMs: 1000, snoozes: 0 } }],
  ])('accepts %s (meaningful values are not rejected)', (_name, raw) => {
    expect(parsePersisted(raw)).not.toBeNull();
    expect(startScheduler(clock, raw, env).effects.some((e) => e.kind === 'snapshotRejected')).toBe(false);
  });

  it('says once, in words, why a stored snapshot was not used; nothing stored says nothing', () => {
    const raw = { ...OK, phase: { kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-02-30' } } };
    const first = startScheduler(clock, raw, env);
    const told = first.effects.filter((e) => e.kind === 'snapshotRejected');
    expect(told).toEqual([expect.objectContaining({ problem: "the pause's date 2026-02-30 does not exist" })]);
    expect(told[0]).toMatchObject({ notice: expect.stringContaining('started afresh') });
    expect(first.state.phase.kind).toBe('sitting'); // not "Paused until the next work day" for ever
    // The fresh snapshot replaces it: the next start is quiet.
    const saved = first.effects.find((e) => e.kind === 'persistState');
    const again = startScheduler(clock, saved?.kind === 'persistState' ? JSON.parse(JSON.stringify(saved.snapshot)) : null, env);
    expect(again.effects.some((e) => e.kind === 'snapshotRejected')).toBe(false);
    expect(startScheduler(clock, undefined, env).effects.some((e) => e.kind === 'snapshotRejected')).toBe(false);
    expect(startScheduler(clock, 'corrupt{', env).effects.filter((e) => e.kind === 'snapshotRejected')).toHaveLength(1);
  });

  it('rejects a snapshot saved more than a day ahead of the clock reading it', () => {
    const raw = { ...OK, savedAtWallMs: clock.wallMs + 2 * 864e5 };
    expect(parsePersisted(raw)).not.toBeNull(); // well-formed and consistent in itself
    expect(startScheduler(clock, raw, env).effects).toContainEqual(expect.objectContaining({ kind: 'snapshotRejected', problem: 'it was saved more than a day in the future' }));
  });
});
