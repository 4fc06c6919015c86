/**
 * The composition root: builds the adapters, wires them to the core and to each other. It
 * receives Electron as typed ports (see platform/electronPorts.ts) and the stores as small
 * interfaces, so integration tests run the whole app against fakes; main/index.ts passes the
 * real modules.
 */
import path from 'node:path';
import type { AppSnapshot, RoutinePlan, SessionView, WelcomeChoices } from '../common/ipc';
import { applyPreferencesPatch, DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch, type WorkHours } from '../common/preferences';
import type { Emphasis } from '../common/routine';
import { reminderSubtitle } from '../common/routineSummary';
import { firstWorkingNotifier, type Notifier } from './core/notifier';
import { placeInCorner } from './core/placement';
import { CATALOG, composeRoutine, findExercise, NO_REPEAT_WINDOW } from './core/routines';
import { recentRoutines, toHistoryRecord } from './core/history';
import type { SchedulerEffect, SchedulerStatus, TimeZoneRules } from './core/scheduler';
import { computeStats, summaryAfter, type StatsContext } from './core/stats';
import { exportHistoryToFile } from './platform/historyExport';
import type { HistoryStore } from './platform/historyStore';
import type { TrayAction } from './core/trayMenu';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './platform/appProtocol';
import { setStartAtLogin } from './platform/autoLaunch';
import type { ElectronPorts } from './platform/electronPorts';
import { registerIpcHandlers, type IpcImplementation, type IpcLogger } from './platform/ipcHandlers';
import { layoutReminder } from './platform/reminderLayout';
import { electronNotifier } from './platform/notifiers';
import { hostZone, nodeTimer, SchedulerShell, systemClock, type Clock, type TimerPort } from './platform/schedulerShell';
import { isTrustedSender } from './platform/senderPolicy';
import { lockDownSession } from './platform/sessionSecurity';
import { TrayController } from './platform/trayController';
import { createWindowFactory, WINDOW_LOOKS, type WindowKind } from './platform/windowFactory';
import { WindowManager } from './platform/windowManager';

/** What survives a restart besides preferences and history. */
export interface AppState {
  readonly firstRunComplete: boolean;
  /** The scheduler's persisted snapshot; validated by the scheduler itself on start. */
  readonly scheduler: unknown;
  readonly lastEmphasis: Emphasis | null;
}

/** A store's later problems (a save that failed, a folder that became read-only). */
type NoticeSource = { onNotice?(listener: (notice: string) => void): unknown };

export interface LimberStores {
  readonly preferences: NoticeSource & {
    /** Read once at start; `notice` says what had to be repaired, if anything. */
    load(): { readonly value: Preferences; readonly notice: string | null };
    save(value: Preferences): void;
  };
  readonly appState: NoticeSource & {
    load(): AppState;
    save(patch: Partial<AppState>): void;
    takeNotice?(): string | null;
  };
  /** platform/historyStore.ts on disk; kept in memory, appended to, flushed on quit. */
  readonly history: HistoryStore;
}

export interface LimberEnvironment {
  /** Folder of the built renderer pages, served as app://limber/. */
  readonly rendererRoot: string;
  readonly preloadPath: string;
  /** Folder holding tray/ icons. */
  readonly assetsDir: string;
  /** The Vite dev server under `npm run dev`, otherwise null. */
  readonly devServerUrl: string | null;
  readonly platform: NodeJS.Platform;
  readonly logger: IpcLogger;
  /**
   * Opens the stores. May be async (electron-store is loaded with a dynamic import); the app
   * scheme and the single-instance lock are settled before, synchronously, as Electron needs.
   */
  readonly openStores: () => LimberStores | Promise<LimberStores>;
  /** Extra notifiers tried after Electron's (node-notifier in the app); silent() follows the sound preference. */
  readonly fallbackNotifiers?: (options: { silent: () => boolean }) => readonly Notifier[];
  /** Defaults: the system clock and Node's timers. Tests pass controllable ones. */
  readonly clock?: Clock;
  readonly timer?: TimerPort;
  /** Defaults to the host's time zone, read afresh at every use. */
  readonly zone?: TimeZoneRules;
  /** Writes the XDG autostart entry etc.; defaults to platform/autoLaunch.ts. */
  readonly setStartAtLogin?: (enabled: boolean) => Promise<void>;
}

