/**
 * A working week (8 breaks a day × 5 days, every routine completed) through the app's planning
 * path, at the defaults and for a seated-only user, at each length. The figures are the ones
 * issue 14 asks about; the thresholds are what the catalog allows today (the measured values
 * are in the test names and in docs/decisions/0048-fit-is-a-promise.md).
 */
import { describe, expect, it } from 'vitest';
import { simulateWeek } from '../../support/weekSimulation';

// Measured on the catalog of 2b0feda (after issue 14's new exercises):
//   defaults  120 s: 22 distinct, most-used 12, hip 60 %, thoracic 87.5 %, repeats 0
//             150 s: 28 distinct, most-used 10, hip 70 %, thoracic 85 %,   repeats 0
//             180 s: 28 distinct, most-used 9,  hip 80 %, thoracic 85 %,   repeats 0
//   seated    120 s: 8 distinct, repeats 39/40 (chair-back extension is the only seated upper-back move short enough)
//             150 s: 11 distinct, repeats 28/40; 180 s: 11 distinct, repeats 36/40 (three seated upper-back restore moves)
// The thresholds sit a little under (over, for repeats and most-used) these, so a small catalog change does not fail them.
describe('a week of breaks at the defaults (seated + standing, no equipment)', () => {
  it.each([
    [120, { distinct: 21, mostUses: 12, hip: 0.55, thoracic: 0.85 }],
    [150, { distinct: 27, mostUses: 10, hip: 0.65, thoracic: 0.8 }],
    [180, { distinct: 27, mostUses: 10, hip: 0.75, thoracic: 0.8 }],
  ] as const)('%i s: no bent rule, no repeat from the last two, and at least %o', (routineLengthSeconds, min) => {
    const week = simulateWeek({ routineLengthSeconds });
    expect(week.routines).toBe(40);
    expect(week.withNotes).toBe(0);
    expect(week.allInAllowedPositions).toBe(true);
    expect(week.repeatsFromLastTwo).toBe(0);
    expect(week.distinct).toBeGreaterThanOrEqual(min.distinct);
    expect(week.mostUses).toBeLessThanOrEqual(min.mostUses);
    expect(week.hipTargetShare).toBeGreaterThanOrEqual(min.hip);
    expect(week.thoracicTargetShare).toBeGreaterThanOrEqual(min.thoracic);
  });
});

describe('a week of breaks for a seated-only user (repeats the catalog cannot avoid; the sweep checks each is unavoidable)', () => {
  it.each([
    [120, { distinct: 8, repeats: 39, hip: 0.65, thoracic: 0.95 }],
    [150, { distinct: 11, repeats: 30, hip: 0.7, thoracic: 0.9 }],
    [180, { distinct: 11, repeats: 37, hip: 0.75, thoracic: 0.85 }],
  ] as const)('%i s: %o', (routineLengthSeconds, limit) => {
    const week = simulateWeek({ routineLengthSeconds, positions: ['seated'] });
    expect(week.allInAllowedPositions).toBe(true);
    expect(week.distinct).toBeGreaterThanOrEqual(limit.distinct);
    expect(week.repeatsFromLastTwo).toBeLessThanOrEqual(limit.repeats);
    expect(week.hipTargetShare).toBeGreaterThanOrEqual(limit.hip);
    expect(week.thoracicTargetShare).toBeGreaterThanOrEqual(limit.thoracic);
  });
});
