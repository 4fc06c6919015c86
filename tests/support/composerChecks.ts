/**
 * What every composed routine must satisfy, shared by the composer's property tests and the
 * sweep over every setting: fit, shape and timing, and honesty (each bent rule named, and bent
 * only when the brute-force oracle of routineOracle.ts finds nothing that avoids it).
 */
import { expect } from 'vitest';
import type { ComposedRoutine, Exercise, RelaxationNote } from '../../common/routine';
import { CATALOG, findExercise } from '../../main/core/routines/catalog';
import { LENGTH_TOLERANCE_SECONDS, type ComposeInput, type ComposeResult, type RoutinePreferences } from '../../main/core/routines/composer';
import { anyRoutineFits, covers, playableSeconds, shapeOf } from './routineOracle';

const byId = (id: string): Exercise => findExercise(id)!;

// ---- the user's filters, written again from PRODUCT.md §3 ---------------------------------------

export const owned = (p: RoutinePreferences) => (e: Exercise) =>
  e.equipment.every((q) => q === 'chair' || q === 'desk' || q === 'wall' || p.equipment.includes(q));
export const positioned = (p: RoutinePreferences) => (e: Exercise) => e.positions.some((q) => p.positions.includes(q));
export const notExcluded = (p: RoutinePreferences) => (e: Exercise) => !p.excludedExercises.includes(e.id);
export const notRecent = (history: readonly (readonly string[])[]) => (e: Exercise) => !history.slice(0, 2).some((r) => r.includes(e.id));
/** What the user can do and did not leave out. */
export const usable = (p: RoutinePreferences) => CATALOG.filter(positioned(p)).filter(owned(p)).filter(notExcluded(p));

export const note = <C extends RelaxationNote['code']>(relaxed: readonly RelaxationNote[], code: C) =>
  relaxed.filter((n): n is Extract<RelaxationNote, { code: C }> => n.code === code);

// ---- checks shared by the properties and the sweep ------------------------------------------
// Each collects what is wrong as sentences and asserts once: thousands of routines run through
// them, and one expect() per fact would cost more than composing.

