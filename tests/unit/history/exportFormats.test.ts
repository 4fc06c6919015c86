import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, renderHistoryCsv, renderHistoryJson } from '../../../main/core/history';
import { csvCell, formatOffset, localIso } from '../../../main/core/history/exportFormats';
import { answer, routine, wallOf } from '../../support/statsFixtures';

const records = [
  answer('2026-03-13T09:50', 'snoozed', { sittingMinutes: 45, reminderId: 7 }),
  routine('2026-03-13T10:02', { sittingMinutes: 57, reminderId: 7, active: 148, exercises: ['cat-cow', 'thread-the-needle'] }),
  routine('2026-07-01T23:30', { offset: 120, trigger: 'manual', sittingMinutes: null, active: 40, ended: 'stopped', exercises: ['cat-cow'] }),
  answer('2026-07-02T14:00', 'natural', { offset: -240, sittingMinutes: 61, reminderId: 9 }),
];

describe('CSV export', () => {
  const csv = renderHistoryCsv(records);
  const rows = csv.split('\r\n');

  it('has a header, one row per record, CRLF line ends and a final newline', () => {
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(records.length + 2);
    expect(rows.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes the local time the user lived, with its offset', () => {
    expect(rows[1]).toBe('2026-03-13 09:50:00,UTC+01:00,snoozed,,,,no,45,7,');
    expect(rows[2]).toBe('2026-03-13 10:02:00,UTC+01:00,completed,reminder,completed,148,yes,57,7,cat-cow thread-the-needle');
    expect(rows[3]).toBe('2026-07-01 23:30:00,UTC+02:00,manual,manual,stopped,40,no,,,cat-cow');
    expect(rows[4]).toBe('2026-07-02 14:00:00,UTC-04:00,natural,,,,yes,61,9,');
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('an empty history is a header alone', () => {
    expect(renderHistoryCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('JSON export', () => {
  it('is self-describing, with local ISO times and every field', () => {
    const doc = JSON.parse(renderHistoryJson(records, { at: wallOf('2026-07-03T08:00', 120), offsetMinutes: 120 }));
    expect(doc).toMatchObject({ format: 'limber-history-export', version: 1, exportedAt: '2026-07-03T08:00:00+02:00' });
    expect(doc.records).toHaveLength(4);
    expect(doc.records[1]).toEqual({
      time: '2026-03-13T10:02:00+01:00',
      outcome: 'completed',
      reminderId: 7,
      sittingSeconds: 57 * 60,
      routine: { trigger: 'reminder', ended: 'completed', activeSeconds: 148, countsAsBreak: true, exerciseIds: ['cat-cow', 'thread-the-needle'] },
    });
    expect(doc.records[3]).toMatchObject({ time: '2026-07-02T14:00:00-04:00', routine: null });
    // Every time string pins the same instant as the record.
    doc.records.forEach((r: { time: string }, i: number) => expect(Date.parse(r.time)).toBe(records[i]!.at));
  });
});

describe('export helpers', () => {
  it('formats offsets, including half hours and negatives', () => {
    expect([0, 60, -300, 330, -570, 840].map(formatOffset)).toEqual(['+00:00', '+01:00', '-05:00', '+05:30', '-09:30', '+14:00']);
    expect(localIso(Date.UTC(2026, 0, 1, 0, 0), -60)).toBe('2025-12-31T23:00:00-01:00');
  });

  it('names the file after the local date, not the UTC one', () => {
    // 00:30 on 14 March in Berlin is still 13 March in UTC.
    expect(exportFileName('csv', wallOf('2026-03-14T00:30', 60), 60)).toBe('limber-history-2026-03-14.csv');
    expect(exportFileName('json', wallOf('2026-03-13T20:30', -300), -300)).toBe('limber-history-2026-03-13.json');
  });
});
