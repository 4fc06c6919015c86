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
export { HISTORY_FORMAT, HISTORY_VERSION, parseHistoryDocument, serializeHistoryDocument, type ParsedHistory } from './document';
export { MAX_RECORDS, RETENTION_DAYS, retainHistory } from './retention';
export { CSV_COLUMNS, exportFileName, renderHistoryCsv, renderHistoryExport, renderHistoryJson } from './exportFormats';
export { recentRoutines } from './recent';
