/**
 * Electron's globalShortcut behind a port (decision 0070): one registration is a Disposable that
 * unregisters it. Electron answers false when the keys are taken (another app holds them, or the
 * desktop does not let apps grab keys, as on Wayland without the global-shortcuts portal), and
 * throws on an accelerator it cannot read; both come back as a reason to show the user.
 */
import type * as Electron from 'electron';
import type { Disposable } from '../../common/disposable';

export type GlobalShortcutPort = Pick<Electron.GlobalShortcut, 'register' | 'unregister'>;

export type ShortcutRegistration =
  | { readonly ok: true; readonly registration: Disposable }
  | { readonly ok: false; readonly reason: string };

export function registerGlobalShortcut(port: GlobalShortcutPort, accelerator: string, onPress: () => void): ShortcutRegistration {
  let registered: boolean;
  try {
    registered = port.register(accelerator, onPress);
  } catch (error) {
    return { ok: false, reason: `${accelerator} is not a shortcut Electron can read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!registered) {
    return {
      ok: false,
      reason: `${accelerator} could not be claimed: another app is probably using it (or this desktop does not let apps use global shortcuts). Choose other keys in Preferences → Reminders.`,
    };
  }
  let disposed = false;
  return {
    ok: true,
    registration: {
      dispose: () => {
        if (disposed) return;
        disposed = true;
        port.unregister(accelerator);
      },
    },
  };
}