type Problems = string[];
const must = (problems: Problems, ok: boolean, what: string) => {
  if (!ok) problems.push(what);
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Timing adds up; reset → restore → rebuild in that order (a phase missing only with a note);
 * each dose one the steps can reach; each one-sided move right, switch, left; within ±10 s of
 * the target or a length note that says how long the routine really is.
 */
export function structureProblems({ routine, relaxed }: ComposeResult, target: number): Problems {
  const p: Problems = [];
  const { steps } = routine;
  must(p, steps.length > 0, 'no steps');
  let clock = 0;
  for (const s of steps) {
    must(p, Number.isInteger(s.seconds) && s.seconds > 0, `step of ${s.seconds} s`);
    must(p, s.startSecond === clock, `step starts at ${s.startSecond}, not ${clock}`);
    clock += s.seconds;
  }
  must(p, routine.totalSeconds === clock, 'totalSeconds is not the sum of the steps');
  must(p, routine.exerciseSeconds + routine.transitionSeconds === clock, 'exercise + transition seconds ≠ total');
  must(p, routine.targetSeconds === target, 'wrong target');
  const length = note(relaxed, 'length');
  if (Math.abs(routine.totalSeconds - target) <= LENGTH_TOLERANCE_SECONDS) must(p, length.length === 0, 'length note on a routine within ±10 s');
  else
    must(
      p,
      length.length === 1 &&
        length[0]!.direction === (routine.totalSeconds < target ? 'shorter' : 'longer') &&
        length[0]!.totalSeconds === routine.totalSeconds &&
        length[0]!.targetSeconds === target,
      `${routine.totalSeconds} s for ${target} s without a matching length note`,
    );

  const ids = routine.exerciseIds;
  must(p, new Set(ids).size === ids.length, 'an exercise twice');
  const phases = ids.map((id) => byId(id).phase);
  const order = { reset: 0, restore: 1, rebuild: 2 } as const;
  for (let i = 1; i < phases.length; i++) must(p, order[phases[i]!] >= order[phases[i - 1]!], `phases out of order: ${phases.join(' → ')}`);
  must(p, phases.filter((x) => x === 'reset').length <= 1, 'two resets');
  must(p, phases.filter((x) => x === 'rebuild').length <= 1, 'two rebuilds');
  const restores = phases.filter((x) => x === 'restore').length;
  must(p, restores >= 1 && restores <= 3, `${restores} restore moves`);
  const missing = note(relaxed, 'phase').map((n) => n.phase);
  must(p, missing.includes('reset') === !phases.includes('reset'), 'reset missing without a note, or a note without reason');
  must(p, missing.includes('rebuild') === !phases.includes('rebuild'), 'rebuild missing without a note, or a note without reason');
  must(p, missing.includes('restore') === (restores === 1), 'one restore move without a note, or a note without reason');

  let i = 0;
  for (const id of ids) {
    const ex = byId(id);
    must(p, steps[i]?.kind === 'transition' && steps[i]?.exerciseId === id, `${id}: no transition first`);
    i++;
    const playable = playableSeconds(ex);
    if (ex.sidedness === 'unilateral') {
      const [right, sw, left] = [steps[i], steps[i + 1], steps[i + 2]];
      must(p, right?.kind === 'exercise' && right.exerciseId === id && right.side === 'right', `${id}: right side first`);
      must(p, sw?.kind === 'switchSides' && sw.exerciseId === id && sw.side === 'left', `${id}: switch sides`);
      must(p, left?.kind === 'exercise' && left.exerciseId === id && left.side === 'left', `${id}: then the left`);
      must(p, left?.seconds === right?.seconds, `${id}: sides differ`);
      must(p, playable.includes((right?.seconds ?? 0) * 2 + (sw?.seconds ?? 0)), `${id}: dose out of range`);
      i += 3;
    } else {
      const step = steps[i];
      must(p, step?.kind === 'exercise' && step.exerciseId === id && step.side === 'none', `${id}: one two-sided step`);
      must(p, playable.includes(step?.seconds ?? 0), `${id}: dose out of range`);
      i += 1;
    }
    const last = steps[i - 1];
    if (ex.dosage.kind === 'reps') must(p, last?.seconds === (last?.reps ?? 0) * ex.dosage.secondsPerRep, `${id}: reps × pace ≠ seconds`);
  }
  must(p, i === steps.length, 'steps left over');
  return p;
}

/** Fit is a promise: never a position the user did not allow, never equipment they lack. */
export function fitProblems(routine: ComposedRoutine, prefs: RoutinePreferences): Problems {
  const p: Problems = [];
  for (const id of routine.exerciseIds) {
    must(p, positioned(prefs)(byId(id)), `${id} is not done ${prefs.positions.join(' or ')}`);
    must(p, owned(prefs)(byId(id)), `${id} needs equipment beyond ${prefs.equipment.join('+') || 'none'}`);
  }
  return p;
}

/** Every bent rule is named, and was bent only because nothing without bending it fits (the oracle). */
export function honestyProblems(result: ComposeResult, input: ComposeInput): Problems {
  const p: Problems = [];
  const { routine, relaxed } = result;
  const { prefs, recentRoutines } = input;
  const target = prefs.routineLengthSeconds;
  const pool = usable(prefs);
  const used = routine.exerciseIds.map(byId);
  const restore = used.filter((e) => e.phase === 'restore');
  const areas = (['hips', 'thoracic'] as const).filter((area) => restore.some((e) => covers(e, area)));
  const shape = shapeOf(used.map((e) => e.phase));
  const tolerance = LENGTH_TOLERANCE_SECONDS;

  const repeated = used.filter((e) => !notRecent(recentRoutines)(e)).map((e) => e.id);
  must(p, same(note(relaxed, 'repeat').flatMap((n) => n.exerciseIds), repeated), `repeat note ≠ repeated ${repeated.join(',')}`);
  // No avoidable repeat: nothing from the last two when a routine as good without them exists.
  if (repeated.length > 0)
    must(p, !anyRoutineFits(pool.filter(notRecent(recentRoutines)), { target, tolerance, areas, shape }, prefs.positions), `avoidable repeat of ${repeated.join(',')}`);
  // A length beyond ±10 s only when no routine of this shape and coverage can land inside it.
  if (note(relaxed, 'length').length > 0) must(p, !anyRoutineFits(pool, { target, tolerance, areas, shape }, prefs.positions), 'avoidable length');
  for (const area of ['hips', 'thoracic'] as const) {
    const missed = !restore.some((e) => covers(e, area));
    must(p, note(relaxed, 'coverage').some((n) => n.area === area) === missed, `${area}: coverage note does not match`);
    if (missed) must(p, !pool.some((e) => e.phase === 'restore' && covers(e, area)), `avoidable ${area} gap`);
  }
  for (const n of note(relaxed, 'phase')) {
    const left = pool.filter((e) => e.phase === n.phase).length;
    must(p, n.phase === 'restore' ? left < 2 : left === 0, `avoidable missing ${n.phase}`);
  }
  const excluded = used.filter((e) => prefs.excludedExercises.includes(e.id)).map((e) => e.id);
  must(p, same(note(relaxed, 'excluded').flatMap((n) => n.exerciseIds), excluded), 'excluded note ≠ excluded moves used');
  if (excluded.length > 0) must(p, !pool.some((e) => e.phase === 'restore'), 'avoidable excluded move');
  for (const n of relaxed) must(p, n.message.length > 10, `empty message for ${n.code}`);
  return p;
}

export function checkStructure(result: ComposeResult, target: number): void {
  expect(structureProblems(result, target)).toEqual([]);
}
export function checkFit(routine: ComposedRoutine, prefs: RoutinePreferences): void {
  expect(fitProblems(routine, prefs)).toEqual([]);
}
export function checkHonesty(result: ComposeResult, input: ComposeInput): void {
  expect(honestyProblems(result, input)).toEqual([]);
}
