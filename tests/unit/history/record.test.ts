import { describe, expect, it } from 'vitest';
import { parseHistoryRecord, toHistoryRecord, type HistoryRecord } from '../../../main/core/history';
import type { HistoryEntry } from '../../../main/core/scheduler';
import { answer, routine } from '../../support/statsFixtures';
import { BERLIN, MIN, Sim, at } from '../scheduler/support';

const entry = (patch: Partial<HistoryEntry>): HistoryEntry => ({
  outcome: 'completed',
  atWallMs: Date.UTC(2026, 2, 13, 9, 30),
  reminderId: 4,
  sittingMs: 46 * MIN + 30_000,
  routine: { trigger: 'reminder', ended: 'completed', activeSeconds: 152.7, countsAsBreak: true, exerciseIds: ['cat-cow', 'thread-the-needle'] },
  ...patch,
});

describe('toHistoryRecord: from a scheduler entry to the stored record', () => {
  it('keeps the outcome, time, reminder and routine with the reported exercises, adds the offset', () => {
    const record = toHistoryRecord(entry({}), 60);
    expect(record).toEqual({
      at: Date.UTC(2026, 2, 13, 9, 30),
      offsetMinutes: 60,
      outcome: 'completed',
      reminderId: 4,
      sittingSeconds: 2790,
      routine: { trigger: 'reminder', ended: 'completed', activeSeconds: 152, countsAsBreak: true, exerciseIds: ['cat-cow', 'thread-the-needle'] },
    });
    expect(parseHistoryRecord(record)).toEqual(record);
  });

  it('a routine after a held reminder keeps how long it was held; old records without the field still load', () => {
    const record = toHistoryRecord(entry({ heldMs: 25 * MIN + 400 }), 60);
    expect(record.heldSeconds).toBe(1500);
    expect(parseHistoryRecord(record)).toEqual(record);
    const old = toHistoryRecord(entry({}), 60);
    expect('heldSeconds' in old).toBe(false);
    expect(parseHistoryRecord(old)).toEqual(old);
  });

  it('stores answers without routine details, and null sitting as null', () => {
    const record = toHistoryRecord(entry({ outcome: 'natural', sittingMs: null, routine: null }), -300);
    expect(record.routine).toBeNull();
    expect(record.sittingSeconds).toBeNull();
    expect(parseHistoryRecord(record)).toEqual(record);
  });

  it('an abandoned routine has no exercises on record, and bad numbers are clamped, not stored', () => {
    const record = toHistoryRecord(
      entry({ outcome: 'stopped', sittingMs: 30 * 3600_000, routine: { trigger: 'reminder', ended: 'abandoned', activeSeconds: Number.NaN, countsAsBreak: false, exerciseIds: [] } }),
      60,
    );
    expect(record.routine).toMatchObject({ ended: 'abandoned', activeSeconds: 0, exerciseIds: [] });
    expect(record.sittingSeconds).toBe(24 * 3600);
    expect(parseHistoryRecord(record)).toEqual(record);
  });

  it('stores what the real scheduler emits: snooze, then a routine started from the reminder', () => {
    // Drive the scheduler through a reminder, a snooze, the reminder again and a routine.
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-16T09:00') });
    sim.advance(46 * MIN);
    expect(sim.reminders()).toHaveLength(1);
    sim.send({ kind: 'snooze' });
    sim.advance(11 * MIN);
    expect(sim.reminders()).toHaveLength(2);
    sim.send({ kind: 'startRoutine' });
    sim.advance(3 * MIN);
    sim.send({ kind: 'finishRoutine', result: 'completed', activeSeconds: 148, exerciseIds: ['cat-cow'] });
    const entries = sim.effects('recordHistory').map((l) => (l.effect as { entry: HistoryEntry }).entry);
    expect(entries.map((e) => e.outcome)).toEqual(['snoozed', 'completed']);
    const records = entries.map((e) => toHistoryRecord(e, BERLIN.offsetMinutesAt(e.atWallMs)));
    for (const r of records) expect(parseHistoryRecord(r)).toEqual(r);
    expect(records[0]!.reminderId).toBe(records[1]!.reminderId);
    expect(records[1]!.sittingSeconds! / 60).toBeGreaterThanOrEqual(55); // 45 min + a 10 min snooze
    expect(records[1]!.routine).toMatchObject({ activeSeconds: 148, countsAsBreak: true, exerciseIds: ['cat-cow'] });
  });
});

describe('parseHistoryRecord: what a stored record may be', () => {
  const good: HistoryRecord[] = [routine('2026-03-13T10:00'), answer('2026-03-13T11:00', 'skipped'), routine('2026-03-13T12:00', { trigger: 'manual', sittingMinutes: null })];
  it.each(good.map((r) => [r.outcome, r]))('accepts a %s record', (_o, r) => {
    expect(parseHistoryRecord(r)).toEqual(r);
  });

  const base = routine('2026-03-13T10:00');
  const bad: [string, unknown][] = [
    ['an unknown outcome', { ...base, outcome: 'napped' }],
    ['a routine outcome without routine details', { ...base, routine: null }],
    ['an answer with routine details', { ...base, outcome: 'skipped' }],
    ['a time in 1970 (a zeroed clock)', { ...base, at: 5 }],
    ['a fractional time', { ...base, at: base.at + 0.5 }],
    ['an impossible offset', { ...base, offsetMinutes: 16 * 60 }],
    ['negative sitting', { ...base, sittingSeconds: -1 }],
    ['an hour-long routine and then some', { ...base, routine: { ...base.routine!, activeSeconds: 4000 } }],
    ['an exercise id that is not one', { ...base, routine: { ...base.routine!, exerciseIds: ['Cat Cow'] } }],
    ['an extra field', { ...base, note: 'hi' }],
    ['a negative hold', { ...base, heldSeconds: -5 }],
    ['a hold on an answer (only a routine is held, then taken)', { ...answer('2026-03-13T11:00', 'skipped'), heldSeconds: 60 }],
    ['an extra field in the routine', { ...base, routine: { ...base.routine!, mood: 'great' } }],
    ['a missing routine field', { ...base, routine: { trigger: 'reminder', ended: 'completed', activeSeconds: 10, countsAsBreak: true } }],
    ['a time that is not a number', { ...base, at: String(base.at) }],
    ['a negative reminder id', { ...base, reminderId: -1 }],
    ['countsAsBreak that is not a boolean', { ...base, routine: { ...base.routine!, countsAsBreak: 'yes' } }],
    ['exercise ids that are not a list', { ...base, routine: { ...base.routine!, exerciseIds: 'cat-cow' } }],
    ['an array', [base]],
    ['null', null],
    ['a missing field', { at: base.at, outcome: 'completed' }],
    ['not an object', 'completed'],
  ];
  it.each(bad)('rejects %s', (_what, value) => {
    expect(parseHistoryRecord(value)).toBeNull();
  });
});
