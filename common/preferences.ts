/**
 * Every user preference of Limber: one schema, one set of defaults.
 *
 * This module is the single source of truth for the store (main), the IPC payload check
 * (main) and the preferences form (renderer). It is runtime-free apart from zod.
 */
import { z } from 'zod';
import { checkAccelerator, DEFAULT_START_SHORTCUT } from './accelerator';
import { BUSY_SIGNALS, type BusySignal } from './busy';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:MM" local wall-clock time; "24:00" is allowed as the end of a range. */
const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const clockTimeSchema = z
  .string()
  .regex(CLOCK_TIME, { message: 'Use a time like 09:00 (00:00 to 24:00).' });

/** Minutes since local midnight, 0..1440. */
export function clockTimeToMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function minutesToClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export const timeRangeSchema = z
  .strictObject({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((r) => r.start !== '24:00', { message: 'A range cannot start at 24:00.', path: ['start'] })
  .refine((r) => clockTimeToMinutes(r.end) > clockTimeToMinutes(r.start), {
    message: 'The end must be after the start.',
    path: ['end'],
  });
export type TimeRange = z.infer<typeof timeRangeSchema>;

/** A day's ranges: each valid, and none overlapping another. Order is free; core sorts. */
export const dayRangesSchema = z
  .array(timeRangeSchema)
  .max(8, { message: 'At most 8 ranges per day.' })
  .superRefine((ranges, ctx) => {
    const sorted = ranges
      .map((r, index) => ({ index, start: clockTimeToMinutes(r.start), end: clockTimeToMinutes(r.end) }))
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (cur.start < prev.end) {
        ctx.addIssue({
          code: 'custom',
          message: `This range overlaps ${ranges[prev.index]!.start}–${ranges[prev.index]!.end}.`,
          path: [cur.index, 'start'],
        });
      }
    }
  });

export const workHoursSchema = z.strictObject({
  /** false: remind at any time of day. */
  enabled: z.boolean(),
  days: z.strictObject({
    mon: dayRangesSchema,
    tue: dayRangesSchema,
    wed: dayRangesSchema,
    thu: dayRangesSchema,
    fri: dayRangesSchema,
    sat: dayRangesSchema,
    sun: dayRangesSchema,
  }),
});
export type WorkHours = z.infer<typeof workHoursSchema>;

export const POSITIONS = ['seated', 'standing', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

/** Equipment the user may or may not own. A chair, a desk and a wall are assumed at a desk. */
export const OWNED_EQUIPMENT = ['foamRoller', 'massageBall', 'band'] as const;
export type OwnedEquipment = (typeof OWNED_EQUIPMENT)[number];

export const FOCUSES = ['balanced', 'hips', 'upperBack'] as const;
export type Focus = (typeof FOCUSES)[number];

export const TIMING_MODES = ['fixed', 'flexible'] as const;
export type TimingMode = (typeof TIMING_MODES)[number];

export const ROUTINE_LENGTHS_SECONDS = [120, 150, 180] as const;
export type RoutineLengthSeconds = (typeof ROUTINE_LENGTHS_SECONDS)[number];

export const SNOOZE_MINUTES = [5, 10, 15] as const;
export const REMINDER_STYLES = ['card', 'notification', 'both'] as const;
export type ReminderStyle = (typeof REMINDER_STYLES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const CORNERS = ['bottomRight', 'bottomLeft', 'topRight', 'topLeft'] as const;
export type Corner = (typeof CORNERS)[number];
/** How big the reminder window grows while a routine plays (docs/decisions/0015-player-size.md). */
export const PLAYER_SIZES = ['compact', 'large'] as const;
export type PlayerSize = (typeof PLAYER_SIZES)[number];
/** The tray glyph's colour (docs/decisions/0060-tray-icon-colour.md): light suits a dark panel. */
export const TRAY_ICON_COLOURS = ['automatic', 'light', 'dark'] as const;
export type TrayIconColour = (typeof TRAY_ICON_COLOURS)[number];
/**
 * Which display the reminder card appears on (docs/decisions/0065-card-display.md): the one under
 * the pointer, the primary one, or the one holding the focused window (where Limber can tell).
 */
export const CARD_DISPLAYS = ['cursor', 'primary', 'focusedWindow'] as const;
export type CardDisplay = (typeof CARD_DISPLAYS)[number];

const exerciseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Not an exercise id.' }).max(64);

function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).refine((xs) => new Set(xs).size === xs.length, { message: `Each ${what} may appear once.` });
}

/**
 * The limits of every number preference, written once: the schema below is built from them and
 * the preferences form reads them (input min/max/step, hints), so the two cannot drift.
 * `step` is the schema's own: a value off it is refused.
 */
export const NUMBER_RANGES = {
  intervalMinutes: { min: 30, max: 60, step: 5 },
  flexMinMinutes: { min: 30, max: 60, step: 5 },
  flexMaxMinutes: { min: 30, max: 60, step: 5 },
  naturalBreakMinutes: { min: 2, max: 30, step: 1 },
  snoozeLimit: { min: 0, max: 10, step: 1 },
  soundVolume: { min: 0, max: 100, step: 1 },
  streakGoal: { min: 1, max: 10, step: 1 },
  holdLimitMinutes: { min: 15, max: 480, step: 1 },
} as const;
export type NumberPreference = keyof typeof NUMBER_RANGES;

/** "30 to 60, in steps of 5" / "2 to 30": the range in words, for the form's hints. */
export function rangeInWords(key: NumberPreference): string {
  const { min, max, step } = NUMBER_RANGES[key];
  return step === 1 ? `${min} to ${max}` : `${min} to ${max}, in steps of ${step}`;
}

const minuteSteps = (key: NumberPreference, label: string) => {
  const { min, max, step } = NUMBER_RANGES[key];
  return z
    .number({ message: `${label} must be a number.` })
    .int({ message: `${label} must be whole minutes.` })
    .min(min, { message: `${label} must be at least ${min} minutes.` })
    .max(max, { message: `${label} must be at most ${max} minutes.` })
    .refine((n) => (n - min) % step === 0, { message: `${label} goes in steps of ${step} minutes.` });
};

const preferencesShape = {
  /** fixed: remind after intervalMinutes; flexible: at the first pause between flexMin and flexMax. */
  timingMode: z.enum(TIMING_MODES),
  intervalMinutes: minuteSteps('intervalMinutes', 'The interval'),
  flexMinMinutes: minuteSteps('flexMinMinutes', 'The earliest reminder'),
  flexMaxMinutes: minuteSteps('flexMaxMinutes', 'The latest reminder'),
  workHours: workHoursSchema,
  naturalBreakMinutes: z
    .number()
    .int({ message: 'Use whole minutes.' })
    .min(NUMBER_RANGES.naturalBreakMinutes.min, { message: `At least ${NUMBER_RANGES.naturalBreakMinutes.min} minutes.` })
    .max(NUMBER_RANGES.naturalBreakMinutes.max, { message: `At most ${NUMBER_RANGES.naturalBreakMinutes.max} minutes.` }),
  snoozeMinutes: z.union(SNOOZE_MINUTES.map((n) => z.literal(n)), { message: 'Snooze is 5, 10 or 15 minutes.' }),
  /** 0 = unlimited. */
  snoozeLimit: z
    .number()
    .int()
    .min(NUMBER_RANGES.snoozeLimit.min, { message: 'Cannot be negative.' })
    .max(NUMBER_RANGES.snoozeLimit.max, { message: `At most ${NUMBER_RANGES.snoozeLimit.max}.` }),
  reminderStyle: z.enum(REMINDER_STYLES),
  routineLengthSeconds: z.union(ROUTINE_LENGTHS_SECONDS.map((n) => z.literal(n)), {
    message: 'A routine lasts 2, 2½ or 3 minutes.',
  }),
  positions: uniqueList(z.enum(POSITIONS), 'position').min(1, { message: 'Choose at least one position.' }),
  equipment: uniqueList(z.enum(OWNED_EQUIPMENT), 'piece of equipment'),
  focus: z.enum(FOCUSES),
  excludedExercises: uniqueList(exerciseId, 'exercise').max(200),
  favouriteExercises: uniqueList(exerciseId, 'exercise').max(200),
  soundEnabled: z.boolean(),
  soundVolume: z
    .number()
    .int()
    .min(NUMBER_RANGES.soundVolume.min, { message: `Volume is ${rangeInWords('soundVolume')}.` })
    .max(NUMBER_RANGES.soundVolume.max, { message: `Volume is ${rangeInWords('soundVolume')}.` }),
  /** Speaks the steps aloud during routines; only ever while sounds are on, at their volume. */
  voiceGuidance: z.boolean(),
  playerSize: z.enum(PLAYER_SIZES),
  startAtLogin: z.boolean(),
  theme: z.enum(THEMES),
  trayIcon: z.enum(TRAY_ICON_COLOURS),
  reminderCorner: z.enum(CORNERS),
  cardDisplay: z.enum(CARD_DISPLAYS),
  /** Asks GitHub once a day whether a newer Limber is out (decision 0047); off unless the user turns it on. */
  updateNotice: z.boolean(),
  /** A global shortcut that starts a routine from any app (decision 0070); off unless the user turns it on. */
  startShortcutEnabled: z.boolean(),
  /** Its keys, as an Electron accelerator; kept while the shortcut is off. */
  startShortcut: z
    .string({ message: 'The shortcut must be text.' })
    .max(64, { message: 'A shortcut is at most 64 characters.' })
    .superRefine((text, ctx) => {
      const check = checkAccelerator(text);
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error });
    }),
  /** Routines a work day needs to count towards the streak. */
  streakGoal: z
    .number()
    .int()
    .min(NUMBER_RANGES.streakGoal.min, { message: `At least ${NUMBER_RANGES.streakGoal.min}.` })
    .max(NUMBER_RANGES.streakGoal.max, { message: `At most ${NUMBER_RANGES.streakGoal.max}.` }),
  /** Which busy signals hold a due reminder (PRODUCT.md §2, "Busy"); all on by default. */
  busySignals: z.strictObject(
    Object.fromEntries(BUSY_SIGNALS.map((s) => [s, z.boolean()])) as Record<BusySignal, z.ZodBoolean>,
  ),
  /** Apps that hold reminders while running ("zoom", "obs"); matched case-insensitively. */
  busyApps: uniqueList(
    z
      .string()
      .trim()
      .min(1, { message: 'An app name cannot be empty.' })
      .max(64, { message: 'An app name is at most 64 characters.' })
      .regex(/^[^/\\]+$/, { message: 'Use the app name ("zoom"), not a path.' }),
    'app',
  ).max(30, { message: 'At most 30 apps.' }),
  /** A reminder held this long is offered as a quiet notification only. */
  holdLimitMinutes: z
    .number({ message: 'The hold limit must be a number.' })
    .int({ message: 'Use whole minutes.' })
    .min(NUMBER_RANGES.holdLimitMinutes.min, { message: `At least ${NUMBER_RANGES.holdLimitMinutes.min} minutes.` })
    .max(NUMBER_RANGES.holdLimitMinutes.max, { message: `At most ${NUMBER_RANGES.holdLimitMinutes.max} minutes (${NUMBER_RANGES.holdLimitMinutes.max / 60} hours).` }),
} as const;

