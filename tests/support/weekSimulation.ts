/**
 * A working week through the app's own planning path (planRoutine over history records, as the
 * composition root calls it): `perDay` breaks a day for `days` days, every routine completed
 * and recorded, seeds drawn as the session draws them (the reminder's time plus its id).
 */
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import type { Emphasis } from '../../common/routine';
import type { HistoryRecord } from '../../main/core/history';
import { findExercise } from '../../main/core/routines/catalog';
import { reachesHipTarget, reachesThoracicTarget } from '../../main/core/routines/sittingTargets';
import { planRoutine } from '../../main/core/session/plan';
import { routine } from './statsFixtures';

export interface WeekFigures {
  readonly routines: number;
  /** Different exercises over the week. */
  readonly distinct: number;
  /** Routines that share an exercise with one of the two before them. */
  readonly repeatsFromLastTwo: number;
  /** The most times one exercise was played in the week. */
  readonly mostUses: number;
  /** Share of routines with a hip-flexor or glute/piriformis move. */
  readonly hipTargetShare: number;
  /** Share of routines with thoracic extension or rotation. */
  readonly thoracicTargetShare: number;
  /** Routines with any note (a bent rule). */
  readonly withNotes: number;
  /** Every exercise of the week in one of the user's positions. */
  readonly allInAllowedPositions: boolean;
}

export function simulateWeek(prefs: Partial<Preferences>, perDay = 8, days = 5): WeekFigures {
  const preferences = { ...DEFAULT_PREFERENCES, ...prefs };
  const history: HistoryRecord[] = [];
  const played: string[][] = [];
  let lastEmphasis: Emphasis | null = null;
  let reminderId = 1;
  let withNotes = 0;
  for (let day = 0; day < days; day++)
    for (let k = 0; k < perDay; k++) {
      const minutes = 9 * 60 + k * 50;
      const local = `2026-11-${String(23 + day).padStart(2, '0')}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const atWallMs = Date.parse(`${local}:00Z`) - 60 * 60_000;
      const plan = planRoutine(preferences, history, { seed: atWallMs + reminderId, lastEmphasis });
      if (plan.relaxed.length > 0) withNotes++;
      played.push([...plan.routine.exerciseIds]);
      history.push(routine(local, { exercises: plan.routine.exerciseIds, reminderId: reminderId++ }));
      lastEmphasis = plan.routine.emphasis;
    }
  const uses = new Map<string, number>();
  for (const ids of played) for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1);
  const has = (ids: string[], test: (id: string) => boolean) => ids.some(test);
  return {
    routines: played.length,
    distinct: uses.size,
    repeatsFromLastTwo: played.filter((ids, i) => ids.some((id) => played.slice(Math.max(0, i - 2), i).some((r) => r.includes(id)))).length,
    mostUses: Math.max(...uses.values()),
    hipTargetShare: played.filter((ids) => has(ids, (id) => reachesHipTarget(findExercise(id)!))).length / played.length,
    thoracicTargetShare: played.filter((ids) => has(ids, (id) => reachesThoracicTarget(findExercise(id)!))).length / played.length,
    withNotes,
    allInAllowedPositions: played.every((ids) => ids.every((id) => findExercise(id)!.positions.some((p) => preferences.positions.includes(p)))),
  };
}