export interface LimberHandle {
  readonly windows: WindowManager;
  readonly ready: Promise<void>;
  snapshot(): AppSnapshot;
  /** The shell, once the app is ready (for tests and diagnostics). */
  scheduler(): SchedulerShell | null;
  tray(): TrayController | null;
  /** What a click in the tray menu does (for the Electron e2e suite, which cannot click it). */
  trayAction(action: TrayAction): void;
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

  // Everything is read once at boot and then lives in memory: no disk read on a wake-up.
  let stores: LimberStores | null = null;
  let preferences: Preferences = DEFAULT_PREFERENCES;
  let firstRunComplete = false;
  let lastEmphasis: Emphasis | null = null;
  let notice: string | null = null;
  const clock = env.clock ?? systemClock;
  const zone = env.zone ?? hostZone;
  const statsContext = (): StatsContext => ({ nowWallMs: clock.wallMs(), zone, prefs: preferences });
  const booted = (): LimberStores => {
    if (stores === null) throw new Error('Limber is still starting.');
    return stores;
  };
  const addNotice = (text: string | null | undefined) => {
    if (!text) return;
    notice = notice ? `${notice} ${text}` : text;
    publish();
  };

  function boot(opened: LimberStores): unknown {
    stores = opened;
    const loaded = opened.preferences.load();
    preferences = loaded.value;
    const state = opened.appState.load();
    firstRunComplete = state.firstRunComplete;
    lastEmphasis = state.lastEmphasis;
    for (const text of [loaded.notice, opened.appState.takeNotice?.(), opened.history.takeNotice()]) addNotice(text);
    opened.preferences.onNotice?.(addNotice);
    opened.appState.onNotice?.(addNotice);
    return state.scheduler;
  }

  let shell: SchedulerShell | null = null;
  let tray: TrayController | null = null;
  let status: SchedulerStatus | null = null;
  let session: SessionView | null = null;
  /** Exercises the player reported for the routine that is ending, for its history record. */
  let reportedExerciseIds: readonly string[] = [];

  const devOrigin = env.devServerUrl === null ? null : new URL(env.devServerUrl).origin;
  const createWindow = createWindowFactory({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: env.preloadPath,
    pageOrigin: devOrigin ?? APP_ORIGIN,
    devTools: devOrigin !== null,
  });
  const windows = new WindowManager((kind) => createWindow(kind, kind === 'reminder' ? cardPosition() : {}), onWindowClosed);

  function cardPosition() {
    const display = electron.screen.getDisplayNearestPoint(electron.screen.getCursorScreenPoint());
    const look = WINDOW_LOOKS.reminder.options;
    const place = placeInCorner(display.workArea, { width: look.width ?? 380, height: look.height ?? 520 }, preferences.reminderCorner);
    return { x: place.x, y: place.y };
  }

  const todaysPlan = (): string[] => (shell?.planDay() ?? []).map((r) => r.localTime);

  const snapshot = (): AppSnapshot => ({
    preferences,
    statusText: status?.text ?? 'Starting…',
    todaysPlan: todaysPlan(),
    firstRunComplete,
    session,
    notice,
  });
  // Windows only: with nothing open, nothing is computed or sent.
  const publish = () => {
    if (windows.aliveCount > 0) windows.broadcast('snapshotChanged', snapshot());
  };

  function composePlan(seedBase: number): RoutinePlan {
    const result = composeRoutine({
      prefs: preferences,
      recentRoutines: recentRoutines(booted().history.records(), NO_REPEAT_WINDOW),
      seed: seedBase,
      lastEmphasis: lastEmphasis ?? undefined,
    });
    lastEmphasis = result.routine.emphasis;
    booted().appState.save({ lastEmphasis });
    const exercises = result.routine.exerciseIds.map((id) => findExercise(id)).filter((e) => e !== undefined);
    return { routine: result.routine, exercises, relaxed: result.relaxed };
  }

  const silent = () => !preferences.soundEnabled;
  const notifier = firstWorkingNotifier([
    electronNotifier(electron.Notification, { silent, iconPath: path.join(env.assetsDir, 'icons', '256x256.png') }),
    ...(env.fallbackNotifiers?.({ silent }) ?? []),
  ]);

