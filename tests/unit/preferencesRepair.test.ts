/**
 * repairPreferences: whatever a file holds, the result is valid, every valid field survives,
 * and every replaced field is named.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from '../../common/preferences';
import { describeProblemFields, PREFERENCE_KEYS, repairPreferences } from '../../common/preferencesRepair';

/** Values that are valid for each field, to build random valid preference sets from. */
const validPrefs: fc.Arbitrary<Preferences> = fc.record({
  timingMode: fc.constantFrom('fixed', 'flexible'),
  intervalMinutes: fc.constantFrom(30, 35, 40, 45, 50, 55, 60),
  flexMinMinutes: fc.constantFrom(30, 35, 40),
  flexMaxMinutes: fc.constantFrom(45, 50, 60),
  workHours: fc.record({
    enabled: fc.boolean(),
    days: fc.constant(DEFAULT_PREFERENCES.workHours.days),
  }),
  naturalBreakMinutes: fc.integer({ min: 2, max: 30 }),
  snoozeMinutes: fc.constantFrom(5, 10, 15),
  snoozeLimit: fc.integer({ min: 0, max: 10 }),
  reminderStyle: fc.constantFrom('card', 'notification', 'both'),
  routineLengthSeconds: fc.constantFrom(120, 150, 180),
  positions: fc.subarray(['seated', 'standing', 'floor'] as const, { minLength: 1 }),
  equipment: fc.subarray(['foamRoller', 'massageBall', 'band'] as const),
  focus: fc.constantFrom('balanced', 'hips', 'upperBack'),
  excludedExercises: fc.subarray(['cat-cow', 'seated-figure-four', 'thread-the-needle']),
  favouriteExercises: fc.subarray(['open-book', 'hip-circles']),
  soundEnabled: fc.boolean(),
  soundVolume: fc.integer({ min: 0, max: 100 }),
  voiceGuidance: fc.boolean(),
  playerSize: fc.constantFrom('compact', 'large'),
  startAtLogin: fc.boolean(),
  theme: fc.constantFrom('system', 'light', 'dark'),
  trayIcon: fc.constantFrom('automatic', 'light', 'dark'),
  reminderCorner: fc.constantFrom('bottomRight', 'bottomLeft', 'topRight', 'topLeft'),
  cardDisplay: fc.constantFrom('cursor', 'primary', 'focusedWindow'),
  updateNotice: fc.boolean(),
  startShortcutEnabled: fc.boolean(),
  startShortcut: fc.constantFrom('CommandOrControl+Alt+L', 'Control+Shift+F9', 'F13', 'Super+Space'),
  streakGoal: fc.integer({ min: 1, max: 10 }),
  busySignals: fc.record({ focusMode: fc.boolean(), fullScreen: fc.boolean(), call: fc.boolean(), listedApp: fc.boolean() }),
  busyApps: fc.subarray(['zoom', 'obs', 'Microsoft Teams']),
  holdLimitMinutes: fc.integer({ min: 15, max: 480 }),
}) as fc.Arbitrary<Preferences>;

/** Values no field accepts. */
const garbage = fc.oneof(fc.constant(null), fc.constant('??'), fc.constant(-1), fc.constant({ nested: true }), fc.constant([{}]));

describe('repairPreferences', () => {
  it('always yields valid preferences and never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        expect(preferencesSchema.safeParse(repairPreferences(raw).preferences).success).toBe(true);
      }),
    );
  });

  it('keeps every valid field and names exactly the ones it replaced', () => {
    fc.assert(
      fc.property(validPrefs, fc.subarray(PREFERENCE_KEYS), garbage, (prefs, broken, bad) => {
        const raw: Record<string, unknown> = { ...prefs };
        for (const key of broken) raw[key] = bad;
        const { preferences, problems } = repairPreferences(raw);
        for (const key of PREFERENCE_KEYS) {
          if (broken.includes(key)) expect(preferences[key]).toEqual(DEFAULT_PREFERENCES[key]);
          else expect(preferences[key]).toEqual(prefs[key]);
        }
        expect(new Set(problems.map((p) => p.field.split('.')[0]))).toEqual(new Set(broken));
      }),
    );
  });

  it('is the identity on valid preferences, with nothing to report', () => {
    fc.assert(
      fc.property(validPrefs, (prefs) => {
        expect(repairPreferences(prefs)).toEqual({ preferences: prefs, problems: [] });
      }),
    );
  });

  it('fills missing fields silently (an older file simply lacks them)', () => {
    expect(repairPreferences({ theme: 'dark' })).toEqual({ preferences: { ...DEFAULT_PREFERENCES, theme: 'dark' }, problems: [] });
  });

  it('repairs work hours day by day and keeps the valid ranges of a day', () => {
    const days = {
      ...DEFAULT_PREFERENCES.workHours.days,
      mon: [{ start: '08:00', end: '12:00' }, { start: '25:00', end: '26:00' }],
      wed: 'all day',
      sat: [{ start: '10:00', end: '12:00' }],
    };
    const { preferences, problems } = repairPreferences({ workHours: { enabled: false, days } });
    expect(preferences.workHours).toEqual({
      enabled: false,
      days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '08:00', end: '12:00' }], sat: days.sat },
    });
    expect(problems.map((p) => p.field)).toEqual(['workHours.days.mon', 'workHours.days.wed']);
    expect(describeProblemFields(problems)).toBe('Work hours (Monday), Work hours (Wednesday)');
  });

  it('resets both flexible bounds when each is valid but they are out of order', () => {
    const { preferences, problems } = repairPreferences({ flexMinMinutes: 55, flexMaxMinutes: 40 });
    expect(preferences).toMatchObject({ flexMinMinutes: 30, flexMaxMinutes: 60 });
    expect(problems).toEqual([{ field: 'flexMaxMinutes', message: 'The earliest reminder must not be after the latest.' }]);
  });

  it('drops unknown settings and says so', () => {
    const { problems } = repairPreferences({ ...DEFAULT_PREFERENCES, telemetry: true });
    expect(describeProblemFields(problems)).toBe('“telemetry”');
  });
});
