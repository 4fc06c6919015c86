/**
 * Local wall-clock time without the host's time zone.
 *
 * Core code must not call `Date.now()` or rely on the process's implicit zone, yet work hours are
 * local times ("09:00 on Monday") that must follow DST switches and a traveller's zone changes.
 * So the zone is a value handed in from outside: a `TimeZoneRules` that answers "what is the UTC
 * offset at this instant?". The shell implements it with `Date#getTimezoneOffset` (whatever zone
 * the OS is in *now*), tests with fixed offsets or hand-written DST rules. Everything else here
 * is arithmetic on a "local timeline": `localMs = wallMs + offset`, on which every day is exactly
 * 24 h long and the UTC getters of `Date` read off calendar fields.
 *
 * A reading's offset alone would not be enough: the next wake-up ("work starts at 09:00
 * tomorrow") lies on the far side of a possible DST switch, so we need the offset at future
 * instants too.
 */
import { WEEKDAYS, type Weekday } from '../../../common/preferences';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** One reading of both clocks, taken together by the shell. */
export interface ClockReading {
  /** Epoch milliseconds from the system clock: may jump when the user or NTP sets the clock. */
  readonly wallMs: number;
  /** A monotonic clock in milliseconds (arbitrary origin, never goes back within one process). */
  readonly monoMs: number;
}

/** The zone in effect: minutes to add to UTC to get local time (Berlin: 60 in winter, 120 in summer). */
export interface TimeZoneRules {
  offsetMinutesAt(wallMs: number): number;
}

/** "YYYY-MM-DD" on the local calendar. */
export type LocalDate = string;

export interface LocalTime {
  /** Milliseconds on the local timeline (wall + offset). */
  readonly localMs: number;
  /** Days since 1970-01-01 on the local calendar. */
  readonly day: number;
  /** 0..1439 */
  readonly minuteOfDay: number;
  readonly weekday: Weekday;
  readonly date: LocalDate;
}

export function toLocalMs(wallMs: number, zone: TimeZoneRules): number {
  return wallMs + zone.offsetMinutesAt(wallMs) * MINUTE;
}

export function dayOfLocalMs(localMs: number): number {
  return Math.floor(localMs / DAY);
}

/** 1970-01-01 was a Thursday; WEEKDAYS starts on Monday. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

export function dateOfDay(day: number): LocalDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Day index of a "YYYY-MM-DD" date, or null if it is not one. */
export function dayOfDate(date: LocalDate): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && dateOfDay(ms / DAY) === date ? ms / DAY : null;
}

export function localTimeAt(wallMs: number, zone: TimeZoneRules): LocalTime {
  return localTimeOfLocalMs(toLocalMs(wallMs, zone));
}

export function localTimeOfLocalMs(localMs: number): LocalTime {
  const day = dayOfLocalMs(localMs);
  return {
    localMs,
    day,
    minuteOfDay: Math.floor((localMs - day * DAY) / MINUTE),
    weekday: weekdayOfDay(day),
    date: dateOfDay(day),
  };
}

/**
 * The first wall instant after `afterWallMs` whose local time has reached `localMs`.
 *
 * Usually that is the one instant showing that local time. In a spring-forward gap (02:30 does
 * not exist) it is the instant of the switch, when the clock first shows a later time. In an
 * autumn hour that happens twice it is the earlier occurrence still after `afterWallMs`.
 */
export function wallAtLocal(localMs: number, zone: TimeZoneRules, afterWallMs = -Infinity): number {
  // Any switch near localMs is bracketed by the offsets a day either side of it.
  const offsets = new Set([
    zone.offsetMinutesAt(localMs - DAY),
    zone.offsetMinutesAt(localMs),
    zone.offsetMinutesAt(localMs + DAY),
  ]);
  const walls = [...offsets].map((o) => localMs - o * MINUTE).sort((a, b) => a - b);
  for (const w of walls) {
    if (w > afterWallMs && toLocalMs(w, zone) === localMs) return w;
  }
  // No exact occurrence after the bound: localMs sits in a gap. Bisect for the switch.
  let lo = Math.max(walls[0]!, Number.isFinite(afterWallMs) ? afterWallMs : walls[0]!);
  let hi = walls[walls.length - 1]!;
  if (hi <= lo || toLocalMs(hi, zone) < localMs) return Math.max(hi, lo + 1);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (toLocalMs(mid, zone) >= localMs) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function formatClock(localMs: number): string {
  const t = localTimeOfLocalMs(localMs);
  const h = Math.floor(t.minuteOfDay / 60);
  const m = t.minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A zone that never changes its offset: for tests and for UTC. */
export function fixedZone(offsetMinutes: number): TimeZoneRules {
  return { offsetMinutesAt: () => offsetMinutes };
}
