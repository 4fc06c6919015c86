/**
 * The history as the user takes it away: CSV for a spreadsheet, JSON for a program.
 *
 * Times are written as the local time the user lived, with its UTC offset, so a row reads
 * "10:05 on the 14th" in any spreadsheet and still pins the exact instant.
 */
import type { ExportFormat } from '../../../common/stats';
import { MINUTE, dateOfDay, dayOfLocalMs } from '../scheduler/localTime';
import type { HistoryRecord } from './record';

export const CSV_COLUMNS = [
  'local_time',
  'utc_offset',
  'outcome',
  'trigger',
  'ended',
  'active_seconds',
  'counts_as_break',
  'sitting_minutes',
  'reminder_id',
  'exercise_ids',
] as const;

/** "+01:00", "-04:30", "+00:00" */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 local time with its offset, to the second: "2026-03-14T10:05:00+01:00". */
export function localIso(at: number, offsetMinutes: number): string {
  return `${new Date(at + offsetMinutes * MINUTE).toISOString().slice(0, 19)}${formatOffset(offsetMinutes)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula.
 * (Our fields are enums and ids today; the guard keeps it safe if a free-text column is added.)
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderHistoryCsv(records: readonly HistoryRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    rows.push(
      [
        localIso(r.at, r.offsetMinutes).slice(0, 19).replace('T', ' '),
        // "UTC+01:00": a bare "+01:00" would be read as a formula by a spreadsheet.
        `UTC${formatOffset(r.offsetMinutes)}`,
        r.outcome,
        r.routine?.trigger ?? null,
        r.routine?.ended ?? null,
        r.routine?.activeSeconds ?? null,
        r.routine ? (r.routine.countsAsBreak ? 'yes' : 'no') : r.outcome === 'natural' ? 'yes' : 'no',
        r.sittingSeconds === null ? null : Math.round(r.sittingSeconds / 60),
        r.reminderId,
        r.routine ? r.routine.exerciseIds.join(' ') : null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // CRLF, as RFC 4180 and the spreadsheets that read it expect.
  return `${rows.join('\r\n')}\r\n`;
}

export function renderHistoryJson(records: readonly HistoryRecord[], exportedAt: { readonly at: number; readonly offsetMinutes: number }): string {
  const doc = {
    format: 'limber-history-export',
    version: 1,
    exportedAt: localIso(exportedAt.at, exportedAt.offsetMinutes),
    records: records.map((r) => ({
      time: localIso(r.at, r.offsetMinutes),
      outcome: r.outcome,
      reminderId: r.reminderId,
      sittingSeconds: r.sittingSeconds,
      routine: r.routine && {
        trigger: r.routine.trigger,
        ended: r.routine.ended,
        activeSeconds: r.routine.activeSeconds,
        countsAsBreak: r.routine.countsAsBreak,
        exerciseIds: r.routine.exerciseIds,
      },
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderHistoryExport(
  format: ExportFormat,
  records: readonly HistoryRecord[],
  exportedAt: { readonly at: number; readonly offsetMinutes: number },
): string {
  return format === 'csv' ? renderHistoryCsv(records) : renderHistoryJson(records, exportedAt);
}

/** "limber-history-2026-03-14.csv", dated on the user's local calendar. */
export function exportFileName(format: ExportFormat, at: number, offsetMinutes: number): string {
  return `limber-history-${dateOfDay(dayOfLocalMs(at + offsetMinutes * MINUTE))}.${format}`;
}
