/**
 * The focused window's place on X11, against a real window manager: Xvfb, openbox and an xterm
 * moved with wmctrl, read by platform/focusedWindow.ts, then the card's display chosen from it
 * (the Xvfb screen is split into two 640-wide "displays" for the choice).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCardDisplay, devicePixelsToDip, type DisplayArea } from '../../main/core/placement';
import { nodeBusyDeps } from '../../main/platform/busy/busyDeps';
import { x11FocusedWindow } from '../../main/platform/focusedWindow';
import { missingTools, startWindowManagedSession, until, type DesktopSession } from './busy/desktopSession';

const why = missingTools(['dbus-daemon', 'Xvfb', 'openbox', 'xterm', 'wmctrl', 'xprop', 'xwininfo']);
if (why) console.warn(`Focused-window test skipped: ${why}.`);

const half = (id: number, x: number): DisplayArea => ({ id, bounds: { x, y: 0, width: 640, height: 800 }, workArea: { x, y: 0, width: 640, height: 800 }, scaleFactor: 1 });
const displays = [half(1, 0), half(2, 640)];

describe('the focused window on X11', () => {
  let session: DesktopSession | undefined;
  beforeAll(async () => {
    if (why) return;
    session = await startWindowManagedSession();
  }, 30_000);
  afterAll(async () => session?.stop());

  it.skipIf(why !== null)('nothing focused, then an xterm on the left, then moved to the right half', async () => {
    const source = x11FocusedWindow(nodeBusyDeps({ env: session!.env }));
    expect(await source.availability()).toEqual({ kind: 'available' });
    expect(await source.bounds()).toBeNull();

    session!.spawn('xterm', ['-T', 'limber-focus-test', '-geometry', '80x24+40+60']);
    await until(() => (/window id # 0x[1-9a-f]/.test(session!.run('xprop', ['-root', '_NET_ACTIVE_WINDOW'])) ? true : null), 'xterm active');
    const first = await source.bounds();
    expect(first).not.toBeNull();
    expect(first!.x).toBeLessThan(640);
    expect(first!.width).toBeGreaterThan(100);
    const layout = (focusedWindow: typeof first) => ({ displays, primaryId: 1, cursor: { x: 1000, y: 400 }, focusedWindow });
    expect(chooseCardDisplay(layout(first), 'focusedWindow')).toMatchObject({ display: { id: 1 }, by: 'focusedWindow' });

    session!.run('wmctrl', ['-r', 'limber-focus-test', '-e', '0,760,200,-1,-1']);
    let after = await source.bounds();
    for (let i = 0; i < 50 && (after === null || after.x < 640); i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await source.bounds();
    }
    expect(after!.x).toBeGreaterThanOrEqual(760);
    expect(chooseCardDisplay(layout(after), 'focusedWindow')).toMatchObject({ display: { id: 2 }, by: 'focusedWindow' });
    // At a 2× global scale the same device pixels are DIP halves: x 760 px → 380 DIP, left display.
    expect(chooseCardDisplay(layout(devicePixelsToDip(after!, 2)), 'focusedWindow')!.display.id).toBe(1);
  });

  it.skipIf(why !== null)('Wayland and a missing DISPLAY are unavailable, said plainly, and read as nothing', async () => {
    const wayland = x11FocusedWindow(nodeBusyDeps({ env: { ...session!.env, XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' } }));
    expect(await wayland.availability()).toEqual({ kind: 'unavailable', reason: expect.stringMatching(/Wayland.*pointer/) });
    expect(await wayland.bounds()).toBeNull();
    const noX = x11FocusedWindow(nodeBusyDeps({ env: { ...session!.env, DISPLAY: undefined } }));
    expect(await noX.availability()).toMatchObject({ kind: 'unavailable' });
    expect(await noX.bounds()).toBeNull();
  });
});
