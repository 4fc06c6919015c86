/**
 * Wake-ups of the main process (ARCHITECTURE.md budgets: ≤ 61/h in work hours with no
 * interaction, ≤ 2/h outside work hours or paused), counted through the real SchedulerShell
 * with a controllable clock and timer: every timer the shell arms is fired at its time, and
 * each firing is one wake-up.
 *
 * The simulated user works at the keyboard without pause (idle 0–2 s) and never touches
 * Limber: the 09:45 reminder stays up all day, so the shell keeps sampling idle time once a
 * minute; that is the worst case of a work day.
 *
 * Run alone: npx tsx tests/bench/scheduler.bench.ts
 */
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { HOUR, local, ManualShell as World, MIN } from './manualShell';

export interface SchedulerBench {
  wakeupsPerHourWork: number;
  wakeupsPerHourOff: number;
  /**
   * Flexible mode (30–60 min) on the same day. A "pause" is what the minute's idle sample sees
   * (docs/decisions/0025-flexible-pause-is-what-a-minute-sees.md), so no extra sampling.
   */
  wakeupsPerHourFlexible: number;
}

export interface SchedulerBenchDetails extends SchedulerBench {
  offHours: number;
  pausedTimed: number;
  pausedUntilNextWorkDay: number;
  pausedUntilResumed: number;
}

export function measureDetails(): SchedulerBenchDetails {
  const prefs = DEFAULT_PREFERENCES;

  // A work day: Monday 09:00–17:00 (the range runs to 17:30), no interaction.
  const day = new World(local('2026-06-01T09:00'), prefs);
  const work = day.run(8 * HOUR) / 8;

  // The same day in flexible mode, 30–60 min.
  const flexDay = new World(local('2026-06-01T09:00'), { ...prefs, timingMode: 'flexible', flexMinMinutes: 30, flexMaxMinutes: 60 });
  const flexible = flexDay.run(8 * HOUR) / 8;

  // Outside work hours: Monday 18:00 to Tuesday 08:00.
  const evening = new World(local('2026-06-01T18:00'), prefs);
  const off = evening.run(14 * HOUR) / 14;

  // Paused in work hours: "2 h" four times in a row, 09:00–17:00.
  const paused = new World(local('2026-06-02T09:00'), prefs);
  let pausedFires = 0;
  for (let i = 0; i < 4; i++) {
    paused.shell.pause('2h');
    pausedFires += paused.run(2 * HOUR - MIN);
    pausedFires += paused.run(MIN);
  }
  const pausedTimed = pausedFires / 8;

  // "Until the next work day", from Tuesday 10:00 to Wednesday 08:59.
  const tomorrow = new World(local('2026-06-02T10:00'), prefs);
  tomorrow.shell.pause('nextWorkDay');
  const untilNextDay = tomorrow.run(22 * HOUR + 59 * MIN) / 23;

  // "Until I resume", a whole work day.
  const indefinitely = new World(local('2026-06-03T09:00'), prefs);
  indefinitely.shell.pause('untilResumed');
  const untilResumed = indefinitely.run(8 * HOUR) / 8;

  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    wakeupsPerHourWork: round(work),
    wakeupsPerHourFlexible: round(flexible),
    wakeupsPerHourOff: round(Math.max(off, pausedTimed, untilNextDay, untilResumed)),
    offHours: round(off),
    pausedTimed: round(pausedTimed),
    pausedUntilNextWorkDay: round(untilNextDay),
    pausedUntilResumed: round(untilResumed),
  };
}

export async function measure(): Promise<SchedulerBench> {
  const { wakeupsPerHourWork, wakeupsPerHourOff, wakeupsPerHourFlexible } = measureDetails();
  return { wakeupsPerHourWork, wakeupsPerHourOff, wakeupsPerHourFlexible };
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('tests/bench/scheduler.bench.ts')) {
  console.log(JSON.stringify(measureDetails(), null, 2));
}
