/**
 * The line at the end of a routine ("… · streak 5 days"), PRODUCT.md §1.4.
 */
import type { RoutineRecorded } from '../../../common/ipc';
import type { HistoryRecord } from '../history/record';
import { firstDayOf, totalsByDay } from './dayTotals';
import { streakOf } from './streak';
import { todayOf, type StatsContext } from './statsView';

/**
 * The streak and today's routines right after a routine, with its record already in `records`
 * (append first, then summarise, so the routine just done is counted).
 */
export function summaryAfter(records: readonly HistoryRecord[], ctx: StatsContext): RoutineRecorded {
  const today = todayOf(ctx);
  const byDay = totalsByDay(records);
  const streak = streakOf((day) => byDay.get(day)?.routines ?? 0, firstDayOf(byDay), today, ctx.prefs.workHours, ctx.prefs.streakGoal);
  return { streakDays: streak.current, routinesToday: byDay.get(today)?.routines ?? 0 };
}
