/**
 * Times of day, weekdays and dates as the user reads them: through Intl.DateTimeFormat in
 * their locale, 12- or 24-hour as their OS says (docs/decisions/0064-times-in-the-users-locale.md).
 *
 * Pure: the locale and the hour cycle come in as arguments (main reads them from the OS and
 * sends them in the snapshot), and every instant is built in UTC and formatted in UTC, so the
 * host's time zone can never shift a wall-clock time or a date. Main (tray lines) and the
 * renderer (Preferences, Stats, welcome) call the same functions, so both sides agree.
 *
 * The data stays canonical: "HH:MM" strings, weekday ids, "YYYY-MM-DD" dates. Only what is
 * shown goes through here.
 */
import { z } from 'zod';
import { WEEKDAYS, type Weekday } from './preferences';

/** 12-hour ("9:00 AM") or 24-hour ("09:00"). Intl's h11/h24 are folded into these two. */
export const HOUR_CYCLES = ['h12', 'h23'] as const;
export type HourCycle = (typeof HOUR_CYCLES)[number];

export const timeFormatSettingsSchema = z.strictObject({
  /** A BCP 47 tag ("en-US", "de-DE"); one Intl does not know falls back (see resolveLocale). */
  locale: z.string().min(1).max(100),
  hourCycle: z.enum(HOUR_CYCLES),
});
export type TimeFormatSettings = z.infer<typeof timeFormatSettingsSchema>;

/** What tests and a window drawn before the first snapshot use. */
export const FALLBACK_LOCALE = 'en-GB';

/** A tag Intl accepts, or the fallback: a malformed tag from the OS must not break a window. */
export function resolveLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

export function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** The locale's own convention: en-US and ko-KR read 12-hour, en-GB, de-DE and ja-JP 24-hour. */
export function defaultHourCycle(locale: string): HourCycle {
  const cycle = new Intl.DateTimeFormat(resolveLocale(locale), { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

export interface TimeFormatter {
  /** The settings as applied: `locale` is the one the words are written in (formattingLocale). */
  readonly settings: TimeFormatSettings;
  /** A wall-clock time from minutes since midnight (0..1440): "9:05 AM", "09:05". */
  clock(minuteOfDay: number): string;
  /** The same from "HH:MM" (preferences, today's plan); "24:00" is midnight at the day's end. */
  clockText(hhmm: string): string;
  /** "Tue 5:30 PM", "Di., 17:30", "17:30 (火)": a time on another day, word order the locale's. */
  weekdayClock(weekday: Weekday, minuteOfDay: number): string;
  weekdayShort(weekday: Weekday): string;
  weekdayLong(weekday: Weekday): string;
  /** "Friday, March 13" / "Freitag, 13. März" from "YYYY-MM-DD". */
  longDate(date: string): string;
  /** "Mar 9" / "9. März". */
  shortDate(date: string): string;
  /** "Mon" from "YYYY-MM-DD". */
  dateWeekdayShort(date: string): string;
}

const MINUTE_MS = 60_000;
/** 2024-01-01 was a Monday: day i of that week is WEEKDAYS[i]. */
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * MINUTE_MS;

function atMinute(weekday: Weekday, minuteOfDay: number): number {
  return MONDAY_UTC + WEEKDAYS.indexOf(weekday) * DAY_MS + minuteOfDay * MINUTE_MS;
}

function utcDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a date: "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const cache = new Map<string, TimeFormatter>();

/** The languages Limber's own words are written in. Names of days and months follow them. */
export const UI_LANGUAGES: readonly string[] = ['en'];

/**
 * The locale the words are written in: the user's own where Limber speaks its language;
 * otherwise Limber's language with the user's region, so a German desk reads "Tue 17:30" and
 * "Friday, 13 March" (24-hour, day before month) inside English sentences, not "Di., 17:30"
 * among English words (decision 0064). A region Intl does not know gives the bare language.
 */
export function formattingLocale(locale: string, uiLanguages: readonly string[] = UI_LANGUAGES): string {
  const resolved = resolveLocale(locale);
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(resolved);
  } catch {
    return uiLanguages[0] ?? FALLBACK_LOCALE;
  }
  if (uiLanguages.includes(parsed.language)) return resolved;
  const language = uiLanguages[0] ?? 'en';
  const regional = parsed.region ? `${language}-${parsed.region}` : language;
  return isSupportedLocale(regional) ? regional : language;
}

/**
 * The formatter for these settings (cached: Intl formatters are costly to build).
 * `uiLanguages`: Limber's own languages (tests pass others to see the locale's own words).
 */
export function timeFormatter(settings: TimeFormatSettings, uiLanguages: readonly string[] = UI_LANGUAGES): TimeFormatter {
  const key = `${settings.locale}|${settings.hourCycle}|${uiLanguages.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = buildFormatter(settings, uiLanguages);
  if (cache.size > 20) cache.clear();
  cache.set(key, made);
  return made;
}

function buildFormatter(settings: TimeFormatSettings, uiLanguages: readonly string[]): TimeFormatter {
  const locale = formattingLocale(settings.locale, uiLanguages);
  const h12 = settings.hourCycle === 'h12';
  // 24-hour times read "09:05" in most locales that use them; 12-hour ones "9:05 AM".
  const timeOptions: Intl.DateTimeFormatOptions = { timeZone: 'UTC', hourCycle: settings.hourCycle, hour: h12 ? 'numeric' : '2-digit', minute: '2-digit' };
  const time = new Intl.DateTimeFormat(locale, timeOptions);
  const dayTime = new Intl.DateTimeFormat(locale, { ...timeOptions, weekday: 'short' });
  const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const long = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
  const longDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' });
  const shortDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });

  /** 24:00 (a range's end) is not a time Intl writes: midnight, with the hour written as 24 on a 24-hour clock. */
  const endOfDay = (format: Intl.DateTimeFormat, at: number): string =>
    format
      .formatToParts(at)
      .map((p) => (p.type === 'hour' && !h12 ? new Intl.NumberFormat(locale, { useGrouping: false }).format(24) : p.value))
      .join('');

  const clock = (minuteOfDay: number): string => {
    const m = Math.max(0, Math.min(1440, Math.round(minuteOfDay)));
    return m === 1440 ? endOfDay(time, MONDAY_UTC) : time.format(MONDAY_UTC + m * MINUTE_MS);
  };

  return {
    settings: { locale, hourCycle: settings.hourCycle },
    clock,
    clockText: (hhmm) => {
      const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
      return m ? clock(Number(m[1]) * 60 + Number(m[2])) : hhmm;
    },
    weekdayClock: (weekday, minuteOfDay) => dayTime.format(atMinute(weekday, Math.max(0, Math.min(1439, Math.round(minuteOfDay))))),
    weekdayShort: (weekday) => short.format(atMinute(weekday, 0)),
    weekdayLong: (weekday) => long.format(atMinute(weekday, 0)),
    longDate: (date) => longDate.format(utcDate(date)),
    shortDate: (date) => shortDate.format(utcDate(date)),
    dateWeekdayShort: (date) => short.format(utcDate(date)),
  };
}

/** The default for tests and the window drawn before main's first snapshot: 24-hour British English. */
export const FALLBACK_TIME_FORMAT: TimeFormatSettings = Object.freeze({ locale: FALLBACK_LOCALE, hourCycle: 'h23' });
