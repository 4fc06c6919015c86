/**
 * The streak: work days in a row with at least `goal` routines (PRODUCT.md §4).
 *
 * - Days without work hours are stepped over: they neither break the streak nor extend it, even
 *   if the user did routines on them.
 * - Today counts once it meets the goal, but not meeting it yet breaks nothing: the day is not
 *   over. (A streak of 4 reads 4 all morning, and 5 after today's third routine.)
 * - A past work day below the goal ends the run, including days Limber was not running.
 * - The history starts the count: days before the first record are not "missed".
 */
import type { WorkHours } from '../../../common/preferences';
import { isWorkDay } from './workDays';

export interface Streak {
  readonly current: number;
  readonly best: number;
}

/**
 * @param routinesOn routines that count, on a local day
 * @param firstDay the first local day with a record (null: no history)
 * @param today today's local day
 */
export function streakOf(
  routinesOn: (day: number) => number,
  firstDay: number | null,
  today: number,
  workHours: WorkHours,
  goal: number,
): Streak {
  if (firstDay === null || firstDay > today) return { current: 0, best: 0 };
  let run = 0;
  let best = 0;
  for (let day = firstDay; day <= today; day++) {
    if (!isWorkDay(day, workHours)) continue;
    if (routinesOn(day) >= goal) {
      run++;
      if (run > best) best = run;
    } else if (day !== today) {
      run = 0;
    }
  }
  return { current: run, best };
}
