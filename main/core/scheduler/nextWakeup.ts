/**
 * When the shell must wake next (PRODUCT.md §2, Cost).
 *
 * In work hours, not paused: at the next minute boundary of the displayed countdown (to refresh
 * it and read idle time), which lands exactly on the moment the reminder is due, because the
 * countdown counts down to it. Everything else is a boundary: work hours end or begin, a pause
 * ends, a lock grows into a natural break, an idle stretch would reach the natural-break
 * threshold. Outside work hours and while paused nothing ticks, only the boundaries and an
 * hourly re-check (see RECHECK_MS) remain.
 */
import { busyWakeup, heldBusy } from './busyHold';
import { MINUTE, toLocalMs, wallAtLocal } from './localTime';
import { elapsedOf } from './persisted';
import { RECHECK_MS, ROUTINE_ABANDONED_MS, isCycle, naturalBreakMs, reminderWindow } from './timing';
import type { SchedulerEnv, SchedulerState } from './types';
import { firstStartOnOrAfterDate, nextWorkStart, workEndAfter } from './workHours';

export type WakeReason =
  | 'countdown'
  | 'due'
  | 'idleCheck'
  | 'lockBreak'
  | 'workEnds'
  | 'workStarts'
  | 'pauseEnds'
  | 'routineTimeout'
  | 'busyCheck'
  | 'recheck'
  | 'wakeCheck';

export interface Wakeup {
  /** On the shell's monotonic clock: arm the timer for `atMonoMs - clock.monoMs()`. */
  readonly atMonoMs: number;
  /** The same instant on the wall clock as of the last step (for display and simulation). */
  readonly atWallMs: number;
  readonly reason: WakeReason;
}

export interface WakeupOptions {
  /**
   * Minute ticks refresh the countdown and sample idle time. A simulation that assumes an
   * active user with no interaction (planDay) can leave them out and jump from event to event.
   */
  readonly minuteTicks?: boolean;
}

/** The first instant strictly after `now` on the one-minute lattice through `anchor`. */
function nextOnLattice(anchor: number, now: number): number {
  return anchor + (Math.floor((now - anchor) / MINUTE) + 1) * MINUTE;
}

export function nextWakeup(state: SchedulerState, env: SchedulerEnv, options: WakeupOptions = {}): Wakeup | null {
  const { prefs, zone } = env;
  const minuteTicks = options.minuteTicks ?? true;
  const t = elapsedOf(state);
  const wall = state.last.wallMs;
  const fromWall = (w: number | null) => (w === null ? null : t + (w - wall));

  let best: { at: number; reason: WakeReason } | null = null;
  const consider = (at: number | null, reason: WakeReason) => {
    if (at !== null && Number.isFinite(at) && at > t && (best === null || at < best.at)) best = { at, reason };
  };

  const ph = state.phase;
  let recheck = true;
  switch (ph.kind) {
    case 'routine':
      consider(ph.startedAtMs + ROUTINE_ABANDONED_MS, 'routineTimeout');
      if (ph.pause?.kind === 'timed') consider(ph.pause.untilMs, 'pauseEnds');
      break;
    case 'paused': {
      const p = ph.pause;
      if (p.kind === 'timed') consider(p.untilMs, 'pauseEnds');
      else if (p.kind === 'nextWorkDay') {
        const start = firstStartOnOrAfterDate(p.fromDate, prefs.workHours);
        if (start !== null && start > toLocalMs(wall, zone)) consider(fromWall(wallAtLocal(start, zone, wall)), 'pauseEnds');
      } else {
        recheck = false; // Nothing but the user can end it, and nothing is displayed that could go stale.
      }
      break;
    }
    case 'offHours':
      consider(fromWall(nextWorkStart(wall, prefs.workHours, zone)), 'workStarts');
      break;
    default: {
      if (!isCycle(ph)) break;
      consider(fromWall(workEndAfter(wall, prefs.workHours, zone)), 'workEnds');
      const pr = state.presence;
      if (pr.kind === 'locked') {
        // Nothing is shown on a locked screen; only the moment the lock becomes a break matters.
        if (ph.kind !== 'away') consider(pr.sinceMs + naturalBreakMs(prefs), 'lockBreak');
        break;
      }
      if (pr.kind === 'asleep') {
        // Timers do not run in sleep, so this costs nothing then; but if the resume event is
        // lost (or the suspend was cancelled), it is the first sign that the machine is awake.
        consider(t + MINUTE, 'wakeCheck');
        break;
      }
      if (ph.kind === 'sitting') consider(reminderWindow(ph, prefs).latestMs, 'due');
      if (ph.kind === 'snoozed') consider(ph.untilMs, 'due');
      // Held: the once-a-minute check is the tick (the countdown is over; no second lattice).
      const hold = busyWakeup(ph, state.busyCheck);
      consider(hold, 'busyCheck');
      const held = (ph.kind === 'sitting' || ph.kind === 'snoozed') && ph.held !== undefined;
      if (minuteTicks && !held) {
        const anchor = ph.kind === 'sitting' ? ph.sinceMs : ph.kind === 'snoozed' ? ph.untilMs : t;
        consider(nextOnLattice(anchor, t), 'countdown');
      }
      const idle = state.lastIdle;
      if (idle && ph.kind !== 'away' && idle.idleMs > 0 && !heldBusy(ph)) {
        consider(idle.atMs + naturalBreakMs(prefs) - idle.idleMs, 'idleCheck');
      }
    }
  }
  if (recheck) consider(t + RECHECK_MS, 'recheck');

  const chosen = best as { at: number; reason: WakeReason } | null;
  if (chosen === null) return null;
  return { atMonoMs: chosen.at - state.offsetMs, atWallMs: wall + (chosen.at - t), reason: chosen.reason };
}
