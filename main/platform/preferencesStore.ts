/**
 * The user's preferences: read from disk once at start, served from memory, validated with the
 * schema of common/preferences.ts on every change, written at once (atomically) when they change.
 *
 * It is the `stores.preferences` of main/limberApp.ts as it is (`load`, `save`):
 *   const openBackend = await loadElectronStoreBackend();           // electronStoreBackend.ts
 *   const preferences = PreferencesStore.open({ cwd: app.getPath('userData'), openBackend });
 *   preferences.load();   // { value, notice }: the notice (a repaired file…) is handed out once
 *   preferences.get();    // memory only
 *   preferences.save(next) / preferences.update(patch);   // both validate; refusals throw
 *   preferences.onNotice((text) => …);  // later problems, e.g. a save that failed
 */
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { applyPreferencesPatch, preferencesPatchSchema, type Preferences, type PreferencesPatch } from '../../common/preferences';
import { compareVersions, migratePreferences, PREFERENCES_FORMAT_VERSION } from '../../common/preferencesMigrations';
import { describeProblemFields, repairPreferences } from '../../common/preferencesRepair';
import { GuardedStore, type OpenBackend } from './guardedStore';
import type { RetryTimer } from './retry';
import type { Preflight, StoredFormat } from './storeRecovery';
import { createPreferencesStoreOptions } from './storeOptions';

export interface PreferencesStoreInit {
  /** The folder of the file (the app's userData folder; a temp folder in tests). */
  readonly cwd: string;
  readonly openBackend: OpenBackend;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
  /** Schedules retries of a failed write (tests pass a manual one). */
  readonly retryTimer?: RetryTimer;
}

/** A change that the schema refuses; `message` joins the schema's messages for the user. */
export class PreferencesRejectedError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(issues: readonly z.core.$ZodIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'PreferencesRejectedError';
    this.issues = issues;
  }
}

export const preferencesFormat: StoredFormat<Preferences> = {
  currentVersion: PREFERENCES_FORMAT_VERSION,
  migrate: migratePreferences,
  repair: (raw) => {
    const { preferences, problems } = repairPreferences(raw);
    return { value: preferences, problems };
  },
  compareVersions,
};

export class PreferencesStore {
  readonly #file: GuardedStore<Preferences>;
  readonly #listeners = new Set<(preferences: Preferences) => void>();

  private constructor(file: GuardedStore<Preferences>) {
    this.#file = file;
  }

  static open(init: PreferencesStoreInit): PreferencesStore {
    const file = GuardedStore.open({
      options: createPreferencesStoreOptions(init.cwd),
      format: preferencesFormat,
      openBackend: init.openBackend,
      texts: { label: 'preferences', describeProblems: describeProblemFields },
      ...(init.now ? { now: init.now } : {}),
      ...(init.log ? { log: init.log } : {}),
      ...(init.retryTimer ? { retryTimer: init.retryTimer } : {}),
    });
    return new PreferencesStore(file);
  }

  /** The preferences file's path. */
  get path(): string {
    return this.#file.path;
  }

  /** What opening found: absent, clean, repaired (and where the original went) or untouchable. */
  get opened(): Preflight<Preferences> {
    return this.#file.opened;
  }

  /** 'memory' when the file cannot be written: changes then last until Limber quits. */
  get persistence(): 'file' | 'memory' {
    return this.#file.persistence;
  }

  /** The current preferences, from memory. Never mutate the result. */
  get(): Preferences {
    return this.#file.value;
  }

  /** The preferences and, the first time only, what opening had to tell the user. */
  load(): { readonly value: Preferences; readonly notice: string | null } {
    return { value: this.#file.value, notice: this.#file.takeNotice() };
  }

  /** Later messages for the user (a save that failed); pending ones are handed over at once. */
  onNotice(listener: (notice: string) => void): () => void {
    return this.#file.onNotice(listener);
  }

  /** Replaces the whole set; checked like a patch (a complete one). */
  save(value: Preferences): Preferences {
    return this.update(value);
  }

  /**
   * Checks `patch` field by field and the merged result as a whole (cross-field rules), then
   * applies and saves it. Refused patches throw and change nothing. A patch that changes
   * nothing writes nothing and notifies no one.
   */
  update(patch: PreferencesPatch): Preferences {
    const checked = preferencesPatchSchema.safeParse(patch);
    if (!checked.success) throw new PreferencesRejectedError(checked.error.issues);
    const next = applyPreferencesPatch(this.#file.value, checked.data);
    if (!next.ok) throw new PreferencesRejectedError(next.issues);
    if (isDeepStrictEqual(next.value, this.#file.value)) return this.#file.value;
    this.#file.write(next.value);
    for (const listener of this.#listeners) listener(next.value);
    return next.value;
  }

  /** Writes now what a failed write left unsaved (Limber is quitting); true when all is saved. */
  flush(): boolean {
    return this.#file.flush();
  }

  onChange(listener: (preferences: Preferences) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
