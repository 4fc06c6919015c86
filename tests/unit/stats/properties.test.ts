/**
 * Property tests of the stats: thousands of random histories, zones and work weeks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type WorkHours } from '../../../common/preferences';
import type { HistoryRecord } from '../../../main/core/history';
import { computeStats, type StatsContext } from '../../../main/core/stats';
import { fixedZone, type TimeZoneRules } from '../../../main/core/scheduler';
import { prefsWith } from '../../support/statsFixtures';
import { BERLIN, NEW_YORK } from '../scheduler/support';

const DAY = 86_400_000;
const MIN = 60_000;
/** Local day index of Monday 2026-03-02; histories span up to 45 days before "today". */
const TODAY = Date.UTC(2026, 3, 15) / DAY; // a Wednesday

interface LocalEvent {
  readonly daysAgo: number;
  readonly minuteOfDay: number;
  readonly kind: 'completed' | 'stoppedShort' | 'stoppedLong' | 'manual' | 'snoozed' | 'skipped' | 'natural';
  readonly active: number;
  readonly sitting: number | null;
}

const eventArb: fc.Arbitrary<LocalEvent> = fc.record({
  daysAgo: fc.integer({ min: -2, max: 45 }),
  minuteOfDay: fc.integer({ min: 0, max: 1439 }),
  kind: fc.constantFrom('completed', 'stoppedShort', 'stoppedLong', 'manual', 'snoozed', 'skipped', 'natural'),
  active: fc.integer({ min: 60, max: 240 }),
  sitting: fc.option(fc.integer({ min: 0, max: 6 * 3600 })),
});

/** The record of a locally-timed event, written in a zone that had `offset` then. */
function recordOf(e: LocalEvent, offset: number): HistoryRecord {
  const local = (TODAY - e.daysAgo) * DAY + e.minuteOfDay * MIN;
  const base = { at: local - offset * MIN, offsetMinutes: offset, reminderId: 1, sittingSeconds: e.sitting };
  switch (e.kind) {
    case 'snoozed':
    case 'skipped':
    case 'natural':
      return { ...base, outcome: e.kind, routine: null };
    case 'stoppedShort':
      return { ...base, outcome: 'stopped', routine: { trigger: 'reminder', ended: 'stopped', activeSeconds: e.active % 60, countsAsBreak: false, exerciseIds: [] } };
    case 'stoppedLong':
      return { ...base, outcome: 'stopped', routine: { trigger: 'reminder', ended: 'stopped', activeSeconds: e.active, countsAsBreak: true, exerciseIds: [] } };
    default:
      return {
        ...base,
        outcome: e.kind,
        routine: { trigger: e.kind === 'manual' ? 'manual' : 'reminder', ended: 'completed', activeSeconds: e.active, countsAsBreak: true, exerciseIds: ['cat-cow'] },
      };
  }
}

const offsetArb = fc.integer({ min: -720, max: 840 });
const workHoursArb: fc.Arbitrary<WorkHours> = fc.record({
  enabled: fc.boolean(),
  days: fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, fc.boolean().map((on) => (on ? [{ start: '09:00', end: '17:00' }] : []))])) as Record<(typeof WEEKDAYS)[number], fc.Arbitrary<{ start: string; end: string }[]>>),
}) as fc.Arbitrary<WorkHours>;

/** "Now": `minute` into today, local, in a zone. */
function ctx(zone: TimeZoneRules, minute: number, workHours: WorkHours, goal: number): StatsContext {
  const local = TODAY * DAY + minute * MIN;
  // The wall instant showing that local time (two rounds settle the offset outside DST gaps).
  let wall = local - zone.offsetMinutesAt(local) * MIN;
  wall = local - zone.offsetMinutesAt(wall) * MIN;
  return { nowWallMs: wall, zone, prefs: prefsWith({ workHours, streakGoal: goal }) };
}

const zones: TimeZoneRules[] = [fixedZone(0), fixedZone(330), fixedZone(-600), BERLIN, NEW_YORK];

