/**
 * The start-a-routine shortcut's owner (decision 0070): claims the preference's keys while it is
 * on, releases them when it is turned off, changed or at quit, and says once per choice of keys
 * why they could not be claimed. A press is the tray's "Start a routine now".
 */
import { checkAccelerator } from '../../common/accelerator';
import type { Disposable } from '../../common/disposable';
import type { Preferences } from '../../common/preferences';
import { registerGlobalShortcut, type GlobalShortcutPort } from '../platform/globalShortcut';

export interface StartShortcutPorts {
  readonly shortcuts: GlobalShortcutPort;
  /** Runs the tray's Start a routine now. */
  start(): void;
  /** Tells the user (the tray's and windows' notice) and the log. */
  problem(text: string): void;
}

export class StartShortcut implements Disposable {
  #registration: Disposable | null = null;
  /** The keys claimed, or tried and refused (so a refusal is told once, not at each change). */
  #current: string | null = null;

  constructor(private readonly ports: StartShortcutPorts) {}

  /** The accelerator held now, or null. */
  get held(): string | null {
    return this.#registration ? this.#current : null;
  }

  apply(prefs: Pick<Preferences, 'startShortcutEnabled' | 'startShortcut'>): void {
    const check = prefs.startShortcutEnabled ? checkAccelerator(prefs.startShortcut) : null;
    const wanted = check?.ok ? check.accelerator : null;
    if (wanted === this.#current) return;
    this.#release();
    this.#current = wanted;
    if (check && !check.ok) return this.ports.problem(`The shortcut "${prefs.startShortcut}" is not used: ${check.error}`);
    if (wanted === null) return;
    const result = registerGlobalShortcut(this.ports.shortcuts, wanted, () => this.ports.start());
    if (result.ok) this.#registration = result.registration;
    else this.ports.problem(`The shortcut to start a routine is not set: ${result.reason}`);
  }

  dispose(): void {
    this.#release();
    this.#current = null;
  }

  #release(): void {
    this.#registration?.dispose();
    this.#registration = null;
  }
}
