/**
 * The one owner of the user's preferences while Limber runs: read once at boot, then served from
 * memory; every change is validated by the schema, saved, and announced to whoever listens (the
 * scheduler, start-at-login, the tray and the windows).
 */
import { toDisposable, type Disposable } from '../../common/disposable';
import { applyPreferencesPatch, type Preferences, type PreferencesPatch } from '../../common/preferences';

export type PreferencesListener = (next: Preferences, previous: Preferences) => void;

export class LivePreferences {
  #current: Preferences;
  readonly #save: (value: Preferences) => void;
  readonly #listeners = new Set<PreferencesListener>();

  constructor(initial: Preferences, save: (value: Preferences) => void) {
    this.#current = initial;
    this.#save = save;
  }

  get current(): Preferences {
    return this.#current;
  }

  /** The current preferences with a patch applied, or the schema's messages as an error. */
  patched(patch: PreferencesPatch): Preferences {
    const next = applyPreferencesPatch(this.#current, patch);
    if (!next.ok) throw new Error(next.issues.map((i) => i.message).join(' '));
    return next.value;
  }

  set(next: Preferences): void {
    const previous = this.#current;
    this.#current = next;
    this.#save(next);
    for (const listener of this.#listeners) listener(next, previous);
  }

  onChange(listener: PreferencesListener): Disposable {
    this.#listeners.add(listener);
    return toDisposable(() => this.#listeners.delete(listener));
  }
}
