/**
 * The app's life around the windows: no quitting when the last window closes (a tray app), and
 * an orderly quit: the scheduler saves its state, every listener and handler
 * is disposed, and the history's last write completes before Electron is let go.
 */
import type { Disposable } from '../../common/disposable';
import type { AppPort } from '../platform/electronPorts';

export interface LifecycleHooks {
  /** macOS: the app was opened again (Finder, Spotlight, `open -a`) while it runs. */
  onActivate(): void;
  /** Stops the scheduler (which saves its state); synchronous. */
  stop(): void;
  /** Everything wired at start, undone in reverse order. */
  readonly disposables: Disposable;
  /** Waits for pending writes. */
  flush(): Promise<void>;
}

export function installLifecycle(app: AppPort, hooks: LifecycleHooks): void {
  // With no Dock icon (LSUIElement) this is the only sign of a click on Limber in Finder or Spotlight.
  app.on('activate', () => hooks.onActivate());
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  let quitting = false;
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    hooks.stop();
    hooks.disposables.dispose();
    void hooks.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}
