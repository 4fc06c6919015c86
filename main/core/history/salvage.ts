/**
 * The complete records of a history file that is no longer valid JSON as a whole: cut short by
 * a full disk or a crash, merged by a sync tool, half-saved by an editor.
 *
 * One pass over the text, tracking braces and strings, tries every object that could be a record
 * and keeps those `parseHistoryRecord` accepts, in file order. It is linear in the file's size
 * whatever the damage, which matters because it runs at start-up on a file nobody vouches for:
 * - only objects of nesting height 1 or 2 are tried (a record holds at most one object, its
 *   routine), so each character is handed to JSON.parse at most twice, even in `{{{{…}}}}`;
 * - objects longer than `MAX_RECORD_CHARS` are skipped (no record is that long);
 * - a raw line break ends any string, since JSON strings cannot contain one: a stray quote
 *   costs the records of its own line, not of the rest of the file.
 * `work` counts the characters scanned plus those parsed, so a test can check the bound.
 */
import { parseHistoryRecord, type HistoryRecord } from './record';

/** Far above the longest valid record (50 exercise ids of 64 characters, ~3.6 kB). */
export const MAX_RECORD_CHARS = 8192;

export interface SalvagedHistory {
  readonly records: HistoryRecord[];
  /** Characters scanned plus characters given to JSON.parse: at most 3 × the text's length. */
  readonly work: number;
}

interface OpenObject {
  readonly start: number;
  /** The tallest object closed inside this one so far (0: none). */
  childHeight: number;
}

export function salvageHistoryRecords(text: string): SalvagedHistory {
  const records: HistoryRecord[] = [];
  const open: OpenObject[] = [];
  let work = text.length;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a /* \n */ || c === 0x0d /* \r */) {
      inString = false;
      escaped = false;
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c /* \ */) escaped = true;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */) open.push({ start: i, childHeight: 0 });
    else if (c === 0x7d /* } */) {
      const closed = open.pop();
      if (closed === undefined) continue; // a stray brace from the damage
      const height = closed.childHeight + 1;
      const parent = open.at(-1);
      if (parent && parent.childHeight < height) parent.childHeight = height;
      const length = i + 1 - closed.start;
      if (height > 2 || length > MAX_RECORD_CHARS) continue;
      work += length;
      const record = tryRecord(text.slice(closed.start, i + 1));
      if (record) records.push(record);
    }
  }
  return { records, work };
}

function tryRecord(candidate: string): HistoryRecord | null {
  try {
    return parseHistoryRecord(JSON.parse(candidate));
  } catch {
    return null;
  }
}
