/**
 * An oracle for the composer's tests, written apart from the composer: does ANY routine of a
 * given shape, from a pool of exercises, reach a target length within a tolerance? It tries
 * every reset × restore set × rebuild by brute force, with every dose the 5-second (hold) or
 * one-rep steps can reach from the default, and the transitions of every order of the restore
 * moves. So when it says "nothing fits", nothing does, whatever order or doses the composer
 * might have chosen.
 */
import type { Position } from '../../common/preferences';
import type { Exercise, Phase } from '../../common/routine';
import { TRANSITION_SECONDS } from '../../main/core/routines/composer';

export type Area = 'hips' | 'thoracic';
export const covers = (e: Exercise, area: Area) => e.focus === 'both' || e.focus === area;

/** Every playable length of a move (both sides and the switch for a one-sided move). */
export function playableSeconds(e: Exercise): number[] {
  const d = e.dosage;
  const perSide: number[] = [];
  if (d.kind === 'hold') {
    for (let s = d.seconds; s >= d.minSeconds; s -= 5) perSide.push(s);
    for (let s = d.seconds + 5; s <= d.maxSeconds; s += 5) perSide.push(s);
  } else {
    for (let r = d.minReps; r <= d.maxReps; r++) perSide.push(r * d.secondsPerRep);
  }
  return e.sidedness === 'unilateral' ? perSide.map((s) => 2 * s + TRANSITION_SECONDS.switchSides) : perSide;
}

const shortest = (e: Exercise) => Math.min(...playableSeconds(e));
const longest = (e: Exercise) => Math.max(...playableSeconds(e));
const all0 = (reset: Exercise | null, set: readonly Exercise[], rebuild: Exercise | null) => {
  const all = [...(reset ? [reset] : []), ...set, ...(rebuild ? [rebuild] : [])];
  return { lo: all.reduce((s, e) => s + shortest(e), 0), hi: all.reduce((s, e) => s + longest(e), 0) };
};

export interface Shape {
  readonly reset: boolean;
  /** How many restore moves: the composer plays 2–3, or 1 when only one fits. */
  readonly restores: readonly number[];
  readonly rebuild: boolean;
}
export const FULL_SHAPE: Shape = { reset: true, restores: [2, 3], rebuild: true };

/** The shape of a composed routine, read from its exercises' phases. */
export function shapeOf(phases: readonly Phase[]): Shape {
  const n = phases.filter((p) => p === 'restore').length;
  return { reset: phases.includes('reset'), restores: n >= 2 ? [2, 3] : [n], rebuild: phases.includes('rebuild') };
}

export interface FitQuestion {
  readonly target: number;
  readonly tolerance: number;
  /** Areas the restore moves must cover (an answer must be as good as the routine it is checked against). */
  readonly areas: readonly Area[];
  readonly shape: Shape;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** The lead-in, then the short pause between moves in one position or the longer one to change position. */
const transitions = (positions: readonly string[]) =>
  positions.reduce(
    (sum, p, i) => sum + (i === 0 ? TRANSITION_SECONDS.leadIn : p === positions[i - 1] ? TRANSITION_SECONDS.samePosition : TRANSITION_SECONDS.newPosition),
    0,
  );

/** Whether any routine of the shape, from the pool, can land within the tolerance of the target. */
export function anyRoutineFits(pool: readonly Exercise[], q: FitQuestion, allowed: readonly Position[]): boolean {
  // A move is played in the first of its positions the user allowed (its poses show that one).
  const position = (e: Exercise) => e.positions.find((p) => allowed.includes(p)) ?? e.positions[0]!;
  const resets: (Exercise | null)[] = q.shape.reset ? pool.filter((e) => e.phase === 'reset') : [null];
  const rebuilds: (Exercise | null)[] = q.shape.rebuild ? pool.filter((e) => e.phase === 'rebuild') : [null];
  const restores = pool.filter((e) => e.phase === 'restore');
  const sets: Exercise[][] = [];
  const pick = (from: number, chosen: Exercise[]) => {
    if (q.shape.restores.includes(chosen.length)) sets.push(chosen);
    if (chosen.length >= Math.max(...q.shape.restores)) return;
    for (let i = from; i < restores.length; i++) pick(i + 1, [...chosen, restores[i]!]);
  };
  pick(0, []);
  for (const set of sets) {
    if (!q.areas.every((area) => set.some((e) => covers(e, area)))) continue;
    for (const reset of resets)
      for (const rebuild of rebuilds) {
        // The order only moves the transitions between these two bounds: test it only when they straddle the window.
        const seconds = all0(reset, set, rebuild);
        const n = set.length + (reset ? 1 : 0) + (rebuild ? 1 : 0);
        const loose = [TRANSITION_SECONDS.leadIn + (n - 1) * TRANSITION_SECONDS.samePosition, TRANSITION_SECONDS.leadIn + (n - 1) * TRANSITION_SECONDS.newPosition];
        if (loose[0]! + seconds.lo > q.target + q.tolerance || loose[1]! + seconds.hi < q.target - q.tolerance) continue;
        for (const order of permutations(set)) {
          const all = [...(reset ? [reset] : []), ...order, ...(rebuild ? [rebuild] : [])];
          const fixed = transitions(all.map(position));
          const lo = fixed + all.reduce((s, e) => s + shortest(e), 0);
          const hi = fixed + all.reduce((s, e) => s + longest(e), 0);
          if (lo <= q.target + q.tolerance && hi >= q.target - q.tolerance) return true;
        }
      }
  }
  return false;
}
