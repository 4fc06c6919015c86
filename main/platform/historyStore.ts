/**
 * The history on disk: one JSON file in Limber's data folder, loaded once at start, kept in
 * memory, rewritten atomically after each new record.
 *
 * Limber always starts, and nothing committed is lost (PRODUCT.md §5, issue 15):
 * - loading never throws: a folder that cannot be created, read or written, a full disk, a
 *   damaged or foreign file: the app starts with what could be read, from memory;
 * - a file that cannot be read as a whole is kept aside byte for byte (renamed) and its complete
 *   records are salvaged (core/history/salvage.ts); a file from a newer Limber is kept aside and
 *   not interpreted; invalid records are dropped one by one, the original copied aside first;
 * - nothing is ever written over a file that has not been kept aside yet: if keeping it aside
 *   fails (read-only folder), that step is retried before any write;
 * - a failed write is retried with backoff (1 s, 2 s, 4 s… up to 5 min) while something is
 *   pending and never otherwise, at the next record, and at `flush()` on quit;
 * - the user is told once per trouble, in words (`takeNotice`, then `onNotice`).
 * Retention (a year and more, and a maximum number of records) keeps the file bounded.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  parseHistoryDocument,
  retainHistory,
  salvageHistoryRecords,
  serializeHistoryDocument,
  type HistoryRecord,
} from '../core/history';
import { isTemporaryFor, writeFileAtomic, writeFileAtomicSync } from './atomicFile';
import { errorMessage, whyCannotWrite } from './fileErrors';
import { retryDelay, unrefTimer, type RetryTimer } from './retry';

export const HISTORY_FILE_NAME = 'history.json';
/** Far above a full history (MAX_RECORDS × ~300 bytes); anything bigger is not ours to parse. */
export const MAX_HISTORY_FILE_BYTES = 32 * 1024 * 1024;
export { RETRY_FIRST_MS, RETRY_MAX_MS, type RetryTimer } from './retry';

export interface HistoryStoreOptions {
  /** Limber's data folder (`app.getPath('userData')`); created if missing. */
  readonly directory: string;
  /** Wall clock, for retention and for naming a file set aside. */
  readonly now: () => number;
  /** The developer's log; the user hears through `takeNotice`/`onNotice`. */
  readonly logger?: { warn(message: string): void };
  readonly fileName?: string;
  /** Schedules retries of a failed save; defaults to an unref'd setTimeout. */
  readonly retryTimer?: RetryTimer;
}

export interface HistoryStore {
  /** The history file's path. */
  readonly file: string;
  /** Every record kept, in the order they happened. */
  records(): readonly HistoryRecord[];
  /** Adds a record: in memory at once, on disk shortly after (see `flush`). */
  append(record: HistoryRecord): void;
  /** Tries now to save whatever is pending; resolves when that attempt has ended. */
  flush(): Promise<void>;
  /** The messages for the user not handed out yet (the load report, typically), then null. */
  takeNotice(): string | null;
  /** Later messages (a save that fails) as they happen; pending ones are handed over at once. */
  onNotice?(listener: (notice: string) => void): () => void;
}

/** What must happen to the file on disk before the history in memory is safe there. */
export interface PendingDisk {
  /** The original must first be kept aside: renamed (moved away) or copied. */
  readonly aside: 'rename' | 'copy' | null;
  /** The file must be (re)written from memory. */
  readonly write: boolean;
}

export interface LoadReport {
  readonly records: HistoryRecord[];
  /** The repair report for the user, or null. */
  readonly notice: string | null;
  /** The file kept aside, if that happened at load. */
  readonly keptAs: string | null;
  /** What could not be done at load (a read-only folder, a full disk) and is still to do. */
  readonly pending: PendingDisk;
  /** Why the pending work failed at load, if it did. */
  readonly error: unknown;
}

const NOTHING_PENDING: PendingDisk = { aside: null, write: false };

