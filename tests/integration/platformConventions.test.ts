/**
 * Platform conventions through the whole app on the typed Electron fake: macOS `activate`
 * (Limber clicked in Finder or Spotlight while it runs), Windows' left click on the tray, and the
 * tray icon preference reaching the tray.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { startTestApp, type TestApp } from '../support/testApp';

const PREFS_PAGE = 'app://limber/preferences.html';
const open = () => FakeBrowserWindow.alive().map((w) => w.webContents.getURL().replace('app://limber/', ''));

let app: TestApp | undefined;
afterEach(() => app?.electron.app.quit());

describe('macOS activate', () => {
  it('opens Preferences through the dispatcher, once however often it comes', async () => {
    app = await startTestApp({ platform: 'darwin' });
    expect(open()).toEqual([]);
    app.electron.app.emit('activate', {}, false);
    app.electron.app.emit('activate', {}, true);
    await app.settle();
    expect(open()).toEqual(['preferences.html']);
    expect(FakeBrowserWindow.alive()[0]!.visible).toBe(true);
  });

  it('shows the welcome instead while the first run is not done', async () => {
    app = await startTestApp({ platform: 'darwin', stores: memoryStores({ state: { firstRunComplete: false } }) });
    expect(open()).toEqual(['welcome.html']);
    app.electron.app.emit('activate', {}, true);
    expect(open()).toEqual(['welcome.html']);
  });
});

describe('tray', () => {
  it('Windows: a left click on the tray pops its menu up', async () => {
    app = await startTestApp({ platform: 'win32' });
    const tray = app.electron.trays.all[0]!;
    tray.emit('click');
    expect(tray.popUps).toBe(1);
    expect(tray.menu?.labels()).toContain('Start a routine now');
  });

  it('the Tray icon preference swaps the image while Limber runs (GNOME: light glyph by default)', async () => {
    app = await startTestApp({ platform: 'linux', desktopEnv: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' } });
    const tray = app.electron.trays.all[0]!;
    expect(tray.image).toBe('/app/assets/tray/tray-dark.png');
    await app.call('updatePreferences', { trayIcon: 'dark' }, PREFS_PAGE);
    expect(tray.image).toBe('/app/assets/tray/tray-light.png');
    expect(app.stores.prefs.trayIcon).toBe('dark');
    expect(await app.call('updatePreferences', { trayIcon: 'purple' }, PREFS_PAGE)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(tray.image).toBe('/app/assets/tray/tray-light.png');
  });
});
