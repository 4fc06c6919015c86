/**
 * The composer over every setting a user can pick (issue 14 item 5): length × allowed positions
 * × equipment × focus, 504 settings, each a run of routines fed back as history the way the app
 * feeds it. Every routine must fit (position, equipment), keep the reset → restore → rebuild
 * shape, land within ±10 s, and repeat nothing from the last two routines; where it cannot, it
 * must say so, and the brute-force oracle must agree that nothing better existed.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_WINDOW } from '../../../main/core/routines/composer';
import { findExercise } from '../../../main/core/routines/catalog';
import { ALL_SETTINGS, chain, prefsFor } from '../../support/composerFigures';
import { checkFit, checkHonesty, checkStructure, note } from '../../support/composerChecks';

/** Routines per setting: enough for the no-repeat window and the fading history to matter. */
const RUN = 6;

describe('composer sweep: every length × positions × equipment × focus', () => {
  it(`has ${ALL_SETTINGS.length} settings`, () => expect(ALL_SETTINGS.length).toBe(3 * 7 * 8 * 3));

  it(`fits, keeps the shape, lands within ±10 s, repeats only when unavoidable (${RUN} routines a setting)`, () => {
    const bent = { length: 0, repeat: 0, coverage: 0, phase: 0, excluded: 0 };
    let routines = 0;
    for (const setting of ALL_SETTINGS) {
      const prefs = prefsFor(setting);
      for (const step of chain(prefs, RUN, HISTORY_WINDOW)) {
        const input = { prefs, recentRoutines: step.before.slice(0, HISTORY_WINDOW), seed: 0 };
        checkFit(step.result.routine, prefs);
        checkStructure(step.result, prefs.routineLengthSeconds);
        checkHonesty(step.result, input);
        // With nothing excluded, every position has every phase: the full shape, always.
        expect(note(step.result.relaxed, 'phase')).toEqual([]);
        expect(note(step.result.relaxed, 'excluded')).toEqual([]);
        // Never a floor move for a seated-only user (the issue's own example).
        if (setting.positions.length === 1 && setting.positions[0] === 'seated')
          for (const id of step.result.routine.exerciseIds) expect(findExercise(id)!.positions).toContain('seated');
        for (const n of step.result.relaxed) bent[n.code]++;
        routines++;
      }
    }
    expect(routines).toBe(ALL_SETTINGS.length * RUN);
    // No setting needs a length beyond ±10 s with the shipped catalog.
    expect(bent.length).toBe(0);
    // About 3 s of CPU; the timeout is for a shared, loaded machine.
  }, 120_000);
});
