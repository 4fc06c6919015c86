/**
 * What this desktop session lets Limber do, and the plain sentences that say what it cannot
 * (docs/decisions/0062-wayland-limits.md). Pure: the facts come in from the environment, the
 * command line and what Electron has been seen to report.
 *
 * Wayland gives an app neither the pointer's position outside its own windows nor a say in where
 * its windows go or whether they stay on top. Under XWayland the pointer is as unknown (X apps see
 * it only over X windows) and the X idle counter never sees Wayland input, so it stays at 0.
 * Natively, Chromium reads idle time through the compositor's idle-notify protocol where there is
 * one; whether there is cannot be asked, so it is believed once a reading above zero has been seen.
 */

/** Which windowing system Electron itself talks to. */
export type WindowBackend = 'wayland' | 'xwayland' | 'x11' | 'native';

export interface DesktopFacts {
  readonly backend: WindowBackend;
  /** Idle time has been read above zero at least once since start (proof that it works). */
  readonly idleSeen: boolean;
}

export interface DesktopLimits {
  /** The card goes on the display under the pointer; false: on the primary display. */
  readonly cursorKnown: boolean;
  /** Limber places the card in its corner and keeps it above other windows. */
  readonly placesWindows: boolean;
  /** Natural breaks can be measured from idle time. */
  readonly idleKnown: boolean;
}

export function desktopLimits(facts: DesktopFacts): DesktopLimits {
  const wayland = facts.backend === 'wayland' || facts.backend === 'xwayland';
  return {
    cursorKnown: !wayland,
    placesWindows: facts.backend !== 'wayland',
    idleKnown: facts.backend === 'xwayland' ? false : facts.backend === 'wayland' ? facts.idleSeen : true,
  };
}

/** Each limit in a sentence, for Preferences (About) and the diagnostics; empty when there is none. */
export function limitSentences(facts: DesktopFacts): string[] {
  const limits = desktopLimits(facts);
  const lines: string[] = [];
  if (!limits.cursorKnown) {
    lines.push(
      limits.placesWindows
        ? 'Wayland does not tell apps where the pointer is, so the reminder card opens on your primary display.'
        : 'Wayland does not tell apps where the pointer is, nor let them place windows or keep them on top: the reminder card opens on your primary display, where your desktop puts it, and may go behind other windows.',
    );
  }
  if (!limits.idleKnown) {
    lines.push(
      facts.backend === 'xwayland'
        ? 'Limber runs through XWayland here, which cannot see how long you have been away: natural breaks (time away from the keyboard) are not detected. Starting Limber without --ozone-platform=x11 or ELECTRON_OZONE_PLATFORM_HINT=x11 lets it read idle time where your desktop supports it.'
        : 'This Wayland desktop has not reported idle time so far: until it does, natural breaks (time away from the keyboard) are not detected.',
    );
  }
  return lines;
}

/** GNOME and the desktops built on its shell (XDG_CURRENT_DESKTOP "ubuntu:GNOME", "GNOME-Classic:GNOME"…). */
const onGnomeShell = (desktop: string): boolean =>
  desktop.split(':').some((d) => ['gnome', 'gnome-classic', 'ubuntu', 'pop', 'zorin'].includes(d.trim().toLowerCase()));

/**
 * Whether Linux has nowhere to show the tray icon: nobody owns the StatusNotifierWatcher, and
 * there is no old-style (XEmbed) tray to fall back on either — GNOME Shell dropped it, and
 * Wayland never had one. Elsewhere on X11 (XFCE, MATE, i3bar…) Electron falls back to XEmbed.
 * An unanswered question (`null`) counts as "there is a tray": the panel is for a known lack.
 */
export function trayMissing(platform: string, desktop: string, backend: WindowBackend, watcherOwned: boolean | null): boolean {
  if (platform !== 'linux' || watcherOwned !== false) return false;
  return onGnomeShell(desktop) || backend === 'wayland';
}

/** Told once, in the panel that stands in for the tray: what to install to get the tray back. */
export function traylessHint(desktop: string): string {
  return onGnomeShell(desktop)
    ? 'GNOME shows no tray icons without the “AppIndicator and KStatusNotifierItem Support” extension (package gnome-shell-extension-appindicator, or extensions.gnome.org). Install it and log in again to get Limber’s icon back; until then, this window holds its menu.'
    : 'This desktop has no tray that shows Limber’s icon (no StatusNotifierItem host is running). Add a tray to your panel (for example waybar’s “tray” module), then restart Limber. Until then, this window holds Limber’s menu.';
}
