/**
 * GNOME without an AppIndicator extension has no tray (docs/decisions/0061-no-tray-on-gnome.md).
 * Detection runs against a REAL private D-Bus session bus: first with nobody owning
 * org.kde.StatusNotifierWatcher, then with a real owner (python3-dbus holding the name), through
 * gdbus and through dbus-send; then the whole app on the typed Electron fake opens its panel, draws
 * the tray's menu in it and takes the panel's actions through the dispatcher.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeBusyDeps } from '../../main/platform/busy/busyDeps';
import { statusNotifierWatcherOwned, WATCHER_NAME } from '../../main/platform/trayWatcher';
import { FakeBrowserWindow } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { startTestApp, type TestApp } from '../support/testApp';
import { missingTools, startDesktopSession, until, type DesktopSession } from './busy/desktopSession';

const PYTHON = '/usr/bin/python3';
const why = missingTools(['dbus-daemon', 'gdbus', 'dbus-send', PYTHON]);
const noPythonDbus = (() => {
  if (why) return why;
  try {
    execFileSync(PYTHON, ['-c', 'import dbus'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'python3-dbus is missing (scripts/setupTests.mjs installs it)';
  }
})();
if (noPythonDbus) console.warn(`Tray-less detection on a real bus skipped: ${noPythonDbus}.`);

const PANEL = 'app://limber/panel.html';
const openPages = () => FakeBrowserWindow.alive().map((w) => w.webContents.getURL().replace('app://limber/', ''));
const gnome = (session: DesktopSession) => ({ ...session.env, XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' });

describe.skipIf(noPythonDbus !== null)('tray host detection on a real session bus', () => {
  let session: DesktopSession;
  let app: TestApp | undefined;
  beforeAll(async () => {
    session = await startDesktopSession();
  }, 30_000);
  afterAll(async () => session?.stop());
  afterEach(() => {
    app?.electron.app.quit();
    app = undefined;
  });

  const viaGdbus = () => statusNotifierWatcherOwned(nodeBusyDeps({ env: session.env }));
  const viaDbusSend = () => statusNotifierWatcherOwned(nodeBusyDeps({ env: session.env, which: async (p) => (p === 'gdbus' ? null : `/usr/bin/${p}`) }));

  it('nobody owns the watcher: both tools say so, and Limber opens its panel with the menu and what to install', async () => {
    expect(await viaGdbus()).toEqual({ owned: false });
    expect(await viaDbusSend()).toEqual({ owned: false });
    app = await startTestApp({ platform: 'linux', desktopEnv: gnome(session), trayWatcher: 'real' });
    await until(() => (openPages().includes('panel.html') ? true : null), 'the panel');
    const panel = app.handle.snapshot().desktop.panel!;
    expect(panel.hint).toMatch(/AppIndicator and KStatusNotifierItem Support/);
    expect(panel.hint).toMatch(/gnome-shell-extension-appindicator/);
    expect(panel.menu.map((i) => ('label' in i ? i.label : '—'))).toEqual(app.electron.trays.all[0]!.menu!.labels().map((l) => (typeof l === 'string' ? l.replace(/^\((.*)\)$/, '$1') : Object.keys(l as object)[0])));
    expect(app.warnings.some((w) => w.includes('No StatusNotifierWatcher'))).toBe(true);
  });

  it('a real owner of org.kde.StatusNotifierWatcher: both tools see it, and no panel opens', async () => {
    const owner = session.spawn(PYTHON, ['-c', `import dbus, time\nb = dbus.SessionBus()\nb.request_name('${WATCHER_NAME}')\ntime.sleep(600)`]);
    try {
      await until(() => (session.run('gdbus', ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', WATCHER_NAME]).includes('true') ? true : null), 'the watcher owner');
      expect(await viaGdbus()).toEqual({ owned: true });
      expect(await viaDbusSend()).toEqual({ owned: true });
      app = await startTestApp({ platform: 'linux', desktopEnv: gnome(session), trayWatcher: 'real' });
      await new Promise((r) => setTimeout(r, 1500));
      expect(openPages()).toEqual([]);
      expect(app.handle.snapshot().desktop.panel).toBeNull();
    } finally {
      owner.kill('SIGKILL');
    }
  });

  it('no bus to ask (a dead address): Limber cannot tell, assumes a tray, and says why in the log', async () => {
    const dead = { ...gnome(session), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/limber-bus' };
    expect((await statusNotifierWatcherOwned(nodeBusyDeps({ env: dead }))).owned).toBeNull();
    app = await startTestApp({ platform: 'linux', desktopEnv: dead, trayWatcher: 'real' });
    await until(() => (app!.warnings.some((w) => w.startsWith('Could not tell whether a tray is shown')) ? true : null), 'the warning');
    expect(openPages()).toEqual([]);
  });
});

describe('the tray-less panel in the whole app (typed fake)', () => {
  let app: TestApp | undefined;
  afterEach(() => {
    app?.electron.app.quit();
    app = undefined;
  });
  const noTray = async () => ({ owned: false }) as const;

  it("the panel's buttons run the tray's commands through the dispatcher, and the menu follows the state", async () => {
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, trayWatcher: noTray });
    expect(openPages()).toEqual(['panel.html']);
    const panelWindow = FakeBrowserWindow.alive()[0]!;
    expect(panelWindow.visible).toBe(true);
    await app.call('runMenuAction', { action: { kind: 'pause', length: '1h' } }, PANEL, panelWindow.webContents.id);
    expect(app.handle.snapshot().statusText).toMatch(/^Paused/);
    const labels = app.handle.snapshot().desktop.panel!.menu.map((i) => ('label' in i ? i.label : '—'));
    expect(labels).toContain('Resume reminders');
    expect(labels).not.toContain('Pause reminders');
    // The open window was sent the new menu in its snapshot.
    const last = panelWindow.webContents.sent.at(-1)!.args[0] as { desktop: { panel: { menu: { label?: string }[] } } };
    expect(last.desktop.panel.menu.map((i) => i.label)).toContain('Resume reminders');
    await app.call('runMenuAction', { action: { kind: 'open', window: 'stats' } }, PANEL, panelWindow.webContents.id);
    expect(openPages()).toContain('stats.html');
  });

  it('refuses a made-up action; a second launch brings the closed panel back', async () => {
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'GNOME' }, trayWatcher: noTray });
    expect(await app.call('runMenuAction', { action: { kind: 'format-disk' } }, PANEL)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    FakeBrowserWindow.alive()[0]!.close();
    expect(openPages()).toEqual([]);
    app.electron.app.secondInstance({ limberCli: 1, args: [], token: null });
    await app.settle();
    expect(openPages()).toEqual(['panel.html']);
  });

  it('on a first run the welcome comes first, and the panel follows it', async () => {
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'GNOME' }, trayWatcher: noTray, stores: memoryStores({ state: { firstRunComplete: false } }) });
    expect(openPages()).toEqual(['welcome.html']);
    const welcome = FakeBrowserWindow.alive()[0]!;
    await app.call('completeWelcome', { workDays: ['mon'], workStart: '09:00', workEnd: '17:00', positions: ['seated'], equipment: [] }, 'app://limber/welcome.html', welcome.webContents.id);
    await app.settle();
    expect(openPages()).toEqual(['panel.html']);
  });

  it('with a tray, or on X11 desktops with an XEmbed tray, no panel', async () => {
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'GNOME' } });
    expect(openPages()).toEqual([]);
    app.electron.app.quit();
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'XFCE', XDG_SESSION_TYPE: 'x11' }, trayWatcher: noTray });
    expect(openPages()).toEqual([]);
    expect(app.handle.snapshot().desktop.panel).toBeNull();
  });
});
