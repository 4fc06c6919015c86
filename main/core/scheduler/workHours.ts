/**
 * Work hours on the local timeline.
 *
 * Each weekday's ranges are laid out on the local timeline and merged where one ends exactly
 * where the next begins, so 22:00–24:00 followed by the next day's 00:00–02:00 is one span:
 * midnight is neither an end nor an "arrival at work" (which would count as a break).
 * Evaluated afresh at every instant with the zone in effect then, so DST switches and
 * time-zone changes move the wall instants, never the local times.
 */
import { clockTimeToMinutes, type WorkHours } from '../../../common/preferences';
import {
  DAY,
  MINUTE,
  dayOfDate,
  dayOfLocalMs,
  toLocalMs,
  wallAtLocal,
  weekdayOfDay,
  type LocalDate,
  type TimeZoneRules,
} from './localTime';

/** A stretch of work time, [start, end) in local-timeline ms. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How far ahead we look for the next start; a week covers any weekly pattern. */
const LOOKAHEAD_DAYS = 8;

/** Merged spans overlapping local days [fromDay, toDay]. */
export function workSpans(workHours: WorkHours, fromDay: number, toDay: number): Span[] {
  const raw: Span[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    for (const range of workHours.days[weekdayOfDay(day)]) {
      raw.push({
        start: day * DAY + clockTimeToMinutes(range.start) * MINUTE,
        end: day * DAY + clockTimeToMinutes(range.end) * MINUTE,
      });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && span.start <= prev.end) {
      merged[merged.length - 1] = { start: prev.start, end: Math.max(prev.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

function spansAround(workHours: WorkHours, localMs: number): Span[] {
  const day = dayOfLocalMs(localMs);
  return workSpans(workHours, day - 1, day + LOOKAHEAD_DAYS);
}

export function isWorkTime(wallMs: number, workHours: WorkHours, zone: TimeZoneRules): boolean {
  if (!workHours.enabled) return true;
  const local = toLocalMs(wallMs, zone);
  const day = dayOfLocalMs(local);
  // Only today's and yesterday's ranges can cover this instant.
  return workSpans(workHours, day - 1, day).some((s) => s.start <= local && local < s.end);
}

/** Wall instant at which the span we are in ends, or null (not in one, or work hours off). */
export function workEndAfter(wallMs: number, workHours: WorkHours, zone: TimeZoneRules): number | null {
  if (!workHours.enabled) return null;
  const local = toLocalMs(wallMs, zone);
  const span = spansAround(workHours, local).find((s) => s.start <= local && local < s.end);
  return span ? wallAtLocal(span.end, zone, wallMs) : null;
}

/** Wall instant of the next arrival at work strictly after wallMs, or null if none within a week. */
export function nextWorkStart(wallMs: number, workHours: WorkHours, zone: TimeZoneRules): number | null {
  if (!workHours.enabled) return null;
  const local = toLocalMs(wallMs, zone);
  const span = spansAround(workHours, local).find((s) => s.start > local);
  return span ? wallAtLocal(span.start, zone, wallMs) : null;
}

/**
 * Did a span start in (fromWallMs, toWallMs]? Both ends are read in today's zone. Catches an
 * arrival at work that no step observed, e.g. when the clock was set forward over a lunch gap.
 */
export function workStartedBetween(
  fromWallMs: number,
  toWallMs: number,
  workHours: WorkHours,
  zone: TimeZoneRules,
): boolean {
  if (!workHours.enabled || toWallMs <= fromWallMs) return false;
  const from = toLocalMs(fromWallMs, zone);
  const to = toLocalMs(toWallMs, zone);
  if (to <= from) return false;
  const fromDay = dayOfLocalMs(from);
  const spans = workSpans(workHours, fromDay, Math.min(dayOfLocalMs(to), fromDay + LOOKAHEAD_DAYS));
  return spans.some((s) => s.start > from && s.start <= to);
}

/**
 * "Until the next work day": the first arrival at work on or after local midnight of `date`,
 * on the local timeline; null when work hours never begin within a week of it. With work hours
 * off, every moment is work time, so the day itself begins it.
 */
export function firstStartOnOrAfterDate(date: LocalDate, workHours: WorkHours): number | null {
  const day = dayOfDate(date);
  if (day === null) return null;
  const midnight = day * DAY;
  if (!workHours.enabled) return midnight;
  // A span that runs through midnight continues yesterday's work: not a new work day.
  const span = workSpans(workHours, day - 1, day + LOOKAHEAD_DAYS).find((s) => s.start >= midnight);
  return span ? span.start : null;
}
