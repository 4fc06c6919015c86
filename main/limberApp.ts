/**
 * The composition root: builds the adapters and the owners of each piece of state, and wires
 * them to the core and to each other. It owns no state itself (docs/architecture.md):
 *
 *   preferences     app/preferences.ts   (LivePreferences)
 *   first run       app/welcome.ts       (FirstRun)
 *   reminder window app/session.ts       (SessionDriver over the pure core/session reducer)
 *   status, notice  app/status.ts        (StatusBoard: tray + snapshot, once per batch)
 *   scheduling      platform/schedulerShell.ts over the pure core/scheduler
 *   what to do      app/commands.ts      (one dispatcher for tray, IPC, notification, CLI)
 *
 * It receives Electron as typed ports (platform/electronPorts.ts) and the stores as small
 * interfaces, so integration tests run the whole app against fakes; main/index.ts passes the
 * real modules.
 */
import { randomUUID } from 'node:crypto';
import { release } from 'node:os';
import path from 'node:path';
import { DisposableStore, toDisposable } from '../common/disposable';
import { NO_DESKTOP_LIMITS } from '../common/desktop';
import type { AppSnapshot, ReminderAction } from '../common/ipc';
import { BUSY_SIGNALS, type BusySignal, type DetectorAvailability } from '../common/busy';
import { DEFAULT_PREFERENCES, type Preferences } from '../common/preferences';
import { reminderSubtitle } from '../common/routineSummary';
import { FALLBACK_TIME_FORMAT, type TimeFormatSettings } from '../common/timeFormat';
import { firstWorkingNotifier, reminderButtons } from './core/notifier';
import type { BusyContext, BusyDetector, BusyReading } from './core/busy/busyPort';
import { placeInCorner } from './core/placement';
import { CardPlacement } from './app/cardPlacement';
import { alsoOnWake, UpdateNotice } from './app/updates';
import { checkForUpdate } from './platform/updateCheck';
import { createFocusedWindowSource } from './platform/focusedWindow';
import { enabledSignals, type SchedulerStatus } from './core/scheduler';
import { planRoutine } from './core/session';
import type { StatsContext } from './core/stats';
import { answerRequest, answerSecondLaunch, handOverData, type CommandLinePorts } from './app/commandLine';
import { createCommandDispatcher, type CommandDispatcher } from './app/commands';
import type { LimberEnvironment, LimberHandle, LimberStores } from './app/environment';
import { DesktopInfo } from './app/desktop';
import { createIpcImplementation } from './app/ipc';
import { installLifecycle } from './app/lifecycle';
import { LivePreferences } from './app/preferences';
import { schedulerEffectPerformer } from './app/schedulerEffects';
import { SessionDriver } from './app/session';
import { StartShortcut } from './app/startShortcut';
import { StatusBoard } from './app/status';
import { FirstRun } from './app/welcome';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './platform/appProtocol';
import { setStartAtLogin } from './platform/autoLaunch';
import { askRunningLimber, cliSocketPath, serveCliReplies } from './platform/cliChannel';
import type { ElectronPorts, SecondInstanceListener } from './platform/electronPorts';
import { nodeBusyDeps } from './platform/busy/busyDeps';
import { checkBusy, DEFAULT_BUSY_TIMEOUT_MS } from './platform/busy/checkBusy';
import { createBusyDetectors } from './platform/busy/createBusyDetectors';
import { diagnosticsReport } from './platform/diagnostics';
import { exportHistoryToFile } from './platform/historyExport';
import { registerIpcHandlers } from './platform/ipcHandlers';
import { electronNotifier } from './platform/notifiers';
import { layoutReminder } from './platform/reminderLayout';
import { hostZone, nodeTimer, SchedulerShell, systemClock } from './platform/schedulerShell';
import { isTrustedSender } from './platform/senderPolicy';
import { lockDownSession } from './platform/sessionSecurity';
import { TrayController } from './platform/trayController';
import { statusNotifierWatcherOwned, type WatcherAnswer } from './platform/trayWatcher';
import { windowBackend } from './platform/windowBackend';
import { createWindowFactory, WINDOW_LOOKS } from './platform/windowFactory';
import { WindowManager } from './platform/windowManager';

