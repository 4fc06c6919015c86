/**
 * The composition root against the typed Electron fake: secure windows, locked-down session,
 * the app:// protocol, single instance, and every IPC call going through sender and payload
 * checks exactly as a renderer's call would.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IPC_METHODS, eventChannel, methodChannel } from '../../common/ipcChannels';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { RENDERER_CSP } from '../../common/csp';
import { startLimber } from '../../main/limberApp';
import { createFakeElectron, FakeBrowserWindow, type FakeElectron } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, createTestApp, startTestApp } from '../support/testApp';

const OWN_PAGE = 'app://limber/preferences.html';

const setup = () => createTestApp({ stores: memoryStores({ state: { firstRunComplete: false } }) });
const started = () => startTestApp({ stores: memoryStores({ state: { firstRunComplete: false } }) });

const call = (electron: FakeElectron, method: string, payload: unknown, frameUrl = OWN_PAGE, extra: { subFrame?: boolean } = {}) =>
  electron.ipcMain.invoke(methodChannel(method as (typeof IPC_METHODS)[number]), payload, { frameUrl, ...extra });

describe('start-up', () => {
  beforeEach(() => {
    FakeBrowserWindow.all.length = 0;
  });

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    const { electron } = setup();
    expect(electron.protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.windows.all).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', () => {
    const electron = createFakeElectron();
    electron.app.gotLock = false;
    const handle = startLimber(electron, {
      rendererRoot: '/x',
      preloadPath: '/p.js',
      assetsDir: '/a',
      platform: 'linux',
      devServerUrl: null,
      logger: { warn: () => {} },
      openStores: () => memoryStores(),
    });
    expect(handle).toBeNull();
    expect(electron.app.quitCalled).toBe(true);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('refuses every permission request and check, and downloads', async () => {
    const { electron } = await started();
    const session = electron.session.defaultSession;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(await session.requestPermission(permission)).toBe(false);
    }
    expect(session.permissionCheckHandler?.(null, 'media', 'app://limber', {} as never)).toBe(false);
    expect(session.listenerCount('will-download')).toBe(1);
  });

  it('opens the welcome window on first run, with the secure baseline', async () => {
    const { electron } = await started();
    const [welcome] = FakeBrowserWindow.alive();
    expect(welcome).toBeDefined();
    const prefs = welcome!.options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: '/app/out/preload/index.js',
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(welcome!.options.show).toBe(false);
    expect(welcome!.webContents.getURL()).toBe('app://limber/welcome.html');
    // Navigation, redirects, new windows and webviews are all denied.
    expect(welcome!.webContents.tryNavigate('https://example.com/')).toBe(false);
    expect(welcome!.webContents.tryNavigate('app://limber/stats.html')).toBe(false);
    expect(welcome!.webContents.tryOpenWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(welcome!.webContents.listenerCount('will-redirect')).toBe(1);
    expect(welcome!.webContents.listenerCount('will-attach-webview')).toBe(1);
    expect(welcome!.visible).toBe(true);
    void electron;
  });

  it('serves pages from the renderer folder with the CSP, and nothing outside it', async () => {
    const { electron } = await started();
    const page = await electron.protocol.fetch('app://limber/welcome.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect((await electron.protocol.fetch('app://limber/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    for (const bad of ['app://limber/../../etc/passwd', 'app://limber/%2e%2e/%2e%2e/etc/passwd', 'app://other/welcome.html', 'app://limber/missing.html']) {
      expect((await electron.protocol.fetch(bad)).status, bad).toBe(404);
    }
  });

  it('a second launch opens Preferences, and closed windows are gone', async () => {
    const { electron, handle } = await started();
    electron.app.emit('second-instance', {}, [], '/');
    await new Promise((r) => setTimeout(r, 0));
    expect(handle.windows.isOpen('preferences')).toBe(true);
    const prefsWindow = FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('preferences.html'))!;
    expect(prefsWindow.focused).toBe(true);
    // A third launch focuses the same window instead of making another.
    electron.app.emit('second-instance', {}, [], '/');
    expect(FakeBrowserWindow.alive().filter((w) => w.webContents.getURL().endsWith('preferences.html'))).toHaveLength(1);
    for (const w of FakeBrowserWindow.alive()) w.close();
    expect(handle.windows.aliveCount).toBe(0);
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
  });
});

describe('busy detectors in the app', () => {
  it('a hung detector and a throwing one cannot stall Limber: the card comes, each failure is logged once', async () => {
    const app = await startTestApp({
      startWallMs: at(9, 0),
      busyDetectors: [
        { signal: 'call', availability: async () => ({ kind: 'available' }), check: () => new Promise(() => undefined) },
        {
          signal: 'focusMode',
          availability: async () => ({ kind: 'available' }),
          check: async () => {
            throw new Error('dbus said no');
          },
        },
        { signal: 'fullScreen', availability: async () => ({ kind: 'unavailable', reason: 'Wayland hides other windows.' }), check: async () => ({ busy: true, detail: 'x' }) },
      ],
    });
    expect(app.handle.snapshot().busyAvailability).toMatchObject({
      fullScreen: { kind: 'unavailable', reason: 'Wayland hides other windows.' },
      listedApp: { kind: 'unavailable' },
    });
    app.clock.advance(45 * 60_000 + 1000);
    await new Promise((resolve) => setTimeout(resolve, 1300)); // the runner's 1 s limit, in real time
    await app.settle();
    expect(FakeBrowserWindow.alive().some((w) => w.webContents.getURL().endsWith('/reminder.html'))).toBe(true);
    const failures = app.warnings.filter((w) => w.startsWith('Busy detector'));
    expect(failures).toHaveLength(2);
    expect(failures.join('\n')).toMatch(/"call".*no answer within 1000 ms/);
    expect(failures.join('\n')).toMatch(/"focusMode".*dbus said no/);
  });
});

describe('IPC', () => {
  let ctx: Awaited<ReturnType<typeof started>>;
  beforeEach(async () => {
    ctx = await started();
  });

  it('registers exactly one handler per contract method', () => {
    expect([...ctx.electron.ipcMain.handlers.keys()].sort()).toEqual(IPC_METHODS.map(methodChannel).sort());
  });

  it('a valid call works and reaches the open windows', async () => {
    const result = await call(ctx.electron, 'updatePreferences', { intervalMinutes: 50, soundVolume: 10 });
    expect(result).toMatchObject({ ok: true, value: { intervalMinutes: 50, soundVolume: 10 } });
    expect(ctx.handle.snapshot().preferences.intervalMinutes).toBe(50);
    const [welcome] = FakeBrowserWindow.alive();
    const pushed = welcome!.webContents.sent.filter((m) => m.channel === eventChannel('snapshotChanged'));
    expect(pushed.at(-1)?.args[0]).toMatchObject({ preferences: { intervalMinutes: 50 } });
  });

  const rejected: [string, string, unknown, string, RegExp][] = [
    ['a malformed payload', 'updatePreferences', 'interval=50', 'invalid-payload', /updatePreferences: invalid payload — payload: .*object/i],
    ['an unknown key', 'updatePreferences', { intervalMinutes: 50, nodeIntegration: true }, 'invalid-payload', /unknown key\(s\) "nodeIntegration"/],
    ['an out-of-range value', 'updatePreferences', { intervalMinutes: 90 }, 'invalid-payload', /intervalMinutes: The interval must be at most 60 minutes/],
    ['a wrong type', 'pauseReminders', { length: 3600 }, 'invalid-payload', /length: /],
    ['a payload where none is taken', 'getSnapshot', { all: true }, 'invalid-payload', /takes no payload/],
    ['an overlapping work-hours patch', 'updatePreferences', { workHours: { enabled: true, days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } }, 'invalid-payload', /overlaps 09:00–12:00/],
  ];
  it.each(rejected)('%s is rejected with a clear error and changes nothing', async (_label, method, payload, code, message) => {
    const before = JSON.stringify(ctx.handle.snapshot());
    const result = (await call(ctx.electron, method, payload)) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(JSON.stringify(ctx.handle.snapshot())).toBe(before);
  });

  it.each([
    ['a foreign origin', 'https://evil.example/page.html', false],
    ['a file:// page', 'file:///tmp/evil.html', false],
    ['a sub-frame of our own page', OWN_PAGE, true],
    ['an unparsable URL', 'not a url', false],
  ])('a call from %s is refused and changes nothing', async (_label, frameUrl, subFrame) => {
    const before = JSON.stringify(ctx.handle.snapshot());
    const result = (await call(ctx.electron, 'updatePreferences', { intervalMinutes: 30 }, frameUrl, { subFrame })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: 'updatePreferences: this page may not call Limber.' } });
    expect(JSON.stringify(ctx.handle.snapshot())).toBe(before);
    expect(ctx.warnings.at(-1)).toMatch(/refused/);
  });

  it('finishing the welcome screen saves the choices and closes its window', async () => {
    const result = await call(ctx.electron, 'completeWelcome', {
      workDays: ['mon', 'tue', 'wed'],
      workStart: '08:00',
      workEnd: '16:00',
      positions: ['standing'],
      equipment: ['band'],
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const snap = ctx.handle.snapshot();
    expect(snap.firstRunComplete).toBe(true);
    expect(snap.preferences.workHours.days.mon).toEqual([{ start: '08:00', end: '16:00' }]);
    expect(snap.preferences.workHours.days.thu).toEqual([]);
    expect(snap.preferences.positions).toEqual(['standing']);
    expect(ctx.handle.windows.isOpen('welcome')).toBe(false);
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
  });

  it('closeWindow closes only the calling window', async () => {
    await call(ctx.electron, 'openWindow', { window: 'stats' });
    const stats = FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('stats.html'))!;
    await ctx.electron.ipcMain.invoke(methodChannel('closeWindow'), undefined, { frameUrl: 'app://limber/stats.html', webContentsId: stats.webContents.id });
    expect(stats.isDestroyed()).toBe(true);
    expect(ctx.handle.windows.isOpen('welcome')).toBe(true);
  });
});
