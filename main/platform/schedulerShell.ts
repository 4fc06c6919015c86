/**
 * The scheduler's shell: feeds the pure core (main/core/scheduler) with real inputs and hands
 * its effects to the composition root.
 *
 * It owns exactly one timer at a time, re-armed to `nextWakeup` after every step (never an
 * interval), reads both clocks once per input, reads idle time only when the core says it can
 * matter (in work hours, not paused, no routine, screen not locked), and listens to the four
 * power events. Everything it touches comes in as a port, so the composition root wires it to
 * Electron's `powerMonitor` and a real timer, and tests wire it to fakes.
 */
import type { PowerMonitor } from 'electron';
import type { Preferences } from '../../common/preferences';
import {
  describeStatus,
  nextWakeup,
  planDay,
  snapshotOf,
  startScheduler,
  step,
  wantsIdleSample,
  type ClockReading,
  type PauseChoice,
  type PersistedScheduler,
  type PlannedReminder,
  type SchedulerEffect,
  type SchedulerEnv,
  type SchedulerInput,
  type SchedulerState,
  type SchedulerStatus,
  type TimeZoneRules,
  type Wakeup,
} from '../core/scheduler';
import type { BusyReading } from '../core/busy/busyPort';
import type { TimeFormatSettings } from '../../common/timeFormat';

/** Both clocks. The real one is `systemClock`. */
export interface Clock {
  /** Epoch ms; may jump. */
  wallMs(): number;
  /** Monotonic ms; never jumps within this process. */
  monoMs(): number;
}

export type IdleSource = Pick<PowerMonitor, 'getSystemIdleTime'>;

export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

/** The subscription side of `powerMonitor`, for the events the scheduler needs. */
export interface PowerEvents {
  on(event: PowerEvent, listener: () => void): unknown;
  off(event: PowerEvent, listener: () => void): unknown;
}

export interface TimerPort<Handle = unknown> {
  set(ms: number, fn: () => void): Handle;
  clear(handle: Handle): void;
}

// Electron's powerMonitor must fit both ports, so the composition root can pass it as is.
type Expect<T extends true> = T;
export type PowerMonitorFitsPorts = Expect<PowerMonitor extends PowerEvents & IdleSource ? true : false>;

export const systemClock: Clock = {
  wallMs: () => Date.now(),
  monoMs: () => performance.now(),
};

/** The zone the OS is in now: the host's rules, read afresh at every call. */
export const hostZone: TimeZoneRules = {
  offsetMinutesAt: (wallMs) => -new Date(wallMs).getTimezoneOffset(),
};

export const nodeTimer: TimerPort<ReturnType<typeof setTimeout>> = {
  set: (ms, fn) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle),
};

/**
 * Timers may fire a little early by the monotonic clock (coarse OS timer ticks). Arming a few
 * ms late makes the wake-up land on or after its target, instead of just before it with a
 * second wake-up to follow.
 */
export const TIMER_SLACK_MS = 25;

export interface SchedulerShellOptions<Handle> {
  readonly clock: Clock;
  readonly idle: IdleSource;
  readonly power: PowerEvents;
  readonly timer: TimerPort<Handle>;
  readonly prefs: Preferences;
  /** Defaults to the host's zone. */
  readonly zone?: TimeZoneRules;
  /** The user's locale and hour cycle for the status line's times; defaults to 24-hour en-GB. */
  readonly timeFormat?: TimeFormatSettings;
  /** Performs the core's effects: show/close the card, record history, persist, tray status. */
  readonly onEffects: (effects: readonly SchedulerEffect[]) => void;
  /** An effect handler that throws is reported here; the scheduler carries on. */
  readonly onError?: (error: unknown) => void;
  /**
   * Runs the busy detectors for the core's `checkBusy` (platform/busy/checkBusy.ts, each
   * detector time-limited). Omitted: every check answers "not busy" at once.
   */
  readonly busy?: BusyCheckPort;
}

/** One busy check with the preferences in force: time-limited by the runner, may reject. */
export interface BusyCheckPort {
  check(prefs: Preferences): Promise<BusyReading>;
}

