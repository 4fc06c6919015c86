/**
 * The slice of Electron's API that Limber uses. Methods are picked from Electron's own
 * `electron.d.ts`; event subscriptions are written out for the events we listen to, because a
 * picked `on()` returns the whole Electron class (`this`). main/index.ts passes the real
 * modules to startLimber(), so the compiler checks the real API against these ports, and the
 * tests' fake (tests/support/electronFake.ts) is checked against the same ports.
 */
import type * as Electron from 'electron';
import type { GlobalShortcutPort } from './globalShortcut';
import type { ElectronNotificationCtor } from './notifiers';
import type { IdleSource, PowerEvents } from './schedulerShell';
import type { MenuBuilderPort, ThemePort, TrayConstructor } from './trayController';

type PreventableListener = (event: Electron.Event, url: string) => void;

export interface WebContentsPort extends Pick<Electron.WebContents, 'setWindowOpenHandler' | 'send' | 'id' | 'isDestroyed' | 'getURL'> {
  on(event: 'will-navigate' | 'will-redirect', listener: PreventableListener): unknown;
  on(event: 'will-attach-webview', listener: (event: Electron.Event) => void): unknown;
  on(event: 'render-process-gone', listener: (event: Electron.Event, details: Electron.RenderProcessGoneDetails) => void): unknown;
}

export interface BrowserWindowPort
  extends Pick<
    Electron.BrowserWindow,
    'loadURL' | 'show' | 'showInactive' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'id' | 'setBounds' | 'getBounds'
  > {
  readonly webContents: WebContentsPort;
  on(event: 'closed' | 'ready-to-show' | 'show' | 'blur' | 'focus' | 'unresponsive', listener: () => void): unknown;
  on(event: 'close', listener: (event: Electron.Event) => void): unknown;
  once(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
}

export type BrowserWindowConstructor = new (options: Electron.BrowserWindowConstructorOptions) => BrowserWindowPort;

export interface SessionPort extends Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  on(event: 'will-download', listener: (event: Electron.Event) => void): unknown;
}

export interface AppPort
  extends Pick<
    Electron.App,
    'whenReady' | 'quit' | 'exit' | 'requestSingleInstanceLock' | 'getPath' | 'getAppPath' | 'isPackaged' | 'setLoginItemSettings'
  > {
  on(event: 'second-instance', listener: SecondInstanceListener): unknown;
  on(event: 'window-all-closed' | 'activate', listener: () => void): unknown;
  on(event: 'before-quit' | 'will-quit', listener: (event: Electron.Event) => void): unknown;
  /** Only the second-instance listener is ever removed (at quit, with the app's other disposables). */
  off(event: 'second-instance', listener: SecondInstanceListener): unknown;
}

/** Another launch of Limber, as Electron reports it to the first instance. */
export type SecondInstanceListener = (event: Electron.Event, argv: string[], workingDirectory: string, additionalData: unknown) => void;

export type ScreenPort = Pick<Electron.Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getPrimaryDisplay' | 'getAllDisplays'>;

export type DialogPort = Pick<Electron.Dialog, 'showSaveDialog'>;

export interface ElectronPorts {
  readonly app: AppPort & { readonly dock?: Pick<Electron.Dock, 'hide'> | undefined };
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;
  readonly protocol: Pick<Electron.Protocol, 'handle' | 'registerSchemesAsPrivileged'>;
  readonly session: { readonly defaultSession: SessionPort };
  readonly shell: Pick<Electron.Shell, 'openExternal'>;
  readonly Tray: TrayConstructor;
  readonly Menu: MenuBuilderPort;
  readonly nativeTheme: ThemePort;
  /** Only usable once the app is ready (Electron's rule): read lazily. */
  readonly screen: ScreenPort;
  readonly powerMonitor: PowerEvents & IdleSource;
  readonly Notification: ElectronNotificationCtor;
  readonly dialog: DialogPort;
  /** "Copy diagnostics" writes here. */
  readonly clipboard: Pick<Electron.Clipboard, 'writeText'>;
  /** The optional start-a-routine shortcut (platform/globalShortcut.ts); usable once ready. */
  readonly globalShortcut: GlobalShortcutPort;
}
