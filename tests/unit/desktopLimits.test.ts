/**
 * Wayland's limits (docs/decisions/0062-wayland-limits.md): which windowing system Electron
 * talks to, from the session's variables and the command line, and what that keeps Limber from
 * doing, in the sentences Preferences and the diagnostics show.
 */
import { describe, expect, it } from 'vitest';
import { desktopLimits, limitSentences, trayMissing } from '../../main/core/desktopLimits';
import { windowBackend } from '../../main/platform/windowBackend';

describe('window backend', () => {
  it('X11 sessions, and every other OS', () => {
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, [])).toBe('x11');
    expect(windowBackend('linux', {}, [])).toBe('x11');
    expect(windowBackend('darwin', { XDG_SESSION_TYPE: 'wayland' }, [])).toBe('native');
    expect(windowBackend('win32', {}, [])).toBe('native');
  });

  it('a Wayland session is native Wayland by default (Electron ≥ 38), XWayland when told x11', () => {
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe('wayland');
    expect(windowBackend('linux', { WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe('wayland');
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland' }, ['/opt/Limber/limber', '--ozone-platform=x11'])).toBe('xwayland');
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland' }, ['limber', '--ozone-platform-hint=x11'])).toBe('xwayland');
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, [])).toBe('xwayland');
    // The command line wins over the environment, and --ozone-platform over the hint.
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, ['limber', '--ozone-platform=wayland'])).toBe('wayland');
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'wayland' }, ['limber', '--ozone-platform-hint=x11', '--ozone-platform=wayland'])).toBe('wayland');
    // An X11 session with a stray WAYLAND_DISPLAY stays X11: the session type says what it is.
    expect(windowBackend('linux', { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe('x11');
  });
});

describe('limits', () => {
  it('X11 and the other OSes: none', () => {
    for (const backend of ['x11', 'native'] as const) {
      expect(desktopLimits({ backend, idleSeen: false })).toEqual({ cursorKnown: true, placesWindows: true, idleKnown: true });
      expect(limitSentences({ backend, idleSeen: false })).toEqual([]);
    }
  });

  it('native Wayland: no pointer, no placing; idle believed once seen', () => {
    expect(desktopLimits({ backend: 'wayland', idleSeen: false })).toEqual({ cursorKnown: false, placesWindows: false, idleKnown: false });
    const before = limitSentences({ backend: 'wayland', idleSeen: false });
    expect(before).toHaveLength(2);
    expect(before[0]).toMatch(/primary display, where your desktop puts it/);
    expect(before[1]).toMatch(/natural breaks .* are not detected/);
    expect(limitSentences({ backend: 'wayland', idleSeen: true })).toEqual([before[0]]);
  });

  it('XWayland: no pointer, but windows are placed; idle never works, whatever was seen', () => {
    expect(desktopLimits({ backend: 'xwayland', idleSeen: true })).toEqual({ cursorKnown: false, placesWindows: true, idleKnown: false });
    const lines = limitSentences({ backend: 'xwayland', idleSeen: true });
    expect(lines[0]).toBe('Wayland does not tell apps where the pointer is, so the reminder card opens on your primary display.');
    expect(lines[1]).toMatch(/XWayland .* natural breaks .* are not detected.*--ozone-platform=x11/);
  });
});

describe('tray missing', () => {
  it('only on Linux, only when the bus said no, and only where there is no XEmbed tray to fall back on', () => {
    expect(trayMissing('linux', 'ubuntu:GNOME', 'x11', false)).toBe(true);
    expect(trayMissing('linux', 'GNOME', 'wayland', false)).toBe(true);
    expect(trayMissing('linux', 'sway', 'wayland', false)).toBe(true);
    expect(trayMissing('linux', 'XFCE', 'x11', false)).toBe(false);
    expect(trayMissing('linux', 'GNOME', 'wayland', true)).toBe(false);
    expect(trayMissing('linux', 'GNOME', 'wayland', null)).toBe(false);
    expect(trayMissing('darwin', 'GNOME', 'native', false)).toBe(false);
  });
});