const NOT_BUSY: BusyReading = { busy: [], failed: [] };

type MakeInput = (clock: ClockReading) => SchedulerInput;

export class SchedulerShell<Handle = unknown> {
  readonly #clock: Clock;
  readonly #idle: IdleSource;
  readonly #power: PowerEvents;
  readonly #timer: TimerPort<Handle>;
  readonly #zone: TimeZoneRules;
  readonly #timeFormat: TimeFormatSettings | undefined;
  readonly #onEffects: (effects: readonly SchedulerEffect[]) => void;
  readonly #onError: (error: unknown) => void;
  #prefs: Preferences;
  #state: SchedulerState | null = null;
  #armed: { readonly handle: Handle; readonly wakeup: Wakeup } | null = null;
  #queue: MakeInput[] = [];
  #busy = false;
  readonly #busyPort: BusyCheckPort | null;

  readonly #listeners: Record<PowerEvent, () => void> = {
    suspend: () => this.#dispatch((clock) => ({ kind: 'suspend', clock, idleSeconds: this.#idleIfWanted(clock) })),
    resume: () => this.#dispatch((clock) => ({ kind: 'resume', clock })),
    'lock-screen': () => this.#dispatch((clock) => ({ kind: 'lock', clock, idleSeconds: this.#idleIfWanted(clock) })),
    'unlock-screen': () => this.#dispatch((clock) => ({ kind: 'unlock', clock })),
  };

  constructor(options: SchedulerShellOptions<Handle>) {
    this.#clock = options.clock;
    this.#idle = options.idle;
    this.#power = options.power;
    this.#timer = options.timer;
    this.#zone = options.zone ?? hostZone;
    this.#timeFormat = options.timeFormat;
    this.#prefs = options.prefs;
    this.#onEffects = options.onEffects;
    this.#onError = options.onError ?? (() => undefined);
    this.#busyPort = options.busy ?? null;
  }

  get #env(): SchedulerEnv {
    return { prefs: this.#prefs, zone: this.#zone, ...(this.#timeFormat ? { timeFormat: this.#timeFormat } : {}) };
  }

  /** Begins with the persisted snapshot (anything: a corrupt one means a fresh start). */
  start(restored: unknown): void {
    if (this.#state !== null) return;
    const started = startScheduler(this.#read(), restored, this.#env);
    this.#commit(started.state, started.effects);
    for (const [event, listener] of Object.entries(this.#listeners) as [PowerEvent, () => void][]) {
      this.#power.on(event, listener);
    }
    this.#arm();
  }

  /** Stops listening and ticking; returns (and hands to onEffects) the snapshot to keep. */
  stop(): PersistedScheduler | null {
    if (this.#state === null) return null;
    this.#dispatch((clock) => ({ kind: 'tick', clock }));
    for (const [event, listener] of Object.entries(this.#listeners) as [PowerEvent, () => void][]) {
      this.#power.off(event, listener);
    }
    this.#disarm();
    const snapshot = snapshotOf(this.#state);
    this.#state = null;
    this.#perform([{ kind: 'persistState', snapshot }]);
    return snapshot;
  }

  setPreferences(prefs: Preferences): void {
    this.#prefs = prefs;
    if (this.#state !== null) this.#dispatch((clock) => ({ kind: 'prefsChanged', clock }));
  }

  /** Start on the reminder card, or "Start a routine now" from the tray: works at any time. */
  startRoutine(): void {
    this.#dispatch((clock) => ({ kind: 'startRoutine', clock }));
  }

  /** `exerciseIds`: what the player reported it played, carried into the history entry. */
  finishRoutine(result: 'completed' | 'stopped', activeSeconds: number, exerciseIds: readonly string[] = []): void {
    this.#dispatch((clock) => ({ kind: 'finishRoutine', clock, result, activeSeconds, exerciseIds }));
  }

  snooze(): void {
    this.#dispatch((clock) => ({ kind: 'snooze', clock }));
  }

  skip(): void {
    this.#dispatch((clock) => ({ kind: 'skip', clock }));
  }

  pause(choice: PauseChoice): void {
    this.#dispatch((clock) => ({ kind: 'pause', clock, choice }));
  }

  resume(): void {
    this.#dispatch((clock) => ({ kind: 'unpause', clock }));
  }

  /** The status as of now (computed, not a step: no effects, no wake-up). */
  status(): SchedulerStatus | null {
    const state = this.#previewNow();
    return state && describeStatus(state, this.#env);
  }

  /** Today's remaining reminders with these preferences, from now (for "today's plan"). */
  planDay(): PlannedReminder[] {
    const state = this.#previewNow();
    return state ? planDay(state, this.#env) : [];
  }

  /** The current state, for diagnostics and tests. */
  get state(): SchedulerState | null {
    return this.#state;
  }

  /** The pending wake-up, for diagnostics and tests. */
  get armed(): Wakeup | null {
    return this.#armed?.wakeup ?? null;
  }

  #read(): ClockReading {
    return { wallMs: this.#clock.wallMs(), monoMs: this.#clock.monoMs() };
  }

  #idleIfWanted(clock: ClockReading): number | undefined {
    return this.#state !== null && wantsIdleSample(this.#state, this.#env, clock) ? this.#idle.getSystemIdleTime() : undefined;
  }

  /** The state stepped to now without committing it. */
  #previewNow(): SchedulerState | null {
    if (this.#state === null) return null;
    return step(this.#state, { kind: 'tick', clock: this.#read() }, this.#env).state;
  }

  readonly #onTimer = (): void => {
    this.#armed = null;
    this.#dispatch((clock) => {
      const idle = this.#idleIfWanted(clock);
      return idle === undefined ? { kind: 'tick', clock } : { kind: 'idleSample', clock, idleSeconds: idle };
    });
  };

  /**
   * Runs inputs one at a time. An effect handler may call back into the shell (a user action
   * performed synchronously); such calls queue behind the current step instead of nesting.
   */
  #dispatch(make: MakeInput): void {
    if (this.#state === null) return;
    this.#queue.push(make);
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        if (this.#state === null) break;
        const result = step(this.#state, next(this.#read()), this.#env);
        this.#commit(result.state, result.effects);
      }
    } finally {
      this.#queue = [];
      this.#busy = false;
    }
    this.#arm();
  }

  #commit(state: SchedulerState, effects: readonly SchedulerEffect[]): void {
    this.#state = state;
    this.#perform(effects);
    if (effects.some((e) => e.kind === 'checkBusy')) this.#checkBusy();
  }

  /**
   * The core asked whether the user is busy. The answer comes back as an input whenever it
   * arrives; nothing waits for it, and a check that never settles is taken as "not busy" by the
   * core after BUSY_ANSWER_LOST_MS (its own wake-up: no second timer here).
   */
  #checkBusy(): void {
    const port = this.#busyPort;
    const answer = (reading: BusyReading) => this.#dispatch((clock) => ({ kind: 'busyReading', clock, reading }));
    if (port === null) {
      answer(NOT_BUSY); // queued behind the current step, answered before the timer is armed
      return;
    }
    let pending: Promise<BusyReading>;
    try {
      pending = port.check(this.#prefs);
    } catch (error) {
      pending = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    pending.then(answer, (error: unknown) => {
      this.#onError(error);
      answer(NOT_BUSY);
    });
  }

  #perform(effects: readonly SchedulerEffect[]): void {
    if (effects.length === 0) return;
    try {
      this.#onEffects(effects);
    } catch (error) {
      this.#onError(error);
    }
  }

  #disarm(): void {
    if (this.#armed !== null) {
      this.#timer.clear(this.#armed.handle);
      this.#armed = null;
    }
  }

  #arm(): void {
    this.#disarm();
    if (this.#state === null) return;
    const wakeup = nextWakeup(this.#state, this.#env);
    if (wakeup === null) return;
    const delay = Math.max(0, Math.ceil(wakeup.atMonoMs - this.#clock.monoMs())) + TIMER_SLACK_MS;
    this.#armed = { handle: this.#timer.set(delay, this.#onTimer), wakeup };
  }
}
