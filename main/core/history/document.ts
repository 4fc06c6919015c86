/**
 * The history file: an envelope around the records, read defensively.
 *
 * Whatever is on disk may be old, hand-edited, half-written or from a newer Limber. Reading never
 * throws: a file that cannot be understood as a whole says so (the store sets it aside), and
 * inside a good envelope each record is checked on its own, so one bad record costs that record
 * only, and the count of those dropped is reported rather than hidden.
 */
import { parseHistoryRecord, type HistoryRecord } from './record';

export const HISTORY_FORMAT = 'limber-history';
export const HISTORY_VERSION = 1;

export interface HistoryDocument {
  readonly format: typeof HISTORY_FORMAT;
  readonly version: typeof HISTORY_VERSION;
  readonly records: readonly HistoryRecord[];
}

export type ParsedHistory =
  | { readonly kind: 'ok'; readonly records: HistoryRecord[]; readonly dropped: number }
  /** Not JSON, not our envelope, or not a list of records: nothing in it can be trusted. */
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Written by a newer Limber: we must not rewrite what we do not understand. */
  | { readonly kind: 'newer'; readonly version: number };

/** The longest reason a caller should put into a notice (see `clip`). */
export const MAX_REASON_CHARS = 160;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function parseHistoryDocument(text: string): ParsedHistory {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Not V8's message: it quotes the file's text, which has no place in a notice.
    return { kind: 'unreadable', reason: 'not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'unreadable', reason: 'not a history document' };
  const doc = raw as Record<string, unknown>;
  if (doc['format'] !== HISTORY_FORMAT) return { kind: 'unreadable', reason: 'not a Limber history file' };
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unreadable', reason: 'no valid version' };
  if (version > HISTORY_VERSION) return { kind: 'newer', version };
  const list = doc['records'];
  if (!Array.isArray(list)) return { kind: 'unreadable', reason: 'no list of records' };
  const records: HistoryRecord[] = [];
  let dropped = 0;
  for (const item of list) {
    const record = parseHistoryRecord(item);
    if (record) records.push(record);
    else dropped++;
  }
  return { kind: 'ok', records, dropped };
}

/**
 * The file's text. One record per line: still valid JSON for any tool, but a person (or a diff)
 * can read it, and a file cut short by a full disk loses its tail visibly, not silently.
 */
export function serializeHistoryDocument(records: readonly HistoryRecord[]): string {
  const lines = records.map((r) => JSON.stringify(r));
  return `{"format":"${HISTORY_FORMAT}","version":${HISTORY_VERSION},"records":[\n${lines.join(',\n')}\n]}\n`;
}
