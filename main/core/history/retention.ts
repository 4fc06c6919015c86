/**
 * How much history is kept: at least a year (PRODUCT.md §5), and never more than a fixed number
 * of records, so a runaway (a stuck reminder loop, a hand-made file) cannot grow the file or the
 * load time without bound.
 */
import { DAY } from '../scheduler';
import type { HistoryRecord } from './record';

/** A year, plus a month so last year's same week is still there to look back on. */
export const RETENTION_DAYS = 400;
/**
 * Heavy use is ~20 records a day (8,000 a year). 50,000 leaves room for six times that over the
 * whole retention window, and stays a few MB on disk.
 */
export const MAX_RECORDS = 50_000;

/**
 * The records to keep, in their order (insertion order, which is the order events happened
 * even if the clock was set back in between).
 *
 * Age is measured from the earlier of "now" and the newest record: a clock set years ahead by
 * mistake must not make a whole real year look expired and delete it.
 */
export function retainHistory(records: readonly HistoryRecord[], nowWallMs: number): readonly HistoryRecord[] {
  if (records.length === 0) return records;
  let newest = -Infinity;
  for (const r of records) if (r.at > newest) newest = r.at;
  const cutoff = Math.min(nowWallMs, newest) - RETENTION_DAYS * DAY;
  let kept = records.every((r) => r.at >= cutoff) ? records : records.filter((r) => r.at >= cutoff);
  if (kept.length > MAX_RECORDS) kept = kept.slice(kept.length - MAX_RECORDS);
  return kept;
}
