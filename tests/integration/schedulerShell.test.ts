/**
 * The scheduler shell with a fake clock, timer, idle source and power emitter: the one-timer
 * rule, idle sampling only when it matters, effects forwarded, and the wiring life cycle.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import type { SchedulerEffect, TimeZoneRules } from '../../main/core/scheduler';
import {
  SchedulerShell,
  TIMER_SLACK_MS,
  type BusyCheckPort,
  type Clock,
  type IdleSource,
  type PowerEvent,
  type PowerEvents,
  type TimerPort,
} from '../../main/platform/schedulerShell';

const MIN = 60_000;
const HOUR = 60 * MIN;
const UTC: TimeZoneRules = { offsetMinutesAt: () => 0 };
/** Monday 2026-03-30, 08:00 UTC. */
const MONDAY_0800 = Date.UTC(2026, 2, 30, 8, 0);

class FakeClock implements Clock {
  wall: number;
  mono = 12_345;
  constructor(wall: number) {
    this.wall = wall;
  }
  wallMs() {
    return this.wall;
  }
  monoMs() {
    return this.mono;
  }
}

/** Fails the test the moment a second timer would be armed while one is pending. */
class FakeTimer implements TimerPort<number> {
  pending: { handle: number; atMono: number; fn: () => void } | null = null;
  fired = 0;
  armedCount = 0;
  #next = 1;
  constructor(private readonly clock: FakeClock) {}
  set(ms: number, fn: () => void): number {
    expect(this.pending, 'a second timer armed while one is pending').toBeNull();
    expect(ms).toBeGreaterThanOrEqual(0);
    this.armedCount++;
    const handle = this.#next++;
    this.pending = { handle, atMono: this.clock.mono + ms, fn };
    return handle;
  }
  clear(handle: number): void {
    if (this.pending?.handle === handle) this.pending = null;
  }
}

class FakePower implements PowerEvents {
  readonly listeners = new Map<PowerEvent, Set<() => void>>();
  on(event: PowerEvent, listener: () => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: PowerEvent, listener: () => void) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: PowerEvent) {
    for (const l of [...(this.listeners.get(event) ?? [])]) l();
  }
  count() {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }
}

class FakeIdle implements IdleSource {
  reads = 0;
  seconds = 1;
  getSystemIdleTime() {
    this.reads++;
    return this.seconds;
  }
}

function rig(
  options: {
    prefs?: Preferences;
    restored?: unknown;
    wall?: number;
    busy?: BusyCheckPort;
    onEffects?: (e: readonly SchedulerEffect[], shell: SchedulerShell<number>) => void;
  } = {},
) {
  const clock = new FakeClock(options.wall ?? MONDAY_0800);
  const timer = new FakeTimer(clock);
  const power = new FakePower();
  const idle = new FakeIdle();
  const effects: SchedulerEffect[] = [];
  const errors: unknown[] = [];
  const shell: SchedulerShell<number> = new SchedulerShell({
    clock,
    idle,
    power,
    timer,
    zone: UTC,
    prefs: options.prefs ?? DEFAULT_PREFERENCES,
    onEffects: (batch) => {
      effects.push(...batch);
      options.onEffects?.(batch, shell);
    },
    onError: (e) => errors.push(e),
    ...(options.busy ? { busy: options.busy } : {}),
  });
  /** Lets time pass, firing the one pending timer whenever it falls due. */
  const advance = (ms: number) => {
    const end = clock.mono + ms;
    for (;;) {
      const p = timer.pending;
      if (p === null || p.atMono > end) break;
      clock.wall += p.atMono - clock.mono;
      clock.mono = p.atMono;
      timer.pending = null;
      timer.fired++;
      p.fn();
    }
    clock.wall += end - clock.mono;
    clock.mono = end;
  };
  const shown = () => effects.filter((e) => e.kind === 'showReminder');
  return { clock, timer, power, idle, effects, errors, shell, advance, shown };
}

