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
  /** The page's renderer process dies, as Electron reports it. */
  crashRenderer(reason: Electron.RenderProcessGoneDetails['reason'] = 'crashed'): void {
    const details: Electron.RenderProcessGoneDetails = { reason, exitCode: reason === 'killed' ? 9 : 139 };
    this.webContents.emit('render-process-gone', preventable(), details);
  }
  /** The page stops answering (an endless loop): Electron emits 'unresponsive' on the window. */
  hang(): void {
    this.emit('unresponsive');
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  /** Where the window is: as created (x, y, width, height), then as setBounds moved it. */
  getBounds(): Electron.Rectangle {
    const o = this.options;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600, ...this.bounds };
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
  /** Send-style listeners (electron-store registers one for its renderer API). */
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  on(channel: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  removeListener(channel: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(channel, (this.listeners.get(channel) ?? []).filter((l) => l !== listener));
    return this;
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
  /** A development run, as in every test; tests of what only an installed Limber does set it. */
  isPackaged = false;
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
    this.readyFlag = true;
    this.readyResolve();
  }
  private readyFlag = false;
  isReady(): boolean {
    return this.readyFlag;
  }
  /** What each requestSingleInstanceLock() call handed over (Electron passes it to the first instance). */
  readonly handedOver: unknown[] = [];
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.handedOver.push(additionalData);
    return this.gotLock;
  }
  /** Another launch, as Electron reports it to the first instance. */
  secondInstance(additionalData: unknown, argv: string[] = ['/usr/bin/limber']): void {
    this.emit('second-instance', preventable(), argv, '/', additionalData);
  }
  exitCode: number | null = null;
  quit(): void {
    this.quitCalled = true;
    this.emit('before-quit', preventable());
    this.emit('will-quit', preventable());
  }
  exit(code = 0): void {
    this.quitCalled = true;
    this.exitCode = code;
  }
  getPath(_name: Parameters<Electron.App['getPath']>[0]): string {
    return this.userData;
  }
  getAppPath(): string {
    return process.cwd();
  }
  loginItem: Electron.Settings | null = null;
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = settings;
  }
  readonly dock = { hidden: false, hide: () => void (this.dock.hidden = true) };
  /** Chromium switches main set before ready ("name" or "name=value"). */
  readonly switches: string[] = [];
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => void this.switches.push(value === undefined ? name : `${name}=${value}`),
  };
}

export class FakeShell {
  readonly opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

export class FakeTray extends Emitter {
  static readonly all: FakeTray[] = [];
  toolTip = '';
  title = '';
  image: string;
  menu: FakeMenu | null = null;
  destroyed = false;
  constructor(image: string) {
    super();
    this.image = image;
    FakeTray.all.push(this);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: object | null): void {
    this.menu = menu as FakeMenu | null;
  }
  setImage(image: string): void {
    this.image = image;
  }
  /** Times the context menu was popped up by code (Windows' left click). */
  popUps = 0;
  popUpContextMenu(): void {
    this.popUps++;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class FakeMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}
  /** Labels as a person reads them; submenus as "Label ▸ [items]". */
  labels(items = this.template): unknown[] {
    return items.map((i) => (i.type === 'separator' ? '—' : i.submenu ? { [i.label ?? '']: this.labels(i.submenu as Electron.MenuItemConstructorOptions[]) } : i.enabled === false ? `(${i.label})` : i.label));
  }
  /** Clicks the item with this label (searching submenus too). */
  click(label: string, items = this.template): void {
    for (const item of items) {
      if (item.label === label && item.click) return void (item.click as () => void)();
      if (item.submenu) {
        try {
          return this.click(label, item.submenu as Electron.MenuItemConstructorOptions[]);
        } catch {
          // not in this submenu
        }
      }
    }
    throw new Error(`No menu item "${label}"`);
  }
}

export class FakeNativeTheme extends Emitter {
  shouldUseDarkColors = false;
  shouldUseDarkColorsForSystemIntegratedUI = false;
}

export class FakeScreen {
  cursor = { x: 100, y: 100 };
  displays: { id: number; bounds: Electron.Rectangle; workArea: Electron.Rectangle; scaleFactor: number }[] = [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 },
  ];
  getCursorScreenPoint(): Electron.Point {
    return this.cursor;
  }
  /** The first display is the primary one. */
  getPrimaryDisplay(): Electron.Display {
    return this.displays[0]! as unknown as Electron.Display;
  }
  getAllDisplays(): Electron.Display[] {
    return this.displays as unknown as Electron.Display[];
  }
  getDisplayNearestPoint(point: Electron.Point): Electron.Display {
    const inside = this.displays.find((d) => point.x >= d.bounds.x && point.x < d.bounds.x + d.bounds.width && point.y >= d.bounds.y && point.y < d.bounds.y + d.bounds.height);
    return (inside ?? this.displays[0]!) as unknown as Electron.Display;
  }
}

export class FakePowerMonitor extends Emitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

export class FakeNotification extends Emitter {
  static readonly shown: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  constructor(readonly options: Electron.NotificationConstructorOptions) {
    super();
  }
  show(): void {
    FakeNotification.shown.push(this);
    queueMicrotask(() => this.emit('show'));
  }
}

export class FakeDialog {
  nextPath: string | null = '/tmp/limber-export.csv';
  readonly asked: Electron.SaveDialogOptions[] = [];
  async showSaveDialog(options: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue> {
    this.asked.push(options);
    return this.nextPath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: this.nextPath };
  }
}

/** Electron's globalShortcut: `taken` are keys another app holds; `press` is the user pressing keys. */
export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  readonly taken = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (!/^[\w+]+$/.test(accelerator)) throw new Error(`Error processing argument at index 0, conversion failure from ${accelerator}`);
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return callback !== undefined;
  }
}

export class FakeClipboard {
  text = '';
  async writeText(text: string): Promise<void> {
    this.text = text;
  }
}

export interface FakeElectron extends ElectronPorts {
  readonly app: FakeApp;
  readonly ipcMain: FakeIpcMain;
  readonly protocol: FakeProtocol;
  readonly session: { readonly defaultSession: FakeSession };
  readonly shell: FakeShell;
  readonly windows: typeof FakeBrowserWindow;
  readonly trays: typeof FakeTray;
  readonly nativeTheme: FakeNativeTheme;
  readonly screen: FakeScreen;
  readonly powerMonitor: FakePowerMonitor;
  readonly notifications: typeof FakeNotification;
  readonly dialog: FakeDialog;
  readonly clipboard: FakeClipboard;
  readonly globalShortcut: FakeGlobalShortcut;
}

export function createFakeElectron(userData = '/tmp/limber-test'): FakeElectron {
  FakeBrowserWindow.all.length = 0;
  FakeTray.all.length = 0;
  FakeNotification.shown.length = 0;
  FakeNotification.supported = true;
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
    Tray: FakeTray,
    trays: FakeTray,
    Menu: { buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new FakeMenu(template) },
    nativeTheme: new FakeNativeTheme(),
    screen: new FakeScreen(),
    powerMonitor: new FakePowerMonitor(),
    Notification: FakeNotification,
    notifications: FakeNotification,
    dialog: new FakeDialog(),
    clipboard: new FakeClipboard(),
    globalShortcut: new FakeGlobalShortcut(),
  } satisfies ElectronPorts & Record<string, unknown>;
  return ports;
}

export type { BrowserWindowPort };
