/**
 * Prints the composer's figures of issue 14 (floor moves for seated-only users, repeats from the
 * last two routines, sitting's key targets, the massage ball at the desk) and a simulated week,
 * for docs/decisions/0048-fit-is-a-promise.md. Run: npx tsx scripts/composerFigures.ts
 */
import { findExercise } from '../main/core/routines/catalog';
import { HISTORY_WINDOW } from '../main/core/routines/composer';
import { reachesHipTarget, reachesThoracicTarget } from '../main/core/routines/sittingTargets';
import { formatFigures, issueFigures } from '../tests/support/composerFigures';
import { simulateWeek } from '../tests/support/weekSimulation';

const targets = (id: string) => {
  const ex = findExercise(id)!;
  return { hipFlexorOrGlute: reachesHipTarget(ex), thoracicExtOrRot: reachesThoracicTarget(ex) };
};
console.log(formatFigures(issueFigures(targets, { seeds: 50, chainLength: 40, historyGiven: HISTORY_WINDOW })));
for (const routineLengthSeconds of [120, 150, 180] as const)
  for (const positions of [['seated', 'standing'], ['seated'], ['standing'], ['floor']] as const)
    console.log(`week ${routineLengthSeconds} s ${positions.join('+')}: ${JSON.stringify(simulateWeek({ routineLengthSeconds, positions: [...positions] }))}`);
