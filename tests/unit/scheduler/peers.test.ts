/**
 * The failures other break apps are known for (tracker issue 3), each pinned by an example.
 */
import { describe, expect, it } from 'vitest';
import { nextWakeup } from '../../../main/core/scheduler';
import { BERLIN, HOUR, MIN, SEC, Sim, at, hhmm, prefs } from './support';

const times = (sim: Sim) => sim.reminders().map((r) => hhmm(BERLIN, r.wallMs));
const longDay = () => {
  const p = prefs();
  const day = [{ start: '08:00', end: '20:00' }];
  return prefs({ workHours: { ...p.workHours, days: { ...p.workHours.days, mon: day, tue: day } } });
};

describe('a 5-second screen lock', () => {
  it('does not reset sitting time', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00') });
    sim.advance(30 * MIN);
    sim.send({ kind: 'lock' });
    sim.advance(5 * SEC);
    sim.send({ kind: 'unlock' });
    expect(sim.status()).toBe('Next break in 15 min');
    sim.advance(16 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('many short locks in a row do not add up to a break either', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00') });
    for (let i = 0; i < 40; i++) {
      sim.advance(40 * SEC);
      sim.send({ kind: 'lock' });
      sim.advance(20 * SEC);
      sim.send({ kind: 'unlock' });
    }
    sim.advance(6 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });
});

describe('an 8-hour sleep', () => {
  for (const monoRunsInSleep of [false, true]) {
    for (const before of ['reminderUp', 'snoozed', 'overdue'] as const) {
      it(`leaves no stale due state and fires no burst (${before}, monotonic clock ${monoRunsInSleep ? 'runs' : 'stops'} in sleep)`, () => {
        const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T08:00'), prefs: longDay(), monoRunsInSleep });
        sim.advance(46 * MIN); // reminder up since 08:45
        if (before === 'snoozed') sim.send({ kind: 'snooze' });
        if (before === 'overdue') {
          // Due but not shown: the screen was locked when it fell due.
          sim.send({ kind: 'skip' });
          sim.advance(40 * MIN);
          sim.send({ kind: 'lock' });
          sim.advance(4 * MIN + 50 * SEC);
        }
        const shownBefore = sim.reminders().length;
        sim.sleep(8 * HOUR);
        if (before === 'overdue') sim.send({ kind: 'unlock' });
        expect(sim.status()).toBe('Next break in 45 min');
        sim.advance(44 * MIN);
        expect(sim.reminders()).toHaveLength(shownBefore);
        sim.advance(2 * MIN);
        expect(sim.reminders()).toHaveLength(shownBefore + 1);
      });
    }
  }

  it('is noticed even when the suspend event was lost', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T08:00'), prefs: longDay() });
    sim.advance(46 * MIN);
    sim.asleep = true; // no 'suspend' input
    sim.realMs += 8 * HOUR;
    sim.asleep = false;
    sim.send({ kind: 'resume' });
    expect(sim.status()).toBe('Next break in 45 min');
    expect(sim.effects('recordHistory').map((e) => e.effect.kind === 'recordHistory' && e.effect.entry.outcome)).toEqual(['natural']);
  });

  it('an overnight sleep wakes to "outside work hours" and arrives fresh at 09:00', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T17:00') });
    sim.advance(20 * MIN);
    sim.sleep(15 * HOUR + 10 * MIN); // wakes Tuesday 08:30
    expect(sim.status()).toBe('Outside work hours — back 09:00');
    sim.advance(76 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });
});

describe('setting the system clock', () => {
  for (const jump of [HOUR, -HOUR]) {
    it(`by ${jump > 0 ? '+' : '-'}1 h does not change when the next reminder comes`, () => {
      const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T11:00') });
      sim.advance(20 * MIN);
      const before = nextWakeup(sim.state, sim.env)!;
      sim.skewMs += jump;
      sim.send({ kind: 'tick' });
      const after = nextWakeup(sim.state, sim.env)!;
      expect(after.atMonoMs).toBe(before.atMonoMs);
      expect(sim.status()).toBe('Next break in 25 min');
      sim.advance(26 * MIN);
      expect(sim.reminders().map((r) => r.realMs - at(BERLIN, '2026-03-30T11:00'))).toEqual([45 * MIN]);
    });
  }

  it('a timed pause lasts its real length whatever the clock says', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T10:00') });
    sim.send({ kind: 'pause', choice: '1h' });
    sim.advance(10 * MIN);
    sim.skewMs -= HOUR;
    sim.send({ kind: 'tick' });
    expect(sim.status()).toBe('Paused until 10:00'); // the clock now reads 09:10
    sim.advance(49 * MIN);
    expect(sim.state.phase.kind).toBe('paused');
    sim.advance(2 * MIN);
    expect(sim.state.phase.kind).toBe('sitting');
  });
});

