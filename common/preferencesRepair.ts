/**
 * Salvaging preferences from whatever a file holds: keep every field that is valid, put the
 * default in for the rest, and say exactly what was replaced so the user can be told.
 *
 * It lives in common/ beside the schema it applies, so the store's repair and the form's
 * checks can never disagree about what "valid" means. Pure and runtime-free apart from zod.
 */
import { z } from 'zod';
import {
  DEFAULT_PREFERENCES,
  WEEKDAYS,
  dayRangesSchema,
  preferenceFieldSchemas,
  preferencesSchema,
  timeRangeSchema,
  type PreferenceKey,
  type Preferences,
  type Weekday,
} from './preferences';

/** What could not be kept: `field` is a dotted path ("snoozeMinutes", "workHours.days.tue"). */
export interface PreferenceProblem {
  readonly field: string;
  readonly message: string;
}

export interface RepairedPreferences {
  readonly preferences: Preferences;
  /** Empty when `raw` was a complete, valid set of preferences (missing fields are not problems). */
  readonly problems: readonly PreferenceProblem[];
}

/** Names of the settings as the Preferences window shows them, for messages to the user. */
export const PREFERENCE_LABELS: Readonly<Record<PreferenceKey, string>> = {
  timingMode: 'Reminder timing',
  intervalMinutes: 'Reminder interval',
  flexMinMinutes: 'Earliest reminder',
  flexMaxMinutes: 'Latest reminder',
  workHours: 'Work hours',
  naturalBreakMinutes: 'Natural break',
  snoozeMinutes: 'Snooze length',
  snoozeLimit: 'Snooze limit',
  reminderStyle: 'Reminder style',
  routineLengthSeconds: 'Routine length',
  positions: 'Positions',
  equipment: 'Equipment',
  focus: 'Focus',
  excludedExercises: 'Excluded exercises',
  favouriteExercises: 'Favourite exercises',
  soundEnabled: 'Sounds',
  soundVolume: 'Volume',
  voiceGuidance: 'Voice guidance',
  playerSize: 'Player size',
  startAtLogin: 'Start at login',
  theme: 'Theme',
  trayIcon: 'Tray icon',
  reminderCorner: 'Reminder corner',
  cardDisplay: 'Reminder display',
  updateNotice: 'Tell me when a new version is out',
  startShortcutEnabled: 'Start a routine with a keyboard shortcut',
  startShortcut: 'Shortcut',
  streakGoal: 'Streak goal',
  busySignals: 'Busy signals',
  busyApps: 'Apps that hold reminders',
  holdLimitMinutes: 'Hold limit',
};

export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const PREFERENCE_KEYS = Object.keys(preferenceFieldSchemas) as PreferenceKey[];

/** Defaults are frozen and shared; hand out copies. (No structuredClone: common/ has no DOM or Node types.) */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'Not a valid value.';

/**
 * A list keeps its valid, distinct entries when some are broken: losing one stale exercise id
 * should not bring back every exercise the user excluded.
 */
function salvageList(schema: z.ZodType, element: z.ZodType, value: unknown[]): { ok: true; value: unknown } | { ok: false } {
  const seen = new Set<string>();
  const kept: unknown[] = [];
  for (const item of value) {
    const parsed = element.safeParse(item);
    if (!parsed.success) continue;
    const key = JSON.stringify(parsed.data);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(parsed.data);
  }
  const whole = schema.safeParse(kept);
  return whole.success ? { ok: true, value: whole.data } : { ok: false };
}

function repairField(key: PreferenceKey, value: unknown, problems: PreferenceProblem[]): unknown {
  const schema = preferenceFieldSchemas[key] as z.ZodType;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (Array.isArray(value) && schema instanceof z.ZodArray) {
    const salvaged = salvageList(schema, schema.element as z.ZodType, value);
    if (salvaged.ok) {
      problems.push({ field: key, message: `Some entries were dropped: ${firstMessage(parsed.error)}` });
      return salvaged.value;
    }
  }
  problems.push({ field: key, message: firstMessage(parsed.error) });
  return copy(DEFAULT_PREFERENCES[key]);
}

