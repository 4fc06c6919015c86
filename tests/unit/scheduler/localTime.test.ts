import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../common/preferences';
import {
  fixedZone,
  isWorkTime,
  localTimeAt,
  nextWorkStart,
  wallAtLocal,
  workEndAfter,
  type TimeZoneRules,
} from '../../../main/core/scheduler';
import { workSpans, workStartedBetween, firstStartOnOrAfterDate } from '../../../main/core/scheduler/workHours';
import { BERLIN, HOUR, MIN, NEW_YORK, at, hhmm } from './support';

/** The real IANA rules, from the ICU data Node ships, to check the hand-written test zones. */
function intlZone(name: string): TimeZoneRules {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  return {
    offsetMinutesAt(wallMs) {
      const p = Object.fromEntries(fmt.formatToParts(wallMs).map((x) => [x.type, Number(x.value)]));
      const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
      return Math.round((local - Math.floor(wallMs / MIN) * MIN) / MIN);
    },
  };
}

describe('test zones', () => {
  it.each([
    ['Europe/Berlin', BERLIN],
    ['America/New_York', NEW_YORK],
  ] as const)('match the IANA rules of %s through 2026 and 2027', (name, zone) => {
    const real = intlZone(name);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += HOUR) {
      expect(zone.offsetMinutesAt(t)).toBe(real.offsetMinutesAt(t));
    }
  });
});

describe('local time', () => {
  it('reads weekday, date and minute of day in the zone', () => {
    const t = localTimeAt(Date.UTC(2026, 2, 29, 22, 30), BERLIN); // Sunday 22:30 UTC = Monday 00:30 CEST
    expect([t.weekday, t.date, t.minuteOfDay]).toEqual(['mon', '2026-03-30', 30]);
  });

  it('maps a local time in a spring-forward gap to the switch', () => {
    const local = Date.UTC(2026, 2, 29, 2, 30); // 02:30 does not exist in Berlin that night
    expect(wallAtLocal(local, BERLIN)).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it('maps a repeated autumn local time to the first occurrence after the bound', () => {
    const local = Date.UTC(2026, 9, 25, 2, 30);
    expect(wallAtLocal(local, BERLIN)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(wallAtLocal(local, BERLIN, Date.UTC(2026, 9, 25, 1, 10))).toBe(Date.UTC(2026, 9, 25, 1, 30));
  });
});

describe('work hours', () => {
  const wh = DEFAULT_PREFERENCES.workHours;

  it('default: Mon–Fri 09:00–17:30', () => {
    expect(isWorkTime(at(BERLIN, '2026-03-30T09:00'), wh, BERLIN)).toBe(true);
    expect(isWorkTime(at(BERLIN, '2026-03-30T17:29'), wh, BERLIN)).toBe(true);
    expect(isWorkTime(at(BERLIN, '2026-03-30T17:30'), wh, BERLIN)).toBe(false);
    expect(isWorkTime(at(BERLIN, '2026-03-28T12:00'), wh, BERLIN)).toBe(false);
    expect(hhmm(BERLIN, workEndAfter(at(BERLIN, '2026-03-30T12:00'), wh, BERLIN)!)).toBe('17:30');
    expect(nextWorkStart(at(BERLIN, '2026-04-03T18:00'), wh, BERLIN)).toBe(at(BERLIN, '2026-04-06T09:00'));
  });

  it('are evaluated in the zone in effect: the same instant is work in Berlin, not in New York', () => {
    const instant = at(BERLIN, '2026-03-30T10:00'); // 04:00 in New York
    expect(isWorkTime(instant, wh, BERLIN)).toBe(true);
    expect(isWorkTime(instant, wh, NEW_YORK)).toBe(false);
    expect(isWorkTime(instant, wh, fixedZone(9 * 60))).toBe(true); // 17:00 in Tokyo
  });

  it('merge touching ranges, across midnight too', () => {
    const days = {
      ...wh.days,
      mon: [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '13:00' }, { start: '22:00', end: '24:00' }],
      tue: [{ start: '00:00', end: '02:00' }],
    };
    const monday = Date.UTC(2026, 2, 30) / (24 * HOUR);
    const spans = workSpans({ enabled: true, days }, monday, monday + 1);
    expect(spans.map((s) => [(s.start - monday * 24 * HOUR) / HOUR, (s.end - monday * 24 * HOUR) / HOUR])).toEqual([
      [9, 17],
      [22, 26],
    ]);
    expect(workStartedBetween(at(BERLIN, '2026-03-30T23:00'), at(BERLIN, '2026-03-31T01:00'), { enabled: true, days }, BERLIN)).toBe(false);
    expect(workStartedBetween(at(BERLIN, '2026-03-30T20:00'), at(BERLIN, '2026-03-30T22:00'), { enabled: true, days }, BERLIN)).toBe(true);
  });

  it('"next work day" skips a span that merely continues through midnight', () => {
    const days = { ...wh.days, mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '02:00' }, { start: '22:00', end: '24:00' }] };
    const start = firstStartOnOrAfterDate('2026-03-31', { enabled: true, days });
    expect(new Date(start!).toISOString()).toBe('2026-03-31T22:00:00.000Z'); // local timeline
  });

  it('switched off: always work time, never a start or an end', () => {
    const off = { ...wh, enabled: false };
    expect(isWorkTime(at(BERLIN, '2026-03-29T03:00'), off, BERLIN)).toBe(true);
    expect(nextWorkStart(0, off, BERLIN)).toBeNull();
    expect(workEndAfter(0, off, BERLIN)).toBeNull();
  });

  it('with no ranges at all: never work time, no start within a week', () => {
    const none = { enabled: true, days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(isWorkTime(at(BERLIN, '2026-03-30T10:00'), none, BERLIN)).toBe(false);
    expect(nextWorkStart(at(BERLIN, '2026-03-30T10:00'), none, BERLIN)).toBeNull();
  });
});
