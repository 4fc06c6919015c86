/**
 * Export of the history to a file the user chose. The save dialog is the composition root's
 * (it owns Electron's `dialog` and the parent window); this module only needs its answer.
 */
import type { ExportFormat } from '../../common/stats';
import { exportFileName, renderHistoryExport, type HistoryRecord } from '../core/history';
import type { TimeZoneRules } from '../core/scheduler';
import { writeFileAtomic } from './atomicFile';

export interface HistoryExportPorts {
  /** Shows a save dialog proposing `defaultName`; resolves with the chosen path, or null if cancelled. */
  chooseSavePath(defaultName: string, format: ExportFormat): Promise<string | null>;
  records(): readonly HistoryRecord[];
  now(): number;
  readonly zone: TimeZoneRules;
}

/**
 * Writes the whole history in `format` where the user says. The file is written atomically, so
 * an existing file the user chose to replace is never left half-overwritten. Errors (a folder
 * without write access, a full disk) reject, for the caller to show.
 */
export async function exportHistoryToFile(format: ExportFormat, ports: HistoryExportPorts): Promise<{ path: string | null }> {
  const now = ports.now();
  const offsetMinutes = ports.zone.offsetMinutesAt(now);
  const target = await ports.chooseSavePath(exportFileName(format, now, offsetMinutes), format);
  if (target === null) return { path: null };
  await writeFileAtomic(target, renderHistoryExport(format, ports.records(), { at: now, offsetMinutes }));
  return { path: target };
}