describe('stats properties', () => {
  it('depend only on the local times lived: any offsets per record, any zone for now', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(eventArb, offsetArb), { maxLength: 60 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 60, max: 1380 }),
        workHoursArb,
        fc.integer({ min: 1, max: 10 }),
        (events, zone, minute, workHours, goal) => {
          const moved = computeStats(events.map(([e, o]) => recordOf(e, o)), ctx(zone, minute, workHours, goal));
          const utc = computeStats(events.map(([e]) => recordOf(e, 0)), ctx(fixedZone(0), minute, workHours, goal));
          expect(moved).toEqual(utc);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('add up: windows, days and totals agree with the records', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), workHoursArb, (events, workHours) => {
        const records = events.map((e) => recordOf(e, 60));
        const view = computeStats(records, ctx(fixedZone(60), 720, workHours, 3));
        expect(view.last7).toEqual(view.last30.slice(-7));
        expect(view.today).toEqual(view.last30[29]);
        const inWindow = events.filter((e) => e.daysAgo >= 0 && e.daysAgo < 30);
        const counted = inWindow.filter((e) => e.kind === 'completed' || e.kind === 'manual' || e.kind === 'stoppedLong');
        expect(view.last30.reduce((n, d) => n + d.routines, 0)).toBe(counted.length);
        expect(view.last30.reduce((n, d) => n + d.breaks, 0)).toBe(counted.length + inWindow.filter((e) => e.kind === 'natural').length);
        for (const d of view.last30) {
          expect(d.breaks).toBeGreaterThanOrEqual(d.routines);
          if (d.longestSittingMinutes !== null) expect(d.longestSittingMinutes).toBeLessThanOrEqual(6 * 60);
        }
        const activeSeconds = records.filter((_, i) => events[i]!.daysAgo >= 0 && events[i]!.daysAgo < 30).reduce((s, r) => s + (r.routine?.activeSeconds ?? 0), 0);
        expect(Math.abs(view.last30.reduce((s, d) => s + d.minutesMoved, 0) - activeSeconds / 60)).toBeLessThanOrEqual(0.05 * 30);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * The streak, restated over the list of work days alone: best is the longest run of days
   * meeting the goal; current is the run at the end, where an unmet today is left out.
   */
  function modelStreak(counts: number[], isWork: boolean[], goal: number): { current: number; best: number } {
    const work = counts.filter((_, i) => isWork[i]);
    const runs = work.map((c) => (c >= goal ? 'x' : ' ')).join('').split(' ');
    const best = Math.max(0, ...runs.map((r) => r.length));
    const settled = isWork.at(-1) && work.at(-1)! < goal ? work.slice(0, -1) : work;
    const current = settled.length - 1 - settled.findLastIndex((c) => c < goal);
    return { current, best };
  }

  it('the streak matches its definition over random weeks, goals and work-day patterns', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }), workHoursArb, fc.integer({ min: 1, max: 5 }), (counts, workHours, goal) => {
        // counts[i] routines on day TODAY - (counts.length - 1 - i); the first day has a record
        // (a snooze) so the history starts there.
        const records: HistoryRecord[] = [];
        counts.forEach((n, i) => {
          const daysAgo = counts.length - 1 - i;
          for (let k = 0; k < n; k++) records.push(recordOf({ daysAgo, minuteOfDay: 600 + k, kind: 'completed', active: 150, sitting: 2700 }, 60));
        });
        records.push(recordOf({ daysAgo: counts.length - 1, minuteOfDay: 500, kind: 'snoozed', active: 0, sitting: 2700 }, 60));
        const isWork = counts.map((_, i) => {
          const day = TODAY - (counts.length - 1 - i);
          return !workHours.enabled || workHours.days[WEEKDAYS[(((day + 3) % 7) + 7) % 7]!].length > 0;
        });
        const view = computeStats(records, ctx(fixedZone(60), 720, workHours, goal));
        expect({ current: view.streak.current, best: view.streak.best }).toEqual(modelStreak(counts, isWork, goal));
      }),
      { numRuns: 500 },
    );
  });

  it('more routines never shorten the streak; a higher goal never lengthens it; days off change nothing', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), eventArb, workHoursArb, fc.integer({ min: 1, max: 4 }), (events, extra, workHours, goal) => {
        const records = events.map((e) => recordOf(e, 60));
        const at = ctx(fixedZone(60), 1000, workHours, goal);
        const base = computeStats(records, at).streak;
        expect(base.current).toBeLessThanOrEqual(base.best);

        const more = computeStats([...records, recordOf({ ...extra, kind: 'completed' }, 60)], at).streak;
        // (A new routine on a day before the history began starts it earlier; that alone may
        // add days but never remove any.)
        expect(more.current).toBeGreaterThanOrEqual(base.current);
        expect(more.best).toBeGreaterThanOrEqual(base.best);

        const harder = computeStats(records, ctx(fixedZone(60), 1000, workHours, goal + 1)).streak;
        expect(harder.current).toBeLessThanOrEqual(base.current);
        expect(harder.best).toBeLessThanOrEqual(base.best);
      }),
      { numRuns: 300 },
    );
  });

  it('routines on days off change neither the current streak nor the best', () => {
    const weekdaysOnly: WorkHours = { ...prefsWith().workHours };
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 10 }), (events, offDays) => {
        const at = ctx(fixedZone(60), 1000, weekdaysOnly, 2);
        // Anchor the history's start on a day already in it, so the extras cannot move it.
        const oldest = Math.max(...events.map((e) => e.daysAgo));
        const weekend = offDays
          .map((n) => Math.min(n, oldest))
          .filter((n) => {
            const wd = ((((TODAY - n + 3) % 7) + 7) % 7);
            return wd >= 5;
          });
        const records = events.map((e) => recordOf(e, 60));
        const extras = weekend.flatMap((n) => [0, 1, 2].map((k) => recordOf({ daysAgo: n, minuteOfDay: 600 + k, kind: 'completed', active: 150, sitting: null }, 60)));
        expect(computeStats([...records, ...extras], at).streak).toEqual(computeStats(records, at).streak);
      }),
      { numRuns: 300 },
    );
  });
});
