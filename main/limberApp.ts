/**
 * The composition root: builds the adapters, wires them to the core and to each other. It
 * receives Electron as typed ports (see platform/electronPorts.ts) so integration tests can run
 * the whole wiring against a fake; main/index.ts passes the real module.
 */
import { applyPreferencesPatch, DEFAULT_PREFERENCES, type Preferences, type WorkHours } from '../common/preferences';
import type { AppSnapshot, WelcomeChoices } from '../common/ipc';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './platform/appProtocol';
import { CATALOG } from './core/routines/catalog';
import type { ElectronPorts } from './platform/electronPorts';
import { registerIpcHandlers, type IpcImplementation, type IpcLogger } from './platform/ipcHandlers';
import { isTrustedSender } from './platform/senderPolicy';
import { lockDownSession } from './platform/sessionSecurity';
import { createWindowFactory } from './platform/windowFactory';
import { WindowManager } from './platform/windowManager';

export interface LimberEnvironment {
  /** Folder of the built renderer pages, served as app://limber/. */
  readonly rendererRoot: string;
  readonly preloadPath: string;
  /** The Vite dev server under `npm run dev`, otherwise null. */
  readonly devServerUrl: string | null;
  readonly logger: IpcLogger;
}

export interface LimberHandle {
  readonly windows: WindowManager;
  readonly ready: Promise<void>;
  snapshot(): AppSnapshot;
}

export function workHoursFromWelcome(choices: WelcomeChoices, base: WorkHours): WorkHours {
  const days = { ...base.days };
  for (const day of Object.keys(days) as (keyof WorkHours['days'])[]) {
    days[day] = choices.workDays.includes(day) ? [{ start: choices.workStart, end: choices.workEnd }] : [];
  }
  return { enabled: true, days };
}

export function startLimber(electron: ElectronPorts, env: LimberEnvironment): LimberHandle | null {
  const { app } = electron;
  registerAppScheme(electron.protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  let preferences: Preferences = DEFAULT_PREFERENCES;
  let firstRunComplete = false;
  const statusText = 'Next break in 45 min';

  const devOrigin = env.devServerUrl === null ? null : new URL(env.devServerUrl).origin;
  const windows = new WindowManager(
    createWindowFactory({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: env.preloadPath,
      pageOrigin: devOrigin ?? APP_ORIGIN,
      devTools: devOrigin !== null,
    }),
  );

  let notice: string | null = null;
  const snapshot = (): AppSnapshot => ({ preferences, statusText, todaysPlan: [], firstRunComplete, session: null, notice });
  const publish = () => windows.broadcast('snapshotChanged', snapshot());

  const implementation: IpcImplementation = {
    getSnapshot: () => snapshot(),
    updatePreferences: (patch) => {
      const next = applyPreferencesPatch(preferences, patch);
      if (!next.ok) throw new Error(next.issues.map((i) => i.message).join(' '));
      preferences = next.value;
      publish();
      return preferences;
    },
    completeWelcome: (choices) => {
      preferences = {
        ...preferences,
        workHours: workHoursFromWelcome(choices, preferences.workHours),
        positions: choices.positions,
        equipment: choices.equipment,
      };
      firstRunComplete = true;
      windows.close('welcome');
      publish();
    },
    excludeExercise: ({ exerciseId }) => {
      if (!preferences.excludedExercises.includes(exerciseId)) {
        preferences = { ...preferences, excludedExercises: [...preferences.excludedExercises, exerciseId] };
        publish();
      }
    },
    openWindow: ({ window }) => {
      windows.open(window);
    },
    closeWindow: (_payload, caller) => {
      windows.closeByWebContentsId(caller.webContentsId);
    },
    startRoutineNow: () => notWired('startRoutineNow'),
    respondToReminder: () => notWired('respondToReminder'),
    reportRoutineOutcome: () => notWired('reportRoutineOutcome'),
    pauseReminders: () => notWired('pauseReminders'),
    resumeReminders: () => notWired('resumeReminders'),
    listExercises: () => CATALOG,
    getStats: () => notWired('getStats'),
    exportHistory: () => notWired('exportHistory'),
    dismissNotice: () => {
      notice = null;
      publish();
    },
  };

  app.on('second-instance', () => windows.open('preferences'));
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);

  const ready = app.whenReady().then(() => {
    lockDownSession(electron.session.defaultSession);
    handleAppProtocol(electron.protocol, env.rendererRoot);
    registerIpcHandlers(electron.ipcMain, implementation, (frame) => isTrustedSender(frame, devOrigin), env.logger);
    if (!firstRunComplete) windows.open('welcome');
  });

  return { windows, ready, snapshot };
}

function notWired(method: string): never {
  throw new Error(`${method} is not available until the scheduler is connected.`);
}
