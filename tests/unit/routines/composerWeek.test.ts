/**
 * A working week (8 breaks a day × 5 days, every routine completed) through the app's planning
 * path, at the defaults and for a seated-only user, at each length. The figures are the ones
 * issue 14 asks about; the thresholds are what the catalog allows today (the measured values
 * are in the test names and in docs/decisions/0048-fit-is-a-promise.md).
 */
import { describe, expect, it } from 'vitest';
import { ASSUMED_EQUIPMENT } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';
import { reachesHipTarget } from '../../../main/core/routines/sittingTargets';
import { simulateWeek } from '../../support/weekSimulation';

// Measured on the catalog after the seated knee sways and the seated bird-dog (docs/decisions/0074);
// after the seated upper-back extension and the alternating rotation (0073) in brackets:
//   defaults  120 s: 25 distinct (24), most-used 9 (10), hip 60 % (62.5), thoracic 100 % (95), repeats 0
//             150 s: 31 distinct (29), most-used 8 (8),  hip 70 % (70),   thoracic 95 % (90),  repeats 0
//             180 s: 31 distinct (29), most-used 9 (9),  hip 82.5 % (82.5), thoracic 92.5 % (92.5), repeats 0
//   seated    120 s: 12 distinct (10), repeats 0 (31: all in the reset and rebuild, which held only two
//                    moves a phase short enough for 2 minutes)
//             150 s: 14 distinct (12), repeats 0 (0); 180 s: 14 distinct (12), repeats 0 (0)
//             thoracic 100 % at every length; hip 67.5 %, the no-repeat ceiling (see below)
// The thresholds sit a little under (over, for most-used) these, so a small catalog change does not fail
// them; repeats, where the week has none, must stay at none.
describe('a week of breaks at the defaults (seated + standing, no equipment)', () => {
  it.each([
    [120, { distinct: 24, mostUses: 10, hip: 0.6, thoracic: 0.95 }],
    [150, { distinct: 30, mostUses: 9, hip: 0.65, thoracic: 0.9 }],
    [180, { distinct: 30, mostUses: 10, hip: 0.75, thoracic: 0.9 }],
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

/**
 * Seated hip targets a no-equipment user can do (the figure-four and the seated hip-flexor stretch).
 * With none of them allowed back within two routines, at most `k` of any three routines in a row
 * can hold one: the hip share of a week without repeats is capped at k / 3.
 */
const seatedHipTargets = CATALOG.filter(
  (ex) => ex.positions.includes('seated') && ex.equipment.every((e) => ASSUMED_EQUIPMENT.includes(e)) && reachesHipTarget(ex),
).length;
const noRepeatHipCeiling = Math.min(1, seatedHipTargets / 3);
// At every length the week repeats nothing, so its hip share can be no more than that ceiling, and the
// composer must reach it. The older 70–75 % floors were only reachable by repeating a hip stretch
// from the last two routines (28 and 36 repeats of 40), which the composer rightly prices above
// any target. Mutations caught (the repeats: 0): seated-thoracic-rotation back to one side at a time,
// reps(5, 4, 4, 8), 37 s at the least (150 and 180 s); without seated-knee-sways (25 repeats at 120 s)
// or without seated-bird-dog (27), or the sways at 6 s a rep, reps(5, 6, 4, 6) (1 at 120 s).

describe('a week of breaks for a seated-only user (repeats the catalog cannot avoid; the sweep checks each is unavoidable)', () => {
  it.each([
    [120, { distinct: 12, repeats: 0, hip: noRepeatHipCeiling - 0.025, thoracic: 0.95 }],
    [150, { distinct: 14, repeats: 0, hip: noRepeatHipCeiling - 0.025, thoracic: 0.95 }],
    [180, { distinct: 14, repeats: 0, hip: noRepeatHipCeiling - 0.025, thoracic: 0.95 }],
  ] as const)('%i s: %o', (routineLengthSeconds, limit) => {
    const week = simulateWeek({ routineLengthSeconds, positions: ['seated'] });
    expect(week.allInAllowedPositions).toBe(true);
    expect(week.distinct).toBeGreaterThanOrEqual(limit.distinct);
    expect(week.repeatsFromLastTwo).toBeLessThanOrEqual(limit.repeats);
    expect(week.hipTargetShare).toBeGreaterThanOrEqual(limit.hip);
    expect(week.thoracicTargetShare).toBeGreaterThanOrEqual(limit.thoracic);
  });
});