/** Work hours are repaired day by day: a broken Tuesday must not reset the other six days. */
function repairWorkHours(value: unknown, problems: PreferenceProblem[]): Preferences['workHours'] {
  const fallback = DEFAULT_PREFERENCES.workHours;
  if (!isRecord(value)) {
    problems.push({ field: 'workHours', message: 'Not a set of work hours.' });
    return copy(fallback);
  }
  let enabled = fallback.enabled;
  if (typeof value['enabled'] === 'boolean') enabled = value['enabled'];
  else problems.push({ field: 'workHours.enabled', message: 'Work hours must be on or off.' });

  const storedDays = isRecord(value['days']) ? value['days'] : undefined;
  if (!storedDays) problems.push({ field: 'workHours.days', message: 'Not a set of work days.' });
  const days = {} as Record<Weekday, Preferences['workHours']['days'][Weekday]>;
  for (const day of WEEKDAYS) {
    const stored = storedDays?.[day];
    if (storedDays && !Object.hasOwn(storedDays, day)) {
      days[day] = copy(fallback.days[day]);
      continue;
    }
    const parsed = dayRangesSchema.safeParse(stored);
    if (parsed.success) {
      days[day] = parsed.data;
      continue;
    }
    if (!storedDays) {
      days[day] = copy(fallback.days[day]);
      continue;
    }
    const field = `workHours.days.${day}`;
    if (Array.isArray(stored)) {
      const salvaged = salvageList(dayRangesSchema, timeRangeSchema, stored);
      // Only when a range survives: an emptied day would silently become a day off.
      if (salvaged.ok && (salvaged.value as unknown[]).length > 0) {
        problems.push({ field, message: `Some ranges were dropped: ${firstMessage(parsed.error)}` });
        days[day] = salvaged.value as Preferences['workHours']['days'][Weekday];
        continue;
      }
    }
    problems.push({ field, message: firstMessage(parsed.error) });
    days[day] = copy(fallback.days[day]);
  }
  for (const extra of Object.keys(value).filter((k) => k !== 'enabled' && k !== 'days')) {
    problems.push({ field: `workHours.${extra}`, message: 'Not a setting this version of Limber knows; left out.' });
  }
  if (storedDays) {
    for (const extra of Object.keys(storedDays).filter((k) => !(WEEKDAYS as readonly string[]).includes(k))) {
      problems.push({ field: `workHours.days.${extra}`, message: 'Not a day of the week; left out.' });
    }
  }
  return { enabled, days };
}

/**
 * Keeps every valid field of `raw`, puts the default in for each missing or invalid one, drops
 * unknown fields, and lists what it replaced or dropped. Never throws; the result always
 * passes `preferencesSchema`.
 */
export function repairPreferences(raw: unknown): RepairedPreferences {
  if (!isRecord(raw)) {
    return {
      preferences: copy(DEFAULT_PREFERENCES),
      problems: [{ field: '', message: 'The file does not hold a set of preferences.' }],
    };
  }
  const problems: PreferenceProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const key of PREFERENCE_KEYS) {
    if (!Object.hasOwn(raw, key)) {
      out[key] = copy(DEFAULT_PREFERENCES[key]);
    } else if (key === 'workHours') {
      out[key] = repairWorkHours(raw[key], problems);
    } else {
      out[key] = repairField(key, raw[key], problems);
    }
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(preferenceFieldSchemas, key)) {
      problems.push({ field: key, message: 'Not a setting this version of Limber knows; left out.' });
    }
  }
  // The one cross-field rule: each bound is valid alone, but together they must be ordered.
  if ((out['flexMinMinutes'] as number) > (out['flexMaxMinutes'] as number)) {
    problems.push({ field: 'flexMaxMinutes', message: 'The earliest reminder must not be after the latest.' });
    out['flexMinMinutes'] = DEFAULT_PREFERENCES.flexMinMinutes;
    out['flexMaxMinutes'] = DEFAULT_PREFERENCES.flexMaxMinutes;
  }
  const checked = preferencesSchema.safeParse(out);
  if (!checked.success) {
    // Unreachable while every field is repaired above; kept so a future cross-field rule that
    // this function forgets still yields valid preferences instead of a crash.
    return {
      preferences: copy(DEFAULT_PREFERENCES),
      problems: [...problems, { field: '', message: firstMessage(checked.error) }],
    };
  }
  return { preferences: checked.data, problems };
}

/** "Snooze length, Work hours (Tuesday)": the settings a repair replaced, for a notice. */
export function describeProblemFields(problems: readonly PreferenceProblem[]): string {
  const names: string[] = [];
  for (const { field } of problems) {
    const [top, , day] = field.split('.');
    let name: string;
    if (top === '' || top === undefined) name = 'all settings';
    else if (!Object.hasOwn(PREFERENCE_LABELS, top)) name = `“${top}”`;
    else if (top === 'workHours' && day && Object.hasOwn(WEEKDAY_NAMES, day)) name = `Work hours (${WEEKDAY_NAMES[day as Weekday]})`;
    else name = PREFERENCE_LABELS[top as PreferenceKey];
    if (!names.includes(name)) names.push(name);
  }
  return names.join(', ');
}
