/**
 * The composer is total (decision 0072): no input makes it throw. With the shipped catalog and
 * preferences that pass validation (at least one position) every phase has a move in every
 * position needing nothing the user must own, so the search always finds a full routine (the
 * sweep composes all 504 settings). A catalog without a restore move for a position still gives
 * a routine of what does fit and says which phase is missing; one with nothing at all that fits
 * gives no exercise and says so, instead of throwing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, FOCUSES, POSITIONS, ROUTINE_LENGTHS_SECONDS, type Position } from '../../../common/preferences';
import { ASSUMED_EQUIPMENT } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';
import { composeRoutine, type RoutinePreferences } from '../../../main/core/routines/composer';
import { checkFit, note } from '../../support/composerChecks';

const needsNothingOwned = (e: (typeof CATALOG)[number]) => e.equipment.every((q) => ASSUMED_EQUIPMENT.includes(q));
const phaseOf = (id: string) => CATALOG.find((e) => e.id === id)!.phase;

describe('the composer never throws', () => {
  it('the shipped catalog has a reset, a restore and a rebuild move in every position with no equipment owned', () => {
    // What keeps the app's own inputs (positions ≥ 1, any equipment) away from a missing phase.
    for (const position of POSITIONS)
      for (const phase of ['reset', 'restore', 'rebuild'] as const)
        expect(CATALOG.some((e) => e.phase === phase && e.positions.includes(position) && needsNothingOwned(e)), `${position} ${phase}`).toBe(true);
  });

  // Mutation caught: dropping `if (restores.length === 0) consider([])` in composer.ts (the
  // search finds nothing and the composer fails instead of answering).
  it('a catalog without restore moves for the allowed position: reset and rebuild only, and the card says why', () => {
    const seated = (e: (typeof CATALOG)[number]) => e.positions.includes('seated');
    const catalog = CATALOG.filter((e) => !(e.phase === 'restore' && seated(e)));
    for (const routineLengthSeconds of ROUTINE_LENGTHS_SECONDS)
      for (const focus of FOCUSES) {
        const prefs: RoutinePreferences = { ...DEFAULT_PREFERENCES, positions: ['seated'], routineLengthSeconds, focus };
        const result = composeRoutine({ prefs, recentRoutines: [], seed: 7, catalog });
        checkFit(result.routine, prefs);
        expect(result.routine.exerciseIds.map(phaseOf)).toEqual(['reset', 'rebuild']);
        expect(result.routine.steps.length).toBeGreaterThan(0);
        expect(result.routine.totalSeconds).toBe(result.routine.steps.reduce((n, s) => n + s.seconds, 0));
        expect(note(result.relaxed, 'phase')).toEqual([
          { code: 'phase', phase: 'restore', message: 'No mobility move fits your settings, so this routine has none.' },
        ]);
        // One line for the missing phase, not two more for the areas it would have covered.
        expect(note(result.relaxed, 'coverage')).toEqual([]);
      }
  });

  it('the other positions still give a full routine from the same catalog', () => {
    const catalog = CATALOG.filter((e) => !(e.phase === 'restore' && e.positions.includes('seated')));
    const prefs: RoutinePreferences = { ...DEFAULT_PREFERENCES, positions: ['seated', 'standing'] };
    const result = composeRoutine({ prefs, recentRoutines: [], seed: 7, catalog });
    expect(result.routine.exerciseIds.map(phaseOf)).toContain('restore');
    expect(note(result.relaxed, 'phase')).toEqual([]);
  });

  it('nothing at all fits: no exercise, and one line per missing phase, never an error', () => {
    for (const catalog of [[], CATALOG.filter((e) => !e.positions.includes('floor'))]) {
      const prefs: RoutinePreferences = { ...DEFAULT_PREFERENCES, positions: ['floor' as Position] };
      const result = composeRoutine({ prefs, recentRoutines: [], seed: 1, catalog });
      expect(result.routine.exerciseIds).toEqual([]);
      expect(result.relaxed.map((n) => n.code === 'phase' && n.phase)).toEqual(['reset', 'restore', 'rebuild']);
      expect(note(result.relaxed, 'phase')[1]!.message).toBe('No mobility move fits your settings, so this routine has none.');
    }
  });

  it('a routine with one restore move is still noted as having just that one', () => {
    const keep = ['seated-pelvic-tilts', 'chair-back-extension', 'seated-march'];
    const excluded = CATALOG.filter((e) => e.positions.includes('seated') && !keep.includes(e.id)).map((e) => e.id);
    const prefs: RoutinePreferences = { ...DEFAULT_PREFERENCES, positions: ['seated'], excludedExercises: excluded };
    const result = composeRoutine({ prefs, recentRoutines: [], seed: 1 });
    expect(result.routine.exerciseIds).toEqual(keep);
    expect(note(result.relaxed, 'phase')).toEqual([
      { code: 'phase', phase: 'restore', message: 'Only one mobility move fits your settings, so this routine has just that one.' },
    ]);
  });
});
