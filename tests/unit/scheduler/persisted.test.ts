import { describe, expect, it } from 'vitest';
import { parsePersisted, startScheduler, snapshotOf } from '../../../main/core/scheduler';
import { BERLIN, MIN, Sim, at, prefs } from './support';

const env = { prefs: prefs(), zone: BERLIN };
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
  ])('rejects %s, and the scheduler starts fresh instead of throwing', (_name, raw) => {
    expect(parsePersisted(raw)).toBeNull();
    const { state, effects } = startScheduler(clock, raw, env);
    expect(state.phase).toEqual({ kind: 'sitting', sinceMs: 42, notBeforeMs: null });
    expect(effects.some((e) => e.kind === 'persistState')).toBe(true);
  });
});