export function openHistoryStore(options: HistoryStoreOptions): HistoryStore {
  const file = path.join(options.directory, options.fileName ?? HISTORY_FILE_NAME);
  const folder = path.dirname(file);
  const warn = (message: string) => options.logger?.warn(message);
  const retryTimer = options.retryTimer ?? unrefTimer;
  const loaded = loadHistoryFile(file, options.now);
  let records: readonly HistoryRecord[] = loaded.records;
  let aside = loaded.pending.aside;
  let dirty = loaded.pending.write;
  let writing: Promise<void> | null = null;
  let cancelRetry: (() => void) | null = null;
  let failures = 0;
  const pendingNotices: string[] = loaded.notice ? [loaded.notice] : [];
  const listeners = new Set<(notice: string) => void>();

  const notify = (notice: string) => {
    if (listeners.size === 0) pendingNotices.push(notice);
    for (const listener of listeners) listener(notice);
  };
  const failed = (error: unknown) => {
    failures++;
    warn(`Could not save the history to ${file} (attempt ${failures}): ${errorMessage(error)}`);
    // Once per trouble: again only after a save has succeeded in between.
    if (failures === 1) notify(cannotSaveNotice(folder, error));
  };

  /** Does what is pending, in order; false if a step failed (it stays pending). */
  const attempt = async (): Promise<boolean> => {
    try {
      while (aside !== null || dirty) {
        await mkdir(folder, { recursive: true });
        if (aside !== null) {
          const keptAs = await keepAsideAsync(file, aside, options.now());
          aside = null;
          if (keptAs) warn(`Kept the old history file as ${keptAs}.`);
        }
        if (dirty) {
          dirty = false;
          try {
            await writeFileAtomic(file, serializeHistoryDocument(records));
          } catch (error) {
            dirty = true;
            throw error;
          }
        }
      }
    } catch (error) {
      failed(error);
      return false;
    }
    if (failures > 0) warn(`Saved the history to ${file} again after ${failures} failed attempt(s).`);
    failures = 0;
    return true;
  };

  const save = () => {
    cancelRetry?.();
    cancelRetry = null;
    if (writing) return; // the running attempt's loop sees the new work
    writing = attempt().then((ok) => {
      writing = null;
      if (!ok) {
        cancelRetry = retryTimer(retryDelay(failures), () => {
          cancelRetry = null;
          save();
        });
      } else if (dirty || aside !== null) save(); // work added after the loop's last check
    });
  };

  if (loaded.error !== null) failed(loaded.error);
  if (aside !== null || dirty) save();

  return {
    file,
    records: () => records,
    append(record) {
      records = retainHistory([...records, record], options.now());
      dirty = true;
      save();
    },
    async flush() {
      if (!writing && (dirty || aside !== null)) save();
      while (writing) await writing;
    },
    takeNotice() {
      const notice = pendingNotices.join(' ') || null;
      pendingNotices.length = 0;
      return notice;
    },
    onNotice(listener) {
      listeners.add(listener);
      const pending = pendingNotices.join(' ');
      pendingNotices.length = 0;
      if (pending) listener(pending);
      return () => void listeners.delete(listener);
    },
  };
}

export function cannotSaveNotice(folder: string, error: unknown): string {
  return `Limber can’t save to ${folder}: ${whyCannotWrite(error)}. Your breaks are kept until it can.`;
}

/**
 * Loads, repairs and bounds the file. Synchronous: it runs once, at start, before any write.
 * Never throws; what it could not do on disk is returned as `pending`.
 */