export type { AppState, LimberEnvironment, LimberHandle, LimberStores } from './app/environment';
export { workHoursFromWelcome } from './app/welcome';

/** The owners, once the stores are open. */
interface Running {
  readonly status: StatusBoard;
  readonly session: SessionDriver;
  readonly run: CommandDispatcher;
  shell(): SchedulerShell | null;
  tray(): TrayController | null;
}

export function startLimber(electron: ElectronPorts, env: LimberEnvironment): LimberHandle | null {
  const { app } = electron;
  registerAppScheme(electron.protocol);
  // The command line (app/commandLine.ts): a launch that waits for an answer hands over a token.
  const launch = env.launch ?? { args: [], request: null };
  const token = launch.request !== null && launch.request.kind !== 'help' ? randomUUID() : null;
  const socketPath = env.cliSocketPath === undefined ? cliSocketPath(app.getPath('userData'), env.platform) : env.cliSocketPath;
  if (!app.requestSingleInstanceLock(handOverData(launch.args, token))) {
    if (token === null || socketPath === null) {
      app.quit();
      return null;
    }
    void askRunningLimber(socketPath, token).then((reply) => {
      env.terminal?.print(reply.text, reply.ok);
      app.exit(reply.ok ? 0 : 1);
    });
    return null;
  }
  // Second launches can arrive between ready and the stores opening: they wait for boot.
  const launches: unknown[] = [];
  let answerLaunch: ((additionalData: unknown) => void) | null = null;
  const onSecondInstance: SecondInstanceListener = (_event, _argv, _cwd, additionalData) =>
    void (answerLaunch ? answerLaunch(additionalData) : launches.push(additionalData));
  app.on('second-instance', onSecondInstance);
  // Wired before boot, so boot adds it to the disposables it undoes at quit.
  const secondInstances = toDisposable(() => app.off('second-instance', onSecondInstance));
  const replies = socketPath === null ? null : serveCliReplies(socketPath, { log: (message) => env.logger.warn(message) });

  const clock = env.clock ?? systemClock;
  let timeFormat: TimeFormatSettings = FALLBACK_TIME_FORMAT;
  const zone = env.zone ?? hostZone;
  const desktopEnv = env.desktopEnv ?? process.env;
  // What this desktop allows (Wayland, no tray): app/desktop.ts.
  const desktop = new DesktopInfo({
    platform: env.platform,
    desktop: env.platform === 'linux' ? (desktopEnv['XDG_CURRENT_DESKTOP'] ?? '') : '',
    backend: windowBackend(env.platform, desktopEnv, env.argv ?? process.argv),
  });
  let running: Running | null = null;
  let corner = DEFAULT_PREFERENCES.reminderCorner;
  let displayChoice = DEFAULT_PREFERENCES.cardDisplay;

  const devOrigin = env.devServerUrl === null ? null : new URL(env.devServerUrl).origin;
  const createWindow = createWindowFactory({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: env.preloadPath,
    pageOrigin: devOrigin ?? APP_ORIGIN,
    devTools: devOrigin !== null,
  });
  // The display under the pointer, the primary one, or the focused window's (decision 0065);
  // Wayland tells no app where the pointer is: the primary display then (decision 0062).
  const placement = new CardPlacement(
    electron.screen,
    env.focusedWindow ?? createFocusedWindowSource(env.platform, nodeBusyDeps({ env: desktopEnv })),
    () => desktop.cursorKnown,
    () => displayChoice,
    () => running?.status.changed(),
  );
  const cardDisplay = () => placement.display();
  const cardPosition = () => {
    const display = cardDisplay();
    const look = WINDOW_LOOKS.reminder.options;
    const place = placeInCorner(display.workArea, { width: look.width ?? 380, height: look.height ?? 520 }, corner);
    return { x: place.x, y: place.y };
  };
  const detectors = env.busyDetectors ?? createBusyDetectors(env.platform, nodeBusyDeps());
  /** What a busy check needs: the display the card would appear on, the apps the user listed. */
  const cardContext = (prefs: Preferences): BusyContext => {
    const display = cardDisplay();
    return { display: { ...display.bounds, scaleFactor: display.scaleFactor }, listedApps: prefs.busyApps.map((a) => a.toLowerCase()) };
  };
  // A failing detector counts as "not busy" each time; it is logged once, not once a minute.
  const reportedBusyFailures = new Set<string>();
  const reportBusyFailures = (reading: BusyReading) => {
    for (const f of reading.failed) {
      if (reportedBusyFailures.has(f.signal)) continue;
      reportedBusyFailures.add(f.signal);
      env.logger.warn(`Busy detector "${f.signal}" failed (counted as not busy): ${f.error}`);
    }
  };
  const windows = new WindowManager(
    (kind) => createWindow(kind, kind === 'reminder' ? cardPosition() : {}),
    (kind) => {
      if (kind === 'reminder') running?.status.batch(() => running?.session.send({ kind: 'windowClosed' }));
      // Without a tray, the welcome's end must leave a way in: the panel (decision 0061).
      if (kind === 'welcome' && desktop.trayless) void windows.open('panel');
    },
    (kind, what) => env.logger.warn(`The ${kind} window was closed: ${what}.`),
  );

  function boot(stores: LimberStores): void {
    timeFormat = typeof env.timeFormat === 'function' ? env.timeFormat() : (env.timeFormat ?? FALLBACK_TIME_FORMAT);
    const loaded = stores.preferences.load();
    const state = stores.appState.load();
    const disposables = new DisposableStore();
    let shell: SchedulerShell | null = null;
    let tray: TrayController | null = null;

    const preferences = new LivePreferences(loaded.value, (value) => stores.preferences.save(value));
    const firstRun = new FirstRun(state.firstRunComplete, (firstRunComplete) => stores.appState.save({ firstRunComplete }));
    let updates: UpdateNotice | null = null;
    const status = new StatusBoard(
      {
        preferences: () => preferences.current,
        firstRunComplete: () => firstRun.complete,
        session: () => session.view,
        todaysPlan: () => (shell?.planDay() ?? []).map((r) => r.localTime),
        busyAvailability: () => busyAvailability,
        desktop: (): AppSnapshot['desktop'] => {
          const scheduler: SchedulerStatus | null = status.status;
          return desktop.view(scheduler && { ...scheduler, snoozeMinutes: preferences.current.snoozeMinutes });
        },
        timeFormat: () => timeFormat,
        focusedWindowDisplay: () => placement.availability,
        releaseOnOffer: () => updates?.available ?? null,
      },
      { windows, tray: () => tray },
    );

    // A held reminder offered at the hold limit is silent whatever the sound setting.
    let quietNotice = false;
    const silent = () => quietNotice || !preferences.current.soundEnabled;
    // Windows: node-notifier's toasts first, for their buttons; Electron's after (decision 0069).
    const notifier = firstWorkingNotifier([
      ...(env.platformNotifiers?.({ silent }) ?? []),
      electronNotifier(electron.Notification, { silent, iconPath: path.join(env.assetsDir, 'icons', '256x256.png'), buttons: env.platform === 'darwin' }),
    ]);
    const session: SessionDriver = new SessionDriver(
      state.lastEmphasis,
      () => ({
        reminderStyle: preferences.current.reminderStyle,
        snoozeMinutes: preferences.current.snoozeMinutes,
        composePlan: (request) => planRoutine(preferences.current, stores.history.records(), request),
      }),
      {
        window: {
          open: (focus) => void placement.follow(windows.open('reminder', { focus }), () => corner),
          close: () => windows.close('reminder'),
        },
        notify: ({ reminderId, plan, quiet }) => {
          quietNotice = quiet === true;
          const title = quietNotice ? 'Your break is waiting — whenever you’re free' : 'Time to move';
          const view = session.view;
          const buttons = reminderButtons({ minutes: preferences.current.snoozeMinutes, allowed: view?.kind !== 'reminder' || view.snoozesLeft !== 0 });
          // Each answer is the command the tray (Start, Snooze) or the card (Skip) sends, for this
          // reminder only: the dispatcher refuses it once another is due or none is.
          const onAnswer = (action: ReminderAction) => {
            try {
              run({ kind: 'notificationAnswer', reminderId, action });
            } catch (error) {
              env.logger.warn(`Notification answer "${action}" not taken: ${error instanceof Error ? error.message : String(error)}`);
            }
          };
          const sent = notifier.notify({ title, body: reminderSubtitle(plan), buttons, onAnswer });
          quietNotice = false;
          void sent.then((outcome) => {
            if (outcome.shown) return;
            env.logger.warn(`Notification not shown: ${outcome.reason}`);
            status.batch(() => session.send({ kind: 'notificationFailed', reminderId }));
          });
        },
        scheduler: () => shell,
        saveEmphasis: (lastEmphasis) => stores.appState.save({ lastEmphasis }),
        changed: () => status.changed(),
      },
    );
    // The optional global shortcut: a press is the tray's Start a routine now (decision 0070).
    const startShortcut = new StartShortcut({
      shortcuts: electron.globalShortcut,
      start: () => {
        try {
          run({ kind: 'startNow' });
        } catch (error) {
          env.logger.warn(`Shortcut not taken: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      problem: (text) => {
        env.logger.warn(text);
        status.addNotice(text);
      },
    });
    const run = createCommandDispatcher({
      session,
      scheduler: () => shell,
      openWindow: (window) => void windows.open(window),
      openReleasePage: () => {
        const release = updates?.available;
        if (release) electron.shell.openExternal(release.url).catch((error: unknown) => env.logger.warn(`Release page not opened: ${String(error)}`));
      },
      quit: () => app.quit(),
      wallMs: () => clock.wallMs(),
      batch: (work) => status.batch(work),
    });

    const applyStartAtLogin =
      env.setStartAtLogin ??
      ((enabled: boolean) => setStartAtLogin(enabled, { platform: env.platform, app, execPath: process.execPath, env: process.env }));
    const syncStartAtLogin = () =>
      applyStartAtLogin(preferences.current.startAtLogin).catch((error: unknown) => env.logger.warn(`Start at login not updated: ${String(error)}`));
    disposables.add(
      preferences.onChange((next, previous) =>
        status.batch(() => {
          corner = next.reminderCorner;
          displayChoice = next.cardDisplay;
          if (next.updateNotice !== previous.updateNotice) {
            if (next.updateNotice) void updates?.maybeCheck();
            else updates?.disabled();
          }
          // The running scheduler takes the new values at once; sitting time carries on.
          shell?.setPreferences(next);
          if (next.trayIcon !== previous.trayIcon) tray?.setIconColour(next.trayIcon);
          if (next.startAtLogin !== previous.startAtLogin) void syncStartAtLogin();
          startShortcut.apply(next);
          status.changed();
        }),
      ),
    );
    corner = preferences.current.reminderCorner;
    displayChoice = preferences.current.cardDisplay;

    const implementation = createIpcImplementation({
      run,
      preferences,
      firstRun,
      session,
      status,
      windows,
      history: () => stores.history.records(),
      statsContext: (): StatsContext => ({ nowWallMs: clock.wallMs(), zone, prefs: preferences.current }),
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
          records: () => stores.history.records(),
          now: () => clock.wallMs(),
          zone,
        }),
      setReminderLayout: ({ layout }, caller) => layoutReminder(windows, electron.screen, caller.webContentsId, layout, preferences.current),
      getAbout: () => ({ version: env.appVersion ?? 'development', logFile: env.log?.file ?? null }),
      copyDiagnostics: () =>
        electron.clipboard.writeText(
          diagnosticsReport({
            appVersion: env.appVersion ?? 'development',
            versions: process.versions,
            platform: env.platform,
            arch: process.arch,
            osRelease: release(),
            dataFolder: app.getPath('userData'),
            logFile: env.log?.file ?? null,
            preferences: preferences.current,
            logLines: env.log?.recent() ?? [],
            desktopLimits: desktop.view(null).limits,
            nowWallMs: clock.wallMs(),
          }),
        ),
    });

    for (const text of [loaded.notice, stores.appState.takeNotice?.(), stores.history.takeNotice()]) status.addNotice(text);
    stores.preferences.onNotice?.((text) => status.addNotice(text));
    stores.appState.onNotice?.((text) => status.addNotice(text));
    stores.history.onNotice?.((text) => status.addNotice(text));

    if (env.platform === 'darwin') app.dock?.hide();
    lockDownSession(electron.session.defaultSession);
    handleAppProtocol(electron.protocol, env.rendererRoot);
    disposables.add(toDisposable(registerIpcHandlers(electron.ipcMain, implementation, (frame) => isTrustedSender(frame, devOrigin), env.logger)));
    tray = new TrayController({
      Tray: electron.Tray,
      Menu: electron.Menu,
      theme: electron.nativeTheme,
      platform: env.platform,
      desktop: desktop.facts.desktop,
      iconColour: preferences.current.trayIcon,
      assetsDir: env.assetsDir,
      onAction: run,
    });
    const trayHandle = tray;
    disposables.add(
      toDisposable(() => {
        tray = null;
        trayHandle.dispose();
      }),
    );
    startShortcut.apply(preferences.current);
    disposables.add(startShortcut);
    // Asked once at start (cheap, no spawn on Linux); the preferences say where one cannot work.
    let busyAvailability: AppSnapshot['busyAvailability'] = null;
    void detectorAvailability(detectors).then((found) => {
      busyAvailability = found;
      status.changed();
    });
    shell = new SchedulerShell({
      clock,
      busy: {
        check: (prefs) =>
          // Where the focused window is now, so the card (and the full-screen check) use its display.
          placement
            .refresh()
            .then(() => checkBusy(detectors, enabledSignals(prefs), cardContext(prefs), { timeoutMs: DEFAULT_BUSY_TIMEOUT_MS }))
            .then((reading) => {
              reportBusyFailures(reading);
              return reading;
            }),
      },
      idle: desktop.watchIdle(electron.powerMonitor, () => status.changed()),
      power: electron.powerMonitor,
      // The update check looks in at each of the scheduler's wake-ups (no timer of its own).
      timer: alsoOnWake(env.timer ?? nodeTimer, () => void updates?.maybeCheck()),
      prefs: preferences.current,
      zone,
      timeFormat,
      onEffects: schedulerEffectPerformer({ session, history: stores.history, appState: stores.appState, status, zone, wallMs: () => clock.wallMs() }),
      onError: (error) => env.logger.warn(`Scheduler effect failed: ${error instanceof Error ? error.message : String(error)}`),
    });
    installLifecycle(app, {
      // Clicking Limber in Finder or Spotlight asks for its window: the welcome until it is done.
      onActivate: () => run({ kind: 'open', window: firstRun.complete ? 'preferences' : 'welcome' }),
      stop: () => {
        shell?.stop();
        shell = null;
      },
      disposables,
      flush: () => stores.history.flush(),
    });
    running = { status, session, run, shell: () => shell, tray: () => tray };
    updates = new UpdateNotice({
      enabled: () => preferences.current.updateNotice,
      check: () =>
        env.updateCheck
          ? checkForUpdate({ ...env.updateCheck, currentVersion: env.appVersion ?? 'development' })
          : Promise.resolve({ kind: 'unconfigured', reason: 'this build has no update check' } as const),
      wallMs: () => clock.wallMs(),
      saved: { checkedMs: state.updateCheckedMs ?? null, announced: state.updateAnnounced ?? null },
      save: (patch) => stores.appState.save(patch),
      announce: (release) =>
        void notifier.notify({ title: `Limber ${release.version} is available`, body: 'Click to open its release page.', buttons: [], onAnswer: () => run({ kind: 'openReleasePage' }) }),
      changed: () => status.changed(),
      log: (message) => env.logger.warn(message),
    });
    shell.start(state.scheduler);
    void updates.maybeCheck();
    void syncStartAtLogin();
    if (!firstRun.complete) windows.open('welcome');
    // No tray to hold the menu (GNOME without AppIndicator): the panel holds it (decision 0061).
    if (env.platform === 'linux') {
      const askWatcher = env.trayWatcher ?? (() => statusNotifierWatcherOwned(nodeBusyDeps({ env: desktopEnv })));
      // A detection that fails any way at all is "cannot tell": assume a tray (decision 0061).
      void Promise.resolve()
        .then(askWatcher)
        .catch((error: unknown): WatcherAnswer => ({ owned: null, why: error instanceof Error ? error.message : String(error) }))
        .then((answer) => {
          if (answer.owned === null) env.logger.warn(`Could not tell whether a tray is shown (${answer.why}); assuming one is.`);
          if (!desktop.watcherAnswered(answer.owned)) return;
          env.logger.warn('No StatusNotifierWatcher on the session bus: no tray icon can be shown; Limber opens its panel instead.');
          status.batch(() => {
            if (firstRun.complete) windows.open('panel');
            status.changed();
          });
        })
        .catch((error: unknown) => env.logger.warn(`Could not open the panel for a missing tray: ${error instanceof Error ? error.message : String(error)}`));
    }

    // The command line: this launch's own request, then second launches, each as the tray's command.
    const commandLine: CommandLinePorts = {
      run,
      status: () => status.status,
      todaysPlan: () => status.snapshot().todaysPlan,
      // A plain second launch asks for Limber: without a tray that is its panel.
      openPreferences: () => run({ kind: 'open', window: desktop.trayless ? 'panel' : 'preferences' }),
      warn: (message) => env.logger.warn(message),
    };
    if (replies) disposables.add(replies);
    disposables.add(secondInstances);
    if (launch.request !== null && launch.request.kind !== 'help') {
      const reply = answerRequest(launch.request, commandLine);
      env.terminal?.print(reply.text, reply.ok);
    }
    answerLaunch = (additionalData) => {
      const owed = answerSecondLaunch(additionalData, commandLine);
      if (owed) replies?.settle(owed.token, owed.reply);
    };
    for (const additionalData of launches.splice(0)) answerLaunch(additionalData);
  }

  const ready = Promise.all([app.whenReady(), env.openStores()]).then(([, opened]) => boot(opened));

  return {
    windows,
    ready,
    snapshot: () => running?.status.snapshot() ?? STARTING,
    scheduler: () => running?.shell() ?? null,
    tray: () => running?.tray() ?? null,
    run: (command) => running?.run(command),
  };
}

/** What a window would see before the stores are open. */
const STARTING: AppSnapshot = {
  preferences: DEFAULT_PREFERENCES,
  statusText: 'Starting…',
  todaysPlan: [],
  firstRunComplete: false,
  session: null,
  notice: null,
  busyAvailability: null,
  timeFormat: FALLBACK_TIME_FORMAT,
  desktop: NO_DESKTOP_LIMITS,
  focusedWindowDisplay: null,
};

/** Each signal's availability; a detector that fails to say, or is missing, cannot work. */
async function detectorAvailability(detectors: readonly BusyDetector[]): Promise<Record<BusySignal, DetectorAvailability>> {
  const entries = await Promise.all(
    BUSY_SIGNALS.map(async (signal): Promise<[BusySignal, DetectorAvailability]> => {
      const detector = detectors.find((d) => d.signal === signal);
      if (!detector) return [signal, { kind: 'unavailable', reason: 'Limber has no way to tell this here.' }];
      try {
        return [signal, await detector.availability()];
      } catch (error) {
        return [signal, { kind: 'unavailable', reason: `Limber could not check: ${error instanceof Error ? error.message : String(error)}` }];
      }
    }),
  );
  return Object.fromEntries(entries) as Record<BusySignal, DetectorAvailability>;
}
