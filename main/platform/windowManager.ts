/**
 * Keeps at most one window of each kind, forgets a window the moment it closes (so nothing
 * stays alive in the background), and sends events to the windows that are open.
 *
 * A window whose page crashed (`render-process-gone`) or hangs (`unresponsive`) is destroyed:
 * a frameless always-on-top card with a dead page could otherwise never be closed. It then
 * closes like any other (`onClosed`): an unanswered reminder stays due, a routine ends as stopped.
 */
import { eventChannel } from '../../common/ipcChannels';
import type { LimberEvents } from '../../common/ipc';
import type { BrowserWindowPort } from './electronPorts';
import type { CreatedWindow, WindowKind } from './windowFactory';

export class WindowManager {
  readonly #open = new Map<WindowKind, BrowserWindowPort>();

  constructor(
    private readonly create: (kind: WindowKind) => CreatedWindow,
    private readonly onClosed: (kind: WindowKind) => void = () => undefined,
    private readonly onTrouble: (kind: WindowKind, what: string) => void = () => undefined,
  ) {}

  /** Shows the window of this kind, creating it if needed. */
  open(kind: WindowKind, { focus = true }: { focus?: boolean } = {}): BrowserWindowPort {
    const existing = this.#open.get(kind);
    if (existing && !existing.isDestroyed()) {
      if (focus) existing.focus();
      return existing;
    }
    const { window } = this.create(kind);
    this.#open.set(kind, window);
    window.once('ready-to-show', () => (focus ? window.show() : window.showInactive()));
    const drop = (what: string) => {
      if (window.isDestroyed()) return;
      this.onTrouble(kind, what);
      window.destroy();
    };
    window.webContents.on('render-process-gone', (_event, details) => drop(`its page's process is gone (${details.reason}, exit code ${details.exitCode})`));
    window.on('unresponsive', () => drop('its page stopped responding'));
    window.on('closed', () => {
      if (this.#open.get(kind) !== window) return;
      this.#open.delete(kind);
      this.onClosed(kind);
    });
    return window;
  }

  close(kind: WindowKind): void {
    const window = this.#open.get(kind);
    if (window && !window.isDestroyed()) window.close();
  }

  closeByWebContentsId(id: number): boolean {
    for (const window of this.#open.values()) {
      if (!window.isDestroyed() && window.webContents.id === id) {
        window.close();
        return true;
      }
    }
    return false;
  }

  /** The open window that owns these web contents, and its kind (who made an IPC call). */
  byWebContentsId(id: number): { readonly kind: WindowKind; readonly window: BrowserWindowPort } | null {
    for (const [kind, window] of this.#open) {
      if (!window.isDestroyed() && window.webContents.id === id) return { kind, window };
    }
    return null;
  }

  isOpen(kind: WindowKind): boolean {
    const window = this.#open.get(kind);
    return window !== undefined && !window.isDestroyed();
  }

  get aliveCount(): number {
    let n = 0;
    for (const window of this.#open.values()) if (!window.isDestroyed()) n++;
    return n;
  }

  broadcast<E extends keyof LimberEvents>(event: E, payload: LimberEvents[E]): void {
    for (const window of this.#open.values()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(eventChannel(event), payload);
    }
  }
}
