/**
 * Times, weekdays and dates through Intl in the user's locale and hour cycle (common/timeFormat.ts),
 * the OS reading that chooses them (platform/systemTimeFormat.ts), and the tray line that uses them.
 * Spaces are normalised: ICU writes "9:05 AM" with a narrow no-break space in newer versions.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { defaultHourCycle, formattingLocale, resolveLocale, timeFormatter, type TimeFormatSettings } from '../../common/timeFormat';
import { describeStatus, startScheduler, fixedZone, type SchedulerEnv } from '../../main/core/scheduler';
import { posixToBcp47, systemTimeFormat } from '../../main/platform/systemTimeFormat';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
/** `own`: as if Limber spoke every language, so each locale's own words show (the Intl path itself). */
const fmt = (locale: string, hourCycle: TimeFormatSettings['hourCycle'], own = false) => {
  const f = timeFormatter({ locale, hourCycle }, own ? [locale.slice(0, 2)] : undefined);
  return {
    clock: (m: number) => plain(f.clock(m)),
    clockText: (t: string) => plain(f.clockText(t)),
    weekdayClock: (d: Parameters<typeof f.weekdayClock>[0], m: number) => plain(f.weekdayClock(d, m)),
    f,
  };
};

describe('time formatting in the user’s locale', () => {
  it('en-US on a 12-hour clock: "9:05 AM", "5:30 PM", "Tue 5:30 PM"', () => {
    const f = fmt('en-US', 'h12');
    expect(f.clock(9 * 60 + 5)).toBe('9:05 AM');
    expect(f.clockText('17:30')).toBe('5:30 PM');
    expect(f.clockText('00:00')).toBe('12:00 AM');
    expect(f.weekdayClock('tue', 17 * 60 + 30)).toBe('Tue 5:30 PM');
    expect(f.f.weekdayLong('fri')).toBe('Friday');
    expect(f.f.longDate('2026-03-13')).toBe('Friday, March 13');
  });

  it('en-GB on a 24-hour clock: "09:05", "17:30", "Tue 17:30"; 24:00 stays the end of the day', () => {
    const f = fmt('en-GB', 'h23');
    expect(f.clock(9 * 60 + 5)).toBe('09:05');
    expect(f.clockText('17:30')).toBe('17:30');
    expect(f.clockText('24:00')).toBe('24:00');
    expect(f.weekdayClock('tue', 17 * 60 + 30)).toBe('Tue 17:30');
    expect(f.f.longDate('2026-03-13')).toBe('Friday 13 March');
  });

  it('de-DE inside Limber’s English: the region’s conventions (24-hour, day before month), English names', () => {
    const f = fmt('de-DE', 'h23');
    expect(f.f.settings.locale).toBe('en-DE');
    expect(f.weekdayClock('tue', 17 * 60 + 30)).toBe('Tue 17:30');
    expect(f.f.longDate('2026-03-13')).toBe('Friday, 13 March');
    expect(formattingLocale('ja-JP')).toBe('en-JP');
    expect(formattingLocale('en-AU')).toBe('en-AU');
    expect(formattingLocale('ar')).toBe('en');
  });

  it('de-DE where Limber speaks German: German weekdays and dates, 24-hour', () => {
    const f = fmt('de-DE', 'h23', true);
    expect(f.clockText('09:05')).toBe('09:05');
    expect(f.weekdayClock('tue', 17 * 60 + 30)).toBe('Di., 17:30');
    expect(f.f.weekdayShort('mon')).toBe('Mo');
    expect(f.f.weekdayLong('sun')).toBe('Sonntag');
    expect(f.f.longDate('2026-03-13')).toBe('Freitag, 13. März');
  });

  it('ja-JP: the weekday after the time, in Japanese; 12-hour when the OS says so', () => {
    expect(fmt('ja-JP', 'h23', true).weekdayClock('tue', 17 * 60 + 30)).toBe('17:30 (火)');
    expect(fmt('ja-JP', 'h12', true).clockText('17:30')).toBe('午後5:30');
    expect(fmt('ja-JP', 'h23', true).f.weekdayLong('wed')).toBe('水曜日');
    expect(fmt('ja-JP', 'h12').clockText('17:30')).toBe('5:30 PM');
  });

  it('the hour cycle is the OS’s, not the locale’s: en-US on 24-hour, en-GB on 12-hour', () => {
    expect(fmt('en-US', 'h23').clockText('17:30')).toBe('17:30');
    expect(fmt('en-GB', 'h12').clockText('17:30')).toBe('5:30 pm');
  });

  it('each locale’s own hour cycle, and a malformed locale falls back without throwing', () => {
    expect(defaultHourCycle('en-US')).toBe('h12');
    expect(defaultHourCycle('ko-KR')).toBe('h12');
    expect(defaultHourCycle('en-GB')).toBe('h23');
    expect(defaultHourCycle('de-DE')).toBe('h23');
    expect(defaultHourCycle('ja-JP')).toBe('h23');
    expect(resolveLocale('not a locale!!')).toBe('en-GB');
    expect(fmt('not a locale!!', 'h23').clockText('08:00')).toBe('08:00');
  });

  it('dates are read as the date they say, whatever the host zone (built and formatted in UTC)', () => {
    const f = timeFormatter({ locale: 'en-US', hourCycle: 'h12' });
    expect(f.dateWeekdayShort('2026-03-09')).toBe('Mon');
    expect(f.shortDate('2026-03-09')).toBe('Mar 9');
  });
});

