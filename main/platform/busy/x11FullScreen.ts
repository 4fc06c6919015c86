/**
 * A full-screen window on the card's display, on Linux X11 (docs/busy-detectors.md):
 *  1. `xprop -root _NET_ACTIVE_WINDOW _NET_SUPPORTING_WM_CHECK` — the window the user is looking
 *     at (EWMH), and whether a window manager that keeps it runs at all;
 *  2. `xprop -id W _NET_WM_STATE WM_CLASS` — full screen if the state holds _NET_WM_STATE_FULLSCREEN;
 *  3. only then `xwininfo -id W` — its geometry, so a full-screen video on another monitor does
 *     not hold a card meant for this one.
 * Two spawns per check, three when something is full screen. Electron's own APIs cannot see other
 * apps' windows, and the npm packages that can (get-windows, formerly active-win) install a
 * prebuilt native binary (decision 0031). Wayland lets no app see another's windows: unavailable.
 */
import type { DetectorAvailability } from '../../../common/busy';
import type { BusyAnswer, BusyContext, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';

const TOOL_TIMEOUT_MS = 600;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function parseActiveWindow(out: string): string | null {
  const match = /_NET_ACTIVE_WINDOW(?:\(WINDOW\))?:\s*window id # (0x[0-9a-f]+)/i.exec(out);
  if (!match) {
    // An EWMH window manager with nothing focused leaves _NET_ACTIVE_WINDOW unset (openbox does).
    if (/_NET_SUPPORTING_WM_CHECK(?:\(WINDOW\))?:\s*window id # 0x[0-9a-f]*[1-9a-f]/i.test(out)) return null;
    if (/not found|no such atom/i.test(out)) throw new Error('no EWMH window manager says which window is active (no _NET_ACTIVE_WINDOW)');
    throw new Error(`xprop answered ${JSON.stringify(out.trim().slice(0, 60))} for the active window`);
  }
  return /^0x0+$/i.test(match[1]!) ? null : match[1]!;
}

export function parseWindowState(out: string): { fullScreen: boolean; name: string | null } {
  const state = /_NET_WM_STATE(?:\(ATOM\))?\s*=\s*(.*)/.exec(out)?.[1] ?? '';
  const wmClass = /WM_CLASS(?:\(STRING\))?\s*=\s*"[^"]*",\s*"([^"]*)"/.exec(out)?.[1] ?? null;
  return { fullScreen: state.split(',').map((s) => s.trim()).includes('_NET_WM_STATE_FULLSCREEN'), name: wmClass || null };
}

export function parseGeometry(out: string): Rect {
  const num = (label: string) => {
    const m = new RegExp(`${label}:\\s*(-?\\d+)`).exec(out);
    if (!m) throw new Error(`xwininfo gave no "${label}"`);
    return Number(m[1]);
  };
  return { x: num('Absolute upper-left X'), y: num('Absolute upper-left Y'), width: num('Width'), height: num('Height') };
}

/** Whether the window covers most of the display (both in device pixels). */
export function coversDisplay(window: Rect, display: BusyContext['display']): boolean {
  const scale = display.scaleFactor && display.scaleFactor > 0 ? display.scaleFactor : 1;
  const d = { x: display.x * scale, y: display.y * scale, width: display.width * scale, height: display.height * scale };
  const w = Math.max(0, Math.min(window.x + window.width, d.x + d.width) - Math.max(window.x, d.x));
  const h = Math.max(0, Math.min(window.y + window.height, d.y + d.height) - Math.max(window.y, d.y));
  return w * h >= 0.5 * d.width * d.height;
}

export function x11FullScreenDetector(deps: BusyDeps): BusyDetector {
  const tools = async () => ({ xprop: await deps.which('xprop'), xwininfo: await deps.which('xwininfo') });
  return {
    signal: 'fullScreen',
    async availability(): Promise<DetectorAvailability> {
      const { env } = deps;
      if (env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY && env.XDG_SESSION_TYPE !== 'x11')) {
        return { kind: 'unavailable', reason: "Wayland does not let one app see another app's windows, so full-screen work cannot be detected." };
      }
      if (!env.DISPLAY) return { kind: 'unavailable', reason: 'No X11 display (DISPLAY is not set), so full-screen windows cannot be seen.' };
      const { xprop, xwininfo } = await tools();
      if (!xprop || !xwininfo) return { kind: 'unavailable', reason: 'Needs xprop and xwininfo (Debian/Ubuntu package x11-utils), which are not installed.' };
      return { kind: 'available' };
    },
    async check(context, cancel): Promise<BusyAnswer> {
      const { xprop, xwininfo } = await tools();
      if (!xprop || !xwininfo) throw new Error('xprop or xwininfo is not installed');
      const options = { timeoutMs: TOOL_TIMEOUT_MS, cancel };
      const active = parseActiveWindow(await deps.exec(xprop, ['-root', '-notype', '_NET_ACTIVE_WINDOW', '_NET_SUPPORTING_WM_CHECK'], options));
      if (!active) return { busy: false };
      const state = parseWindowState(await deps.exec(xprop, ['-id', active, '-notype', '_NET_WM_STATE', 'WM_CLASS'], options));
      if (!state.fullScreen) return { busy: false };
      const geometry = parseGeometry(await deps.exec(xwininfo, ['-id', active], options));
      if (!coversDisplay(geometry, context.display)) return { busy: false };
      return { busy: true, detail: `${state.name ?? 'a window'} is full screen` };
    },
  };
}
