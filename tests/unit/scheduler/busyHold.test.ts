/**
 * Busy — hold, don't interrupt (PRODUCT.md §2): each rule by example, through the simulated
 * day of support.ts, whose detectors answer a `checkBusy` at once with `sim.busy`.
 * Times are Europe/Berlin; 2026-03-30 is a Monday. Default preferences: a reminder every 45 min.
 */
import { describe, expect, it } from 'vitest';
import type { BusySignal } from '../../../common/busy';
import { nextWakeup, parsePersisted, type SchedulerEffect } from '../../../main/core/scheduler';
import { BERLIN, HOUR, MIN, SEC, Sim, at, hhmm, prefs } from './support';

const MONDAY = '2026-03-30';
const startAt = (local: string, p = prefs()) => new Sim({ startWallMs: at(BERLIN, `${MONDAY}T${local}`), prefs: p });
const shows = (sim: Sim) => sim.reminders().map((r) => r.effect as Extract<SchedulerEffect, { kind: 'showReminder' }>);
const times = (sim: Sim) => sim.reminders().map((r) => hhmm(BERLIN, r.wallMs));
const busyWith = (signal: BusySignal, detail = 'busy') => [{ signal, detail }];
const outcomes = (sim: Sim) =>
  sim.effects('recordHistory').map((e) => (e.effect.kind === 'recordHistory' ? e.effect.entry.outcome : ''));

/** 09:00 arrival; a call from 09:40 until `callEnds` (local "HH:MM:SS" offsets in minutes). */
function callThrough(minutesAfterNine: number, p = prefs()): Sim {
  const sim = startAt('09:00', p);
  sim.advance(40 * MIN);
  sim.busy = busyWith('call', 'microphone in use');
  sim.advance((minutesAfterNine - 40) * MIN);
  sim.busy = [];
  return sim;
}

