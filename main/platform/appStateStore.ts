/**
 * What Limber remembers besides preferences and history: whether the welcome screen was
 * completed, the scheduler's persisted snapshot (opaque here: main/core/scheduler/persisted.ts
 * parses it and starts fresh on anything it does not accept), and the last routine emphasis.
 *
 * Same guarantees as the preferences: read once, served from memory, written atomically on
 * change, a bad file kept aside and repaired, an unwritable folder reported and survived.
 * It is the `stores.appState` of main/limberApp.ts as it is (`load`, `save`).
 */
import { isDeepStrictEqual } from 'node:util';
import { compareVersions } from '../../common/preferencesMigrations';
import { GuardedStore, type OpenBackend } from './guardedStore';
import type { RetryTimer } from './retry';
import type { Preflight, StoreProblem, StoredFormat } from './storeRecovery';
import { APP_STATE_FORMAT_VERSION, createAppStateStoreOptions, type AppState } from './storeOptions';

export type { AppState } from './storeOptions';

export interface AppStateStoreInit {
  readonly cwd: string;
  readonly openBackend: OpenBackend;
  /**
   * What to assume when the state file is missing its flag or is damaged. Pass true when
   * preferences were found on disk: that user has been through the welcome screen, and
   * showing it again after a damaged state file would feel like losing their setup.
   */
  readonly firstRunCompleteIfUnknown?: boolean;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
  /** Schedules retries of a failed write (tests pass a manual one). */
  readonly retryTimer?: RetryTimer;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON round trip: what is kept and compared is what the file would hold. */
const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

function appStateFormat(firstRunCompleteIfUnknown: boolean): StoredFormat<AppState> {
  return {
    currentVersion: APP_STATE_FORMAT_VERSION,
    migrate: (stored) => stored,
    compareVersions,
    repair: (raw) => {
      const problems: StoreProblem[] = [];
      const stored = isRecord(raw) ? raw : {};
      if (!isRecord(raw)) problems.push({ field: '', message: 'Not a JSON object.' });
      const has = (key: string) => Object.hasOwn(stored, key);
      let firstRunComplete = firstRunCompleteIfUnknown;
      if (typeof stored['firstRunComplete'] === 'boolean') firstRunComplete = stored['firstRunComplete'];
      else if (has('firstRunComplete')) problems.push({ field: 'firstRunComplete', message: 'Must be true or false.' });
      let lastEmphasis: AppState['lastEmphasis'] = null;
      const emphasis = stored['lastEmphasis'];
      if (emphasis === 'hips' || emphasis === 'thoracic' || emphasis === null) lastEmphasis = emphasis;
      else if (has('lastEmphasis')) problems.push({ field: 'lastEmphasis', message: 'Must be hips, thoracic or null.' });
      const scheduler = has('scheduler') ? stored['scheduler'] : null;
      const updates: Pick<AppState, 'updateCheckedMs' | 'updateAnnounced'> = {};
      const checked = stored['updateCheckedMs'];
      if (typeof checked === 'number' && Number.isFinite(checked)) updates.updateCheckedMs = checked;
      else if (has('updateCheckedMs')) problems.push({ field: 'updateCheckedMs', message: 'Must be a time.' });
      const announced = stored['updateAnnounced'];
      if (typeof announced === 'string' && announced.length <= 40) updates.updateAnnounced = announced;
      else if (has('updateAnnounced')) problems.push({ field: 'updateAnnounced', message: 'Must be a version.' });
      for (const key of Object.keys(stored)) {
        if (!['firstRunComplete', 'scheduler', 'lastEmphasis', 'updateCheckedMs', 'updateAnnounced'].includes(key)) problems.push({ field: key, message: 'Unknown; left out.' });
      }
      return { value: { firstRunComplete, scheduler, lastEmphasis, ...updates }, problems };
    },
  };
}

export class AppStateStore {
  readonly #file: GuardedStore<AppState>;

  private constructor(file: GuardedStore<AppState>) {
    this.#file = file;
  }

  static open(init: AppStateStoreInit): AppStateStore {
    const file = GuardedStore.open({
      options: createAppStateStoreOptions(init.cwd),
      format: appStateFormat(init.firstRunCompleteIfUnknown ?? false),
      openBackend: init.openBackend,
      texts: {
        label: 'saved reminder state',
        describeProblems: (problems) => problems.map((p) => p.field || 'the whole file').join(', '),
      },
      ...(init.now ? { now: init.now } : {}),
      ...(init.log ? { log: init.log } : {}),
      ...(init.retryTimer ? { retryTimer: init.retryTimer } : {}),
    });
    return new AppStateStore(file);
  }

  get path(): string {
    return this.#file.path;
  }

  get opened(): Preflight<AppState> {
    return this.#file.opened;
  }

  get persistence(): 'file' | 'memory' {
    return this.#file.persistence;
  }

  /** From memory. */
  load(): AppState {
    return this.#file.value;
  }

  /** What opening had to tell the user (once), e.g. a damaged state file kept aside. */
  takeNotice(): string | null {
    return this.#file.takeNotice();
  }

  onNotice(listener: (notice: string) => void): () => void {
    return this.#file.onNotice(listener);
  }

  /** Writes now what a failed write left unsaved (Limber is quitting); true when all is saved. */
  flush(): boolean {
    return this.#file.flush();
  }

  /** Merges and writes; an unchanged state is not written again (the scheduler saves often). */
  save(patch: Partial<AppState>): void {
    const next: AppState = { ...this.#file.value, ...patch };
    if ('scheduler' in patch) next.scheduler = asJson(patch.scheduler);
    if (isDeepStrictEqual(next, this.#file.value)) return;
    this.#file.write(next);
  }
}
