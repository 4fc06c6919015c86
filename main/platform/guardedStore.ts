/**
 * A value kept in memory and mirrored to a conf/electron-store file, that never loses data and
 * never stops the app:
 *
 * - opening: the pre-flight check (storeRecovery.ts) repairs a bad file and keeps the original;
 *   if the store cannot be opened at all, the value lives in memory and the user is told;
 * - reading: always from memory (no disk read when the scheduler wakes up);
 * - writing: the whole value, atomically, in conf's own layout (its bookkeeping kept), but by
 *   our writer rather than conf's setter: conf's `atomically` retries EPERM/EACCES by spinning
 *   the main thread for a second on every failed write (docs/decisions/0042-store-writes.md);
 * - a failed write keeps the new value in memory, tells the user once, and is retried with
 *   backoff (only while something is unsaved) and at the next change or `flush()`;
 * - temporary files of writes that crashed are removed when the store opens.
 *
 * PreferencesStore and AppStateStore are thin, typed faces of this.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Options as ConfOptions } from 'conf';
import { clip } from '../core/history';
import { removeCrashedTemporaries, writeJsonAtomic } from './atomicJson';
import { errorMessage, MAX_ERROR_CHARS, whyCannotWrite } from './fileErrors';
import { retryDelay, unrefTimer, type RetryTimer } from './retry';
import { confFileWithBookkeeping, preflightStoreFile, readBookkeeping, type Preflight, type StoreProblem, type StoredFormat } from './storeRecovery';

/** What the stores need of a conf or electron-store instance. */
export interface StoreBackend<T> {
  readonly path: string;
  /** Reading parses the file; writing validates and writes it atomically. */
  store: T;
}

/**
 * Builds the backend from conf's options: `new Conf(options)` in tests, electron-store in the
 * app (see electronStoreBackend.ts). May throw (e.g. the folder cannot be created).
 */
export type OpenBackend = <T extends Record<string, unknown>>(options: ConfOptions<T>) => StoreBackend<T>;

export interface GuardedStoreTexts {
  /** What the file holds, as in "Limber could not read its <label> file". */
  readonly label: string;
  /** "Snooze length, Work hours (Tuesday)" for the problems a repair reported. */
  describeProblems(problems: readonly StoreProblem[]): string;
}

export interface GuardedStoreInit<T extends Record<string, unknown>> {
  /** conf's options; `cwd`, `configName` and `fileExtension` locate the file. */
  readonly options: ConfOptions<T> & { readonly cwd: string; readonly configName: string };
  readonly format: StoredFormat<T>;
  readonly openBackend: OpenBackend;
  readonly texts: GuardedStoreTexts;
  readonly now?: () => Date;
  /** For the developer's log; the user hears about problems through `takeNotice`/`onNotice`. */
  readonly log?: (message: string) => void;
  /** Schedules retries of a failed write; defaults to an unref'd setTimeout. */
  readonly retryTimer?: RetryTimer;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? errorMessage(error);
/** A notice names this many problems at most, then "and N more". */
const MAX_PROBLEMS_NAMED = 8;

export function storeFilePath(options: { cwd: string; configName: string; fileExtension?: string | undefined }): string {
  const ext = options.fileExtension ?? 'json';
  return path.join(options.cwd, ext ? `${options.configName}.${ext}` : options.configName);
}

export class GuardedStore<T extends Record<string, unknown>> {
  readonly path: string;
  /** What happened when the file was opened (for logs and tests). */
  readonly opened: Preflight<T>;
  #value: T;
  #backend: StoreBackend<T> | null;
  /** False for a file that could not be read or kept aside: writing would destroy it. */
  readonly #writable: boolean;
  /** conf's own part of the file, written back unchanged so its migrations do not run again. */
  readonly #bookkeeping: Record<string, unknown>;
  #saveFailing = false;
  #failures = 0;
  #cancelRetry: (() => void) | null = null;
  readonly #init: GuardedStoreInit<T>;
  /** Messages for the user that no listener has taken yet (the opening report, typically). */
  readonly #pendingNotices: string[];
  readonly #noticeListeners = new Set<(notice: string) => void>();

  private constructor(init: GuardedStoreInit<T>, opened: Preflight<T>, value: T, backend: StoreBackend<T> | null, notices: string[]) {
    this.#init = init;
    this.path = storeFilePath(init.options);
    this.opened = opened;
    this.#value = value;
    this.#backend = backend;
    this.#pendingNotices = notices;
    this.#writable = opened.kind !== 'untouchable';
    this.#bookkeeping = readBookkeeping(this.path) ?? { migrations: { version: init.format.currentVersion } };
    // Opening already told the user this folder cannot be written; a failing write says it again only after a success.
    this.#saveFailing = backend === null;
  }

