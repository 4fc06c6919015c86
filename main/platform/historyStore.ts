/**
 * The history on disk: one JSON file in Limber's data folder, loaded once at start, kept in
 * memory, rewritten atomically after each new record.
 *
 * Bad data never crashes the app and is never lost silently (PRODUCT.md §5):
 * - a file that cannot be read as a whole (not JSON, not ours, from a newer Limber, absurdly
 *   large) is renamed aside, kept, and a new history starts;
 * - records that fail validation are dropped one by one and counted; the original file is
 *   copied aside before the repaired one replaces it;
 * - either way the user is told once, through `takeNotice()`.
 * Retention (a year and more, and a maximum number of records) keeps the file bounded.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  parseHistoryDocument,
  retainHistory,
  serializeHistoryDocument,
  type HistoryRecord,
} from '../core/history';
import { isTemporaryFor, writeFileAtomic, writeFileAtomicSync } from './atomicFile';

export const HISTORY_FILE_NAME = 'history.json';
/** Far above a full history (MAX_RECORDS × ~300 bytes); anything bigger is not ours to parse. */
export const MAX_HISTORY_FILE_BYTES = 32 * 1024 * 1024;

export interface HistoryStoreOptions {
  /** Limber's data folder (`app.getPath('userData')`); created if missing. */
  readonly directory: string;
  /** Wall clock, for retention and for naming a file set aside. */
  readonly now: () => number;
  /** Where write failures go; they are not thrown (the app keeps running on memory). */
  readonly logger?: { warn(message: string): void };
  readonly fileName?: string;
}

export interface HistoryStore {
  /** The history file's path. */
  readonly file: string;
  /** Every record kept, in the order they happened. */
  records(): readonly HistoryRecord[];
  /** Adds a record: in memory at once, on disk shortly after (see `flush`). */
  append(record: HistoryRecord): void;
  /** Resolves when every record appended so far has been written (or its write has failed). */
  flush(): Promise<void>;
  /** The one-time message about a repair at load, then null. */
  takeNotice(): string | null;
}

export interface LoadReport {
  readonly records: HistoryRecord[];
  readonly notice: string | null;
  /** The file kept aside, if any. */
  readonly keptAs: string | null;
  /** False when the file could not be read nor moved aside: writing would destroy it. */
  readonly writable: boolean;
}

export function openHistoryStore(options: HistoryStoreOptions): HistoryStore {
  const file = path.join(options.directory, options.fileName ?? HISTORY_FILE_NAME);
  const warn = (message: string) => options.logger?.warn(message);
  const loaded = loadHistoryFile(file, options.now);
  let records: readonly HistoryRecord[] = loaded.records;
  let notice = loaded.notice;
  let dirty = false;
  let writing: Promise<void> | null = null;

  /** Writes until what is on disk is the latest; false if a write failed. */
  const writeLoop = async (): Promise<boolean> => {
    while (dirty) {
      dirty = false;
      try {
        await writeFileAtomic(file, serializeHistoryDocument(records));
      } catch (error) {
        // Memory still has everything; the next append tries again with all of it.
        dirty = true;
        warn(`Could not save the history to ${file}: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    }
    return true;
  };
  const scheduleWrite = () => {
    dirty = true;
    if (!loaded.writable || writing) return;
    writing = writeLoop().then((ok) => {
      writing = null;
      // An append that landed after the loop's last check but before this line.
      if (ok && dirty) scheduleWrite();
    });
  };

  return {
    file,
    records: () => records,
    append(record) {
      records = retainHistory([...records, record], options.now());
      scheduleWrite();
    },
    async flush() {
      while (writing) await writing;
    },
    takeNotice() {
      const n = notice;
      notice = null;
      return n;
    },
  };
}

/** Loads, repairs and bounds the file. Synchronous: it runs once, at start, before any write. */
export function loadHistoryFile(file: string, now: () => number): LoadReport {
  mkdirSync(path.dirname(file), { recursive: true });
  removeLeftoverTemporaries(file);
  const fresh = (notice: string | null, keptAs: string | null, writable = true): LoadReport => ({ records: [], notice, keptAs, writable });

  let text: string;
  try {
    if (!existsSync(file)) return fresh(null, null);
    if (statSync(file).size > MAX_HISTORY_FILE_BYTES) {
      const keptAs = setAside(file, now());
      return fresh(startedAnew('was far too large to be Limber’s history', keptAs), keptAs);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Unreadable where it is (permissions, a folder in its place): move it out of the way so a
    // new history can be written. If even that fails, do not write at all this session.
    const reason = error instanceof Error ? error.message : String(error);
    try {
      const keptAs = setAside(file, now());
      return fresh(startedAnew(`could not be read (${reason})`, keptAs), keptAs);
    } catch {
      return fresh(`Limber could not open its history file (${reason}). Breaks are counted until Limber quits but not saved.`, null, false);
    }
  }

  const parsed = parseHistoryDocument(text);
  if (parsed.kind === 'unreadable') {
    const keptAs = setAside(file, now());
    return fresh(startedAnew(`was damaged (${parsed.reason})`, keptAs), keptAs);
  }
  if (parsed.kind === 'newer') {
    const keptAs = setAside(file, now());
    return fresh(startedAnew(`was saved by a newer version of Limber (format ${parsed.version})`, keptAs), keptAs);
  }

  const retained = retainHistory(parsed.records, now());
  let notice: string | null = null;
  let keptAs: string | null = null;
  if (parsed.dropped > 0) {
    keptAs = copyAside(file, now());
    const entries = parsed.dropped === 1 ? '1 entry' : `${parsed.dropped} entries`;
    notice = `${entries} in Limber’s history could not be read and ${parsed.dropped === 1 ? 'was' : 'were'} left out. The original file is kept as “${path.basename(keptAs)}” in Limber’s data folder.`;
  }
  if (parsed.dropped > 0 || retained.length !== parsed.records.length) {
    writeFileAtomicSync(file, serializeHistoryDocument(retained));
  }
  return { records: [...retained], notice, keptAs, writable: true };
}

function startedAnew(what: string, keptAs: string): string {
  return `Limber’s history file ${what}, so a new history was started. The old file is kept as “${path.basename(keptAs)}” in Limber’s data folder.`;
}

/** history.json → history.damaged-2026-03-14T10-05-00Z.json (or -2, -3… if taken). */
function asideName(file: string, nowMs: number): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  const stamp = new Date(Number.isFinite(nowMs) ? nowMs : 0).toISOString().slice(0, 19).replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const candidate = `${stem}.damaged-${stamp}Z${n === 1 ? '' : `-${n}`}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}

function setAside(file: string, nowMs: number): string {
  const target = asideName(file, nowMs);
  renameSync(file, target);
  return target;
}

function copyAside(file: string, nowMs: number): string {
  const target = asideName(file, nowMs);
  copyFileSync(file, target);
  return target;
}

/** A crash mid-write leaves a temporary file; the real one is intact, so the leftover can go. */
function removeLeftoverTemporaries(file: string): void {
  try {
    for (const name of readdirSync(path.dirname(file))) {
      if (isTemporaryFor(file, name)) rmSync(path.join(path.dirname(file), name), { force: true });
    }
  } catch {
    // Not worth failing the start over; a stray temporary file is harmless.
  }
}
