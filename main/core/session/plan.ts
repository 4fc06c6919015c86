/**
 * The routine a session plays: the composer's choice for the user's preferences and recent
 * history, with the exercises it uses looked up for the player. Pure; the composition root
 * passes it to the session as `SessionEnv.composePlan`.
 */
import type { RoutinePlan } from '../../../common/ipc';
import type { Preferences } from '../../../common/preferences';
import { recentRoutines, type HistoryRecord } from '../history';
import { composeRoutine, findExercise, HISTORY_WINDOW } from '../routines';
import type { PlanRequest } from './types';

export function planRoutine(prefs: Preferences, history: readonly HistoryRecord[], request: PlanRequest): RoutinePlan {
  const result = composeRoutine({
    prefs,
    // All the composer reads: the last two for the no-repeat rule, four more for freshness.
    recentRoutines: recentRoutines(history, HISTORY_WINDOW),
    seed: request.seed,
    lastEmphasis: request.lastEmphasis ?? undefined,
  });
  const exercises = result.routine.exerciseIds.map((id) => findExercise(id)).filter((e) => e !== undefined);
  return { routine: result.routine, exercises, relaxed: result.relaxed };
}