  function showReminder(effect: Extract<SchedulerEffect, { kind: 'showReminder' }>) {
    const plan = session?.kind === 'reminder' && effect.again ? session.plan : composePlan(clock.wallMs() + effect.reminderId);
    session = { kind: 'reminder', plan, snoozesLeft: effect.snoozesLeft, snoozeMinutes: preferences.snoozeMinutes };
    const style = preferences.reminderStyle;
    if (style === 'card' || style === 'both') windows.open('reminder', { focus: false });
    if (style === 'notification' || style === 'both') {
      void notifier
        .notify({ title: 'Time to move', body: reminderSubtitle(plan), onClick: startNow })
        .then((outcome) => {
          if (!outcome.shown) {
            env.logger.warn(`Notification not shown: ${outcome.reason}`);
            // With no notification and no card, the reminder would be invisible: show the card.
            if (style === 'notification' && session?.kind === 'reminder') windows.open('reminder', { focus: false });
          }
        });
    }
    publish();
  }

  function startFromReminder() {
    if (session?.kind !== 'reminder') return;
    session = { kind: 'routine', plan: session.plan, origin: 'reminder' };
    shell?.startRoutine();
    publish();
  }

  /** "Start a routine now" (tray, notification click): plays the due reminder's routine if there is one. */
  function startNow() {
    if (session?.kind === 'reminder') startFromReminder();
    else if (session === null) {
      session = { kind: 'routine', plan: composePlan(clock.wallMs()), origin: 'manual' };
      shell?.startRoutine();
      publish();
    }
    windows.open('reminder', { focus: true });
  }

  function onWindowClosed(kind: WindowKind) {
    if (kind !== 'reminder' || session === null) return;
    // A card closed without an answer ("Close for now", or closed from outside the page) is
    // hidden, not answered: the reminder stays due, a natural break still resolves it, and
    // "Start a routine now" plays its routine (docs/decisions/0005-reminder-keyboard.md).
    if (session.kind === 'reminder') return;
    session = null;
    // A player closed without reporting (crash, forced close): the routine ends here.
    if (status?.routineRunning) shell?.finishRoutine('stopped', 0);
    publish();
  }

  function refreshTray() {
    if (status) tray?.update({ ...status, snoozeMinutes: preferences.snoozeMinutes });
  }

