/**
 * Records bucketed into local days.
 *
 * A record's day is read from its own stored offset (see history/record.ts), so DST switches and
 * travel never move a past break to another day. Days are indices on the local calendar
 * (days since 1970-01-01), where "yesterday" is always `today - 1` whatever the clocks did.
 */
import { MINUTE, dayOfLocalMs } from '../scheduler/localTime';
import { isBreak, isCountedRoutine, isHeldThenTaken, type HistoryRecord } from '../history/record';

export interface DayTotals {
  breaks: number;
  routines: number;
  /** Routines whose reminder had been held while the user was busy. */
  heldThenTaken: number;
  activeSeconds: number;
  /** Longest sitting time any record of the day reported, in seconds; null if none did. */
  longestSittingSeconds: number | null;
}

export function recordDay(record: HistoryRecord): number {
  return dayOfLocalMs(record.at + record.offsetMinutes * MINUTE);
}

export function emptyTotals(): DayTotals {
  return { breaks: 0, routines: 0, heldThenTaken: 0, activeSeconds: 0, longestSittingSeconds: null };
}

/**
 * One pass over the history. Longest sitting stretch: the scheduler measures sitting time only
 * in work hours, on the monotonic clock, and reports it with every answer to a reminder and
 * every routine (`sittingSeconds`). A stretch can be reported more than once (snoozed, then
 * done) and only its last report is its full length, so the day's longest stretch is the
 * largest report. Stretches that ended in a quiet natural break before any reminder are not on
 * record, but they were shorter than the reminder interval, so they never beat a reported one.
 */
export function totalsByDay(records: readonly HistoryRecord[]): Map<number, DayTotals> {
  const byDay = new Map<number, DayTotals>();
  for (const r of records) {
    const day = recordDay(r);
    let t = byDay.get(day);
    if (!t) byDay.set(day, (t = emptyTotals()));
    if (isBreak(r)) t.breaks++;
    if (isCountedRoutine(r)) t.routines++;
    if (isHeldThenTaken(r)) t.heldThenTaken++;
    if (r.routine) t.activeSeconds += r.routine.activeSeconds;
    if (r.sittingSeconds !== null && (t.longestSittingSeconds === null || r.sittingSeconds > t.longestSittingSeconds)) {
      t.longestSittingSeconds = r.sittingSeconds;
    }
  }
  return byDay;
}

/** The earliest local day with a record, or null for an empty history. */
export function firstDayOf(byDay: ReadonlyMap<number, unknown>): number | null {
  let first: number | null = null;
  for (const day of byDay.keys()) if (first === null || day < first) first = day;
  return first;
}
