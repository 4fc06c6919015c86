/**
 * How the stats read: short, plain, and never a fake precision.
 */
import type { DayFigures } from '../../../common/stats';

/** "4.8" under ten minutes (a short routine still shows), whole minutes above. */
export function formatMinutes(minutes: number): string {
  if (minutes === 0) return '0';
  if (minutes < 10) return String(Math.round(minutes * 10) / 10);
  return String(Math.round(minutes));
}

/** "45 min", "1 h 12 min", "2 h". */
export function formatDuration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A "YYYY-MM-DD" local date as a Date whose UTC fields are that date (no zone can shift it). */
function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

// Dates and weekdays in the user's locale are common/timeFormat.ts's (one module for every window).

/** Day of the month, "9". */
export function dayOfMonth(date: string): string {
  return String(Number(date.slice(8, 10)));
}

/** Monday is 1 … Sunday 7, read from the date itself. */
export function isoWeekday(date: string): number {
  return ((utcDate(date).getUTCDay() + 6) % 7) + 1;
}

/** Whether nothing at all happened in these days (the empty state, not a chart of zeros). */
export function isQuiet(days: readonly DayFigures[]): boolean {
  return days.every((d) => d.breaks === 0 && d.routines === 0 && d.minutesMoved === 0 && d.longestSittingMinutes === null);
}

/** What a screen reader hears for the chart as a whole. */
export function chartSummary(days: readonly DayFigures[], goal: number): string {
  const routines = days.reduce((n, d) => n + d.routines, 0);
  const work = days.filter((d) => d.workDay);
  const met = work.filter((d) => d.routines >= goal).length;
  return `Routines per day over the last ${days.length} days: ${plural(routines, 'routine', 'routines')} in all; the goal of ${goal} was met on ${met} of ${plural(work.length, 'work day', 'work days')}.`;
}
