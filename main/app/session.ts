/**
 * Drives the session reducer (main/core/session): holds its state, steps it, and performs its
 * effects on the reminder window, the notifier and the scheduler. The only owner of what the
 * reminder window shows.
 */
import type { SessionView } from '../../common/ipc';
import type { Emphasis } from '../../common/routine';
import { sessionView, startSession, stepSession, type SessionEffect, type SessionEnv, type SessionInput, type SessionState } from '../core/session';

export interface SessionPorts {
  /** The reminder window (card, player and summary are one window). */
  readonly window: { open(focus: boolean): void; close(): void };
  /** Announces a due reminder; reports back whether it could be shown. */
  notify(effect: Extract<SessionEffect, { kind: 'notify' }>): void;
  /** The scheduler, once running. */
  scheduler(): { startRoutine(): void; finishRoutine(result: 'completed' | 'stopped', activeSeconds: number, exerciseIds: readonly string[]): void } | null;
  saveEmphasis(emphasis: Emphasis): void;
  /** The session's view changed: the windows need a new snapshot. */
  changed(): void;
}

export class SessionDriver {
  #state: SessionState;

  constructor(
    lastEmphasis: Emphasis | null,
    private readonly env: () => SessionEnv,
    private readonly ports: SessionPorts,
  ) {
    this.#state = startSession(lastEmphasis);
  }

  get state(): SessionState {
    return this.#state;
  }

  get view(): SessionView | null {
    return sessionView(this.#state);
  }

  /**
   * Steps the session and performs its effects. The state is committed before any effect runs,
   * so an effect that calls back in (starting a routine makes the scheduler close the card)
   * meets the new state. Throws, changing nothing, when the input is refused.
   */
  send(input: SessionInput): void {
    const result = stepSession(this.#state, input, this.env());
    if (result.refused !== null) throw new Error(result.refused);
    const changed = result.state !== this.#state;
    this.#state = result.state;
    if (changed) this.ports.changed();
    for (const effect of result.effects) this.#perform(effect);
  }

  #perform(effect: SessionEffect): void {
    switch (effect.kind) {
      case 'showCard':
        return this.ports.window.open(effect.focus);
      case 'closeCard':
        return this.ports.window.close();
      case 'notify':
        return this.ports.notify(effect);
      case 'startRoutine':
        return this.ports.scheduler()?.startRoutine();
      case 'finishRoutine':
        return this.ports.scheduler()?.finishRoutine(effect.outcome, effect.activeSeconds, effect.exerciseIds);
      case 'rememberEmphasis':
        return this.ports.saveEmphasis(effect.emphasis);
    }
  }
}
