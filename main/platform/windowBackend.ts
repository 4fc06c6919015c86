/**
 * Which windowing system Electron talks to on this run (docs/decisions/0062-wayland-limits.md).
 * Electron 38 and later follow Chromium's `--ozone-platform-hint=auto`: a Wayland session
 * (XDG_SESSION_TYPE=wayland) gets a native Wayland app unless `--ozone-platform=x11` or
 * ELECTRON_OZONE_PLATFORM_HINT=x11 says otherwise; then it runs through XWayland.
 */
import type { WindowBackend } from '../core/desktopLimits';

export function windowBackend(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, argv: readonly string[]): WindowBackend {
  if (platform !== 'linux') return 'native';
  const session = (env['XDG_SESSION_TYPE'] ?? '').toLowerCase();
  const waylandSession = session === 'wayland' || (session === '' && Boolean(env['WAYLAND_DISPLAY']));
  if (!waylandSession) return 'x11';
  const switchValue = (name: string) => {
    const arg = [...argv].reverse().find((a) => a.startsWith(`--${name}=`));
    return arg?.slice(name.length + 3).toLowerCase();
  };
  // An explicit --ozone-platform wins over the hint, the command line over the environment.
  const chosen = switchValue('ozone-platform') ?? switchValue('ozone-platform-hint') ?? env['ELECTRON_OZONE_PLATFORM_HINT']?.toLowerCase();
  return chosen === 'x11' ? 'xwayland' : 'wayland';
}
