/**
 * Test support for the scheduler: hand-written time zones and a simulated world that drives the
 * pure core exactly as the shell does (one pending wake-up, idle read only when wanted).
 */
import { DEFAULT_PREFERENCES, type Preferences } from '../../../common/preferences';
import {
  nextWakeup,
  startScheduler,
  step,
  wantsIdleSample,
  type ClockReading,
  type SchedulerEffect,
  type SchedulerEnv,
  type SchedulerInput,
  type SchedulerState,
  type TimeZoneRules,
} from '../../../main/core/scheduler';
import type { BusyReading } from '../../../main/core/busy/busyPort';

export const SEC = 1000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;

function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay());
}

function nthSundayUtc(year: number, monthIndex: number, n: number): number {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const firstSunday = 1 + ((7 - first.getUTCDay()) % 7);
  return Date.UTC(year, monthIndex, firstSunday + 7 * (n - 1));
}

/** EU rules: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC. */
export function euZone(standardMinutes: number): TimeZoneRules {
  return {
    offsetMinutesAt(wallMs) {
      const year = new Date(wallMs).getUTCFullYear();
      const start = lastSundayUtc(year, 2) + 1 * HOUR;
      const end = lastSundayUtc(year, 9) + 1 * HOUR;
      return wallMs >= start && wallMs < end ? standardMinutes + 60 : standardMinutes;
    },
  };
}

/** US rules: second Sunday of March 02:00 local to first Sunday of November 02:00 local. */
export function usZone(standardMinutes: number): TimeZoneRules {
  return {
    offsetMinutesAt(wallMs) {
      const year = new Date(wallMs).getUTCFullYear();
      const start = nthSundayUtc(year, 2, 2) + 2 * HOUR - standardMinutes * MIN;
      const end = nthSundayUtc(year, 10, 1) + 2 * HOUR - (standardMinutes + 60) * MIN;
      return wallMs >= start && wallMs < end ? standardMinutes + 60 : standardMinutes;
    },
  };
}

export const BERLIN = euZone(60);
export const NEW_YORK = usZone(-300);

/** Wall ms of a local time in a zone, e.g. at(BERLIN, '2026-03-30T09:00'). */
export function at(zone: TimeZoneRules, local: string): number {
  const localMs = Date.parse(`${local}:00Z`);
  // Two rounds settle the offset except inside a DST gap, which tests avoid.
  let wall = localMs - zone.offsetMinutesAt(localMs) * MIN;
  wall = localMs - zone.offsetMinutesAt(wall) * MIN;
  return wall;
}

/** "HH:MM" of a wall instant in a zone. */
export function hhmm(zone: TimeZoneRules, wallMs: number): string {
  return new Date(wallMs + zone.offsetMinutesAt(wallMs) * MIN).toISOString().slice(11, 16);
}

export function prefs(patch: Partial<Preferences> = {}): Preferences {
  return { ...DEFAULT_PREFERENCES, ...patch } as Preferences;
}

export interface LoggedEffect {
  readonly realMs: number;
  readonly wallMs: number;
  readonly monoMs: number;
  readonly effect: SchedulerEffect;
}

export type InputBody = SchedulerInput extends infer I ? (I extends SchedulerInput ? Omit<I, 'clock'> : never) : never;

/** How a sleep's power events reach the app (see `Sim.sleepWith`). */
export interface SleepEvents {
  /** Before the sleep, delivered only after the wake (with or after the timer), or never. */
  readonly suspend: 'onTime' | 'late' | 'lost';
  readonly resume: 'onTime' | 'lost';
  /** Whether the overdue timer fires before the events delivered at wake. */
  readonly timerFirst: boolean;
  /** Whether the idle counter still counts from before the sleep when first read after it. */
  readonly idleCoversSleep: boolean;
}

export interface SimOptions {
  readonly startWallMs: number;
  readonly zone?: TimeZoneRules;
  readonly prefs?: Preferences;
  /** Whether the monotonic clock keeps counting while asleep (Windows) or stops (Linux, macOS). */
  readonly monoRunsInSleep?: boolean;
  readonly restored?: unknown;
}

/**
 * A world with a true time, a wall clock that can be set (skew), a monotonic clock, a zone, a
 * user who is either active or idle since some moment, and the core driven like the shell does.
 */
export class Sim {
  realMs: number;
  monoMs = 1_000_000;
  skewMs = 0;
  zone: TimeZoneRules;
  prefs: Preferences;
  monoRunsInSleep: boolean;
  state!: SchedulerState;
  readonly log: LoggedEffect[] = [];
  /** null: the user is typing away (idle a couple of seconds at most). */
  idleSinceMs: number | null = null;
  asleep = false;
  running = true;
  wakeups = 0;
  lastPersisted: unknown = undefined;
  /** What the detectors say when asked (`checkBusy`): empty = free. Answered at once. */
  busy: BusyReading['busy'] = [];
  /** false: the answer is lost (a shell that never answers). */
  answerBusy = true;
  /** How many times the detectors were asked. */
  busyChecks = 0;
  /** Called after every step (property tests check invariants here). */
  onStep: ((sim: Sim, input: SchedulerInput) => void) | null = null;

