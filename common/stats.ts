/**
 * What the stats window shows, computed in main/core/stats from the history. Runtime-free.
 * Definitions (the why is in main/core/stats): a record belongs to the local day on which it
 * happened, read with the UTC offset in force at that moment.
 */
export interface DayFigures {
  /** Local date, YYYY-MM-DD. */
  readonly date: string;
  /** Breaks on record: routines that count (below), and natural breaks that closed a reminder. */
  readonly breaks: number;
  /** Routines completed or ended after at least 60 s. */
  readonly routines: number;
  /** Of those, the ones whose reminder was held while the user was busy (a call…), then taken. */
  readonly heldThenTaken: number;
  /** Exercise time of every routine, stopped ones included, in minutes to one decimal. */
  readonly minutesMoved: number;
  /**
   * Longest stretch of sitting in work hours, in whole minutes: the largest sitting time the
   * scheduler reported with a reminder answer or a routine that day. Null when none reported one.
   */
  readonly longestSittingMinutes: number | null;
  /** Whether the day had work hours (days off neither break nor extend the streak). */
  readonly workDay: boolean;
}

export interface StatsView {
  readonly today: DayFigures;
  /** Oldest first, today last. */
  readonly last7: readonly DayFigures[];
  readonly last30: readonly DayFigures[];
  /**
   * Work days in a row with at least `goal` routines. Days without work hours are stepped over;
   * today below the goal does not break it (the day is not over). `best` is over the history kept.
   */
  readonly streak: { readonly current: number; readonly best: number; readonly goal: number };
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
