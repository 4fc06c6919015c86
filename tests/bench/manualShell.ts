/**
 * The real SchedulerShell on a manual clock and timer, for the wake-up benches
 * (scheduler.bench.ts, busy.bench.ts): every timer the shell arms is fired at its time, and each
 * firing is one wake-up. The simulated user types without pause (idle 0–2 s).
 */
import type { Preferences } from '../../common/preferences';
import type { TimeZoneRules } from '../../main/core/scheduler';
import { SchedulerShell, type BusyCheckPort, type PowerEvent } from '../../main/platform/schedulerShell';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** Berlin in summer time, fixed: the bench days are far from a DST switch. */
export const ZONE: TimeZoneRules = { offsetMinutesAt: () => 120 };
export const local = (iso: string) => Date.parse(`${iso}:00+02:00`);
const flush = () => new Promise((resolve) => setImmediate(resolve));

export class ManualShell {
  wall: number;
  mono = 1_000;
  pending: { handle: number; at: number; fn: () => void } | null = null;
  fires = 0;
  #handles = 0;
  readonly listeners = new Map<PowerEvent, () => void>();
  readonly shell: SchedulerShell<number>;

  constructor(startWall: number, prefs: Preferences, busy?: BusyCheckPort) {
    this.wall = startWall;
    this.shell = new SchedulerShell<number>({
      clock: { wallMs: () => this.wall, monoMs: () => this.mono },
      idle: { getSystemIdleTime: () => Math.floor(this.mono / 1000) % 3 },
      power: {
        on: (event, listener) => this.listeners.set(event, listener),
        off: (event) => this.listeners.delete(event),
      },
      timer: {
        set: (ms, fn) => {
          if (this.pending) throw new Error('two timers armed at once');
          this.pending = { handle: ++this.#handles, at: this.mono + ms, fn };
          return this.#handles;
        },
        clear: (handle) => {
          if (this.pending?.handle === handle) this.pending = null;
        },
      },
      zone: ZONE,
      prefs,
      ...(busy ? { busy } : {}),
      onEffects: () => undefined,
    });
    this.shell.start(undefined);
  }

  /** Lets `ms` pass and returns the number of timer firings (wake-ups) in that time. */
  run(ms: number): number {
    const end = this.mono + ms;
    const before = this.fires;
    while (this.fireNext(end));
    this.advanceTo(end);
    return this.fires - before;
  }

  /** As run(), but after each firing lets pending busy checks answer, without moving the clock. */
  async runAwaitingChecks(ms: number): Promise<number> {
    const end = this.mono + ms;
    const before = this.fires;
    while (this.fireNext(end)) for (let i = 0; i < 5; i++) await flush();
    this.advanceTo(end);
    return this.fires - before;
  }

  private fireNext(end: number): boolean {
    if (!this.pending || this.pending.at > end) return false;
    const { at, fn } = this.pending;
    this.advanceTo(at);
    this.pending = null;
    this.fires++;
    fn();
    return true;
  }

  private advanceTo(mono: number): void {
    this.wall += mono - this.mono;
    this.mono = mono;
  }
}
