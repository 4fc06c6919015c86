import { describe, expect, it } from 'vitest';
import { describeStatus, planDay } from '../../../main/core/scheduler';
import { BERLIN, MIN, Sim, at, prefs } from './support';

const plan = (sim: Sim) => planDay(sim.state, sim.env).map((p) => p.localTime);

describe('planDay', () => {
  it('lists the rest of the day, taking each reminder with a routine', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T13:00') });
    sim.advance(30 * MIN);
    // Sitting since 13:00 (arrival in the test is app start inside work hours).
    expect(plan(sim)).toEqual(['13:45', '14:32', '15:20', '16:07', '16:55']);
  });

  it('does not change the state it plans from', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T13:00') });
    const before = JSON.stringify(sim.state);
    plan(sim);
    expect(JSON.stringify(sim.state)).toBe(before);
  });

  it('assumes a reminder already up is taken now', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T15:00') });
    sim.advance(50 * MIN); // up since 15:45; taken at 15:50, over at 15:52:30
    expect(plan(sim)).toEqual(['16:37', '17:25']);
  });

  it('flexible mode: at flexMax, the latest moment', () => {
    const sim = new Sim({
      startWallMs: at(BERLIN, '2026-03-30T15:00'),
      prefs: prefs({ timingMode: 'flexible', flexMinMinutes: 30, flexMaxMinutes: 50, routineLengthSeconds: 120 }),
    });
    expect(plan(sim)).toEqual(['15:50', '16:42']);
  });

  it('leaves out a pause and what lies after the local day', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T14:00') });
    sim.send({ kind: 'pause', choice: '2h' });
    expect(plan(sim)).toEqual(['16:45']);
    sim.send({ kind: 'pause', choice: 'nextWorkDay' });
    expect(plan(sim)).toEqual([]);
  });

  it('is empty outside work hours for the rest of the day', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T18:00') });
    expect(plan(sim)).toEqual([]);
  });

  it('plans through a DST switch in local time', () => {
    const p = prefs();
    const sim = new Sim({
      startWallMs: at(BERLIN, '2026-03-29T00:30'),
      prefs: prefs({ workHours: { ...p.workHours, days: { ...p.workHours.days, sun: [{ start: '00:00', end: '05:00' }] } } }),
    });
    // 00:30 + 45 min, then every 47½ min of real time; 02:00 becomes 03:00 in between.
    expect(plan(sim)).toEqual(['01:15', '03:02', '03:50', '04:37']);
  });
});

describe('status text', () => {
  it('reads like PRODUCT.md §1', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00') });
    sim.advance(22 * MIN);
    expect(sim.status()).toBe('Next break in 23 min');
    sim.send({ kind: 'pause', choice: '2h' });
    expect(sim.status()).toBe('Paused until 11:22');
    const friday = new Sim({ startWallMs: at(BERLIN, '2026-04-03T18:00') });
    expect(friday.status()).toBe('Outside work hours — back Mon 09:00');
  });

  it('says when snooze is still offered', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00'), prefs: prefs({ snoozeLimit: 1 }) });
    sim.advance(45 * MIN);
    expect(describeStatus(sim.state, sim.env)).toMatchObject({ text: 'Time to move', reminderUp: true, canSnooze: true });
    sim.send({ kind: 'snooze' });
    sim.advance(10 * MIN);
    expect(describeStatus(sim.state, sim.env)).toMatchObject({ reminderUp: true, canSnooze: false });
  });

  it('a routine, a pause until resumed, and a pause that crosses midnight', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00') });
    sim.send({ kind: 'startRoutine' });
    expect(sim.status()).toBe('Routine in progress');
    sim.send({ kind: 'finishRoutine', result: 'completed', activeSeconds: 150 });
    sim.send({ kind: 'pause', choice: 'untilResumed' });
    expect(sim.status()).toBe('Paused');
    const late = new Sim({ startWallMs: at(BERLIN, '2026-03-30T23:30'), prefs: prefs({ workHours: { ...prefs().workHours, enabled: false } }) });
    late.send({ kind: 'pause', choice: '1h' });
    expect(late.status()).toBe('Paused until Tue 00:30');
  });
});
