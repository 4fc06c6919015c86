/**
 * A real full-screen X11 window: Xvfb, the openbox window manager, an xterm made full screen
 * with wmctrl (as a video player or slideshow does through _NET_WM_STATE), read by the detector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBusyDeps } from '../../../main/platform/busy/busyDeps';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { x11FullScreenDetector } from '../../../main/platform/busy/x11FullScreen';
import { missingTools, startWindowManagedSession, until, type DesktopSession } from './desktopSession';

const why = missingTools(['dbus-daemon', 'Xvfb', 'openbox', 'xterm', 'wmctrl', 'xprop', 'xwininfo']);
if (why) console.warn(`Busy full-screen test skipped: ${why}.`);
const screen = { x: 0, y: 0, width: 1280, height: 800 };

describe('full screen on X11, against a real window manager', () => {
  let session: DesktopSession | undefined;
  beforeAll(async () => {
    if (why) return;
    session = await startWindowManagedSession();
  }, 30_000);
  afterAll(async () => session?.stop());
  const read = (display = screen) => checkBusy([x11FullScreenDetector(nodeBusyDeps({ env: session!.env }))], ['fullScreen'], { display, listedApps: [] });

  it.skipIf(why !== null)('no window, a normal window, full screen, full screen on another display, back to normal', async () => {
    expect(await x11FullScreenDetector(nodeBusyDeps({ env: session!.env })).availability()).toEqual({ kind: 'available' });
    expect(await read()).toEqual({ busy: [], failed: [] });

    session!.spawn('xterm', ['-T', 'limber-fs-test']);
    await until(() => (session!.run('wmctrl', ['-l']).includes('limber-fs-test') ? true : null), 'xterm mapped');
    await until(() => (/window id # 0x[1-9a-f]/.test(session!.run('xprop', ['-root', '_NET_ACTIVE_WINDOW'])) ? true : null), 'xterm active');
    expect(await read()).toEqual({ busy: [], failed: [] });

    session!.run('wmctrl', ['-r', 'limber-fs-test', '-b', 'add,fullscreen']);
    await until(() => (session!.run('xwininfo', ['-root', '-tree']).includes('1280x800+0+0') ? true : null), 'xterm full screen');
    expect(await read()).toEqual({ busy: [{ signal: 'fullScreen', detail: 'XTerm is full screen' }], failed: [] });
    // The card is meant for a display to the right: this full-screen window does not cover it.
    expect(await read({ x: 1280, y: 0, width: 1280, height: 800 })).toEqual({ busy: [], failed: [] });
    // At 2× scale the same device pixels are a 640×400 DIP display, still covered.
    expect((await read({ x: 0, y: 0, width: 640, height: 400, scaleFactor: 2 } as typeof screen)).busy).toHaveLength(1);

    session!.run('wmctrl', ['-r', 'limber-fs-test', '-b', 'remove,fullscreen']);
    await until(() => (!session!.run('xprop', ['-name', 'limber-fs-test', '_NET_WM_STATE']).includes('FULLSCREEN') ? true : null), 'xterm normal');
    expect(await read()).toEqual({ busy: [], failed: [] });
  });

  it.skipIf(why !== null)('says plainly where it cannot work', async () => {
    const wayland = x11FullScreenDetector(nodeBusyDeps({ env: { ...session!.env, XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' } }));
    expect(await wayland.availability()).toEqual({ kind: 'unavailable', reason: expect.stringContaining('Wayland') });
    const noX = x11FullScreenDetector(nodeBusyDeps({ env: { ...session!.env, DISPLAY: undefined } }));
    expect(await noX.availability()).toEqual({ kind: 'unavailable', reason: expect.stringContaining('DISPLAY') });
    expect(await checkBusy([wayland], ['fullScreen'], { display: screen, listedApps: [] })).toEqual({ busy: [], failed: [] });
  });
});
