/**
 * Which local days are work days, for the streak and the chart.
 *
 * Judged by the work hours in force now: Limber does not keep a log of past settings, and a
 * person who changes their hours usually means "this is my week", past weeks included.
 */
import type { WorkHours } from '../../../common/preferences';
import { weekdayOfDay } from '../scheduler/localTime';

/** With work hours switched off every day is a work day (Limber reminds at any time). */
export function isWorkDay(day: number, workHours: WorkHours): boolean {
  return !workHours.enabled || workHours.days[weekdayOfDay(day)].length > 0;
}
