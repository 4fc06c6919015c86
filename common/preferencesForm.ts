/**
 * The preferences form's rules, as pure functions over the one schema of common/preferences.ts:
 * what a field's input means, whether it may be saved, and which message goes next to which
 * work-hours range. The form saves exactly what these accept, and main re-checks it with the
 * same schema, so the form cannot save anything main would refuse.
 */
import {
  applyPreferencesPatch,
  clockTimeToMinutes,
  minutesToClockTime,
  preferenceFieldSchemas,
  workHoursSchema,
  WEEKDAYS,
  type PreferenceKey,
  type Preferences,
  type PreferencesPatch,
  type TimeRange,
  type Weekday,
  type WorkHours,
} from './preferences';
import type { TimeFormatter } from './timeFormat';

export type FieldCheck = { readonly ok: true; readonly patch: PreferencesPatch } | { readonly ok: false; readonly message: string };

/**
 * Checks one field's new value alone and merged with the rest (cross-field rules such as
 * earliest ≤ latest), and gives the patch to send or the message to show.
 */
export function checkField<K extends PreferenceKey>(current: Preferences, key: K, value: unknown): FieldCheck {
  const alone = preferenceFieldSchemas[key].safeParse(value);
  if (!alone.success) return { ok: false, message: alone.error.issues[0]?.message ?? 'Not a valid value.' };
  const patch = { [key]: alone.data } as PreferencesPatch;
  const merged = applyPreferencesPatch(current, patch);
  if (!merged.ok) return { ok: false, message: merged.issues[0]?.message ?? 'Not a valid value.' };
  return { ok: true, patch };
}

/** A number field's text: blank and non-numbers get a message; the schema judges the rest. */
export function parseNumberInput(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'Enter a number.' };
}

/** Messages for a work-hours draft, keyed `mon`, `mon.0.start`, `mon.0.end` … */
export type WorkHoursMessages = Readonly<Record<string, string>>;

export function workHoursMessages(workHours: WorkHours): WorkHoursMessages {
  const result = workHoursSchema.safeParse(workHours);
  if (result.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // Paths look like ['days', 'mon', 0, 'end'] (a range) or ['days', 'mon'] (the whole day).
    const [, day, index, field] = issue.path;
    if (typeof day !== 'string') continue;
    const key = typeof index === 'number' ? `${day}.${index}.${typeof field === 'string' ? field : 'start'}` : day;
    messages[key] ??= issue.message;
  }
  return messages;
}

/**
 * A sensible range to add to a day: the usual 09:00–17:30 on an empty day, otherwise the
 * next free hour after the last range (after a half-hour break), or null when the day is full.
 */
export function suggestRange(ranges: readonly TimeRange[]): TimeRange | null {
  if (ranges.length === 0) return { start: '09:00', end: '17:30' };
  const day = 24 * 60;
  const lastEnd = Math.max(...ranges.map((r) => clockTimeToMinutes(r.end)));
  // Leave a half-hour break when there is room for it, otherwise start where the last ends.
  const start = lastEnd + 60 <= day ? lastEnd + 30 : lastEnd;
  const end = Math.min(start + 60, day);
  if (end - start < 15) return null;
  return { start: minutesToClockTime(start), end: minutesToClockTime(end) };
}

/** The day's ranges copied to each target day (copies, so later edits stay per day). */
export function copyDayTo(days: WorkHours['days'], from: Weekday, targets: readonly Weekday[]): WorkHours['days'] {
  const next = { ...days };
  for (const day of WEEKDAYS) {
    if (day !== from && targets.includes(day)) next[day] = days[from].map((r) => ({ ...r }));
  }
  return next;
}

/** "Today's plan: 10:15 · 11:05 · 11:55" (or "10:15 AM · …" on a 12-hour clock), or "No more reminders today". */
export function formatTodaysPlan(plan: readonly string[], format: Pick<TimeFormatter, 'clockText'>): string {
  return plan.length === 0 ? 'No more reminders today' : `Today’s plan: ${plan.map((t) => format.clockText(t)).join(' · ')}`;
}
