import { describe, expect, it } from 'vitest';
import { MAX_RECORDS, RETENTION_DAYS, retainHistory, type HistoryRecord } from '../../../main/core/history';
import { routine, wallOf } from '../../support/statsFixtures';

const DAY = 86_400_000;
const now = wallOf('2026-03-13T12:00', 60);
const daysAgo = (n: number): HistoryRecord => ({ ...routine('2026-03-13T12:00'), at: now - n * DAY });

describe('retention: at least a year, and bounded', () => {
  it('keeps everything from the last year and a month, drops what is older', () => {
    const records = [daysAgo(500), daysAgo(RETENTION_DAYS + 1), daysAgo(RETENTION_DAYS - 1), daysAgo(366), daysAgo(365), daysAgo(1), daysAgo(0)];
    expect(retainHistory(records, now)).toEqual(records.slice(2));
    expect(RETENTION_DAYS).toBeGreaterThanOrEqual(366);
  });

  it('returns the same list when nothing is due to go (no copy on every append)', () => {
    const records = [daysAgo(3), daysAgo(2)];
    expect(retainHistory(records, now)).toBe(records);
  });

  it('a clock set years ahead does not expire a real year of history', () => {
    const records = [daysAgo(300), daysAgo(10)];
    expect(retainHistory(records, now + 5 * 365 * DAY)).toEqual(records);
  });

  it('caps the number of records, dropping the oldest first', () => {
    const many = Array.from({ length: MAX_RECORDS + 10 }, (_, i) => ({ ...daysAgo(0), at: now - (MAX_RECORDS + 10 - i) * 1000 }));
    const kept = retainHistory(many, now);
    expect(kept).toHaveLength(MAX_RECORDS);
    expect(kept[0]).toBe(many[10]);
    expect(kept.at(-1)).toBe(many.at(-1));
  });

  it('keeps a year of heavy use whole: 365 days × 20 records is far below the cap', () => {
    expect(365 * 20 * 5).toBeLessThan(MAX_RECORDS);
  });
});
