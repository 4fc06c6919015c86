/**
 * What the composition root is given (Electron as typed ports, the stores, the environment) and
 * what it hands back. Kept apart from the wiring so tests and main/index.ts read one contract.
 */
import type { AppState } from '../../common/appState';
import type { AppSnapshot } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import type { TimeFormatSettings } from '../../common/timeFormat';
import type { BusyDetector } from '../core/busy/busyPort';
import type { FocusedWindowSource } from '../platform/focusedWindow';
import type { UpdateCheckOptions } from '../platform/updateCheck';
import type { CliRequest } from '../core/commandLine';
import type { Notifier } from '../core/notifier';
import type { TimeZoneRules } from '../core/scheduler';
import type { HistoryStore } from '../platform/historyStore';
import type { IpcLogger } from '../platform/ipcHandlers';
import type { Clock, SchedulerShell, TimerPort } from '../platform/schedulerShell';
import type { TrayController } from '../platform/trayController';
import type { WatcherAnswer } from '../platform/trayWatcher';
import type { WindowManager } from '../platform/windowManager';
import type { Command } from './commands';

export type { AppState } from '../../common/appState';

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
  /** Notifiers tried before Electron's (node-notifier's toasts on Windows, decision 0069); silent() follows the sound preference. */
  readonly platformNotifiers?: (options: { silent: () => boolean }) => readonly Notifier[];
  /** Defaults: the system clock and Node's timers. Tests pass controllable ones. */
  readonly clock?: Clock;
  readonly timer?: TimerPort;
  /** Defaults to the host's time zone, read afresh at every use. */
  readonly zone?: TimeZoneRules;
  /** The busy detectors (platform/busy); defaults to this OS's real ones. Tests pass fakes. */
  readonly busyDetectors?: readonly BusyDetector[];
  /** Where the focused window is (platform/focusedWindow.ts); defaults to this OS's source. Tests pass fakes. */
  readonly focusedWindow?: FocusedWindowSource;
  /**
   * The update notice's request (decision 0047): the GitHub repository from package.json and
   * Electron's net.fetch. Absent: every check is "unconfigured" and nothing is sent.
   */
  readonly updateCheck?: Omit<UpdateCheckOptions, 'currentVersion'>;
  /** The OS's locale and hour cycle (platform/systemTimeFormat.ts, read in main/index.ts); tests: 24-hour en-GB. */
  /** Read at boot, after Electron's ready: app.getSystemLocale() is only valid then. */
  readonly timeFormat?: TimeFormatSettings | (() => TimeFormatSettings);
  /** The app's version (`app.getVersion()`), for About and diagnostics. */
  readonly appVersion?: string;
  /** The log (platform/rotatingLog.ts): its path for About, its last lines for diagnostics. */
  readonly log?: { readonly file: string; recent(): readonly string[] };
  /**
   * The variables that say which desktop this is (XDG_CURRENT_DESKTOP, XDG_SESSION_TYPE,
   * WAYLAND_DISPLAY, ELECTRON_OZONE_PLATFORM_HINT, DBUS_SESSION_BUS_ADDRESS); defaults to process.env.
   */
  readonly desktopEnv?: Readonly<Record<string, string | undefined>>;
  /** Electron's command line (an --ozone-platform switch); defaults to process.argv. */
  readonly argv?: readonly string[];
  /** Asks the session bus whether a tray host runs (platform/trayWatcher.ts); Linux only. Tests pass their own. */
  readonly trayWatcher?: () => Promise<WatcherAnswer>;
  /** Writes the XDG autostart entry etc.; defaults to platform/autoLaunch.ts. */
  readonly setStartAtLogin?: (enabled: boolean) => Promise<void>;
  /** This launch's command line (core/commandLine.ts), already parsed by main/index.ts; none: a plain launch. */
  readonly launch?: { readonly args: readonly string[]; readonly request: CliRequest | null };
  /** The terminal Limber was started from: command-line answers are printed there. */
  readonly terminal?: { print(text: string, ok: boolean): void };
  /** Where the running Limber answers second launches (platform/cliChannel.ts); null: nowhere. Defaults to userData's. */
  readonly cliSocketPath?: string | null;
}

export interface LimberHandle {
  readonly windows: WindowManager;
  readonly ready: Promise<void>;
  snapshot(): AppSnapshot;
  /** The shell, once the app is ready (for tests and diagnostics). */
  scheduler(): SchedulerShell | null;
  tray(): TrayController | null;
  /** Runs a command as the tray, a notification click or IPC would (the Electron e2e suite cannot click the tray). */
  run(command: Command): void;
}