const flexOrdered = (p: { flexMinMinutes?: number | undefined; flexMaxMinutes?: number | undefined }) =>
  p.flexMinMinutes === undefined || p.flexMaxMinutes === undefined || p.flexMinMinutes <= p.flexMaxMinutes;
const flexMessage = { message: 'The earliest reminder must not be after the latest.', path: ['flexMaxMinutes'] };

export const preferencesSchema = z.strictObject(preferencesShape).refine(flexOrdered, flexMessage);
export type Preferences = z.infer<typeof preferencesSchema>;

/** A change from the preferences form: any subset of fields, each checked like the whole. */
export const preferencesPatchSchema = z.strictObject(preferencesShape).partial();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** The field schemas, for validating one field at a time (store repair, form messages). */
export const preferenceFieldSchemas = preferencesShape;
export type PreferenceKey = keyof typeof preferencesShape;

const weekday = (): TimeRange[] => [{ start: '09:00', end: '17:30' }];

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  timingMode: 'fixed',
  intervalMinutes: 45,
  flexMinMinutes: 30,
  flexMaxMinutes: 60,
  workHours: {
    enabled: true,
    days: { mon: weekday(), tue: weekday(), wed: weekday(), thu: weekday(), fri: weekday(), sat: [], sun: [] },
  },
  naturalBreakMinutes: 5,
  snoozeMinutes: 10,
  snoozeLimit: 3,
  reminderStyle: 'both',
  routineLengthSeconds: 150,
  positions: ['seated', 'standing'],
  equipment: [],
  focus: 'balanced',
  excludedExercises: [],
  favouriteExercises: [],
  soundEnabled: true,
  soundVolume: 40,
  voiceGuidance: false,
  playerSize: 'large',
  startAtLogin: true,
  theme: 'system',
  trayIcon: 'automatic',
  reminderCorner: 'bottomRight',
  cardDisplay: 'cursor',
  updateNotice: false,
  startShortcutEnabled: false,
  startShortcut: DEFAULT_START_SHORTCUT,
  streakGoal: 3,
  busySignals: { focusMode: true, fullScreen: true, call: true, listedApp: true },
  busyApps: [],
  holdLimitMinutes: 120,
}) as Preferences;

/**
 * Applies a patch and checks the whole result (cross-field rules such as flexMin ≤ flexMax).
 * Returns the new preferences or the validation issues; never a half-applied object.
 */
export function applyPreferencesPatch(
  current: Preferences,
  patch: PreferencesPatch,
): { ok: true; value: Preferences } | { ok: false; issues: z.core.$ZodIssue[] } {
  const merged = preferencesSchema.safeParse({ ...current, ...patch });
  return merged.success ? { ok: true, value: merged.data } : { ok: false, issues: merged.error.issues };
}
