/**
 * Linux do-not-disturb against the real switches: dunst paused and resumed with dunstctl,
 * GNOME's show-banners through a real gsettings + dconf backend, XFCE's notifyd property
 * through a real xfconfd, each on a private D-Bus session. Read through checkBusy, the path
 * the scheduler takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { nodeBusyDeps } from '../../../main/platform/busy/busyDeps';
import { linuxFocusModeDetector } from '../../../main/platform/busy/linuxFocusMode';
import { missingTools, startDesktopSession, until, type DesktopSession } from './desktopSession';

const context = { display: { x: 0, y: 0, width: 1280, height: 800 }, listedApps: [] };
const dunstWhy = missingTools(['dbus-daemon', 'Xvfb', 'dunst', 'dunstctl']);
const gnomeWhy = missingTools(['dbus-daemon', 'gsettings', '/usr/libexec/dconf-service']);
const xfceWhy = missingTools(['dbus-daemon', 'xfconf-query']);
for (const [name, why] of [['dunst', dunstWhy], ['GNOME gsettings', gnomeWhy], ['XFCE xfconf', xfceWhy]] as const) {
  if (why) console.warn(`Busy focus-mode test (${name}) skipped: ${why}.`);
}

describe('focus mode against real desktop switches', () => {
  let session: DesktopSession | undefined;
  beforeAll(async () => {
    if (!(dunstWhy && gnomeWhy && xfceWhy)) session = await startDesktopSession({ display: !dunstWhy });
  }, 30_000);
  afterAll(async () => session?.stop());

  const read = (desktop: string) => {
    const deps = nodeBusyDeps({ env: { ...session!.env, XDG_CURRENT_DESKTOP: desktop } });
    return checkBusy([linuxFocusModeDetector(deps)], ['focusMode'], context);
  };

  it.skipIf(dunstWhy !== null)('dunst paused is busy; resumed is not', async () => {
    session!.spawn('dunst', []);
    await until(() => (session!.run('dunstctl', ['is-paused']).trim() === 'false' ? true : null), 'dunst');
    expect(await read('')).toEqual({ busy: [], failed: [] });
    session!.run('dunstctl', ['set-paused', 'true']);
    expect(await read('')).toEqual({ busy: [{ signal: 'focusMode', detail: 'dunst do-not-disturb is on' }], failed: [] });
    session!.run('dunstctl', ['set-paused', 'false']);
    expect(await read('')).toEqual({ busy: [], failed: [] });
  });

  it.skipIf(gnomeWhy !== null)("GNOME's show-banners false is busy, through gsettings and dconf", async () => {
    expect(session!.run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']).trim()).toBe('true');
    expect(await read('ubuntu:GNOME')).toEqual({ busy: [], failed: [] });
    session!.run('gsettings', ['set', 'org.gnome.desktop.notifications', 'show-banners', 'false']);
    expect((await read('ubuntu:GNOME')).busy).toEqual([{ signal: 'focusMode', detail: 'GNOME do-not-disturb is on' }]);
    // Only the desktop's own switch is read: the same setting on another desktop is not a signal.
    expect((await read('LXQt')).busy).toEqual([]);
    session!.run('gsettings', ['reset', 'org.gnome.desktop.notifications', 'show-banners']);
    expect(await read('GNOME')).toEqual({ busy: [], failed: [] });
  });

  it.skipIf(xfceWhy !== null)("XFCE's notifyd do-not-disturb, never set, then on, then off", async () => {
    expect(await read('XFCE')).toEqual({ busy: [], failed: [] });
    session!.run('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-n', '-t', 'bool', '-s', 'true']);
    expect((await read('XFCE')).busy).toEqual([{ signal: 'focusMode', detail: 'XFCE do-not-disturb is on' }]);
    session!.run('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-s', 'false']);
    expect(await read('XFCE')).toEqual({ busy: [], failed: [] });
  });
});
