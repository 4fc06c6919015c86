/**
 * Wayland through the whole app on the typed Electron fake (decision 0062): the card on the
 * primary display although the pointer is elsewhere, the limits in the snapshot (Preferences'
 * About) and in the diagnostics, and the idle line going once idle time is seen to work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow } from '../support/electronFake';
import { at, startTestApp, type TestApp } from '../support/testApp';

const WAYLAND = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME' };
const PREFS = 'app://limber/preferences.html';

let app: TestApp | undefined;
afterEach(() => {
  app?.electron.app.quit();
  app = undefined;
});

async function withTwoDisplays(desktopEnv: Record<string, string>, argv: string[] = []): Promise<TestApp> {
  const started = await startTestApp({ platform: 'linux', desktopEnv, argv, startWallMs: at(9, 0) });
  started.electron.screen.displays.push({ id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1000 }, scaleFactor: 1 });
  started.electron.screen.cursor = { x: 2500, y: 500 };
  return started;
}

const cardX = () => {
  const card = FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('reminder.html'))!;
  return card.getBounds().x;
};

describe('Wayland', () => {
  it('X11: the card follows the pointer to the second display; no limits said', async () => {
    app = await withTwoDisplays({ XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'GNOME' });
    app.handle.run({ kind: 'startNow' });
    expect(cardX()).toBeGreaterThanOrEqual(1920);
    expect(app.handle.snapshot().desktop.limits).toEqual([]);
  });

  it('Wayland: the card opens on the primary display, and the snapshot says why', async () => {
    app = await withTwoDisplays(WAYLAND);
    app.handle.run({ kind: 'startNow' });
    expect(cardX()).toBeLessThan(1920);
    const limits = app.handle.snapshot().desktop.limits;
    expect(limits[0]).toMatch(/opens on your primary display/);
    expect(limits[1]).toMatch(/natural breaks .* are not detected/);
  });

  it('the diagnostics carry the same lines', async () => {
    app = await withTwoDisplays(WAYLAND, ['limber', '--ozone-platform=x11']);
    await app.call('copyDiagnostics', undefined, PREFS);
    expect(app.electron.clipboard.text).toMatch(/^Desktop: Wayland does not tell apps where the pointer is, so the reminder card/m);
    expect(app.electron.clipboard.text).toMatch(/^Desktop: Limber runs through XWayland/m);
  });

  it('native Wayland: once idle time reads above zero, the idle line goes (and the windows are told)', async () => {
    app = await withTwoDisplays(WAYLAND);
    expect(app.handle.snapshot().desktop.limits).toHaveLength(2);
    app.electron.powerMonitor.idleSeconds = 45;
    for (let i = 0; i < 5; i++) {
      app.clock.advance(60_000);
      await app.settle();
    }
    expect(app.handle.snapshot().desktop.limits).toHaveLength(1);
    expect(app.handle.snapshot().desktop.limits[0]).toMatch(/primary display/);
  });
});
