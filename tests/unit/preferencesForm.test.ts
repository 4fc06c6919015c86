import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, NUMBER_RANGES, rangeInWords, type NumberPreference } from '../../common/preferences';
import { checkField, copyDayTo, formatTodaysPlan, parseNumberInput, suggestRange, workHoursMessages } from '../../common/preferencesForm';
import { timeFormatter } from '../../common/timeFormat';

describe('the preferences form’s rules', () => {
  it('checks a field alone and with the rest, giving the patch or the schema’s message', () => {
    expect(checkField(DEFAULT_PREFERENCES, 'intervalMinutes', 50)).toEqual({ ok: true, patch: { intervalMinutes: 50 } });
    expect(checkField(DEFAULT_PREFERENCES, 'intervalMinutes', 47)).toEqual({ ok: false, message: 'The interval goes in steps of 5 minutes.' });
    const flexible = { ...DEFAULT_PREFERENCES, flexMinMinutes: 35, flexMaxMinutes: 45 };
    expect(checkField(flexible, 'flexMinMinutes', 50)).toEqual({ ok: false, message: 'The earliest reminder must not be after the latest.' });
    expect(checkField(DEFAULT_PREFERENCES, 'positions', [])).toEqual({ ok: false, message: 'Choose at least one position.' });
  });

  it('reads number inputs', () => {
    expect(parseNumberInput(' 45 ')).toEqual({ ok: true, value: 45 });
    expect(parseNumberInput('')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(parseNumberInput('4e')).toEqual({ ok: false, message: 'Enter a number.' });
  });

  it('puts each work-hours message beside the range at fault', () => {
    const days = {
      ...DEFAULT_PREFERENCES.workHours.days,
      mon: [{ start: '09:00', end: '08:00' }],
      tue: [{ start: '09:00', end: '17:30' }, { start: '12:00', end: '19:00' }],
      wed: [{ start: '9:00', end: '17:30' }],
    };
    expect(workHoursMessages({ enabled: true, days })).toEqual({
      'mon.0.end': 'The end must be after the start.',
      'tue.1.start': 'This range overlaps 09:00–17:30.',
      'wed.0.start': 'Use a time like 09:00 (00:00 to 24:00).',
    });
    expect(workHoursMessages(DEFAULT_PREFERENCES.workHours)).toEqual({});
  });

  it('suggests a free range to add, and none when the day is full', () => {
    expect(suggestRange([])).toEqual({ start: '09:00', end: '17:30' });
    expect(suggestRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:30', end: '13:30' });
    expect(suggestRange([{ start: '20:00', end: '23:00' }])).toEqual({ start: '23:30', end: '24:00' });
    expect(suggestRange([{ start: '20:00', end: '23:30' }])).toEqual({ start: '23:30', end: '24:00' });
    expect(suggestRange([{ start: '20:00', end: '24:00' }])).toBeNull();
  });

  it('copies a day’s ranges to other days as independent copies', () => {
    const days = copyDayTo(DEFAULT_PREFERENCES.workHours.days, 'mon', ['sat', 'mon']);
    expect(days.sat).toEqual(days.mon);
    expect(days.sat).not.toBe(days.mon);
    expect(days.sun).toEqual([]);
  });

  it('formats today’s plan', () => {
    const h23 = timeFormatter({ locale: 'en-GB', hourCycle: 'h23' });
    const h12 = timeFormatter({ locale: 'en-US', hourCycle: 'h12' });
    expect(formatTodaysPlan(['10:15', '11:05', '11:55'], h23)).toBe('Today’s plan: 10:15 · 11:05 · 11:55');
    expect(formatTodaysPlan(['10:15', '13:05'], h12).replace(/\u202f/g, ' ')).toBe('Today’s plan: 10:15 AM · 1:05 PM');
    expect(formatTodaysPlan([], h12)).toBe('No more reminders today');
  });
});

describe('number ranges are the schema’s own limits', () => {
  // The form reads NUMBER_RANGES for its inputs and hints; this holds the schema to the same
  // numbers, so a limit changed in one place and not the other fails here.
  for (const key of Object.keys(NUMBER_RANGES) as NumberPreference[]) {
    it(`${key}: ${rangeInWords(key)}`, () => {
      const { min, max, step } = NUMBER_RANGES[key];
      const ok = (v: number) => checkField(DEFAULT_PREFERENCES, key, v).ok;
      expect(ok(min)).toBe(true);
      expect(ok(max)).toBe(true);
      expect(ok(min - step)).toBe(false);
      expect(ok(max + step)).toBe(false);
      if (step > 1) expect(ok(min + 1)).toBe(false);
    });
  }
});

