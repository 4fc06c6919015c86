/**
 * What the stats window shows, computed in main/core from the history. Runtime-free.
 * (Issue 8 owns the details; the contract only needs the shape.)
 */
export interface DayFigures {
  /** Local date, YYYY-MM-DD. */
  readonly date: string;
  /** Breaks of any kind: completed or ≥ 60 s routines, and natural breaks. */
  readonly breaks: number;
  /** Routines completed or ended after at least 60 s. */
  readonly routines: number;
  readonly minutesMoved: number;
  /** Longest stretch of sitting in work hours, in minutes; null when nothing was recorded. */
  readonly longestSittingMinutes: number | null;
  /** Whether the day had work hours (days off neither break nor extend the streak). */
  readonly workDay: boolean;
}

export interface StatsView {
  readonly today: DayFigures;
  /** Oldest first, today last. */
  readonly last7: readonly DayFigures[];
  readonly last30: readonly DayFigures[];
  readonly streak: { readonly current: number; readonly best: number; readonly goal: number };
}

export type ExportFormat = 'csv' | 'json';