export function loadHistoryFile(file: string, now: () => number): LoadReport {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    // No folder: no file to read either. The first save tries to create it again.
  }
  removeLeftoverTemporaries(file);

  let text: string;
  try {
    if (!existsSync(file)) return settle(file, now, [], null, NOTHING_PENDING);
    if (statSync(file).size > MAX_HISTORY_FILE_BYTES) {
      return settle(file, now, [], (kept) => startedAnew('was far too large to be Limber’s history', kept), { aside: 'rename', write: false });
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Unreadable where it is (permissions, a folder in its place): move it out of the way so a
    // new history can be written. Until it is moved, nothing is written over it.
    const reason = errorMessage(error);
    return settle(file, now, [], (kept) => startedAnew(`could not be read (${reason})`, kept), { aside: 'rename', write: false });
  }

  const parsed = parseHistoryDocument(text);
  if (parsed.kind === 'unreadable') {
    const salvaged = retainHistory(salvageHistoryRecords(text).records, now());
    const notice = (kept: string | null) =>
      salvaged.length === 0
        ? startedAnew(`was damaged (${parsed.reason})`, kept)
        : `Limber’s history file was damaged (${parsed.reason}); the ${salvaged.length === 1 ? 'one complete entry' : `${salvaged.length} complete entries`} in it ${salvaged.length === 1 ? 'was' : 'were'} kept. ${keptText(kept)}`;
    return settle(file, now, [...salvaged], notice, { aside: 'rename', write: salvaged.length > 0 });
  }
  if (parsed.kind === 'newer') {
    return settle(file, now, [], (kept) => startedAnew(`was saved by a newer version of Limber (format ${parsed.version})`, kept), { aside: 'rename', write: false });
  }

  const retained = [...retainHistory(parsed.records, now())];
  const rewrite = parsed.dropped > 0 || retained.length !== parsed.records.length;
  if (parsed.dropped === 0) return settle(file, now, retained, null, { aside: null, write: rewrite });
  const entries = parsed.dropped === 1 ? '1 entry' : `${parsed.dropped} entries`;
  const notice = (kept: string | null) =>
    `${entries} in Limber’s history could not be read and ${parsed.dropped === 1 ? 'was' : 'were'} left out. ${keptText(kept)}`;
  return settle(file, now, retained, notice, { aside: 'copy', write: true });
}

/** Does the pending disk work now if it can; what fails stays pending for the store to retry. */
function settle(
  file: string,
  now: () => number,
  records: HistoryRecord[],
  describe: ((keptAs: string | null) => string) | null,
  pending: PendingDisk,
): LoadReport {
  let keptAs: string | null = null;
  let left = pending;
  let error: unknown = null;
  try {
    if (left.aside !== null) {
      keptAs = left.aside === 'rename' ? setAside(file, now()) : copyAside(file, now());
      left = { ...left, aside: null };
    }
    if (left.write) {
      writeFileAtomicSync(file, serializeHistoryDocument(records));
      left = NOTHING_PENDING;
    }
  } catch (caught) {
    error = caught;
  }
  return { records, notice: describe ? describe(keptAs) : null, keptAs, pending: left, error };
}

function keptText(keptAs: string | null): string {
  return keptAs === null
    ? 'The original file is left as it is until Limber can keep it aside.'
    : `The original file is kept as “${path.basename(keptAs)}” in Limber’s data folder.`;
}

function startedAnew(what: string, keptAs: string | null): string {
  return `Limber’s history file ${what}, so a new history was started. ${keptText(keptAs)}`;
}

/** After this many taken names, a random one: finding a name must not grow with the folder. */
const MAX_NAME_TRIES = 20;

/** history.json → history.damaged-2026-03-14T10-05-00Z.json (or -2, -3… if taken). */
function asideName(file: string, nowMs: number): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  const stamp = new Date(Number.isFinite(nowMs) ? nowMs : 0).toISOString().slice(0, 19).replace(/:/g, '-');
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const candidate = `${stem}.damaged-${stamp}Z${n === 1 ? '' : `-${n}`}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
  return `${stem}.damaged-${stamp}Z-${process.pid}-${Math.random().toString(36).slice(2, 10)}${ext}`;
}

function setAside(file: string, nowMs: number): string | null {
  if (!existsSync(file)) return null; // gone meanwhile: nothing to keep
  const target = asideName(file, nowMs);
  renameSync(file, target);
  return target;
}

function copyAside(file: string, nowMs: number): string | null {
  if (!existsSync(file)) return null;
  const target = asideName(file, nowMs);
  copyFileSync(file, target);
  return target;
}

async function keepAsideAsync(file: string, how: 'rename' | 'copy', nowMs: number): Promise<string | null> {
  if (!existsSync(file)) return null;
  const target = asideName(file, nowMs);
  if (how === 'rename') await rename(file, target);
  else await copyFile(file, target);
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
