/**
 * The three stores on disk, opened the one way the app and the tests open them: preferences and
 * app state through conf/electron-store, the history as our own file. Opening never throws, on
 * any disk (docs/decisions/0040, 0042); what cannot be saved lives in memory and is retried.
 *
 * `history.flush()` flushes all three, because it is what the composition root awaits at quit:
 * preferences and state a failed write left unsaved get their last try there too.
 */
import { AppStateStore } from './appStateStore';
import type { OpenBackend } from './guardedStore';
import { openHistoryStore, type HistoryStore } from './historyStore';
import { PreferencesStore } from './preferencesStore';
import type { RetryTimer } from './retry';

export interface DiskStoresInit {
  /** Limber's data folder (`app.getPath('userData')`). */
  readonly cwd: string;
  readonly openBackend: OpenBackend;
  readonly log: (message: string) => void;
  readonly now?: () => number;
  readonly retryTimer?: RetryTimer;
}

export interface DiskStores {
  readonly preferences: PreferencesStore;
  readonly appState: AppStateStore;
  readonly history: HistoryStore;
}

export function openDiskStores(init: DiskStoresInit): DiskStores {
  const now = init.now ?? (() => Date.now());
  const common = { cwd: init.cwd, openBackend: init.openBackend, log: init.log, now: () => new Date(now()), ...(init.retryTimer ? { retryTimer: init.retryTimer } : {}) };
  const preferences = PreferencesStore.open(common);
  const appState = AppStateStore.open({ ...common, firstRunCompleteIfUnknown: preferences.opened.kind !== 'absent' });
  const history = openHistoryStore({
    directory: init.cwd,
    now,
    logger: { warn: init.log },
    ...(init.retryTimer ? { retryTimer: init.retryTimer } : {}),
  });
  return {
    preferences,
    appState,
    history: {
      ...history,
      async flush() {
        preferences.flush();
        appState.flush();
        await history.flush();
      },
    },
  };
}