  static open<T extends Record<string, unknown>>(init: GuardedStoreInit<T>): GuardedStore<T> {
    const now = init.now ?? (() => new Date());
    const file = storeFilePath(init.options);
    const { texts, format } = init;
    const notices: string[] = [];
    // One instance, before any write of ours: whatever temporary file is there is a crash's.
    const removed = removeCrashedTemporaries(file);
    if (removed.length > 0) init.log?.(`${file}: removed ${removed.length} temporary file(s) of crashed writes`);
    const opened = preflightStoreFile(file, format, now);
    const dir = path.dirname(file);

    if (opened.kind === 'repaired') {
      notices.push(repairedNotice(texts, opened.reason, opened.problems, opened.keptAt));
      init.log?.(`${file}: ${opened.reason}, kept a copy at ${opened.keptAt}: ${clip(JSON.stringify(opened.problems), MAX_ERROR_CHARS)}`);
    }
    if (opened.kind === 'untouchable') {
      // Opening conf on this file would throw or overwrite it: stay in memory, touch nothing.
      const settings = opened.reason === 'unreadable' ? 'the default settings' : 'what it could read from it';
      notices.push(
        `Limber could not ${opened.reason === 'unreadable' ? 'read' : 'repair'} its ${texts.label} file ${file} (${errorCode(opened.error)}) ` +
          `and has left it as it is. It is using ${settings} for now; changes you make apply until Limber quits.`,
      );
      init.log?.(`${file}: ${opened.reason}, left untouched: ${errorMessage(opened.error)}`);
      return new GuardedStore(init, opened, opened.value, null, notices);
    }

    const fallback = opened.kind === 'absent' ? format.repair({}).value : opened.value;
    let backend: StoreBackend<T>;
    try {
      backend = init.openBackend(init.options);
    } catch (error) {
      notices.push(`Limber cannot save its ${texts.label} in ${dir} (${errorCode(error)}). Changes you make apply until Limber quits.`);
      init.log?.(`${file}: could not open the store: ${errorMessage(error)}`);
      return new GuardedStore(init, opened, fallback, null, notices);
    }
    // The one read of the file after start-up. The pre-flight made it valid, so the repair
    // here only guards against a difference between conf's JSON schema and zod.
    let value = fallback;
    try {
      const loaded = format.repair(backend.store);
      value = loaded.value;
      if (loaded.problems.length > 0) {
        init.log?.(`${file}: conf returned a store zod rejects: ${clip(JSON.stringify(loaded.problems), MAX_ERROR_CHARS)}`);
        backend.store = value;
      }
    } catch (error) {
      init.log?.(`${file}: could not read back the store: ${errorMessage(error)}`);
    }
    return new GuardedStore(init, opened, value, backend, notices);
  }

  /**
   * The messages for the user not yet handed out, joined, or null; each is handed out once.
   * Opening problems are here right after `open`; later ones go to `onNotice` listeners.
   */
  takeNotice(): string | null {
    const notice = this.#pendingNotices.join(' ') || null;
    this.#pendingNotices.length = 0;
    return notice;
  }

  /** Later messages (a failed save) as they happen; pending ones are handed over at once. */
  onNotice(listener: (notice: string) => void): () => void {
    this.#noticeListeners.add(listener);
    const pending = this.takeNotice();
    if (pending) listener(pending);
    return () => this.#noticeListeners.delete(listener);
  }

  #notify(notice: string): void {
    if (this.#noticeListeners.size === 0) this.#pendingNotices.push(notice);
    for (const listener of this.#noticeListeners) listener(notice);
  }

  /** From memory: never touches the disk. */
  get value(): T {
    return this.#value;
  }

  /** 'memory' when the file could not be opened: changes then last until the app quits. */
  get persistence(): 'file' | 'memory' {
    return this.#backend ? 'file' : 'memory';
  }

  /**
   * Makes `next` the value at once and writes it. Returns whether it reached the disk; a
   * failure is reported to the user once (until a later write succeeds), retried, never thrown.
   */
  write(next: T): boolean {
    this.#value = next;
    return this.#save();
  }

  /** Writes now what a failed write left unsaved (at quit); true when nothing is left unsaved. */
  flush(): boolean {
    return this.#cancelRetry === null || this.#save();
  }

  #save(): boolean {
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    if (!this.#writable) return false;
    try {
      // The folder may have been removed meanwhile (conf does the same before its writes).
      mkdirSync(path.dirname(this.path), { recursive: true });
      writeJsonAtomic(this.path, confFileWithBookkeeping(this.#value, this.#bookkeeping));
    } catch (error) {
      this.#failures++;
      this.#init.log?.(`${this.path}: write failed (attempt ${this.#failures}): ${errorMessage(error)}`);
      if (!this.#saveFailing) {
        this.#saveFailing = true;
        this.#notify(
          `Limber can’t save your ${this.#init.texts.label} to ${path.dirname(this.path)}: ${whyCannotWrite(error)} (${errorCode(error)}). ` +
            'Your changes apply until it can.',
        );
      }
      this.#cancelRetry = (this.#init.retryTimer ?? unrefTimer)(retryDelay(this.#failures), () => {
        this.#cancelRetry = null;
        this.#save();
      });
      return false;
    }
    if (this.#failures > 0) this.#init.log?.(`${this.path}: saved again after ${this.#failures} failed attempt(s)`);
    this.#failures = 0;
    this.#saveFailing = false;
    return true;
  }
}

/** The problems a notice names: the first few, then how many more (a notice stays short). */
function describeBounded(texts: GuardedStoreTexts, problems: readonly StoreProblem[]): string {
  const named = clip(texts.describeProblems(problems.slice(0, MAX_PROBLEMS_NAMED)), 400);
  return problems.length > MAX_PROBLEMS_NAMED ? `${named} and ${problems.length - MAX_PROBLEMS_NAMED} more` : named;
}

function repairedNotice(texts: GuardedStoreTexts, reason: 'corrupt' | 'invalid' | 'newer', problems: readonly StoreProblem[], keptAt: string): string {
  const kept = `The original file was kept as ${path.basename(keptAt)} in ${path.dirname(keptAt)}.`;
  switch (reason) {
    case 'corrupt':
      return `Limber could not read its ${texts.label} file, so it started from the defaults. ${kept}`;
    case 'invalid':
      return `Some of your ${texts.label} could not be used and were reset to their defaults: ${describeBounded(texts, problems)}. Everything else was kept. ${kept}`;
    case 'newer': {
      const reset = problems.length > 0 ? ` (reset or left out: ${describeBounded(texts, problems)})` : '';
      return `Your ${texts.label} were saved by a newer version of Limber. This version kept everything it understands${reset}. ${kept}`;
    }
  }
}
