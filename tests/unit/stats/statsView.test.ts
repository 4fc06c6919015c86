import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../main/core/history';
import { computeStats, summaryAfter, type StatsContext } from '../../../main/core/stats';
import { fixedZone } from '../../../main/core/scheduler';
import { answer, prefsWith, routine, sampleStatsView, wallOf } from '../../support/statsFixtures';
import { BERLIN, NEW_YORK, at } from '../scheduler/support';

const ctxAt = (local: string, patch: Parameters<typeof prefsWith>[0] = {}, offset = 60): StatsContext => ({
  nowWallMs: wallOf(local, offset),
  zone: fixedZone(offset),
  prefs: prefsWith(patch),
});
// 2026-03-09 is a Monday.
const MON = '2026-03-09';
const dateOf = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** `n` completed routines on a local date, at 10:00, 11:00, … */
const routinesOn = (date: string, n: number, offset = 60): HistoryRecord[] =>
  Array.from({ length: n }, (_, i) => routine(`${date}T${String(10 + i).padStart(2, '0')}:00`, { offset }));

describe('today', () => {
  it('counts breaks, routines, minutes moved and the longest sitting stretch', () => {
    const records = [
      answer(`${MON}T09:50`, 'snoozed', { sittingMinutes: 45 }),
      { ...routine(`${MON}T10:02`, { sittingMinutes: 57, active: 150 }), heldSeconds: 1200 }, // the snoozed stretch, in full; held in a call first
      answer(`${MON}T11:00`, 'skipped', { sittingMinutes: 50 }), // not a break
      { ...routine(`${MON}T12:00`, { ended: 'stopped', active: 40, sittingMinutes: 44 }), heldSeconds: 600 }, // moved, not a break: held, not taken
      routine(`${MON}T13:00`, { ended: 'stopped', active: 75, sittingMinutes: 30 }), // ≥ 60 s: a break
      answer(`${MON}T15:00`, 'natural', { sittingMinutes: 61 }), // a break, and the longest stretch
      routine(`${MON}T18:00`, { trigger: 'manual', active: 180, sittingMinutes: null }),
    ];
    expect(computeStats(records, ctxAt(`${MON}T20:00`)).today).toEqual({
      date: MON,
      breaks: 4,
      routines: 3,
      heldThenTaken: 1,
      minutesMoved: 7.4, // 150 + 40 + 75 + 180 = 445 s
      longestSittingMinutes: 61,
      workDay: true,
    });
  });

  it('an empty day has zeros and no sitting figure, not a made-up one', () => {
    expect(computeStats([], ctxAt(`${MON}T09:00`)).today).toEqual({
      date: MON,
      breaks: 0,
      routines: 0,
      heldThenTaken: 0,
      minutesMoved: 0,
      longestSittingMinutes: null,
      workDay: true,
    });
  });

  it('the day turns at local midnight', () => {
    const records = [routine(`${MON}T23:50`)];
    expect(computeStats(records, ctxAt(`${MON}T23:59`)).today.routines).toBe(1);
    expect(computeStats(records, ctxAt(`${dateOf(MON, 1)}T00:01`)).today.routines).toBe(0);
  });
});