describe('DST nights in Europe/Berlin', () => {
  const nightShift = () => {
    const p = prefs();
    return prefs({
      workHours: {
        enabled: true,
        days: { ...p.workHours.days, sat: [{ start: '22:00', end: '24:00' }], sun: [{ start: '00:00', end: '06:00' }] },
      },
    });
  };

  it.each([
    ['spring forward, 2026-03-29', '2026-03-28', 7],
    ['fall back, 2026-10-25', '2026-10-24', 9],
  ] as const)('%s: reminders every 45 real minutes, and the shift ends at 06:00 local', (_name, saturday, realHours) => {
    const sim = new Sim({ startWallMs: at(BERLIN, `${saturday}T21:50`), prefs: nightShift() });
    for (let i = 0; i < 12 * 60; i++) {
      sim.advance(MIN);
      if (sim.state.phase.kind === 'reminderUp') sim.send({ kind: 'skip' });
    }
    const shown = sim.reminders().map((r) => r.realMs);
    const gaps = shown.slice(1).map((t, i) => t - shown[i]!);
    expect(gaps.every((g) => g === 45 * MIN)).toBe(true);
    const start = at(BERLIN, `${saturday}T22:00`);
    // A reminder falling due exactly as the shift ends is not shown.
    expect(shown.length).toBe(Math.ceil((realHours * HOUR) / (45 * MIN)) - 1);
    expect(shown.at(-1)! - start).toBeLessThan(realHours * HOUR);
    expect(sim.status()).toMatch(/^Outside work hours/);
    const lastTransition = sim.effects('publishStatus').find((e) => e.effect.kind === 'publishStatus' && e.effect.status.phase === 'offHours' && e.realMs > start);
    expect(hhmm(BERLIN, lastTransition!.wallMs)).toBe('06:00');
    expect(lastTransition!.realMs - start).toBe(realHours * HOUR);
  });

  it('arrives at 09:00 local on the Monday after the switch', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-28T12:00') });
    expect(sim.status()).toBe('Outside work hours — back Mon 09:00');
    sim.advance(at(BERLIN, '2026-03-30T09:50') - at(BERLIN, '2026-03-28T12:00'));
    expect(times(sim)).toEqual(['09:45']);
    expect(sim.wakeups).toBeLessThan(2 * 46 + 55); // hourly re-checks over the weekend, then minute ticks
  });
});

describe('a work range 22:00–24:00 followed by 00:00–02:00', () => {
  it('is one continuous span: no "outside work hours" at midnight', () => {
    const p = prefs();
    const sim = new Sim({
      startWallMs: at(BERLIN, '2026-03-30T21:59'),
      prefs: prefs({
        workHours: {
          enabled: true,
          days: { ...p.workHours.days, mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '02:00' }] },
        },
      }),
    });
    const phases: string[] = [];
    sim.onStep = (s) => phases.push(s.state.phase.kind);
    sim.advance(4 * HOUR + 5 * MIN);
    const firstOff = phases.indexOf('offHours');
    expect(phases.slice(0, firstOff).every((p) => p !== 'offHours')).toBe(true);
    expect(times(sim)).toEqual(['22:45']);
    expect(sim.effects('closeReminder').map((e) => hhmm(BERLIN, e.wallMs))).toEqual(['02:00']);
  });
});
