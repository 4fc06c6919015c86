/**
 * The tray's status line (PRODUCT.md §1): what the user should read at a glance.
 *
 * Minutes are rounded up, so "Next break in 1 min" is shown until the reminder comes and never
 * "in 0 min". The shell wakes at the minute boundaries of exactly this countdown.
 */
import { FALLBACK_TIME_FORMAT, timeFormatter, type TimeFormatSettings } from '../../../common/timeFormat';
import { DAY, MINUTE, dayOfLocalMs, localTimeOfLocalMs, toLocalMs, wallAtLocal, type TimeZoneRules } from './localTime';
import { holdingText } from './busyHold';
import { elapsedOf } from './persisted';
import { canSnooze, reminderWindow } from './timing';
import { firstStartOnOrAfterDate, nextWorkStart } from './workHours';
import type { SchedulerEnv, SchedulerState, SchedulerStatus } from './types';

function minutesUntil(atMs: number, nowMs: number): number {
  return Math.ceil((atMs - nowMs) / MINUTE);
}

/** "14:00" / "2:00 PM" when it is today, "Tue 09:00" / "Tue 9:00 AM" / "Di., 09:00" when another day. */
function whenLabelIn(targetWallMs: number, nowWallMs: number, zone: TimeZoneRules, settings: TimeFormatSettings): string {
  const target = toLocalMs(targetWallMs, zone);
  const today = dayOfLocalMs(toLocalMs(nowWallMs, zone));
  const local = localTimeOfLocalMs(target);
  const format = timeFormatter(settings);
  return local.day === today ? format.clock(local.minuteOfDay) : format.weekdayClock(local.weekday, local.minuteOfDay);
}

function statusText(state: SchedulerState, env: SchedulerEnv): string {
  const { prefs, zone } = env;
  const whenLabel = (target: number, now: number, z: TimeZoneRules) => whenLabelIn(target, now, z, env.timeFormat ?? FALLBACK_TIME_FORMAT);
  const t = elapsedOf(state);
  const wall = state.last.wallMs;
  const ph = state.phase;
  switch (ph.kind) {
    case 'routine':
      return 'Routine in progress';
    case 'reminderUp':
      return 'Time to move';
    case 'away':
      return 'On a break';
    case 'offHours': {
      const back = nextWorkStart(wall, prefs.workHours, zone);
      return back === null ? 'Outside work hours' : `Outside work hours — back ${whenLabel(back, wall, zone)}`;
    }
    case 'paused': {
      const pause = ph.pause;
      if (pause.kind === 'untilResumed') return 'Paused';
      if (pause.kind === 'timed') return `Paused until ${whenLabel(wall + (pause.untilMs - t), wall, zone)}`;
      const start = firstStartOnOrAfterDate(pause.fromDate, prefs.workHours);
      if (start === null) return 'Paused until the next work day';
      return `Paused until ${whenLabel(wallAtLocal(start, zone, wall - DAY), wall, zone)}`;
    }
    case 'snoozed': {
      if (ph.held) return holdingText(ph.held);
      const m = minutesUntil(ph.untilMs, t);
      return m > 0 ? `Snoozed — next break in ${m} min` : 'Break due';
    }
    case 'sitting': {
      if (ph.held) return holdingText(ph.held);
      const { earliestMs, latestMs } = reminderWindow(ph, prefs);
      const latest = minutesUntil(latestMs, t);
      if (latest <= 0) return 'Break due';
      if (earliestMs === latestMs) return `Next break in ${latest} min`;
      const earliest = minutesUntil(earliestMs, t);
      return earliest > 0
        ? `Next break in ${earliest}–${latest} min`
        : `Next break at your next pause, within ${latest} min`;
    }
  }
}

export function describeStatus(state: SchedulerState, env: SchedulerEnv): SchedulerStatus {
  const ph = state.phase;
  return {
    text: statusText(state, env),
    phase: ph.kind,
    reminderUp: ph.kind === 'reminderUp',
    canSnooze: ph.kind === 'reminderUp' && canSnooze(ph.snoozes, env.prefs),
    paused: ph.kind === 'paused' || (ph.kind === 'routine' && ph.pause !== null),
    routineRunning: ph.kind === 'routine',
  };
}

export function sameStatus(a: SchedulerStatus | null, b: SchedulerStatus): boolean {
  return (
    a !== null &&
    a.text === b.text &&
    a.phase === b.phase &&
    a.reminderUp === b.reminderUp &&
    a.canSnooze === b.canSnooze &&
    a.paused === b.paused &&
    a.routineRunning === b.routineRunning
  );
}
