/**
 * History records and stats views for the tests: records are written as the local time the user
 * saw ("2026-03-13T10:05") plus the offset in force then, like the store keeps them.
 */
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import type { DayFigures, StatsView } from '../../common/stats';
import type { HistoryRecord, RoutineDetails } from '../../main/core/history';
import { computeStats } from '../../main/core/stats';
import { fixedZone, type TimeZoneRules } from '../../main/core/scheduler';

const MIN = 60_000;

/** Wall ms of a local "YYYY-MM-DDTHH:MM" read with a given offset. */
export function wallOf(local: string, offsetMinutes: number): number {
  const localMs = Date.parse(`${local}:00Z`);
  if (!Number.isFinite(localMs)) throw new Error(`Not a local time: ${local}`);
  return localMs - offsetMinutes * MIN;
}

export interface RecordOptions {
  readonly offset?: number;
  readonly sittingMinutes?: number | null;
  readonly reminderId?: number | null;
}

export function answer(local: string, outcome: 'snoozed' | 'skipped' | 'natural', options: RecordOptions = {}): HistoryRecord {
  const offset = options.offset ?? 60;
  return {
    at: wallOf(local, offset),
    offsetMinutes: offset,
    outcome,
    reminderId: options.reminderId ?? 1,
    sittingSeconds: options.sittingMinutes === null ? null : (options.sittingMinutes ?? 45) * 60,
    routine: null,
  };
}

export interface RoutineOptions extends RecordOptions {
  readonly active?: number;
  readonly ended?: RoutineDetails['ended'];
  readonly trigger?: RoutineDetails['trigger'];
  readonly exercises?: readonly string[];
}

/** A routine; by default a completed 2½ min routine answering a reminder after 45 min sitting. */
export function routine(local: string, options: RoutineOptions = {}): HistoryRecord {
  const offset = options.offset ?? 60;
  const ended = options.ended ?? 'completed';
  const active = options.active ?? 150;
  const trigger = options.trigger ?? 'reminder';
  return {
    at: wallOf(local, offset),
    offsetMinutes: offset,
    outcome: trigger === 'manual' ? 'manual' : ended === 'completed' ? 'completed' : 'stopped',
    reminderId: trigger === 'manual' ? null : (options.reminderId ?? 1),
    sittingSeconds: options.sittingMinutes === null ? null : (options.sittingMinutes ?? 45) * 60,
    routine: {
      trigger,
      ended,
      activeSeconds: active,
      countsAsBreak: ended === 'completed' || active >= 60,
      exerciseIds: options.exercises ?? ['box-breathing', 'seated-hip-hinge', 'thread-the-needle', 'glute-squeeze'],
    },
  };
}

export function prefsWith(patch: Partial<Preferences> = {}): Preferences {
  return { ...DEFAULT_PREFERENCES, ...patch } as Preferences;
}

/** "Now" of the sample views: Friday 13 March 2026, 15:20 in Berlin (UTC+1). */
export const SAMPLE_NOW_LOCAL = '2026-03-13T15:20';
export const SAMPLE_ZONE: TimeZoneRules = fixedZone(60);

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A believable month: Mon–Fri work days with 3–5 routines, a day with 1 (17 days ago), a
 * missed Wednesday (nine days ago) that ended the previous streak, a few snoozes and skips,
 * natural breaks, manual routines on some weekends, and today (Friday) with 2 routines so far:
 * current streak 6, best 11, goal 3.
 */
export function sampleHistory(): HistoryRecord[] {
  const today = Math.floor(Date.parse(`${SAMPLE_NOW_LOCAL.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  const records: HistoryRecord[] = [];
  for (let day = today - 34; day <= today; day++) {
    const date = isoDay(day);
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      if (day % 3 === 0) records.push(routine(`${date}T11:00`, { trigger: 'manual', sittingMinutes: null, active: 120 }));
      continue;
    }
    if (day === today - 9) continue; // a day off sick: breaks the streak
    const n = day === today ? 2 : day === today - 17 ? 1 : 3 + (day % 3);
    for (let i = 0; i < n; i++) {
      const hour = String(9 + i * 2).padStart(2, '0');
      const sitting = 30 + ((day * 7 + i * 13) % 30);
      if ((day + i) % 5 === 0) records.push(answer(`${date}T${hour}:10`, 'snoozed', { sittingMinutes: sitting, reminderId: day * 10 + i }));
      const done = routine(`${date}T${hour}:20`, { sittingMinutes: sitting + 10, active: 120 + ((day + i) % 4) * 15, reminderId: day * 10 + i });
      // Today's first break waited 25 minutes for a call to end.
      records.push(day === today && i === 0 ? { ...done, heldSeconds: 1500 } : done);
    }
    if (day % 2 === 0) records.push(answer(`${date}T16:40`, 'natural', { sittingMinutes: 52, reminderId: day * 10 + 9 }));
    if (day % 7 === 1) records.push(answer(`${date}T17:05`, 'skipped', { sittingMinutes: 48, reminderId: day * 10 + 8 }));
  }
  return records;
}

export function sampleStatsView(patch: Partial<Preferences> = {}): StatsView {
  return computeStats(sampleHistory(), { nowWallMs: wallOf(SAMPLE_NOW_LOCAL, 60), zone: SAMPLE_ZONE, prefs: prefsWith(patch) });
}

export function emptyStatsView(): StatsView {
  return computeStats([], { nowWallMs: wallOf(SAMPLE_NOW_LOCAL, 60), zone: SAMPLE_ZONE, prefs: prefsWith() });
}

export type { DayFigures };
