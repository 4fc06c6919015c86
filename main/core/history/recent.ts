/**
 * What the routine composer needs from the history for its variety rule ("no exercise from the
 * last two routines when an alternative exists", PRODUCT.md §3).
 */
import type { HistoryRecord } from './record';

/**
 * The exercise ids of the `n` most recent routines, newest first. Every routine the player
 * reported counts, stopped ones too: the user saw those exercises either way. Routines with no
 * exercises on record (abandoned: the player never reported) are passed over rather than taking
 * a slot, so they cannot hide a routine that really was just done.
 *
 * "Recent" is the order of the records, which is the order events happened even when the clock
 * was set back between two of them.
 */
export function recentRoutines(records: readonly HistoryRecord[], n: number): string[][] {
  const out: string[][] = [];
  for (let i = records.length - 1; i >= 0 && out.length < n; i--) {
    const routine = records[i]!.routine;
    if (routine && routine.exerciseIds.length > 0) out.push([...routine.exerciseIds]);
  }
  return out;
}