describe('last 7 and 30 days', () => {
  it('are consecutive local dates, oldest first, ending today, with days off marked', () => {
    const view = computeStats([], ctxAt(`${MON}T12:00`));
    expect(view.last7.map((d) => d.date)).toEqual([-6, -5, -4, -3, -2, -1, 0].map((n) => dateOf(MON, n)));
    expect(view.last30).toHaveLength(30);
    expect(view.last30[0]!.date).toBe(dateOf(MON, -29));
    expect(view.last30.slice(-7)).toEqual(view.last7);
    expect(view.last7.map((d) => d.workDay)).toEqual([true, true, true, true, false, false, true]);
  });

  it('put each record on its day and leave out what is older or in the future', () => {
    const records = [...routinesOn(dateOf(MON, -1), 2), ...routinesOn(dateOf(MON, -6), 1), ...routinesOn(dateOf(MON, -30), 4), ...routinesOn(dateOf(MON, 1), 5)];
    const view = computeStats(records, ctxAt(`${MON}T12:00`));
    expect(view.last7.map((d) => d.routines)).toEqual([1, 0, 0, 0, 0, 2, 0]);
    expect(view.last30.reduce((n, d) => n + d.routines, 0)).toBe(3);
  });

  it('across the spring DST switch: every date once, and each record on the day it was lived', () => {
    // Berlin jumps from 02:00 to 03:00 on Sunday 2026-03-29.
    const records: HistoryRecord[] = [
      { ...routine('2026-03-28T23:30'), at: at(BERLIN, '2026-03-28T23:30'), offsetMinutes: 60 },
      { ...routine('2026-03-29T00:30'), at: at(BERLIN, '2026-03-29T00:30'), offsetMinutes: 60 },
      { ...routine('2026-03-29T23:30', { offset: 120 }), at: at(BERLIN, '2026-03-29T23:30'), offsetMinutes: 120 },
      { ...routine('2026-03-30T00:30', { offset: 120 }), at: at(BERLIN, '2026-03-30T00:30'), offsetMinutes: 120 },
    ];
    const view = computeStats(records, { nowWallMs: at(BERLIN, '2026-03-30T12:00'), zone: BERLIN, prefs: prefsWith() });
    expect(view.last7.map((d) => d.date)).toEqual(['2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    expect(view.last7.slice(-3).map((d) => d.routines)).toEqual([1, 2, 1]);
  });

  it('a traveller’s breaks stay on the day they were taken', () => {
    // Two routines in Berlin on Monday morning, then a flight to New York; read there at 20:00.
    const records = [
      { ...routine(`${MON}T09:00`), at: at(BERLIN, `${MON}T09:00`), offsetMinutes: 60 },
      { ...routine(`${MON}T10:00`), at: at(BERLIN, `${MON}T10:00`), offsetMinutes: 60 },
      { ...routine(`${MON}T19:30`, { offset: -240 }), at: at(NEW_YORK, `${MON}T19:30`), offsetMinutes: -240 },
    ];
    const view = computeStats(records, { nowWallMs: at(NEW_YORK, `${MON}T20:00`), zone: NEW_YORK, prefs: prefsWith() });
    expect(view.today).toMatchObject({ date: MON, routines: 3 });
  });
});

describe('the streak', () => {
  const week = (...counts: number[]) => counts.flatMap((n, i) => routinesOn(dateOf(MON, i), n));

  it('counts work days in a row that met the goal, including today once it does', () => {
    const view = computeStats(week(3, 4, 3, 3, 3), ctxAt(`${dateOf(MON, 4)}T18:00`));
    expect(view.streak).toEqual({ current: 5, best: 5, goal: 3 });
  });

  it('today below the goal does not break it while the day lasts', () => {
    const view = computeStats(week(3, 3, 3, 3, 1), ctxAt(`${dateOf(MON, 4)}T16:00`));
    expect(view.streak).toEqual({ current: 4, best: 4, goal: 3 });
  });

  it('a past work day below the goal ends it, and best remembers the longer run', () => {
    const view = computeStats(week(3, 3, 3, 2, 3), ctxAt(`${dateOf(MON, 4)}T16:00`));
    expect(view.streak).toEqual({ current: 1, best: 3, goal: 3 });
  });

  it('a work day with no record at all (Limber off, a day of leave) ends it', () => {
    const view = computeStats(week(3, 3, 0, 3), ctxAt(`${dateOf(MON, 3)}T16:00`));
    expect(view.streak.current).toBe(1);
  });

  it('a weekend neither breaks nor extends it, whatever happened on it', () => {
    const friday = week(0, 0, 0, 0, 3);
    const monday = routinesOn(dateOf(MON, 7), 3);
    const weekendEmpty = computeStats([...friday, ...monday], ctxAt(`${dateOf(MON, 7)}T16:00`));
    expect(weekendEmpty.streak.current).toBe(2);
    const weekendBusy = computeStats([...friday, ...routinesOn(dateOf(MON, 5), 6), ...monday], ctxAt(`${dateOf(MON, 7)}T16:00`));
    expect(weekendBusy.streak.current).toBe(2);
    // Read on Sunday: Friday's streak still stands.
    expect(computeStats(friday, ctxAt(`${dateOf(MON, 6)}T16:00`)).streak.current).toBe(1);
  });

  it('with work hours off every day counts', () => {
    const records = week(3, 3, 3, 3, 3, 3, 3);
    const p = { workHours: { ...prefsWith().workHours, enabled: false } };
    expect(computeStats(records, ctxAt(`${dateOf(MON, 6)}T16:00`, p)).streak.current).toBe(7);
    expect(computeStats(records, ctxAt(`${dateOf(MON, 6)}T16:00`)).streak.current).toBe(5);
  });

  it('follows the goal from the preferences', () => {
    const records = week(1, 2, 1);
    expect(computeStats(records, ctxAt(`${dateOf(MON, 2)}T16:00`, { streakGoal: 1 })).streak).toEqual({ current: 3, best: 3, goal: 1 });
    expect(computeStats(records, ctxAt(`${dateOf(MON, 2)}T16:00`, { streakGoal: 2 })).streak).toEqual({ current: 1, best: 1, goal: 2 }); // Tue met it; Wed is still on
  });

  it('only routines that count as breaks count: skips, snoozes and short stops do not', () => {
    const date = dateOf(MON, 0);
    const records = [
      routine(`${date}T10:00`),
      routine(`${date}T11:00`, { ended: 'stopped', active: 59 }),
      answer(`${date}T12:00`, 'skipped'),
      answer(`${date}T13:00`, 'natural'),
      routine(`${date}T14:00`, { ended: 'stopped', active: 60 }),
    ];
    expect(computeStats(records, ctxAt(`${dateOf(MON, 1)}T09:00`, { streakGoal: 2 })).streak.current).toBe(1);
    expect(computeStats(records, ctxAt(`${dateOf(MON, 1)}T09:00`, { streakGoal: 3 })).streak.current).toBe(0);
  });

  it('is zero with no history', () => {
    expect(computeStats([], ctxAt(`${MON}T09:00`)).streak).toEqual({ current: 0, best: 0, goal: 3 });
  });
});

describe('summaryAfter: the player’s closing line', () => {
  it('counts the routine just recorded in today and in the streak', () => {
    const before = [...routinesOn(dateOf(MON, 0), 3), ...routinesOn(dateOf(MON, 1), 2)];
    const ctx = ctxAt(`${dateOf(MON, 1)}T15:00`);
    expect(summaryAfter(before, ctx)).toEqual({ streakDays: 1, routinesToday: 2 });
    const after = [...before, routine(`${dateOf(MON, 1)}T15:00`)];
    expect(summaryAfter(after, ctx)).toEqual({ streakDays: 2, routinesToday: 3 });
    expect(summaryAfter(after, ctx).streakDays).toBe(computeStats(after, ctx).streak.current);
  });
});

describe('the sample view the browser tests use', () => {
  it('is what its comment says: streak 6 of best 11, today 2 of 3', () => {
    const view = sampleStatsView();
    expect(view.streak).toEqual({ current: 6, best: 11, goal: 3 });
    expect(view.today).toMatchObject({ date: '2026-03-13', routines: 2 });
  });
});
