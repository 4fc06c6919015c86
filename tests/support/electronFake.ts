/**
 * An in-memory fake of the slice of Electron that Limber uses. Each piece is declared with the
 * port types of main/platform/electronPorts.ts, which are picked from Electron's own
 * electron.d.ts, so a fake that drifts from the real API fails the typecheck.
 */
import type * as Electron from 'electron';
import type {
  BrowserWindowConstructor,
  BrowserWindowPort,
  ElectronPorts,
  SessionPort,
  WebContentsPort,
} from '../../main/platform/electronPorts';

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event object whose default can be prevented, as Electron passes to will-navigate & co. */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  destroyed = false;
  url = '';
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  /** What a page's attempt to open a window would get. */
  tryOpenWindow(url: string): Electron.WindowOpenHandlerResponse | null {
    return this.windowOpenHandler?.({ url } as Electron.HandlerDetails) ?? null;
  }
  /** Emits will-navigate and reports whether the navigation was allowed. */
  tryNavigate(url: string): boolean {
    const event = preventable();
    this.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly all: FakeBrowserWindow[] = [];
  private static nextId = 1;
  readonly id = FakeBrowserWindow.nextId++;
  readonly webContents = new FakeWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  visible = false;
  focused = false;
  destroyed = false;
  bounds: Partial<Electron.Rectangle> = {};

  constructor(options: Electron.BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    FakeBrowserWindow.all.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    // Electron emits ready-to-show once the page has painted; the fake does it on the next tick.
    queueMicrotask(() => !this.destroyed && this.emit('ready-to-show'));
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  showInactive(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    if (this.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  static alive(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
}

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1];

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls a handler as a renderer frame would, via ipcRenderer.invoke(channel, payload). */
  async invoke(channel: string, payload: unknown, sender: { frameUrl: string; webContentsId?: number; subFrame?: boolean }): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      senderFrame: { url: sender.frameUrl, parent: sender.subFrame ? {} : null },
      sender: { id: sender.webContentsId ?? 0 },
    } as unknown as Electron.IpcMainInvokeEvent;
    return handler(event, payload);
  }
}

export class FakeSession extends Emitter {
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  setPermissionRequestHandler(handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }
  /** Asks the request handler as Chromium would, and resolves with its answer. */
  requestPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequestHandler) return resolve(true); // Electron's default grants.
      this.permissionRequestHandler({} as Electron.WebContents, permission as 'media', resolve, {} as Electron.PermissionRequest);
    });
  }
}

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

export class FakeProtocol {
  readonly privileged: Electron.CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    this.handlers.set(scheme, handler);
  }
  async fetch(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for ${scheme}:`);
    return handler({ url, method: 'GET' } as GlobalRequest);
  }
}

export class FakeApp extends Emitter {
  readonly isPackaged = false;
  quitCalled = false;
  gotLock = true;
  private readyResolve!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));
  constructor(private readonly userData: string) {
    super();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Makes whenReady() resolve, as Electron does once it has initialised. */
  ready(): void {
    this.readyResolve();
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalled = true;
    this.emit('before-quit', preventable());
    this.emit('will-quit', preventable());
  }
  exit(): void {
    this.quitCalled = true;
  }
  getPath(_name: Parameters<Electron.App['getPath']>[0]): string {
    return this.userData;
  }
  getAppPath(): string {
    return process.cwd();
  }
}

export class FakeShell {
  readonly opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export interface FakeElectron extends ElectronPorts {
  readonly app: FakeApp;
  readonly ipcMain: FakeIpcMain;
  readonly protocol: FakeProtocol;
  readonly session: { readonly defaultSession: FakeSession };
  readonly shell: FakeShell;
  readonly windows: typeof FakeBrowserWindow;
}

export function createFakeElectron(userData = '/tmp/limber-test'): FakeElectron {
  FakeBrowserWindow.all.length = 0;
  // The assignments below are where the compiler checks each fake against electron.d.ts.
  const BrowserWindow: BrowserWindowConstructor = FakeBrowserWindow;
  const session = new FakeSession();
  const sessionPort: SessionPort = session;
  const contentsPort: WebContentsPort = new FakeWebContents();
  void [sessionPort, contentsPort];
  const ports = {
    app: new FakeApp(userData),
    BrowserWindow,
    ipcMain: new FakeIpcMain(),
    protocol: new FakeProtocol(),
    session: { defaultSession: session },
    shell: new FakeShell(),
    windows: FakeBrowserWindow,
  } satisfies ElectronPorts & Record<string, unknown>;
  return ports;
}

export type { BrowserWindowPort };
