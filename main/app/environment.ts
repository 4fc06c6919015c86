/**
 * What the composition root is given (Electron as typed ports, the stores, the environment) and
 * what it hands back. Kept apart from the wiring so tests and main/index.ts read one contract.
 */
import type { AppState } from '../../common/appState';
import type { AppSnapshot } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import type { BusyDetector } from '../core/busy/busyPort';
import type { Notifier } from '../core/notifier';
import type { TimeZoneRules } from '../core/scheduler';
import type { HistoryStore } from '../platform/historyStore';
import type { IpcLogger } from '../platform/ipcHandlers';
import type { Clock, SchedulerShell, TimerPort } from '../platform/schedulerShell';
import type { TrayController } from '../platform/trayController';
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
  /** Extra notifiers tried after Electron's (node-notifier in the app); silent() follows the sound preference. */
  readonly fallbackNotifiers?: (options: { silent: () => boolean }) => readonly Notifier[];
  /** Defaults: the system clock and Node's timers. Tests pass controllable ones. */
  readonly clock?: Clock;
  readonly timer?: TimerPort;
  /** Defaults to the host's time zone, read afresh at every use. */
  readonly zone?: TimeZoneRules;
  /** The busy detectors (platform/busy); defaults to this OS's real ones. Tests pass fakes. */
  readonly busyDetectors?: readonly BusyDetector[];
  /** The app's version (`app.getVersion()`), for About and diagnostics. */
  readonly appVersion?: string;
  /** The log (platform/rotatingLog.ts): its path for About, its last lines for diagnostics. */
  readonly log?: { readonly file: string; recent(): readonly string[] };
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
  /** Runs a command as the tray, a notification click or IPC would (the Electron e2e suite cannot click the tray). */
  run(command: Command): void;
}
