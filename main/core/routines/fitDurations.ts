/**
 * Stretches or shrinks the doses of a chosen sequence so the routine lands on its target
 * length. Holds move in 5-second steps and reps one at a time, always inside each exercise's
 * own range, so no hold drops below what the seeds call useful (e.g. 20 s for a stretch).
 */
import type { Dosage } from '../../../common/routine';

export interface DoseSlot {
  readonly dosage: Dosage;
  /** 2 for one-sided moves: every step changes the routine by twice as much. */
  readonly sides: 1 | 2;
  /** Lower is adjusted first when adding time, last when removing it. */
  readonly priority: number;
}

/** One side's (or a two-sided move's) seconds, as currently dosed. */
export interface FittedDose {
  readonly seconds: number;
  readonly reps?: number;
}

interface Working {
  value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: number;
}

function working(dosage: Dosage): Working {
  return dosage.kind === 'hold'
    ? { value: dosage.seconds, min: dosage.minSeconds, max: dosage.maxSeconds, step: 5, unit: 1 }
    : { value: dosage.reps, min: dosage.minReps, max: dosage.maxReps, step: 1, unit: dosage.secondsPerRep };
}

/**
 * [shortest, longest] seconds for one side that the steps can actually reach from the default
 * dose: a 30 s hold with a 24 s floor stops at 25, not 24. The composer plans with these, so
 * a sequence it judges to fit is one the fitting below can land.
 */
export function reachableSeconds(dosage: Dosage): readonly [number, number] {
  const x = working(dosage);
  const down = Math.floor((x.value - x.min) / x.step);
  const up = Math.floor((x.max - x.value) / x.step);
  return [(x.value - down * x.step) * x.unit, (x.value + up * x.step) * x.unit];
}

/** The doses whose sum (times sides) plus `fixedSeconds` comes closest to `targetSeconds`. */
export function fitDurations(slots: readonly DoseSlot[], fixedSeconds: number, targetSeconds: number): FittedDose[] {
  const w = slots.map((s) => working(s.dosage));
  const seconds = (i: number) => w[i]!.value * w[i]!.unit;
  let total = fixedSeconds + slots.reduce((sum, s, i) => sum + seconds(i) * s.sides, 0);

  // Greedy, one step at a time: each move picks the step that brings the total closest to
  // the target, so it stops within half the smallest available step. A routine has at most
  // five exercises and each range is a few steps wide, so this ends quickly.
  for (let guard = 0; guard < 200; guard++) {
    const diff = targetSeconds - total;
    if (Math.abs(diff) <= 2) break;
    const dir = Math.sign(diff);
    let pick = -1;
    let pickDelta = 0;
    let pickScore = Math.abs(diff);
    const order = slots.map((_, i) => i).sort((a, b) => dir * (slots[a]!.priority - slots[b]!.priority));
    for (const i of order) {
      const x = w[i]!;
      const next = x.value + dir * x.step;
      if (next < x.min || next > x.max) continue;
      const delta = dir * x.step * x.unit * slots[i]!.sides;
      const score = Math.abs(diff - delta);
      if (score < pickScore) {
        pick = i;
        pickDelta = delta;
        pickScore = score;
      }
    }
    if (pick < 0) break;
    w[pick]!.value += dir * w[pick]!.step;
    total += pickDelta;
  }
  return slots.map((s, i) => (s.dosage.kind === 'hold' ? { seconds: seconds(i) } : { seconds: seconds(i), reps: w[i]!.value }));
}
