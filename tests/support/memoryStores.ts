/**
 * In-memory stand-ins for the stores (the real ones are tested on temp directories in their own
 * suites), so composition-root tests can look at what was saved.
 */
import type { AppState, LimberStores } from '../../main/limberApp';
import type { HistoryRecord } from '../../main/core/history';
import type { HistoryStore } from '../../main/platform/historyStore';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';

export interface MemoryStores extends LimberStores {
  prefs: Preferences;
  state: AppState;
  records: HistoryRecord[];
  prefsSaves: number;
  flushes: number;
}

export function memoryStores(init: { prefs?: Partial<Preferences>; state?: Partial<AppState>; notice?: string; records?: HistoryRecord[] } = {}): MemoryStores {
  const history: HistoryStore = {
    file: ':memory:',
    records: () => stores.records,
    append: (record) => void stores.records.push(record),
    flush: async () => void stores.flushes++,
    takeNotice: () => null,
  };
  const stores: MemoryStores = {
    prefs: { ...DEFAULT_PREFERENCES, ...init.prefs },
    state: { firstRunComplete: true, scheduler: null, lastEmphasis: null, ...init.state },
    records: [...(init.records ?? [])],
    prefsSaves: 0,
    flushes: 0,
    preferences: {
      load: () => ({ value: stores.prefs, notice: init.notice ?? null }),
      save: (value) => {
        stores.prefs = value;
        stores.prefsSaves++;
      },
    },
    appState: {
      load: () => stores.state,
      save: (patch) => {
        stores.state = { ...stores.state, ...patch };
      },
    },
    history,
  };
  return stores;
}
