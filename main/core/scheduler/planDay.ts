/**
 * "Today's plan": when the reminders of the rest of the local day would come.
 *
 * It runs the state machine itself over the rest of the day, so the plan can never disagree
 * with the real scheduler. The user it imagines is at the keyboard all day (never idle, so
 * flexible mode reminds at flexMax, the latest moment) and takes every reminder at once with a
 * routine of their chosen length; a reminder already up is taken now. Nothing else happens: no
 * locks, no sleep, no snoozes.
 */
import { DAY, dayOfLocalMs, formatClock, toLocalMs, wallAtLocal, type ClockReading } from './localTime';
import { nextWakeup } from './nextWakeup';
import { step, wantsIdleSample } from './scheduler';
import type { BusyReading } from '../busy/busyPort';
import { NO_BUSY_CHECK } from './busyHold';
import type { Phase, SchedulerEnv, SchedulerState } from './types';

export interface PlannedReminder {
  readonly atWallMs: number;
  /** "HH:MM" in the zone given. */
  readonly localTime: string;
}

const FREE: BusyReading = { busy: [], failed: [] };

/** A held reminder, for an imagined user who is free from now on, is simply due. */
function unheld(phase: Phase): Phase {
  if ((phase.kind !== 'sitting' && phase.kind !== 'snoozed') || phase.held === undefined) return phase;
  const { held: _held, ...rest } = phase;
  return rest;
}

/** Enough for a reminder every 30 minutes plus hourly re-checks, with room to spare. */
const MAX_STEPS = 500;

function later(clock: ClockReading, ms: number): ClockReading {
  return { wallMs: clock.wallMs + ms, monoMs: clock.monoMs + ms };
}

function takeRoutine(state: SchedulerState, clock: ClockReading, env: SchedulerEnv): { state: SchedulerState; clock: ClockReading } {
  let s = state;
  if (s.phase.kind !== 'routine') s = step(s, { kind: 'startRoutine', clock }, env).state;
  const end = later(clock, env.prefs.routineLengthSeconds * 1000);
  s = step(s, { kind: 'finishRoutine', clock: end, result: 'completed', activeSeconds: env.prefs.routineLengthSeconds }, env).state;
  return { state: s, clock: end };
}

/**
 * The reminders from the state's last reading to the end of that local day. Call it right after
 * a step (the shell's `planDay()` does), so that "now" is current.
 */
export function planDay(state: SchedulerState, env: SchedulerEnv): PlannedReminder[] {
  const { zone } = env;
  const startWall = state.last.wallMs;
  const endOfDay = wallAtLocal((dayOfLocalMs(toLocalMs(startWall, zone)) + 1) * DAY, zone, startWall);

  let s: SchedulerState = { ...state, presence: { kind: 'present' }, lastIdle: null, phase: unheld(state.phase), busyCheck: NO_BUSY_CHECK };
  if (s.phase.kind === 'reminderUp' || s.phase.kind === 'routine') s = takeRoutine(s, s.last, env).state;

  const plan: PlannedReminder[] = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const wake = nextWakeup(s, env, { minuteTicks: false });
    if (wake === null || wake.atWallMs >= endOfDay) break;
    const clock: ClockReading = { wallMs: wake.atWallMs, monoMs: wake.atMonoMs };
    const input = wantsIdleSample(s, env, clock)
      ? ({ kind: 'idleSample', clock, idleSeconds: 0 } as const)
      : ({ kind: 'tick', clock } as const);
    // The plan jumps from event to event, past the minute ticks the real timer would fire:
    // those skipped ticks are not a sleep.
    let result = step({ ...s, expectedWakeMonoMs: null }, input, env);
    // The imagined user is never busy: the detectors answer "free" at once.
    if (result.effects.some((e) => e.kind === 'checkBusy')) {
      result = step(result.state, { kind: 'busyReading', clock, reading: FREE }, env);
    }
    s = result.state;
    if (result.effects.some((e) => e.kind === 'showReminder')) {
      plan.push({ atWallMs: clock.wallMs, localTime: formatClock(toLocalMs(clock.wallMs, zone)) });
      s = takeRoutine(s, clock, env).state;
    }
  }
  return plan;
}
