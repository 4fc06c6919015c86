/**
 * What the stats window shows, from the history and the current time, zone and preferences.
 */
import type { Preferences } from '../../../common/preferences';
import type { DayFigures, StatsView } from '../../../common/stats';
import type { HistoryRecord } from '../history/record';
import { dateOfDay, localTimeAt, type TimeZoneRules } from '../scheduler/localTime';
import { emptyTotals, firstDayOf, totalsByDay, type DayTotals } from './dayTotals';
import { streakOf } from './streak';
import { isWorkDay } from './workDays';

export interface StatsContext {
  /** Wall-clock epoch ms of "now": decides which local day is today. */
  readonly nowWallMs: number;
  /** The zone now. Past records carry their own offsets; this only places today. */
  readonly zone: TimeZoneRules;
  readonly prefs: Pick<Preferences, 'workHours' | 'streakGoal'>;
}

export function todayOf(ctx: Pick<StatsContext, 'nowWallMs' | 'zone'>): number {
  return localTimeAt(ctx.nowWallMs, ctx.zone).day;
}

export function figuresOf(day: number, totals: DayTotals, workHours: Preferences['workHours']): DayFigures {
  return {
    date: dateOfDay(day),
    breaks: totals.breaks,
    routines: totals.routines,
    heldThenTaken: totals.heldThenTaken,
    // Tenths of a minute: a short stop still shows as moved ("0.5 min"), sums stay honest.
    minutesMoved: Math.round(totals.activeSeconds / 6) / 10,
    longestSittingMinutes: totals.longestSittingSeconds === null ? null : Math.round(totals.longestSittingSeconds / 60),
    workDay: isWorkDay(day, workHours),
  };
}

export function computeStats(records: readonly HistoryRecord[], ctx: StatsContext): StatsView {
  const today = todayOf(ctx);
  const byDay = totalsByDay(records);
  const { workHours, streakGoal } = ctx.prefs;
  const last30: DayFigures[] = [];
  for (let day = today - 29; day <= today; day++) last30.push(figuresOf(day, byDay.get(day) ?? emptyTotals(), workHours));
  const streak = streakOf((day) => byDay.get(day)?.routines ?? 0, firstDayOf(byDay), today, workHours, streakGoal);
  return { today: last30[29]!, last7: last30.slice(-7), last30, streak: { ...streak, goal: streakGoal } };
}
