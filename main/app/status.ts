/**
 * What the user sees of Limber's state outside the reminder window: the tray (tooltip, status
 * line, menu) and the snapshot every window draws from. It owns the scheduler's last published
 * status and the one-time notice, and publishes once per batch: a command, an IPC call or a
 * batch of scheduler effects changes what it changes, then the tray and the open windows are
 * brought up to date once, and today's plan is simulated once (not once per effect).
 */
import type { AppSnapshot, LimberEvents, SessionView } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import type { SchedulerStatus } from '../core/scheduler';
import type { TrayState } from '../core/trayMenu';

/** Where the snapshot's other parts come from; each has its own owner. */
export interface SnapshotSources {
  preferences(): Preferences;
  firstRunComplete(): boolean;
  session(): SessionView | null;
  /** Local times of today's remaining reminders (a simulation of the day: not free). */
  todaysPlan(): readonly string[];
  busyAvailability(): AppSnapshot['busyAvailability'];
  desktop(): AppSnapshot['desktop'];
  timeFormat(): AppSnapshot['timeFormat'];
  focusedWindowDisplay(): AppSnapshot['focusedWindowDisplay'];
  /** A newer release on offer (the update notice), for the tray's line. */
  releaseOnOffer?(): { readonly version: string } | null;
}

export interface StatusOutputs {
  /** The open windows; with none open, nothing is computed or sent. */
  readonly windows: {
    readonly aliveCount: number;
    broadcast<E extends keyof LimberEvents>(event: E, payload: LimberEvents[E]): void;
  };
  tray(): { update(state: TrayState): void } | null;
}

export class StatusBoard {
  #status: SchedulerStatus | null = null;
  #notice: string | null = null;
  #depth = 0;
  #dirty = false;
  /** Snapshots sent to the windows so far (tests and the bench read it). */
  published = 0;

  constructor(
    private readonly sources: SnapshotSources,
    private readonly outputs: StatusOutputs,
  ) {}

  get status(): SchedulerStatus | null {
    return this.#status;
  }

  setStatus(status: SchedulerStatus): void {
    this.#status = status;
    this.changed();
  }

  addNotice(text: string | null | undefined): void {
    if (!text) return;
    this.#notice = this.#notice ? `${this.#notice} ${text}` : text;
    this.changed();
  }

  dismissNotice(): void {
    this.#notice = null;
    this.changed();
  }

  snapshot(): AppSnapshot {
    return {
      preferences: this.sources.preferences(),
      statusText: this.#status?.text ?? 'Starting…',
      todaysPlan: this.sources.todaysPlan(),
      firstRunComplete: this.sources.firstRunComplete(),
      session: this.sources.session(),
      notice: this.#notice,
      busyAvailability: this.sources.busyAvailability(),
      desktop: this.sources.desktop(),
      timeFormat: this.sources.timeFormat(),
      focusedWindowDisplay: this.sources.focusedWindowDisplay(),
    };
  }

  /** Something the tray or the windows show has changed: publish now, or at the end of the batch. */
  changed(): void {
    this.#dirty = true;
    if (this.#depth === 0) this.#flush();
  }

  /** Runs `work`, publishing at most once, after it (batches nest: the outermost publishes). */
  batch<T>(work: () => T): T {
    this.#depth++;
    try {
      return work();
    } finally {
      this.#depth--;
      if (this.#depth === 0) this.#flush();
    }
  }

  #flush(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    if (this.#status) this.outputs.tray()?.update({ ...this.#status, snoozeMinutes: this.sources.preferences().snoozeMinutes, update: this.sources.releaseOnOffer?.() ?? null });
    if (this.outputs.windows.aliveCount > 0) {
      this.published++;
      this.outputs.windows.broadcast('snapshotChanged', this.snapshot());
    }
  }
}