  constructor(opts: SimOptions) {
    this.realMs = opts.startWallMs;
    this.zone = opts.zone ?? BERLIN;
    this.prefs = opts.prefs ?? prefs();
    this.monoRunsInSleep = opts.monoRunsInSleep ?? false;
    this.apply(startScheduler(this.clock(), opts.restored ?? null, this.env), { kind: 'appStart', clock: this.clock(), restored: null });
  }

  get env(): SchedulerEnv {
    return { prefs: this.prefs, zone: this.zone };
  }

  get wallMs(): number {
    return this.realMs + this.skewMs;
  }

  clock(): ClockReading {
    return { wallMs: this.wallMs, monoMs: this.monoMs };
  }

  idleSeconds(): number {
    return this.idleSinceMs === null ? (Math.floor(this.realMs / 1000) % 3) : Math.max(0, (this.realMs - this.idleSinceMs) / 1000);
  }

  private apply(result: { state: SchedulerState; effects: readonly SchedulerEffect[] }, input: SchedulerInput): void {
    this.state = result.state;
    for (const effect of result.effects) {
      this.log.push({ realMs: this.realMs, wallMs: this.wallMs, monoMs: this.monoMs, effect });
      if (effect.kind === 'persistState') this.lastPersisted = JSON.parse(JSON.stringify(effect.snapshot));
    }
    this.onStep?.(this, input);
    // What the shell does with checkBusy: run the detectors and feed the answer back.
    if (result.effects.some((e) => e.kind === 'checkBusy')) {
      this.busyChecks++;
      if (this.answerBusy) this.send({ kind: 'busyReading', reading: { busy: this.busy, failed: [] } });
    }
  }

  send(body: InputBody): void {
    if (!this.running) return;
    const input = { ...body, clock: this.clock() } as SchedulerInput;
    this.apply(step(this.state, input, this.env), input);
  }

  /** What the shell does when its timer fires. */
  fire(): void {
    this.wakeups++;
    if (wantsIdleSample(this.state, this.env, this.clock())) this.send({ kind: 'idleSample', idleSeconds: this.idleSeconds() });
    else this.send({ kind: 'tick' });
  }

  private move(ms: number): void {
    this.realMs += ms;
    if (!this.asleep || this.monoRunsInSleep) this.monoMs += ms;
  }

  /** Lets `ms` of true time pass, firing wake-ups on the way like the shell's one timer. */
  advance(ms: number): void {
    let left = ms;
    while (left > 0) {
      const wake = this.running && !this.asleep ? nextWakeup(this.state, this.env) : null;
      const delay = wake === null ? Infinity : Math.max(0, wake.atMonoMs - this.monoMs);
      if (delay > left) {
        this.move(left);
        return;
      }
      this.move(delay);
      left -= delay;
      this.fire();
    }
  }

  sleep(ms: number): void {
    this.send({ kind: 'suspend', idleSeconds: this.idleSeconds() });
    this.asleep = true;
    this.move(ms);
    this.asleep = false;
    this.send({ kind: 'resume' });
  }

  /**
   * A sleep whose events may be lost, late or reordered, as desktops deliver them. At wake the
   * shell's overdue timer (on a clock that kept counting) and the late events race; `timerFirst`
   * says who wins.
   */
  sleepWith(ms: number, ev: SleepEvents): void {
    if (ev.suspend === 'onTime') this.send({ kind: 'suspend', idleSeconds: this.idleSeconds() });
    const idleFrom = this.idleSinceMs ?? this.realMs;
    this.asleep = true;
    this.move(ms);
    this.asleep = false;
    // Windows' idle counter runs through a sleep; elsewhere the key that woke it resets it.
    this.idleSinceMs = ev.idleCoversSleep ? idleFrom : null;
    const deliver = () => {
      if (ev.suspend === 'late') this.send({ kind: 'suspend', idleSeconds: this.idleSeconds() });
      if (ev.resume === 'onTime') this.send({ kind: 'resume' });
    };
    if (ev.timerFirst) {
      // Overdue (the clock kept counting): it fires at once. Otherwise the events are late
      // enough that the next minute's timer comes before them.
      const wake = nextWakeup(this.state, this.env);
      const delay = wake === null ? Infinity : Math.max(0, wake.atMonoMs - this.monoMs);
      if (delay === 0) this.fire();
      else if (delay <= MIN) this.advance(delay);
    }
    deliver();
  }

  /** Quit, stay away `ms`, start again from the last persisted snapshot. */
  restart(ms: number): void {
    this.running = false;
    this.move(ms);
    this.monoMs = 5_000 + (this.monoMs % 7919); // a new process: a new monotonic origin
    this.running = true;
    const clock = this.clock();
    this.apply(startScheduler(clock, this.lastPersisted, this.env), { kind: 'appStart', clock, restored: this.lastPersisted });
  }

  effects(kind?: SchedulerEffect['kind']): LoggedEffect[] {
    return kind ? this.log.filter((l) => l.effect.kind === kind) : this.log;
  }

  reminders(): LoggedEffect[] {
    return this.effects('showReminder');
  }

  status(): string {
    return this.state.status?.text ?? '';
  }
}
