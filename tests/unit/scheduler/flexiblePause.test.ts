/**
 * Flexible mode's "pause" (docs/decisions/0025-flexible-pause-is-what-a-minute-sees.md): the
 * reminder comes at the first once-a-minute idle sample inside the window that finds the user
 * idle for 15 s or more, else at flexMax. A pause of P seconds (15 ≤ P ≤ 75) is therefore seen
 * when a sample falls in its last P − 15 seconds: about (P − 15) / 60 of the time (1 in 12 at
 * 20 s, 3 in 4 at 60 s, the figures), and every time from 75 s.
 */
import { describe, expect, it } from 'vitest';
import { BERLIN, MIN, SEC, Sim, at, prefs } from './support';

const START = at(BERLIN, '2026-03-30T09:00');
const FLEX = prefs({ timingMode: 'flexible', flexMinMinutes: 30, flexMaxMinutes: 60 });

/** One pause of `pauseSeconds` starting `offsetSeconds` after 09:40; when the reminder came (min after 09:00). */
function remindedAt(pauseSeconds: number, offsetSeconds: number): number {
  const sim = new Sim({ startWallMs: START, prefs: FLEX });
  sim.advance(40 * MIN + offsetSeconds * SEC);
  sim.idleSinceMs = sim.realMs;
  sim.advance(pauseSeconds * SEC);
  sim.idleSinceMs = null;
  sim.advance(30 * MIN);
  return (sim.reminders()[0]!.realMs - START) / MIN;
}

/** Of the 60 one-second phases of a pause against the minute's samples, how many are seen. */
function phasesSeen(pauseSeconds: number): number {
  let seen = 0;
  for (let offset = 0; offset < 60; offset++) if (remindedAt(pauseSeconds, offset) < 60) seen++;
  return seen;
}

describe('flexible mode: a pause is what the minute’s idle sample sees', () => {
  it.each([
    [14, 0],
    [15, 1],
    [20, 6],
    [60, 46],
    [75, 60],
    [90, 60],
  ])('a %i-second pause in the window is seen at %i of 60 phases', (pauseSeconds, expected) => {
    // Integer phases: a sample at the pause's start + 15 s reads exactly 15 s (a pause, ≥ 15 s).
    expect(phasesSeen(pauseSeconds)).toBe(expected);
  });

  it('a seen pause reminds at that sample; none seen, at flexMax', () => {
    expect(remindedAt(30, 30)).toBe(41); // idle since 09:40:30, sample at 09:41 reads 30 s
    expect(remindedAt(10, 30)).toBe(60);
  });

  it('a pause before flexMin is not the moment', () => {
    const sim = new Sim({ startWallMs: START, prefs: FLEX });
    sim.advance(20 * MIN);
    sim.idleSinceMs = sim.realMs;
    sim.advance(90 * SEC);
    sim.idleSinceMs = null;
    sim.advance(50 * MIN);
    expect((sim.reminders()[0]!.realMs - START) / MIN).toBe(60); // too early to be the moment, too short to be a break
  });
});
