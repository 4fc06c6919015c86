/**
 * Every rule of PRODUCT.md §2, one example at a time, through a simulated day (support.ts).
 * Times are Europe/Berlin; 2026-03-30 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { nextWakeup } from '../../../main/core/scheduler';
import { BERLIN, HOUR, MIN, SEC, Sim, at, hhmm, prefs } from './support';

const MONDAY = '2026-03-30';
const times = (sim: Sim) => sim.reminders().map((r) => hhmm(BERLIN, r.wallMs));
const closes = (sim: Sim) => sim.effects('closeReminder').map((e) => (e.effect.kind === 'closeReminder' ? e.effect.reason : ''));
const outcomes = (sim: Sim) =>
  sim.effects('recordHistory').map((e) => (e.effect.kind === 'recordHistory' ? e.effect.entry.outcome : ''));
const startAt = (local: string, p = prefs()) => new Sim({ startWallMs: at(BERLIN, `${MONDAY}T${local}`), prefs: p });

function runRoutine(sim: Sim, activeSeconds: number, result: 'completed' | 'stopped' = 'completed') {
  sim.send({ kind: 'startRoutine' });
  sim.advance(activeSeconds * SEC);
  sim.send({ kind: 'finishRoutine', result, activeSeconds });
}

describe('sitting time and fixed timing', () => {
  it('reminds after intervalMinutes of sitting, counted from arrival at work', () => {
    const sim = startAt('08:30');
    expect(sim.status()).toBe('Outside work hours — back 09:00');
    sim.advance(30 * MIN);
    expect(sim.status()).toBe('Next break in 45 min');
    sim.advance(45 * MIN);
    expect(times(sim)).toEqual(['09:45']);
    expect(sim.status()).toBe('Time to move');
  });

  it('follows the interval preference', () => {
    const sim = startAt('09:00', prefs({ intervalMinutes: 30 }));
    sim.advance(31 * MIN);
    expect(times(sim)).toEqual(['09:30']);
  });

  it('keeps one unanswered reminder up and shows no second one', () => {
    const sim = startAt('09:00');
    sim.advance(3 * HOUR);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('reports the sitting time with the reminder', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    const shown = sim.reminders()[0]!.effect;
    expect(shown.kind === 'showReminder' && shown.sittingMs).toBe(45 * MIN);
  });
});

describe('breaks', () => {
  it('a completed routine resets sitting time', () => {
    const sim = startAt('09:00');
    sim.advance(45 * MIN);
    runRoutine(sim, 150);
    expect(closes(sim)).toEqual(['started']);
    expect(outcomes(sim)).toEqual(['completed']);
    expect(sim.status()).toBe('Next break in 45 min');
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['09:45', '10:32']);
  });

  it('a routine stopped after at least 60 s of exercise is a break', () => {
    const sim = startAt('09:00');
    sim.advance(45 * MIN);
    runRoutine(sim, 60, 'stopped');
    const entry = sim.effects('recordHistory')[0]!.effect;
    expect(entry.kind === 'recordHistory' && entry.entry.routine?.countsAsBreak).toBe(true);
    expect(sim.status()).toBe('Next break in 45 min');
  });

  it('a routine stopped sooner is not a break, and brings no instant re-reminder', () => {
    const sim = startAt('09:00');
    sim.advance(45 * MIN);
    runRoutine(sim, 20, 'stopped');
    const entry = sim.effects('recordHistory')[0]!.effect;
    expect(entry.kind === 'recordHistory' && entry.entry).toMatchObject({
      outcome: 'stopped',
      routine: { countsAsBreak: false, activeSeconds: 20 },
    });
    sim.advance(9 * MIN);
    expect(times(sim)).toEqual(['09:45']);
    sim.advance(2 * MIN);
    // Sitting time carried on: the next reminder is a snooze-length after the stop.
    expect(times(sim)).toEqual(['09:45', '09:55']);
  });

  it('"Start a routine now" works while sitting and counts as a manual break', () => {
    const sim = startAt('09:00');
    sim.advance(20 * MIN);
    runRoutine(sim, 150);
    expect(outcomes(sim)).toEqual(['manual']);
    sim.advance(50 * MIN);
    expect(times(sim)).toEqual(['10:07']);
  });

  it('a natural break by idle time resets sitting time from the return', () => {
    const sim = startAt('09:00');
    sim.advance(20 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(6 * MIN);
    expect(sim.status()).toBe('On a break');
    sim.idleSinceMs = null; // back at 09:26; the 09:27 sample is the first to see it
    sim.advance(50 * MIN);
    expect(times(sim)).toEqual(['10:12']);
  });

  it('an idle stretch longer than the process has run still counts', () => {
    const sim = startAt('09:00');
    sim.restart(0); // a young process: a small monotonic clock
    sim.advance(10 * MIN);
    sim.send({ kind: 'idleSample', idleSeconds: 3 * 3600 });
    expect(sim.status()).toBe('On a break');
  });

  it('idling for less than naturalBreakMinutes is not a break', () => {
    const sim = startAt('09:00');
    sim.advance(20 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(4 * MIN + 30 * SEC);
    sim.idleSinceMs = null;
    sim.advance(30 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('catches an idle stretch that ends between two minute samples', () => {
    const sim = startAt('09:00');
    sim.advance(20 * MIN + 10 * SEC);
    sim.idleSinceMs = sim.realMs; // 09:20:10 to 09:25:40: 5½ min, never seen by a whole-minute sample
    sim.advance(5 * MIN + 30 * SEC);
    sim.idleSinceMs = null;
    sim.advance(30 * MIN);
    expect(times(sim)).toEqual([]);
  });

  it('follows the naturalBreakMinutes preference', () => {
    const sim = startAt('09:00', prefs({ naturalBreakMinutes: 10 }));
    sim.advance(20 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(7 * MIN);
    sim.idleSinceMs = null;
    sim.advance(20 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('a screen lock of naturalBreakMinutes or more is a break', () => {
    const sim = startAt('09:00');
    sim.advance(30 * MIN);
    sim.send({ kind: 'lock' });
    sim.advance(6 * MIN);
    sim.send({ kind: 'unlock' });
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['10:21']);
  });

  it('sleep of naturalBreakMinutes or more is a break', () => {
    const sim = startAt('09:00');
    sim.advance(30 * MIN);
    sim.sleep(10 * MIN);
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['10:25']);
  });

  it('a short sleep is not a break, and does not count as sitting', () => {
    for (const monoRunsInSleep of [false, true]) {
      const sim = new Sim({ startWallMs: at(BERLIN, `${MONDAY}T09:00`), monoRunsInSleep });
      sim.advance(30 * MIN);
      sim.sleep(3 * MIN);
      sim.advance(20 * MIN);
      expect(times(sim)).toEqual(['09:48']);
    }
  });

  it('idle before a sleep and the sleep form one stretch', () => {
    const sim = startAt('09:00');
    sim.advance(30 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(3 * MIN);
    sim.sleep(3 * MIN);
    sim.idleSinceMs = null;
    sim.advance(30 * MIN);
    expect(times(sim)).toEqual([]);
  });

  it('the start of a work range is a break', () => {
    const p = prefs();
    const sim = startAt(
      '11:30',
      prefs({
        workHours: {
          ...p.workHours,
          days: { ...p.workHours.days, mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }] },
        },
      }),
    );
    sim.advance(3 * HOUR);
    expect(times(sim)).toEqual(['13:45']);
  });
});

describe('flexible timing', () => {
  const flex = prefs({ timingMode: 'flexible', flexMinMinutes: 30, flexMaxMinutes: 60 });

  it('reminds at the first pause of 15 s or more after flexMin', () => {
    const sim = startAt('09:00', flex);
    expect(sim.status()).toBe('Next break in 30–60 min');
    sim.advance(34 * MIN + 40 * SEC);
    sim.idleSinceMs = sim.realMs;
    sim.advance(21 * SEC);
    expect(times(sim)).toEqual(['09:35']);
  });

  it('ignores pauses before flexMin', () => {
    const sim = startAt('09:00', flex);
    sim.advance(20 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(90 * SEC);
    sim.idleSinceMs = null;
    sim.advance(9 * MIN);
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toBe('Next break at your next pause, within 30 min');
  });

  it('reminds at flexMax at the latest', () => {
    const sim = startAt('09:00', flex);
    sim.advance(61 * MIN);
    expect(times(sim)).toEqual(['10:00']);
  });
});

describe('work hours', () => {
  it('is silent at the weekend and says when it is back', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-04-04T10:00') });
    expect(sim.status()).toBe('Outside work hours — back Mon 09:00');
    sim.advance(2 * 24 * HOUR - 30 * MIN);
    expect(times(sim)).toEqual([]);
  });

  it('with work hours off, reminds at any time', () => {
    const p = prefs();
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-04-05T03:00'), prefs: prefs({ workHours: { ...p.workHours, enabled: false } }) });
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['03:45']);
  });

  it('closes an unanswered reminder when work hours end, without recording it', () => {
    const sim = startAt('16:30');
    sim.advance(2 * HOUR);
    expect(times(sim)).toEqual(['17:15']);
    expect(closes(sim)).toEqual(['workHoursEnded']);
    expect(outcomes(sim)).toEqual([]);
    expect(sim.status()).toBe('Outside work hours — back Tue 09:00');
  });

  it('a range may end at 24:00 and the next day\'s 00:00 range continues it', () => {
    const night = [{ start: '22:00', end: '24:00' }];
    const early = [{ start: '00:00', end: '02:00' }];
    const p = prefs();
    const sim = startAt(
      '21:30',
      prefs({ workHours: { enabled: true, days: { ...p.workHours.days, mon: night, tue: early } } }),
    );
    for (let i = 0; i < 6 * 60; i++) {
      sim.advance(MIN);
      if (sim.state.phase.kind === 'reminderUp') sim.send({ kind: 'skip' });
    }
    // Without continuity, midnight would reset sitting time and move 00:15 to 00:45.
    expect(times(sim)).toEqual(['22:45', '23:30', '00:15', '01:00', '01:45']);
  });
});

describe('snooze and skip', () => {
  it('snooze brings the reminder back after snoozeMinutes and does not reset sitting time', () => {
    const sim = startAt('09:00', prefs({ snoozeMinutes: 5 }));
    sim.advance(45 * MIN);
    sim.send({ kind: 'snooze' });
    expect(sim.status()).toBe('Snoozed — next break in 5 min');
    sim.advance(6 * MIN);
    expect(times(sim)).toEqual(['09:45', '09:50']);
    const again = sim.reminders()[1]!.effect;
    expect(again.kind === 'showReminder' && again.sittingMs).toBe(50 * MIN);
    expect(outcomes(sim)).toEqual(['snoozed']);
  });

  it('allows at most snoozeLimit snoozes per reminder', () => {
    const sim = startAt('09:00', prefs({ snoozeLimit: 2 }));
    sim.advance(45 * MIN);
    sim.send({ kind: 'snooze' });
    sim.advance(10 * MIN);
    expect(sim.state.status?.canSnooze).toBe(true);
    sim.send({ kind: 'snooze' });
    sim.advance(10 * MIN);
    const last = sim.reminders().at(-1)!.effect;
    expect(last.kind === 'showReminder' && [last.canSnooze, last.snoozesLeft]).toEqual([false, 0]);
    expect(sim.state.status?.canSnooze).toBe(false);
    sim.send({ kind: 'snooze' }); // refused: only Start and Skip remain
    expect(sim.status()).toBe('Time to move');
  });

  it('snoozeLimit 0 means unlimited', () => {
    const sim = startAt('09:00', prefs({ snoozeLimit: 0, snoozeMinutes: 5 }));
    sim.advance(45 * MIN);
    for (let i = 0; i < 12; i++) {
      sim.send({ kind: 'snooze' });
      sim.advance(5 * MIN);
    }
    expect(sim.reminders()).toHaveLength(13);
    expect(outcomes(sim).filter((o) => o === 'snoozed')).toHaveLength(12);
  });

  it('skip resets sitting time and is recorded as skipped', () => {
    const sim = startAt('09:00');
    sim.advance(45 * MIN);
    sim.send({ kind: 'skip' });
    expect(closes(sim)).toEqual(['skipped']);
    expect(outcomes(sim)).toEqual(['skipped']);
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['09:45', '10:30']);
  });
});

describe('pause', () => {
  it.each([
    ['30m', '10:30', 30],
    ['1h', '11:00', 60],
    ['2h', '12:00', 120],
  ] as const)('pause %s: silent until it ends, then a fresh stretch', (choice, until, minutes) => {
    const sim = startAt('09:00');
    sim.advance(60 * MIN);
    expect(times(sim)).toEqual(['09:45']);
    sim.send({ kind: 'pause', choice });
    expect(closes(sim)).toEqual(['paused']);
    expect(sim.status()).toBe(`Paused until ${until}`);
    sim.advance(minutes * MIN);
    expect(sim.status()).toBe('Next break in 45 min');
    sim.advance(44 * MIN);
    expect(times(sim)).toEqual(['09:45']);
    sim.advance(2 * MIN);
    expect(times(sim)).toHaveLength(2);
  });

  it('until the next work day: resumes at the next day\'s first range', () => {
    const sim = startAt('10:00');
    sim.send({ kind: 'pause', choice: 'nextWorkDay' });
    expect(sim.status()).toBe('Paused until Tue 09:00');
    sim.advance(23 * HOUR);
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toBe('Next break in 45 min');
  });

  it('until the next work day, on a Friday, means Monday', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-04-03T15:00') });
    sim.send({ kind: 'pause', choice: 'nextWorkDay' });
    expect(sim.status()).toBe('Paused until Mon 09:00');
  });

  it('until resumed: no wake-ups at all, and Resume starts a fresh stretch', () => {
    const sim = startAt('09:00');
    sim.advance(40 * MIN);
    sim.send({ kind: 'pause', choice: 'untilResumed' });
    expect(sim.status()).toBe('Paused');
    expect(nextWakeup(sim.state, sim.env)).toBeNull();
    sim.advance(3 * HOUR);
    expect(sim.wakeups).toBe(40);
    sim.send({ kind: 'unpause' });
    expect(sim.status()).toBe('Next break in 45 min');
  });

  it('a routine can be started while paused and outside work hours; the pause stays', () => {
    const sim = startAt('09:00');
    sim.send({ kind: 'pause', choice: '2h' });
    runRoutine(sim, 150);
    expect(outcomes(sim)).toEqual(['manual']);
    expect(sim.status()).toBe('Paused until 11:00');

    const evening = startAt('20:00');
    runRoutine(evening, 150);
    expect(outcomes(evening)).toEqual(['manual']);
    expect(evening.status()).toBe('Outside work hours — back Tue 09:00');
  });

  it('a timed pause survives a restart', () => {
    const sim = startAt('10:00');
    sim.send({ kind: 'pause', choice: '2h' });
    sim.advance(30 * MIN);
    sim.restart(20 * MIN);
    expect(sim.status()).toBe('Paused until 12:00');
    sim.advance(60 * MIN);
    expect(sim.status()).toBe('Paused until 12:00');
    sim.advance(11 * MIN);
    expect(sim.status()).toBe('Next break in 44 min');
  });
});

describe('an unanswered reminder', () => {
  it('closes by itself on a natural break, recorded as natural', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    sim.idleSinceMs = sim.realMs - 60 * SEC;
    sim.advance(5 * MIN);
    expect(closes(sim)).toEqual(['naturalBreak']);
    expect(outcomes(sim)).toEqual(['natural']);
    expect(sim.status()).toBe('On a break');
  });

  it('closes on a long lock too', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    sim.send({ kind: 'lock' });
    sim.advance(5 * MIN);
    expect(closes(sim)).toEqual(['naturalBreak']);
    sim.advance(10 * MIN);
    sim.send({ kind: 'unlock' });
    expect(sim.status()).toBe('Next break in 45 min');
  });
});

describe('restarts', () => {
  it('sitting time survives a quick restart', () => {
    const sim = startAt('09:00');
    sim.advance(30 * MIN);
    sim.restart(1 * MIN);
    sim.advance(15 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('time away of naturalBreakMinutes or more counts as a break', () => {
    const sim = startAt('09:00');
    sim.advance(30 * MIN);
    sim.restart(10 * MIN);
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['10:25']);
  });

  it('shows again a reminder that was up at quit, as the same reminder', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    sim.restart(30 * SEC);
    const shown = sim.reminders().map((r) => r.effect);
    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatchObject({ reminderId: (shown[0] as { reminderId: number }).reminderId, again: true });
  });

  it('a reminder up at quit and a long absence: recorded natural, not shown again', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    sim.restart(20 * MIN);
    expect(sim.reminders()).toHaveLength(1);
    expect(outcomes(sim)).toEqual(['natural']);
  });

  it('a routine cut short by quitting is dropped, not recorded', () => {
    const sim = startAt('09:00');
    sim.advance(46 * MIN);
    sim.send({ kind: 'startRoutine' });
    sim.restart(30 * SEC);
    expect(outcomes(sim)).toEqual([]);
    expect(sim.state.phase.kind).toBe('sitting');
  });
});