describe('while busy, a due reminder is held', () => {
  it('is not shown, asks the detectors, and says why in the tray', () => {
    const sim = callThrough(70);
    // 09:45 due, in the call until 10:10: nothing shown yet.
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toBe("Holding your break — you're in a call");
    expect(sim.state.phase).toMatchObject({ kind: 'sitting', held: { spell: { kind: 'busy', signal: 'call' } } });
  });

  it('is not dropped and uses no snooze: it comes after the call with all snoozes left and the full sitting time', () => {
    const sim = callThrough(70);
    sim.advance(3 * MIN);
    expect(shows(sim)).toHaveLength(1);
    const shown = shows(sim)[0]!;
    expect(shown).toMatchObject({ reminderId: 1, snoozesLeft: 3, canSnooze: true, quiet: false });
    // Sitting time kept counting through the hold: 09:00 → the moment it showed.
    expect(shown.sittingMs).toBe(sim.reminders()[0]!.realMs - at(BERLIN, `${MONDAY}T09:00`));
    expect(shown.heldMs).toBeGreaterThanOrEqual(25 * MIN);
    expect(outcomes(sim)).toEqual([]); // no 'snoozed' record
  });

  it('comes after a minute of grace once the call ends, not at once and not later than grace + one check', () => {
    const sim = callThrough(70);
    const ended = sim.realMs;
    sim.advance(5 * MIN);
    const shownAt = sim.reminders()[0]!.realMs;
    expect(shownAt - ended).toBeGreaterThanOrEqual(1 * MIN); // the grace
    expect(shownAt - ended).toBeLessThanOrEqual(2 * MIN); // grace + one minute between checks
  });

  it('a call that resumes within the grace holds it again', () => {
    const sim = callThrough(70);
    sim.advance(61 * SEC); // the next check sees the call ended: grace until a minute later
    expect(sim.status()).toBe('Holding your break — it comes in a minute');
    sim.busy = busyWith('fullScreen', 'slides');
    sim.advance(10 * MIN);
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toBe('Holding your break — something is full screen');
  });

  it('is resolved by a natural break during the spell: nothing shown after it', () => {
    const sim = callThrough(50);
    sim.busy = busyWith('call');
    sim.send({ kind: 'lock', idleSeconds: 0 });
    sim.advance(10 * MIN);
    sim.send({ kind: 'unlock' });
    sim.busy = [];
    sim.advance(30 * MIN);
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toMatch(/^Next break in 1[45] min$/);
  });

  it('idle during a call is not a natural break (listening is still sitting)', () => {
    const sim = startAt('09:00');
    sim.advance(44 * MIN);
    sim.busy = busyWith('call');
    sim.advance(2 * MIN); // held at 09:45
    sim.idleSinceMs = sim.realMs;
    sim.advance(30 * MIN); // half an hour of listening, hands off the keyboard
    sim.idleSinceMs = null;
    sim.busy = [];
    sim.advance(3 * MIN);
    expect(times(sim)).toHaveLength(1);
    expect(outcomes(sim)).toEqual([]);
  });

  it('held past the limit, it is offered once as a quiet notification, still during the spell', () => {
    const sim = startAt('09:00', prefs({ holdLimitMinutes: 30 }));
    sim.advance(44 * MIN);
    sim.busy = busyWith('focusMode', 'Do Not Disturb');
    sim.advance(40 * MIN);
    expect(shows(sim)).toHaveLength(1);
    const shown = shows(sim)[0]!;
    expect(shown.quiet).toBe(true);
    expect(shown.heldMs).toBeGreaterThanOrEqual(30 * MIN);
    expect(shown.heldMs).toBeLessThanOrEqual(31 * MIN);
    sim.advance(2 * HOUR);
    expect(shows(sim)).toHaveLength(1); // not again and again
  });

  it('a snoozed reminder returning into a call is held too', () => {
    const sim = startAt('09:00');
    sim.advance(45 * MIN);
    sim.send({ kind: 'snooze' });
    sim.busy = busyWith('listedApp', 'Zoom is running');
    sim.advance(20 * MIN);
    expect(shows(sim)).toHaveLength(1);
    expect(sim.status()).toBe('Holding your break — an app you listed is running');
    sim.busy = [];
    sim.advance(3 * MIN);
    expect(shows(sim).map((s) => [s.reminderId, s.snoozesLeft])).toEqual([
      [1, 3],
      [1, 2],
    ]);
  });

  it('a break held and then taken is on record with how long it was held', () => {
    const sim = callThrough(70);
    sim.advance(3 * MIN);
    sim.send({ kind: 'startRoutine' });
    sim.advance(150 * SEC);
    sim.send({ kind: 'finishRoutine', result: 'completed', activeSeconds: 150 });
    const entry = sim.effects('recordHistory')[0]!.effect;
    expect(entry.kind === 'recordHistory' && entry.entry.outcome).toBe('completed');
    expect(entry.kind === 'recordHistory' && entry.entry.heldMs).toBeGreaterThanOrEqual(25 * MIN);
  });

  it('a routine started from the tray while held counts as the held break taken', () => {
    const sim = callThrough(60);
    sim.busy = busyWith('call');
    sim.send({ kind: 'startRoutine' });
    sim.send({ kind: 'finishRoutine', result: 'completed', activeSeconds: 150 });
    const entry = sim.effects('recordHistory')[0]!.effect;
    expect(entry.kind === 'recordHistory' && entry.entry.heldMs).toBeGreaterThan(0);
  });

  it('survives a restart: held again at start, and shown after the grace once free', () => {
    const sim = callThrough(60);
    sim.busy = busyWith('call');
    sim.restart(1 * MIN);
    expect(sim.status()).toBe("Holding your break — you're in a call");
    const checksBefore = sim.busyChecks;
    sim.advance(10 * MIN);
    expect(sim.busyChecks - checksBefore).toBeGreaterThanOrEqual(9);
    expect(times(sim)).toEqual([]);
    sim.busy = [];
    sim.advance(3 * MIN);
    expect(shows(sim)).toHaveLength(1);
    expect(shows(sim)[0]!.again).toBe(false);
  });
});