describe('SchedulerShell', () => {
  it('keeps exactly one timer armed through a day of events and actions', () => {
    const r = rig();
    r.shell.start(undefined);
    expect(r.timer.pending).not.toBeNull();
    r.advance(2 * HOUR); // 10:00, a reminder up since 09:45
    r.shell.snooze();
    r.power.emit('lock-screen');
    r.advance(2 * MIN);
    r.power.emit('unlock-screen');
    r.power.emit('suspend');
    r.clock.wall += 20 * MIN; // asleep: the monotonic clock stands still, the wall clock runs on
    r.power.emit('resume');
    r.shell.startRoutine();
    r.advance(150_000);
    r.shell.finishRoutine('completed', 150);
    r.shell.pause('30m');
    r.advance(HOUR);
    r.shell.setPreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 30 });
    r.advance(10 * HOUR);
    expect(r.timer.pending).not.toBeNull();
    expect(r.errors).toEqual([]);
  });

  it('forwards effects: reminder, history, persistence and tray status', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    r.advance(45 * MIN + 1000);
    expect(r.shown()).toHaveLength(1);
    r.shell.skip();
    const kinds = new Set(r.effects.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['checkBusy', 'showReminder', 'closeReminder', 'recordHistory', 'persistState', 'publishStatus']));
    const statuses = r.effects.flatMap((e) => (e.kind === 'publishStatus' ? [e.status.text] : []));
    expect(statuses.slice(0, 3)).toEqual(['Next break in 45 min', 'Next break in 44 min', 'Next break in 43 min']);
    expect(statuses.at(-1)).toBe('Next break in 45 min');
  });

  it('reads idle time only in work hours, not paused, with no routine running and the screen unlocked', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 6, 0) });
    r.shell.start(undefined);
    r.advance(3 * HOUR - 1); // outside work hours until 09:00
    expect(r.idle.reads).toBe(0);
    r.advance(10 * MIN); // in work hours: one read a minute
    expect(r.idle.reads).toBeGreaterThanOrEqual(9);

    let reads = r.idle.reads;
    r.shell.pause('1h');
    r.advance(59 * MIN);
    expect(r.idle.reads).toBe(reads);
    r.advance(3 * MIN);
    expect(r.idle.reads).toBeGreaterThan(reads);

    reads = r.idle.reads;
    r.shell.startRoutine();
    r.advance(2 * MIN);
    expect(r.idle.reads).toBe(reads);
    r.shell.finishRoutine('completed', 120);

    r.power.emit('lock-screen');
    reads = r.idle.reads;
    r.advance(20 * MIN);
    expect(r.idle.reads).toBe(reads);
    r.power.emit('unlock-screen');
  });

  it('an idle stretch read by the shell becomes a natural break', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    r.advance(20 * MIN);
    r.idle.seconds = 400;
    r.advance(MIN);
    expect(r.shell.status()?.text).toBe('On a break');
  });

  it('wakes at most about once a minute in work hours, and rarely outside them', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    r.advance(8 * HOUR);
    expect(r.timer.fired / 8).toBeLessThanOrEqual(61);
    const before = r.timer.fired;
    r.advance(HOUR); // 17:00–18:00, work ends 17:30
    const evening = r.timer.fired;
    r.advance(12 * HOUR);
    expect((r.timer.fired - evening) / 12).toBeLessThanOrEqual(2);
    expect(evening - before).toBeLessThanOrEqual(32);
  });

  it('arms the timer a little after the target, never before it', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    expect(r.timer.pending!.atMono - r.shell.armed!.atMonoMs).toBe(TIMER_SLACK_MS);
  });

  it('queues an action taken from inside an effect handler', () => {
    const r = rig({
      wall: Date.UTC(2026, 2, 30, 9, 0),
      onEffects: (batch, shell) => {
        if (batch.some((e) => e.kind === 'showReminder')) shell.skip();
      },
    });
    r.shell.start(undefined);
    r.advance(46 * MIN);
    expect(r.effects.filter((e) => e.kind === 'closeReminder')).toMatchObject([{ reason: 'skipped' }]);
    expect(r.shell.status()?.text).toBe('Next break in 45 min'); // skipped at 09:45, now 09:46
  });

  it('survives an effect handler that throws', () => {
    let calls = 0;
    const r = rig({
      onEffects: () => {
        calls++;
        throw new Error('window layer broke');
      },
    });
    r.shell.start(undefined);
    r.advance(3 * HOUR);
    expect(calls).toBeGreaterThan(10);
    expect(r.errors.length).toBe(calls);
    expect(r.timer.pending).not.toBeNull();
  });

  it('stop() unsubscribes, disarms and hands over the snapshot; start() restores it', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    expect(r.power.count()).toBe(4);
    r.advance(30 * MIN);
    r.shell.pause('2h');
    const snapshot = r.shell.stop();
    expect(r.power.count()).toBe(0);
    expect(r.timer.pending).toBeNull();
    expect(r.effects.at(-1)).toEqual({ kind: 'persistState', snapshot });
    r.shell.snooze(); // ignored once stopped
    r.power.emit('resume');

    const again = rig({ wall: Date.UTC(2026, 2, 30, 9, 35), restored: JSON.parse(JSON.stringify(snapshot)) });
    again.shell.start(JSON.parse(JSON.stringify(snapshot)));
    expect(again.shell.status()?.text).toBe('Paused until 11:30');
  });

  it('ignores a corrupt snapshot and starts fresh', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    expect(() => r.shell.start({ version: 1, phase: 'garbage' })).not.toThrow();
    expect(r.shell.status()?.text).toBe('Next break in 45 min');
  });

  it('plans the rest of the day', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    expect(r.shell.planDay().map((p) => p.localTime)).toEqual([
      '09:45',
      '10:32',
      '11:20',
      '12:07',
      '12:55',
      '13:42',
      '14:30',
      '15:17',
      '16:05',
      '16:52',
    ]);
  });

  it('an "untilResumed" pause needs no timer', () => {
    const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0) });
    r.shell.start(undefined);
    r.shell.pause('untilResumed');
    expect(r.shell.status()?.text).toBe('Paused');
    expect(r.timer.pending).toBeNull();
    r.shell.resume();
    expect(r.timer.pending).not.toBeNull();
  });

  describe('busy checks (issue 12)', () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const CALL = { busy: [{ signal: 'call' as const, detail: 'microphone in use' }], failed: [] };
    const FREE = { busy: [], failed: [] };

    it('asks the port only when due, holds while it says busy, shows after the grace once free', async () => {
      let answer = CALL;
      const asked: number[] = [];
      const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0), busy: { check: async () => (asked.push(r.clock.wall), answer) } });
      r.shell.start(undefined);
      r.advance(44 * MIN);
      expect(asked).toEqual([]); // nothing due: nothing asked
      r.advance(1 * MIN + 1000);
      await settle();
      expect(asked).toHaveLength(1);
      expect(r.shown()).toHaveLength(0);
      expect(r.shell.status()?.text).toBe("Holding your break — you're in a call");
      // Time passes in 5-second steps, each answer arriving within the step it was asked in.
      const pass = async (ms: number) => {
        for (let t = 0; t < ms; t += 5000) {
          r.advance(5000);
          await settle();
        }
      };
      await pass(10 * MIN);
      expect(asked.length).toBeGreaterThanOrEqual(10);
      expect(asked.length).toBeLessThanOrEqual(11); // at most once a minute
      answer = FREE;
      const freeAt = r.clock.wall;
      await pass(3 * MIN);
      expect(r.shown()).toHaveLength(1);
      const shownAt = asked.at(-1)!;
      expect(shownAt - freeAt).toBeGreaterThanOrEqual(1 * MIN); // the grace
      expect(shownAt - freeAt).toBeLessThanOrEqual(2 * MIN + 10_000);
      expect(r.errors).toEqual([]);
    });

    it('a check that never settles cannot stall the shell: the core shows after 30 s, on its one timer', async () => {
      const r = rig({ wall: Date.UTC(2026, 2, 30, 9, 0), busy: { check: () => new Promise(() => undefined) } });
      r.shell.start(undefined);
      r.advance(45 * MIN + 1000);
      await settle();
      expect(r.shown()).toHaveLength(0);
      expect(r.shell.armed?.reason).toBe('busyCheck');
      r.advance(31_000);
      expect(r.shown()).toHaveLength(1);
    });

    it('a check that throws or rejects counts as free and is reported', async () => {
      const r = rig({
        wall: Date.UTC(2026, 2, 30, 9, 0),
        busy: {
          check: () => {
            throw new Error('detector exploded');
          },
        },
      });
      r.shell.start(undefined);
      r.advance(45 * MIN + 1000);
      await settle();
      expect(r.shown()).toHaveLength(1);
      expect(String(r.errors[0])).toContain('detector exploded');
    });
  });
});