describe('the tray line writes times as the OS says', () => {
  // Thursday 2026-01-01 20:00 UTC, off hours (work 09:00–17:30 Mon–Fri): back Friday 09:00.
  const clock = { wallMs: Date.UTC(2026, 0, 1, 20, 0), monoMs: 1000 };
  const status = (timeFormat?: TimeFormatSettings) => {
    const env: SchedulerEnv = { prefs: DEFAULT_PREFERENCES, zone: fixedZone(0), ...(timeFormat ? { timeFormat } : {}) };
    return plain(describeStatus(startScheduler(clock, null, env).state, env).text);
  };
  it('in en-US 12-hour, de-DE and the 24-hour default', () => {
    expect(status({ locale: 'en-US', hourCycle: 'h12' })).toBe('Outside work hours — back Fri 9:00 AM');
    expect(status({ locale: 'de-DE', hourCycle: 'h23' })).toBe('Outside work hours — back Fri 09:00');
    expect(status({ locale: 'en-US', hourCycle: 'h23' })).toBe('Outside work hours — back Fri 09:00');
    expect(status()).toBe('Outside work hours — back Fri 09:00');
  });
});

describe('reading the OS’s choice', () => {
  const app = (locale: string) => ({ getSystemLocale: () => locale, getPreferredSystemLanguages: () => ['fr-FR'] });
  it('Linux: LC_ALL, then LC_TIME, then LANG, before Chromium’s locale; the hour cycle is that locale’s', () => {
    expect(systemTimeFormat({ platform: 'linux', env: { LC_TIME: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' }, app: app('de-DE') })).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    expect(systemTimeFormat({ platform: 'linux', env: { LC_ALL: 'en_GB.UTF-8', LC_TIME: 'en_US.UTF-8' }, app: app('en-US') })).toEqual({ locale: 'en-GB', hourCycle: 'h23' });
    expect(systemTimeFormat({ platform: 'linux', env: { LANG: 'C.UTF-8' }, app: app('ja-JP') })).toEqual({ locale: 'ja-JP', hourCycle: 'h23' });
    expect(systemTimeFormat({ platform: 'linux', env: {}, app: {} })).toEqual({ locale: 'en-GB', hourCycle: 'h23' });
  });
  it('macOS: the region’s locale, and the 24-hour switch over the locale’s habit', () => {
    const mac = (values: Record<string, boolean>) => ({ getUserDefault: ((key: string) => values[key] ?? false) as never });
    expect(systemTimeFormat({ platform: 'darwin', env: { LANG: 'de_DE.UTF-8' }, app: app('en-US'), systemPreferences: mac({}) })).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    expect(systemTimeFormat({ platform: 'darwin', env: {}, app: app('en-US'), systemPreferences: mac({ AppleICUForce24HourTime: true }) })).toEqual({ locale: 'en-US', hourCycle: 'h23' });
    expect(systemTimeFormat({ platform: 'darwin', env: {}, app: app('de-DE'), systemPreferences: mac({ AppleICUForce12HourTime: true }) })).toEqual({ locale: 'de-DE', hourCycle: 'h12' });
  });
  it('Windows: the regional format’s locale; a failing or junk reading falls through', () => {
    expect(systemTimeFormat({ platform: 'win32', env: { LANG: 'de_DE' }, app: app('en-US') })).toEqual({ locale: 'en-US', hourCycle: 'h12' });
    const broken = { getSystemLocale: () => { throw new Error('no'); }, getPreferredSystemLanguages: () => ['ko-KR'] };
    expect(systemTimeFormat({ platform: 'win32', env: {}, app: broken })).toEqual({ locale: 'ko-KR', hourCycle: 'h12' });
  });
  it('POSIX names to BCP 47', () => {
    expect(posixToBcp47('en_DK.UTF-8')).toBe('en-DK');
    expect(posixToBcp47('sr_RS@latin')).toBe('sr-Latn-RS');
    expect(posixToBcp47('de')).toBe('de');
    expect(posixToBcp47('C')).toBeNull();
    expect(posixToBcp47('POSIX')).toBeNull();
    expect(posixToBcp47('')).toBeNull();
  });
});
