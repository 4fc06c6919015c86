/**
 * In-memory stand-ins for the stores (the real ones are tested on temp directories in their own
 * suites), so composition-root tests can look at what was saved.
 */
import type { AppState, LimberStores } from '../../main/limberApp';
import type { HistoryEntry } from '../../main/core/scheduler';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import type { StatsView } from '../../common/stats';

export interface MemoryStores extends LimberStores {
  prefs: Preferences;
  state: AppState;
  records: { entry: HistoryEntry; exerciseIds: readonly string[] }[];
  exports: { format: string; file: string }[];
  prefsSaves: number;
}

export function memoryStores(init: { prefs?: Partial<Preferences>; state?: Partial<AppState>; notice?: string } = {}): MemoryStores {
  const stores: MemoryStores = {
    prefs: { ...DEFAULT_PREFERENCES, ...init.prefs },
    state: { firstRunComplete: true, scheduler: null, lastEmphasis: null, ...init.state },
    records: [],
    exports: [],
    prefsSaves: 0,
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
    history: {
      load: () => ({ notice: null }),
      append: (entry, exerciseIds) => void stores.records.push({ entry, exerciseIds }),
      recentRoutines: (count) =>
        stores.records
          .filter((r) => r.exerciseIds.length > 0)
          .map((r) => [...r.exerciseIds])
          .reverse()
          .slice(0, count),
      recorded: () => ({ streakDays: 1, routinesToday: stores.records.filter((r) => r.entry.routine?.countsAsBreak).length }),
      stats: (): StatsView => {
        throw new Error('stats are not computed by the memory stores');
      },
      exportTo: async (format, file) => void stores.exports.push({ format, file }),
    },
  };
  return stores;
}
