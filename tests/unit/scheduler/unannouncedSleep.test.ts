/**
 * Sleeps whose power events are lost, late or reordered (issue 18, item 1): a sleep is never
 * counted as sitting, and is a natural break when long enough, on a clock that keeps counting
 * through a sleep (Windows) and on one that stops (Linux, macOS), whichever comes first at wake:
 * the overdue timer or the events.
 */
import { describe, expect, it } from 'vitest';
import { BERLIN, MIN, SEC, Sim, at, prefs, type SleepEvents } from './support';

const CLOCKS = [
  { name: 'Windows-like (monotonic runs in sleep)', monoRunsInSleep: true },
  { name: 'Linux/macOS-like (monotonic stops)', monoRunsInSleep: false },
] as const;

const PATTERNS: readonly (readonly [string, Omit<SleepEvents, 'idleCoversSleep'>])[] = [
  ['no events at all', { suspend: 'lost', resume: 'lost', timerFirst: true }],
  ['suspend lost, timer first, then resume', { suspend: 'lost', resume: 'onTime', timerFirst: true }],
  ['suspend lost, resume first', { suspend: 'lost', resume: 'onTime', timerFirst: false }],
  ['suspend late, timer first, then suspend and resume', { suspend: 'late', resume: 'onTime', timerFirst: true }],
  ['suspend late, suspend and resume first', { suspend: 'late', resume: 'onTime', timerFirst: false }],
  ['suspend on time, timer first, resume lost', { suspend: 'onTime', resume: 'lost', timerFirst: true }],
  ['suspend on time, timer first, then resume', { suspend: 'onTime', resume: 'onTime', timerFirst: true }],
  ['both on time', { suspend: 'onTime', resume: 'onTime', timerFirst: false }],
];

/** Monday 09:00: 40 minutes of work, so a reminder is 5 minutes away when the lid closes. */
function fortyMinutesIn(monoRunsInSleep: boolean): Sim {
  const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-30T09:00'), monoRunsInSleep, prefs: prefs() });
  sim.advance(40 * MIN);
  return sim;
}

/** Minutes from `fromReal` to each reminder shown after it. */
function remindersAfter(sim: Sim, fromReal: number): number[] {
  return sim.reminders().filter((r) => r.realMs >= fromReal).map((r) => (r.realMs - fromReal) / MIN);
}

/** The Linux case with no event and the idle counter reset: no evidence of the sleep at all. */
const invisible = (clock: (typeof CLOCKS)[number], ev: SleepEvents) =>
  !clock.monoRunsInSleep && ev.suspend === 'lost' && ev.resume === 'lost' && !ev.idleCoversSleep;

describe.each(CLOCKS)('a sleep nobody announced properly, $name', (clock) => {
  for (const [name, events] of PATTERNS) {
    for (const idleCoversSleep of [false, true]) {
      const ev: SleepEvents = { ...events, idleCoversSleep };
      if (invisible(clock, ev)) continue;
      const label = `${name}${idleCoversSleep ? ', idle counter covering it' : ''}`;

      it(`${label}: a 30-minute sleep is a natural break, not 30 minutes of sitting`, () => {
        const sim = fortyMinutesIn(clock.monoRunsInSleep);
        sim.sleepWith(30 * MIN, ev);
        const woke = sim.realMs - MIN; // the timer-first orders may take up to a minute more
        sim.idleSinceMs = null;
        sim.advance(2 * HOUR_MS);
        // Without the rule: a reminder the moment the machine wakes (70 min "sitting").
        const after = remindersAfter(sim, woke);
        expect(after[0]).toBeGreaterThanOrEqual(45);
        expect(after[0]).toBeLessThanOrEqual(47);
        expect(sim.state.phase.kind === 'reminderUp' || sim.state.phase.kind === 'sitting').toBe(true);
      });

      it(`${label}: a 3-minute sleep is neither sitting nor a break`, () => {
        const sim = fortyMinutesIn(clock.monoRunsInSleep);
        sim.sleepWith(3 * MIN, ev);
        const woke = sim.realMs;
        sim.idleSinceMs = null;
        sim.advance(HOUR_MS);
        // 40 min before + 5 min after = 45 min awake; counted as sitting it would come 3 min sooner.
        const first = sim.reminders()[0]!;
        expect(first.realMs).toBeGreaterThan(woke);
        expect(first.effect).toMatchObject({ kind: 'showReminder' });
        const awake = first.realMs - at(BERLIN, '2026-03-30T09:00') - 3 * MIN;
        expect(awake).toBeGreaterThanOrEqual(45 * MIN - SEC);
      });
    }
  }
});

const HOUR_MS = 60 * MIN;

describe('what no clock and no event can show', () => {
  it('Linux/macOS-like, no events, idle reset by the wake: the sleep is unseen, and still not counted as sitting', () => {
    const sim = fortyMinutesIn(false);
    sim.sleepWith(30 * MIN, { suspend: 'lost', resume: 'lost', timerFirst: true, idleCoversSleep: false });
    sim.advance(HOUR_MS);
    // The stopped monotonic clock did not count it; the wall clock's jump alone is read as a
    // clock change (PRODUCT.md §2), so the stretch carries on: 45 minutes awake in all.
    expect((sim.reminders()[0]!.realMs - at(BERLIN, '2026-03-30T09:00') - 30 * MIN) / MIN).toBe(45);
  });

  it('a wall-clock jump with no sleep event after it stays a clock change', () => {
    const sim = fortyMinutesIn(false);
    sim.skewMs += 3 * HOUR_MS;
    sim.advance(10 * MIN);
    sim.skewMs -= 3 * HOUR_MS;
    sim.advance(HOUR_MS);
    expect(sim.reminders().map((r) => (r.realMs - at(BERLIN, '2026-03-30T09:00')) / MIN)[0]).toBe(45);
  });

  it('a resume long after a wall-clock jump does not turn the jump into a sleep', () => {
    const sim = fortyMinutesIn(false);
    sim.skewMs += 20 * MIN; // set forward, 40 min in
    sim.advance(5 * MIN);
    sim.send({ kind: 'resume' }); // a stray resume, no suspend, 5 minutes later
    sim.advance(HOUR_MS);
    expect((sim.reminders()[0]!.realMs - at(BERLIN, '2026-03-30T09:00')) / MIN).toBe(45);
  });

  it('a process frozen for 20 minutes with the screen on counts as away, not as sitting', () => {
    const sim = fortyMinutesIn(true);
    // Nothing runs: the clocks move, the timer does not fire.
    sim.monoMs += 20 * MIN;
    sim.realMs += 20 * MIN;
    sim.fire();
    expect(sim.reminders()).toHaveLength(0);
    expect(sim.status()).toBe('Next break in 45 min');
  });
});
