/**
 * The owner of what Limber has learnt about the desktop it runs on: which windowing system
 * Electron talks to, whether idle time has been seen to work, whether there is a tray at all.
 * The windows read it from the snapshot (`desktop`): About's lines on Wayland, the tray-less
 * panel's menu (docs/decisions/0061-no-tray-on-gnome.md, 0062-wayland-limits.md).
 */
import type { DesktopView } from '../../common/desktop';
import { desktopLimits, limitSentences, trayMissing, traylessHint, type WindowBackend } from '../core/desktopLimits';
import { trayMenuModel, type TrayState } from '../core/trayMenu';
import type { IdleSource } from '../platform/schedulerShell';

export interface DesktopFactsIn {
  readonly platform: NodeJS.Platform;
  /** XDG_CURRENT_DESKTOP ("" where there is none). */
  readonly desktop: string;
  readonly backend: WindowBackend;
}

export class DesktopInfo {
  #idleSeen = false;
  #trayless = false;

  constructor(readonly facts: DesktopFactsIn) {}

  /** The card goes on the display under the pointer; otherwise on the primary one. */
  get cursorKnown(): boolean {
    return desktopLimits({ backend: this.facts.backend, idleSeen: this.#idleSeen }).cursorKnown;
  }

  get trayless(): boolean {
    return this.#trayless;
  }

  /**
   * Electron's idle time, watched: a reading above zero proves it works here (a Wayland
   * compositor without idle-notify, or XWayland, only ever reads 0). `changed` runs once, then.
   */
  watchIdle(source: IdleSource, changed: () => void): IdleSource {
    return {
      getSystemIdleTime: () => {
        const seconds = source.getSystemIdleTime();
        if (seconds > 0 && !this.#idleSeen) {
          this.#idleSeen = true;
          // After the scheduler's step that asked, not inside it.
          queueMicrotask(changed);
        }
        return seconds;
      },
    };
  }

  /** The session bus's answer about the StatusNotifierWatcher; true when Limber has no tray. */
  watcherAnswered(owned: boolean | null): boolean {
    this.#trayless = trayMissing(this.facts.platform, this.facts.desktop, this.facts.backend, owned);
    return this.#trayless;
  }

  view(tray: TrayState | null): DesktopView {
    const limits = this.facts.platform === 'linux' ? limitSentences({ backend: this.facts.backend, idleSeen: this.#idleSeen }) : [];
    if (!this.#trayless) return { limits, panel: null };
    return { limits, panel: { menu: tray ? trayMenuModel(tray) : [], hint: traylessHint(this.facts.desktop) } };
  }
}