describe('what detection costs', () => {
  it('asks only when a reminder is due: once per reminder when free, never off hours or paused', () => {
    const sim = startAt('08:00');
    sim.advance(45 * MIN + 60 * MIN); // off hours, then sitting until 09:45
    expect(sim.busyChecks).toBe(1);
    sim.send({ kind: 'skip' });
    sim.send({ kind: 'pause', choice: '2h' });
    sim.advance(2 * HOUR - MIN);
    expect(sim.busyChecks).toBe(1);
  });

  it('asks at most once a minute while held, and wakes no more than that', () => {
    const sim = startAt('09:00');
    sim.advance(44 * MIN);
    sim.busy = busyWith('call');
    sim.advance(2 * MIN);
    const [checks, wakeups] = [sim.busyChecks, sim.wakeups];
    sim.advance(1 * HOUR);
    expect(sim.busyChecks - checks).toBeLessThanOrEqual(60);
    expect(sim.busyChecks - checks).toBeGreaterThanOrEqual(59);
    expect(sim.wakeups - wakeups).toBeLessThanOrEqual(61);
  });

  it('asks nothing while the screen is locked, and again on unlock', () => {
    const sim = callThrough(50);
    sim.busy = busyWith('call');
    sim.send({ kind: 'lock', idleSeconds: 0 });
    const checks = sim.busyChecks;
    sim.advance(3 * MIN);
    expect(sim.busyChecks).toBe(checks);
    sim.send({ kind: 'unlock' });
    expect(sim.busyChecks).toBe(checks + 1);
  });

  it('with every signal switched off, shows without asking', () => {
    const off = { focusMode: false, fullScreen: false, call: false, listedApp: false };
    const sim = startAt('09:00', prefs({ busySignals: off }));
    sim.busy = busyWith('call');
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['09:45']);
    expect(sim.busyChecks).toBe(0);
  });

  it('a signal switched off does not hold, even if a detector says busy', () => {
    const sim = startAt('09:00', prefs({ busySignals: { focusMode: true, fullScreen: true, call: false, listedApp: true } }));
    sim.busy = busyWith('call');
    sim.advance(46 * MIN);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('a lost answer does not silence Limber: after 30 s it counts as "not busy"', () => {
    const sim = startAt('09:00');
    sim.answerBusy = false;
    sim.advance(45 * MIN);
    expect(times(sim)).toEqual([]);
    expect(nextWakeup(sim.state, sim.env)?.reason).toBe('busyCheck');
    sim.advance(31 * SEC);
    expect(times(sim)).toEqual(['09:45']);
  });

  it('an answer nobody asked for changes nothing', () => {
    const sim = startAt('09:00');
    sim.advance(20 * MIN);
    sim.send({ kind: 'busyReading', reading: { busy: [], failed: [] } });
    sim.send({ kind: 'busyReading', reading: { busy: busyWith('call'), failed: [] } });
    expect(times(sim)).toEqual([]);
    expect(sim.status()).toBe('Next break in 25 min');
  });

  it('flexible mode: the check at a pause in activity, answered free, shows at once', () => {
    const sim = startAt('09:00', prefs({ timingMode: 'flexible', flexMinMinutes: 30, flexMaxMinutes: 60 }));
    sim.advance(35 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(1 * MIN); // the minute's sample sees the pause: that is the moment
    expect(sim.busyChecks).toBe(1);
    expect(times(sim)).toEqual(['09:36']);
  });
});

describe('a routine playing is never interrupted', () => {
  it('no ask and no reminder while a routine plays, however long the sitting stretch before it', () => {
    const sim = startAt('09:00');
    sim.advance(44 * MIN);
    sim.send({ kind: 'startRoutine' });
    sim.advance(20 * MIN);
    expect(sim.busyChecks).toBe(0);
    expect(times(sim)).toEqual([]);
  });
});

describe('the persisted hold', () => {
  const base = { version: 1, savedAtWallMs: Date.UTC(2026, 2, 30, 9), elapsedMs: 10 * HOUR, nextReminderId: 3 } as const;
  const sitting = (held: unknown) => ({ ...base, phase: { kind: 'sitting', sinceMs: 9 * HOUR, notBeforeMs: null, held } });

  it('keeps a hold through the snapshot, and refuses an impossible one', () => {
    expect(parsePersisted(sitting({ sinceMs: 9.8 * HOUR, spell: { kind: 'busy', signal: 'call' } }))).not.toBeNull();
    expect(parsePersisted(sitting({ sinceMs: 9.8 * HOUR, spell: { kind: 'grace', untilMs: 10 * HOUR + 30 * SEC } }))).not.toBeNull();
    // A grace an hour long, a hold that begins in the future, a signal that does not exist.
    expect(parsePersisted(sitting({ sinceMs: 9.8 * HOUR, spell: { kind: 'grace', untilMs: 11 * HOUR } }))).toBeNull();
    expect(parsePersisted(sitting({ sinceMs: 11 * HOUR, spell: { kind: 'busy', signal: 'call' } }))).toBeNull();
    expect(parsePersisted(sitting({ sinceMs: 9.8 * HOUR, spell: { kind: 'busy', signal: 'telepathy' } }))).toBeNull();
  });
});
