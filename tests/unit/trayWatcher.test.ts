/**
 * Tray-host detection fails safe (docs/decisions/0061-no-tray-on-gnome.md): whatever goes wrong
 * while asking the bus, the answer is "cannot tell", which counts as "there is a tray". It never
 * rejects, so it can never stop Limber starting.
 */
import { describe, expect, it } from 'vitest';
import { statusNotifierWatcherOwned } from '../../main/platform/trayWatcher';
import { FakeBrowserWindow } from '../support/electronFake';
import { startTestApp } from '../support/testApp';

const BUS = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };
const neverRun = async (): Promise<string> => {
  throw new Error('exec must not run when no tool was found');
};

describe('statusNotifierWatcherOwned with a failing tool lookup', () => {
  // Mutation caught: `await deps.which('gdbus')` back above the try (the promise rejects).
  it('a which() that throws is "cannot tell", with the reason', async () => {
    const which = (): Promise<string | null> => {
      throw new Error('EACCES: permission denied, stat /opt/broken/bin');
    };
    await expect(statusNotifierWatcherOwned({ env: BUS, which, exec: neverRun })).resolves.toEqual({
      owned: null,
      why: 'EACCES: permission denied, stat /opt/broken/bin',
    });
  });

  it('a which() that rejects, for gdbus or for dbus-send, is "cannot tell"', async () => {
    for (const failing of ['gdbus', 'dbus-send']) {
      const which = async (program: string) => {
        if (program === failing) throw new Error(`lookup of ${program} failed`);
        return null;
      };
      await expect(statusNotifierWatcherOwned({ env: BUS, which, exec: neverRun })).resolves.toEqual({ owned: null, why: `lookup of ${failing} failed` });
    }
  });

  it('the whole app on GNOME Wayland: a throwing lookup starts Limber with its tray and no panel, and logs why', async () => {
    FakeBrowserWindow.all.length = 0;
    const gnome = { ...BUS, XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
    const which = (): Promise<string | null> => {
      throw new Error('PATH unreadable');
    };
    const app = await startTestApp({ platform: 'linux', desktopEnv: gnome, trayWatcher: () => statusNotifierWatcherOwned({ env: gnome, which, exec: neverRun }) });
    await app.settle();
    expect(app.electron.trays.all.at(-1)?.destroyed).toBe(false);
    expect(app.handle.snapshot().desktop.panel).toBeNull();
    expect(FakeBrowserWindow.alive().map((w) => w.webContents.getURL())).not.toContain('app://limber/panel.html');
    expect(app.warnings).toContain('Could not tell whether a tray is shown (PATH unreadable); assuming one is.');
    app.electron.app.quit();
  });

  // Mutation caught: dropping the .catch in limberApp.ts (an injected detection that rejects goes unhandled).
  it('the whole app: a detection that rejects outright is "cannot tell" too', async () => {
    const app = await startTestApp({ platform: 'linux', trayWatcher: () => Promise.reject(new Error('bus went away')) });
    await app.settle();
    expect(app.warnings).toContain('Could not tell whether a tray is shown (bus went away); assuming one is.');
    expect(app.handle.snapshot().desktop.panel).toBeNull();
    app.electron.app.quit();
  });
});
