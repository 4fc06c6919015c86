/**
 * The pre-flight check a store file gets before conf opens it.
 *
 * conf's own answer to a damaged file is all or nothing: with `clearInvalidConfig: false` its
 * constructor throws (bad JSON, or any field the schema rejects), with `true` it silently
 * replaces the whole file with the defaults. Neither keeps the user's valid settings. So this
 * step reads the file itself, once, and when anything is wrong it keeps a copy aside, repairs
 * field by field, and writes the repaired store in conf's own layout, so conf then opens a
 * file it accepts. A file that is fine is left untouched for conf (and its migrations).
 */
import { readFileSync } from 'node:fs';
import { keepCopyAside, writeJsonAtomic } from './atomicJson';

export interface StoreProblem {
  readonly field: string;
  readonly message: string;
}

/** How one store's file is read: its format version, its migrations, its repair. */
export interface StoredFormat<T> {
  readonly currentVersion: string;
  /** Brings a stored object of `fromVersion` (undefined: none recorded) to the current shape. */
  migrate(stored: Record<string, unknown>, fromVersion: string | undefined): Record<string, unknown>;
  /** Keeps what is valid, fills the rest; lists what it replaced. Must never throw. */
  repair(current: unknown): { readonly value: T; readonly problems: readonly StoreProblem[] };
  compareVersions(a: string, b: string): number;
}

export type RepairReason = 'corrupt' | 'invalid' | 'newer';

export type Preflight<T> =
  /** No file yet: conf creates it. */
  | { readonly kind: 'absent' }
  /** A readable file that conf can open as it is (possibly after its migrations). */
  | { readonly kind: 'clean'; readonly value: T }
  /** The file had problems: the original was copied to `keptAt`, the repaired store written. */
  | {
      readonly kind: 'repaired';
      readonly value: T;
      readonly reason: RepairReason;
      readonly problems: readonly StoreProblem[];
      readonly keptAt: string;
    }
  /**
   * The file could not be read, or was bad and could not be kept aside or rewritten. It is left
   * exactly as it is; `value` is what could be salvaged (the defaults if nothing could).
   */
  | {
      readonly kind: 'untouchable';
      readonly value: T;
      readonly reason: RepairReason | 'unreadable';
      readonly problems: readonly StoreProblem[];
      readonly error: Error;
    };

/** Where conf keeps its bookkeeping inside the file (see conf's INTERNAL_KEY / MIGRATION_KEY). */
const INTERNAL_KEY = '__internal__';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function recordedVersion(stored: Record<string, unknown>): string | undefined {
  const internal = stored[INTERNAL_KEY];
  const migrations = isRecord(internal) ? internal['migrations'] : undefined;
  const version = isRecord(migrations) ? migrations['version'] : undefined;
  return typeof version === 'string' ? version : undefined;
}

/** conf's bookkeeping in the file as it is now (after conf opened it), or null. */
export function readBookkeeping(file: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const internal = isRecord(parsed) ? parsed[INTERNAL_KEY] : undefined;
    return isRecord(internal) ? internal : null;
  } catch {
    return null;
  }
}

/** The file as conf writes it: the store plus conf's bookkeeping (at least the format version). */
export function confFileWithBookkeeping(value: unknown, bookkeeping: Record<string, unknown>): Record<string, unknown> {
  return { ...(value as Record<string, unknown>), [INTERNAL_KEY]: bookkeeping };
}

/** The file as conf writes it: the store plus the version its migrations have reached. */
export function confFileContents(value: unknown, version: string): Record<string, unknown> {
  return { ...(value as Record<string, unknown>), [INTERNAL_KEY]: { migrations: { version } } };
}

type Diagnosis<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly value: T; readonly reason: RepairReason; readonly problems: readonly StoreProblem[] };

function diagnose<T>(text: string, format: StoredFormat<T>): Diagnosis<T> {
  let parsed: unknown;
  try {
    // Editors may save a byte order mark; conf skips it too.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, value: format.repair({}).value, reason: 'corrupt', problems: [{ field: '', message: 'Not valid JSON.' }] };
  }
  if (!isRecord(parsed)) {
    return { ok: false, value: format.repair({}).value, reason: 'corrupt', problems: [{ field: '', message: 'Not a JSON object.' }] };
  }
  const version = recordedVersion(parsed);
  const { [INTERNAL_KEY]: _bookkeeping, ...stored } = parsed;
  if (version !== undefined && format.compareVersions(version, format.currentVersion) > 0) {
    // Written by a newer Limber: no migration goes backwards, so keep what this version
    // understands and keep the original for the newer version to find again.
    const repaired = format.repair(stored);
    return { ok: false, value: repaired.value, reason: 'newer', problems: repaired.problems };
  }
  const repaired = format.repair(format.migrate(stored, version));
  if (repaired.problems.length === 0) return { ok: true, value: repaired.value };
  return { ok: false, value: repaired.value, reason: 'invalid', problems: repaired.problems };
}

/** Reads `file` once and, if it is bad, keeps a copy aside and writes the repaired store. */
export function preflightStoreFile<T>(file: string, format: StoredFormat<T>, now: () => Date): Preflight<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // ENOTDIR: a folder on the way is a file, so there is no store file either; opening the
    // store then fails, and that is reported as a folder that cannot be written.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    return { kind: 'untouchable', value: format.repair({}).value, reason: 'unreadable', problems: [], error: error as Error };
  }
  const diagnosis = diagnose(text, format);
  if (diagnosis.ok) return { kind: 'clean', value: diagnosis.value };
  const { value, reason, problems } = diagnosis;
  let keptAt: string;
  try {
    // Copy, then replace atomically: at every moment the file's path holds either the
    // original or the repaired store, and the original survives in the copy.
    keptAt = keepCopyAside(file, reason, now());
  } catch (error) {
    return { kind: 'untouchable', value, reason, problems, error: error as Error };
  }
  try {
    writeJsonAtomic(file, confFileContents(value, format.currentVersion));
  } catch (error) {
    return { kind: 'untouchable', value, reason, problems, error: error as Error };
  }
  return { kind: 'repaired', value, reason, problems, keptAt };
}
