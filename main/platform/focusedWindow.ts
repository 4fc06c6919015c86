/**
 * Where the focused window is, for the "display of the focused window" preference
 * (docs/decisions/0065-card-display.md). Electron sees only Limber's own windows, so:
 *
 * - Linux X11: `xprop -root _NET_ACTIVE_WINDOW` then `xwininfo -id W` (x11-utils, the same tools
 *   as the full-screen detector; two spawns, each time-limited, only when a card is shown).
 * - Wayland: no app may see another's windows — unavailable, the card goes by the pointer.
 * - Windows, macOS: unavailable without a native module (GetForegroundWindow / the
 *   Accessibility API with its permission prompt); the card goes by the pointer.
 *
 * Never throws: a failure is "not known", and the card falls back to the pointer.
 */
import type { DetectorAvailability } from '../../common/busy';
import type { Rect } from '../core/placement';
import type { BusyDeps } from './busy/busyDeps';
import { parseActiveWindow, parseGeometry } from './busy/x11FullScreen';

const TOOL_TIMEOUT_MS = 600;

export interface FocusedWindowSource {
  availability(): Promise<DetectorAvailability>;
  /** The focused window's bounds in device pixels, or null (nothing focused, or not knowable). */
  bounds(): Promise<Rect | null>;
}

const FALLBACK = 'The card then appears on the display under the pointer.';

export function unavailableFocusedWindow(reason: string): FocusedWindowSource {
  return { availability: async () => ({ kind: 'unavailable', reason: `${reason} ${FALLBACK}` }), bounds: async () => null };
}

export function x11FocusedWindow(deps: Pick<BusyDeps, 'env' | 'exec' | 'which'>): FocusedWindowSource {
  const tools = async () => ({ xprop: await deps.which('xprop'), xwininfo: await deps.which('xwininfo') });
  const availability = async (): Promise<DetectorAvailability> => {
    const { env } = deps;
    if (env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY && env.XDG_SESSION_TYPE !== 'x11')) {
      return { kind: 'unavailable', reason: `Wayland does not let one app see another app’s windows. ${FALLBACK}` };
    }
    if (!env.DISPLAY) return { kind: 'unavailable', reason: `No X11 display (DISPLAY is not set). ${FALLBACK}` };
    const { xprop, xwininfo } = await tools();
    if (!xprop || !xwininfo) return { kind: 'unavailable', reason: `Needs xprop and xwininfo (package x11-utils). ${FALLBACK}` };
    return { kind: 'available' };
  };
  return {
    availability,
    async bounds() {
      try {
        if ((await availability()).kind !== 'available') return null;
        const { xprop, xwininfo } = await tools();
        const active = parseActiveWindow(await deps.exec(xprop!, ['-root', '-notype', '_NET_ACTIVE_WINDOW', '_NET_SUPPORTING_WM_CHECK'], { timeoutMs: TOOL_TIMEOUT_MS }));
        if (!active) return null;
        return parseGeometry(await deps.exec(xwininfo!, ['-id', active], { timeoutMs: TOOL_TIMEOUT_MS }));
      } catch {
        return null;
      }
    },
  };
}

export function createFocusedWindowSource(platform: NodeJS.Platform, deps: Pick<BusyDeps, 'env' | 'exec' | 'which'>): FocusedWindowSource {
  if (platform === 'linux') return x11FocusedWindow(deps);
  if (platform === 'darwin') return unavailableFocusedWindow('macOS tells an app where another app’s window is only with Accessibility permission, which Limber does not ask for.');
  if (platform === 'win32') return unavailableFocusedWindow('Windows tells where another app’s window is only through a native module, which Limber does not ship.');
  return unavailableFocusedWindow('Limber cannot see other apps’ windows here.');
}
