/**
 * A clock and a one-shot timer under the test's control, for driving the real scheduler shell:
 * `advance(ms)` moves both clocks and fires the armed timer when its moment comes.
 */
import type { Clock, TimerPort } from '../../main/platform/schedulerShell';

export class ManualClock implements Clock {
  #wall: number;
  #mono = 1_000_000;
  #pending: { at: number; fn: () => void; id: number } | null = null;
  #nextId = 1;
  /** Timers armed at once: the shell promises never more than one. */
  maxArmed = 0;
  fired = 0;
  #armedCount = 0;

  constructor(startWallMs: number) {
    this.#wall = startWallMs;
  }
  wallMs(): number {
    return this.#wall;
  }
  monoMs(): number {
    return this.#mono;
  }
  readonly timer: TimerPort<number> = {
    set: (ms, fn) => {
      this.#armedCount++;
      this.maxArmed = Math.max(this.maxArmed, this.#armedCount);
      const id = this.#nextId++;
      this.#pending = { at: this.#mono + ms, fn, id };
      return id;
    },
    clear: (id) => {
      if (this.#pending?.id === id) {
        this.#pending = null;
        this.#armedCount--;
      }
    },
  };
  /** Moves time forward, firing the timer each time its moment is reached. */
  advance(ms: number): void {
    const end = this.#mono + ms;
    while (this.#pending && this.#pending.at <= end) {
      const { at, fn } = this.#pending;
      this.#wall += at - this.#mono;
      this.#mono = at;
      this.#pending = null;
      this.#armedCount--;
      this.fired++;
      fn();
    }
    this.#wall += end - this.#mono;
    this.#mono = end;
  }
  /** The wall clock jumps (the user or NTP changed it); the monotonic clock does not. */
  jumpWall(ms: number): void {
    this.#wall += ms;
  }
  /** A sleep: both clocks move (as on Linux/Windows), no timer fires during it. */
  sleep(ms: number): void {
    this.#wall += ms;
    this.#mono += ms;
  }
}
