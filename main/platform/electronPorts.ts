/**
 * The slice of Electron's API that Limber uses, as types picked from Electron's own
 * `electron.d.ts`. The composition root receives these instead of importing 'electron', so
 * tests pass a fake that the compiler checks against the real declarations.
 */
import type * as Electron from 'electron';

export type WebContentsPort = Pick<
  Electron.WebContents,
  'on' | 'once' | 'setWindowOpenHandler' | 'send' | 'id' | 'isDestroyed' | 'getURL'
>;

export type BrowserWindowPort = Pick<
  Electron.BrowserWindow,
  'loadURL' | 'show' | 'showInactive' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'on' | 'once' | 'id' | 'setBounds'
> & { readonly webContents: WebContentsPort };

export type BrowserWindowConstructor = new (options: Electron.BrowserWindowConstructorOptions) => BrowserWindowPort;

export type SessionPort = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'on'>;

export interface ElectronPorts {
  readonly app: Pick<
    Electron.App,
    'whenReady' | 'on' | 'quit' | 'exit' | 'requestSingleInstanceLock' | 'getPath' | 'getAppPath' | 'isPackaged'
  >;
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;
  readonly protocol: Pick<Electron.Protocol, 'handle' | 'registerSchemesAsPrivileged'>;
  readonly session: { readonly defaultSession: SessionPort };
  readonly shell: Pick<Electron.Shell, 'openExternal'>;
}

export type IpcMainInvokeEventLike = Pick<Electron.IpcMainInvokeEvent, 'senderFrame'>;
