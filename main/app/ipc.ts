/**
 * The IPC contract's implementation: each method is a command for the dispatcher, a change for
 * the owner of that piece of state, or a read. Every call is one publishing batch.
 */
import type { WindowName } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import type { HistoryRecord } from '../core/history';
import { CATALOG, findExercise } from '../core/routines';
import type { SessionInput } from '../core/session';
import { computeStats, summaryAfter, type StatsContext } from '../core/stats';
import type { IpcImplementation } from '../platform/ipcHandlers';
import type { CommandDispatcher } from './commands';
import type { LivePreferences } from './preferences';
import type { FirstRun } from './welcome';
import { welcomePatch } from './welcome';

export interface IpcTargets {
  readonly run: CommandDispatcher;
  readonly preferences: LivePreferences;
  readonly firstRun: FirstRun;
  readonly session: { send(input: SessionInput): void };
  readonly status: { snapshot(): ReturnType<IpcImplementation['getSnapshot']>; dismissNotice(): void; batch<T>(work: () => T): T };
  readonly windows: { close(window: WindowName): void; closeByWebContentsId(id: number): boolean };
  history(): readonly HistoryRecord[];
  statsContext(): StatsContext;
  exportHistory: IpcImplementation['exportHistory'];
  setReminderLayout: IpcImplementation['setReminderLayout'];
  getAbout: IpcImplementation['getAbout'];
  copyDiagnostics: IpcImplementation['copyDiagnostics'];
}

export function createIpcImplementation(t: IpcTargets): IpcImplementation {
  const prefs = t.preferences;
  const setPreferences = (next: Preferences) => prefs.set(next);
  const implementation: IpcImplementation = {
    getSnapshot: () => t.status.snapshot(),
    updatePreferences: (patch) => {
      setPreferences(prefs.patched(patch));
      return prefs.current;
    },
    completeWelcome: (choices) => {
      const next = prefs.patched(welcomePatch(choices, prefs.current.workHours));
      t.firstRun.finish();
      setPreferences(next);
      t.windows.close('welcome');
    },
    startRoutineNow: () => t.run({ kind: 'startNow' }),
    respondToReminder: ({ action }) => t.run({ kind: 'answer', action }),
    reportRoutineOutcome: (outcome) => {
      t.session.send({ kind: 'routineReported', ...outcome });
      return summaryAfter(t.history(), t.statsContext());
    },
    excludeExercise: ({ exerciseId }) => {
      if (!findExercise(exerciseId)) throw new Error(`No exercise "${exerciseId}".`);
      if (!prefs.current.excludedExercises.includes(exerciseId)) {
        setPreferences({ ...prefs.current, excludedExercises: [...prefs.current.excludedExercises, exerciseId] });
      }
    },
    pauseReminders: ({ length }) => t.run({ kind: 'pause', length }),
    resumeReminders: () => t.run({ kind: 'resume' }),
    openWindow: ({ window }) => t.run({ kind: 'open', window }),
    closeWindow: (_payload, caller) => void t.windows.closeByWebContentsId(caller.webContentsId),
    listExercises: () => CATALOG,
    getStats: () => computeStats(t.history(), t.statsContext()),
    exportHistory: (request, caller) => t.exportHistory(request, caller),
    dismissNotice: () => t.status.dismissNotice(),
    setReminderLayout: (request, caller) => t.setReminderLayout(request, caller),
    getAbout: (payload, caller) => t.getAbout(payload, caller),
    copyDiagnostics: (payload, caller) => t.copyDiagnostics(payload, caller),
    runMenuAction: ({ action }) => t.run(action),
  };
  // One batch per call: whatever a call changes is published once, after it.
  const batched = {} as Record<string, unknown>;
  for (const [method, fn] of Object.entries(implementation) as [string, (p: unknown, c: unknown) => unknown][]) {
    batched[method] = (payload: unknown, caller: unknown) => t.status.batch(() => fn(payload, caller));
  }
  return batched as IpcImplementation;
}
