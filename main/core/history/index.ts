/** The history's pure parts: the record, the file format, retention, export, variety input. */
export {
  HISTORY_OUTCOMES,
  LIMITS,
  parseHistoryRecord,
  isBreak,
  isCountedRoutine,
  isRoutineOutcome,
  toHistoryRecord,
  type HistoryRecord,
  type RoutineDetails,
} from './record';
export { clip, HISTORY_FORMAT, HISTORY_VERSION, MAX_REASON_CHARS, parseHistoryDocument, serializeHistoryDocument, type ParsedHistory } from './document';
export { MAX_RECORD_CHARS, salvageHistoryRecords, type SalvagedHistory } from './salvage';
export { MAX_RECORDS, RETENTION_DAYS, retainHistory } from './retention';
export { CSV_COLUMNS, exportFileName, renderHistoryCsv, renderHistoryExport, renderHistoryJson } from './exportFormats';
export { recentRoutines } from './recent';