  function performEffects(effects: readonly SchedulerEffect[]) {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'showReminder':
          showReminder(effect);
          break;
        case 'closeReminder':
          // 'started' turns the card into the player: the window stays.
          if (effect.reason !== 'started' && session?.kind === 'reminder') {
            session = null;
            windows.close('reminder');
          }
          break;
        case 'recordHistory': {
          const ids = effect.entry.routine ? reportedExerciseIds : [];
          reportedExerciseIds = [];
          booted().history.append(toHistoryRecord(effect.entry, zone.offsetMinutesAt(effect.entry.atWallMs), ids.length > 0 ? { exerciseIds: ids } : undefined));
          break;
        }
        case 'persistState':
          booted().appState.save({ scheduler: effect.snapshot });
          break;
        case 'publishStatus':
          status = effect.status;
          refreshTray();
          publish();
          break;
      }
    }
  }

  function onTrayAction(action: TrayAction) {
    switch (action.kind) {
      case 'startNow':
        return startNow();
      case 'snooze':
        return shell?.snooze();
      case 'pause':
        return shell?.pause(action.length);
      case 'resume':
        return shell?.resume();
      case 'open':
        return void windows.open(action.window);
      case 'quit':
        return app.quit();
    }
  }

  const applyStartAtLogin =
    env.setStartAtLogin ??
    ((enabled: boolean) => setStartAtLogin(enabled, { platform: env.platform, app, execPath: process.execPath, env: process.env }));
  const syncStartAtLogin = () =>
    applyStartAtLogin(preferences.startAtLogin).catch((error: unknown) => env.logger.warn(`Start at login not updated: ${String(error)}`));

  function setPreferences(next: Preferences) {
    const loginChanged = next.startAtLogin !== preferences.startAtLogin;
    preferences = next;
    booted().preferences.save(next);
    // The running scheduler takes the new values at once; sitting time carries on.
    shell?.setPreferences(next);
    if (loginChanged) void syncStartAtLogin();
    refreshTray();
    publish();
  }

  /** The current preferences with a patch applied, or the schema's messages as an error. */
  function patched(patch: PreferencesPatch): Preferences {
    const next = applyPreferencesPatch(preferences, patch);
    if (!next.ok) throw new Error(next.issues.map((i) => i.message).join(' '));
    return next.value;
  }

  const implementation: IpcImplementation = {
    getSnapshot: () => snapshot(),
    updatePreferences: (patch) => {
      setPreferences(patched(patch));
      return preferences;
    },
    completeWelcome: (choices) => {
      const next = patched({
        workHours: workHoursFromWelcome(choices, preferences.workHours),
        positions: choices.positions,
        equipment: choices.equipment,
      });
      firstRunComplete = true;
      booted().appState.save({ firstRunComplete });
      setPreferences(next);
      windows.close('welcome');
    },
    startRoutineNow: () => startNow(),
    respondToReminder: ({ action }) => {
      if (action === 'start') return startFromReminder();
      if (action === 'snooze') return shell?.snooze();
      return shell?.skip();
    },
    reportRoutineOutcome: (outcome) => {
      if (session?.kind !== 'routine') throw new Error('No routine is running.');
      reportedExerciseIds = outcome.exerciseIds;
      shell?.finishRoutine(outcome.outcome, outcome.activeSeconds);
      reportedExerciseIds = [];
      return summaryAfter(booted().history.records(), statsContext());
    },
    excludeExercise: ({ exerciseId }) => {
      if (!findExercise(exerciseId)) throw new Error(`No exercise "${exerciseId}".`);
      if (!preferences.excludedExercises.includes(exerciseId)) {
        setPreferences({ ...preferences, excludedExercises: [...preferences.excludedExercises, exerciseId] });
      }
    },
    pauseReminders: ({ length }) => shell?.pause(length),
    resumeReminders: () => shell?.resume(),
    openWindow: ({ window }) => void windows.open(window),
    closeWindow: (_payload, caller) => void windows.closeByWebContentsId(caller.webContentsId),
    listExercises: () => CATALOG,
    getStats: () => computeStats(booted().history.records(), statsContext()),
    exportHistory: ({ format }) =>
      exportHistoryToFile(format, {
        chooseSavePath: async (defaultName) => {
          const choice = await electron.dialog.showSaveDialog({
            title: 'Export Limber history',
            defaultPath: defaultName,
            filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
          });
          return choice.canceled || !choice.filePath ? null : choice.filePath;
        },
        records: () => booted().history.records(),
        now: () => clock.wallMs(),
        zone,
      }),
    dismissNotice: () => {
      notice = null;
      publish();
    },
    setReminderLayout: ({ layout }, caller) => layoutReminder(windows, electron.screen, caller.webContentsId, layout, preferences),
  };

  app.on('second-instance', () => {
    if (stores !== null) windows.open('preferences');
  });
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    // Saves sitting time and pause state for the next start, then waits for the history's
    // last write before letting Electron quit.
    event.preventDefault();
    shell?.stop();
    shell = null;
    void (stores?.history.flush() ?? Promise.resolve()).finally(() => {
      flushed = true;
      app.quit();
    });
  });

  const ready = Promise.all([app.whenReady(), env.openStores()]).then(([, opened]) => {
    const restored = boot(opened);
    if (env.platform === 'darwin') app.dock?.hide();
    lockDownSession(electron.session.defaultSession);
    handleAppProtocol(electron.protocol, env.rendererRoot);
    registerIpcHandlers(electron.ipcMain, implementation, (frame) => isTrustedSender(frame, devOrigin), env.logger);
    tray = new TrayController({
      Tray: electron.Tray,
      Menu: electron.Menu,
      theme: electron.nativeTheme,
      platform: env.platform,
      assetsDir: env.assetsDir,
      onAction: onTrayAction,
    });
    shell = new SchedulerShell({
      clock,
      idle: electron.powerMonitor,
      power: electron.powerMonitor,
      timer: env.timer ?? nodeTimer,
      prefs: preferences,
      zone,
      onEffects: performEffects,
      onError: (error) => env.logger.warn(`Scheduler effect failed: ${error instanceof Error ? error.message : String(error)}`),
    });
    shell.start(restored);
    void syncStartAtLogin();
    if (!firstRunComplete) windows.open('welcome');
  });

  return { windows, ready, snapshot, scheduler: () => shell, tray: () => tray, trayAction: onTrayAction };
}
