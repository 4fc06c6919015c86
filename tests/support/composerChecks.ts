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

// ---- structural checks shared by the properties and the sweep ------------------------------------

/**
 * Timing adds up; reset → restore → rebuild in that order (a phase missing only with a note);
 * each dose inside its range; each one-sided move right, switch, left; within ±10 s of the
 * target or a length note that says how long the routine really is.
 */
export function checkStructure({ routine, relaxed }: ComposeResult, target: number) {
  const { steps } = routine;
  expect(steps.length).toBeGreaterThan(0);
  let clock = 0;
  for (const s of steps) {
    expect(Number.isInteger(s.seconds) && s.seconds > 0).toBe(true);
    expect(s.startSecond).toBe(clock);
    clock += s.seconds;
  }
  expect(routine.totalSeconds).toBe(clock);
  expect(routine.exerciseSeconds + routine.transitionSeconds).toBe(clock);
  expect(routine.targetSeconds).toBe(target);
  const length = note(relaxed, 'length');
  if (Math.abs(routine.totalSeconds - target) <= LENGTH_TOLERANCE_SECONDS) expect(length).toEqual([]);
  else
    expect(length).toEqual([
      expect.objectContaining({ direction: routine.totalSeconds < target ? 'shorter' : 'longer', totalSeconds: routine.totalSeconds, targetSeconds: target }),
    ]);

  const ids = routine.exerciseIds;
  expect(new Set(ids).size).toBe(ids.length);
  const phases = ids.map((id) => byId(id).phase);
  const order = { reset: 0, restore: 1, rebuild: 2 } as const;
  for (let i = 1; i < phases.length; i++) expect(order[phases[i]!]).toBeGreaterThanOrEqual(order[phases[i - 1]!]);
  expect(phases.filter((p) => p === 'reset').length).toBeLessThanOrEqual(1);
  expect(phases.filter((p) => p === 'rebuild').length).toBeLessThanOrEqual(1);
  const restores = phases.filter((p) => p === 'restore').length;
  expect(restores).toBeGreaterThanOrEqual(1);
  expect(restores).toBeLessThanOrEqual(3);
  const missing = note(relaxed, 'phase').map((n) => n.phase);
  expect(missing.includes('reset')).toBe(!phases.includes('reset'));
  expect(missing.includes('rebuild')).toBe(!phases.includes('rebuild'));
  expect(missing.includes('restore')).toBe(restores === 1);

  let i = 0;
  for (const id of ids) {
    const ex = byId(id);
    expect(steps[i]).toMatchObject({ kind: 'transition', exerciseId: id });
    i++;
    const playable = playableSeconds(ex);
    if (ex.sidedness === 'unilateral') {
      expect(steps[i]).toMatchObject({ kind: 'exercise', exerciseId: id, side: 'right' });
      expect(steps[i + 1]).toMatchObject({ kind: 'switchSides', exerciseId: id, side: 'left' });
      expect(steps[i + 2]).toMatchObject({ kind: 'exercise', exerciseId: id, side: 'left' });
      expect(steps[i + 2]!.seconds).toBe(steps[i]!.seconds);
      expect(playable).toContain(steps[i]!.seconds * 2 + steps[i + 1]!.seconds);
      i += 3;
    } else {
      expect(steps[i]).toMatchObject({ kind: 'exercise', exerciseId: id, side: 'none' });
      expect(playable).toContain(steps[i]!.seconds);
      i += 1;
    }
    if (ex.dosage.kind === 'reps') expect(steps[i - 1]!.seconds).toBe(steps[i - 1]!.reps! * ex.dosage.secondsPerRep);
  }
  expect(i).toBe(steps.length);
}

/** Fit is a promise: never a position the user did not allow, never equipment they lack. */
export function checkFit(routine: ComposedRoutine, prefs: RoutinePreferences) {
  for (const id of routine.exerciseIds) {
    expect(positioned(prefs)(byId(id)), `${id} in ${prefs.positions.join('+')}`).toBe(true);
    expect(owned(prefs)(byId(id)), `${id} with ${prefs.equipment.join('+') || 'no equipment'}`).toBe(true);
  }
}

/** Every bent rule is named, and was bent only because nothing without bending it fits (the oracle). */
export function checkHonesty(result: ComposeResult, input: ComposeInput) {
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
  expect(note(relaxed, 'repeat').flatMap((n) => n.exerciseIds)).toEqual(repeated);
  // No avoidable repeat: nothing from the last two when a routine as good without them exists.
  if (repeated.length > 0)
    expect(anyRoutineFits(pool.filter(notRecent(recentRoutines)), { target, tolerance, areas, shape }, prefs.positions), 'avoidable repeat').toBe(false);
  // A length beyond ±10 s only when no routine of this shape and coverage can land inside it.
  if (note(relaxed, 'length').length > 0) expect(anyRoutineFits(pool, { target, tolerance, areas, shape }, prefs.positions), 'avoidable length').toBe(false);
  for (const area of ['hips', 'thoracic'] as const) {
    const missed = !restore.some((e) => covers(e, area));
    expect(note(relaxed, 'coverage').some((n) => n.area === area)).toBe(missed);
    if (missed) expect(pool.some((e) => e.phase === 'restore' && covers(e, area)), `avoidable ${area} gap`).toBe(false);
  }
  for (const n of note(relaxed, 'phase')) {
    const left = pool.filter((e) => e.phase === n.phase).length;
    expect(left, `avoidable missing ${n.phase}`).toBe(n.phase === 'restore' ? left : 0);
    if (n.phase === 'restore') expect(left).toBeLessThan(2);
  }
  const excluded = used.filter((e) => prefs.excludedExercises.includes(e.id)).map((e) => e.id);
  expect(note(relaxed, 'excluded').flatMap((n) => n.exerciseIds)).toEqual(excluded);
  if (excluded.length > 0) expect(pool.some((e) => e.phase === 'restore'), 'avoidable excluded move').toBe(false);
  for (const n of relaxed) expect(n.message.length).toBeGreaterThan(10);
}

