/**
 * Whether a tray can show Limber's icon on Linux (docs/decisions/0061-no-tray-on-gnome.md).
 * Electron's Linux tray is a StatusNotifierItem: it appears only where something owns
 * `org.kde.StatusNotifierWatcher` on the session bus (KDE, and GNOME with the AppIndicator
 * extension); GNOME without it shows nothing and says nothing. The bus is asked with
 * NameHasOwner through gdbus (GLib, on every GNOME) or dbus-send, time-limited and without a
 * shell, as the busy detectors run their tools.
 */
import type { BusyDeps } from './busy/busyDeps';

export const WATCHER_NAME = 'org.kde.StatusNotifierWatcher';
const TIMEOUT_MS = 1500;

/** true/false: the bus answered; null: Limber could not ask (no tool, no bus, no answer in time). */
export type WatcherAnswer = { readonly owned: boolean } | { readonly owned: null; readonly why: string };

export async function statusNotifierWatcherOwned(deps: Pick<BusyDeps, 'exec' | 'which' | 'env'>): Promise<WatcherAnswer> {
  if (!deps.env['DBUS_SESSION_BUS_ADDRESS'] && !deps.env['XDG_RUNTIME_DIR']) return { owned: null, why: 'no session bus address' };
  // Inside the try: a lookup that throws (an unreadable PATH entry…) is "cannot tell" too, never a rejection.
  try {
    const gdbus = await deps.which('gdbus');
    if (gdbus) {
      const out = await deps.exec(
        gdbus,
        ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', WATCHER_NAME],
        { timeoutMs: TIMEOUT_MS },
      );
      // GVariant text of a (b) tuple.
      const match = /^\((true|false),\)$/.exec(out.trim());
      if (!match) return { owned: null, why: `gdbus answered ${JSON.stringify(out.trim().slice(0, 40))}` };
      return { owned: match[1] === 'true' };
    }
    const dbusSend = await deps.which('dbus-send');
    if (!dbusSend) return { owned: null, why: 'neither gdbus nor dbus-send is installed' };
    const out = await deps.exec(
      dbusSend,
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${WATCHER_NAME}`],
      { timeoutMs: TIMEOUT_MS },
    );
    const match = /\bboolean (true|false)\b/.exec(out);
    if (!match) return { owned: null, why: `dbus-send answered ${JSON.stringify(out.trim().slice(0, 60))}` };
    return { owned: match[1] === 'true' };
  } catch (error) {
    return { owned: null, why: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}
