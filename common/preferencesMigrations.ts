/**
 * The versions of the preferences file and the steps between them, as pure functions.
 *
 * The file's format has its own version, independent of the app's: a release that does not
 * change the format needs no migration, and the tests do not depend on package.json.
 * The store hands these steps to electron-store/conf as its `migrations` option (see
 * main/platform/storeOptions.ts), and its pre-flight check runs the same steps on a copy to
 * see whether the result is valid before conf touches the file.
 *
 * A step must be idempotent and must only translate what it recognises: conf fills the
 * defaults into an old file before its migrations run, so a step can meet both the old keys
 * and defaults for the new ones.
 */

/** The format written by this version of Limber. */
export const PREFERENCES_FORMAT_VERSION = '2.0.0';

export interface MigrationStep {
  /** The format version this step produces (conf runs it for files recorded below it). */
  readonly version: string;
  readonly migrate: (stored: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * Format 1 (Limber 0.1, before electron-store): one interval, one range for every work day,
 * days as JavaScript day numbers (0 = Sunday), and a single sound switch, e.g.
 * `{ "reminderMinutes": 40, "workStart": "08:00", "workEnd": "16:30", "workDays": [1,2,3,4,5], "sound": false }`.
 * It recorded no version, which is how conf tells it apart.
 */
const V1_KEYS = ['reminderMinutes', 'workStart', 'workEnd', 'workDays', 'sound'] as const;
const JS_DAY_TO_WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function fromVersion1(stored: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...stored };
  for (const key of V1_KEYS) delete next[key];

  const minutes = stored['reminderMinutes'];
  if (typeof minutes === 'number' && Number.isFinite(minutes)) {
    // Format 1 took any minute from 20 to 90; format 2 takes 30–60 in steps of 5. The nearest
    // allowed value keeps the user's intent better than resetting to the default.
    next['intervalMinutes'] = Math.min(60, Math.max(30, Math.round(minutes / 5) * 5));
  }
  if (typeof stored['sound'] === 'boolean') next['soundEnabled'] = stored['sound'];

  const { workStart, workEnd, workDays } = stored;
  if (typeof workStart === 'string' && typeof workEnd === 'string' && Array.isArray(workDays)) {
    const days: Record<string, { start: string; end: string }[]> = {};
    for (const [index, day] of JS_DAY_TO_WEEKDAY.entries()) {
      // An invalid time is carried over as it is: the repair that follows reports it and puts
      // the default in, rather than this step guessing silently.
      days[day] = workDays.includes(index) ? [{ start: workStart, end: workEnd }] : [];
    }
    next['workHours'] = { enabled: true, days };
  }
  return next;
}

/** In the order they run. */
export const PREFERENCES_MIGRATIONS: readonly MigrationStep[] = [{ version: '2.0.0', migrate: fromVersion1 }];

/** Compares "major.minor.patch" versions numerically; a malformed part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * Runs every step newer than `fromVersion` (undefined: a file that recorded no version, so all
 * of them), the way conf would. Does not change `stored`.
 */
export function migratePreferences(stored: Readonly<Record<string, unknown>>, fromVersion: string | undefined): Record<string, unknown> {
  let current: Record<string, unknown> = { ...stored };
  for (const step of PREFERENCES_MIGRATIONS) {
    if (fromVersion === undefined || compareVersions(step.version, fromVersion) > 0) current = step.migrate(current);
  }
  return current;
}
