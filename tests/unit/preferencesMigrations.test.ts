import { describe, expect, it } from 'vitest';
import { compareVersions, migratePreferences, PREFERENCES_FORMAT_VERSION } from '../../common/preferencesMigrations';

describe('preference migrations', () => {
  it('translates format 1 into format 2 and removes the old keys', () => {
    const migrated = migratePreferences({ reminderMinutes: 40, workStart: '08:00', workEnd: '16:30', workDays: [0, 6], sound: true }, undefined);
    expect(migrated).toEqual({
      intervalMinutes: 40,
      soundEnabled: true,
      workHours: {
        enabled: true,
        days: { sun: [{ start: '08:00', end: '16:30' }], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [{ start: '08:00', end: '16:30' }] },
      },
    });
  });

  it.each([
    [17, 30],
    [42, 40],
    [43, 45],
    [90, 60],
  ])('brings a format-1 interval of %i minutes to the nearest allowed value, %i', (old, now) => {
    expect(migratePreferences({ reminderMinutes: old }, undefined)['intervalMinutes']).toBe(now);
  });

  it('leaves what it does not recognise alone (conf fills defaults in before it runs) and is idempotent', () => {
    const current = { intervalMinutes: 50, theme: 'dark' };
    expect(migratePreferences(current, undefined)).toEqual(current);
    const once = migratePreferences({ reminderMinutes: 40, theme: 'dark' }, undefined);
    expect(migratePreferences(once, undefined)).toEqual(once);
  });

  it('runs no step for a file already at the current format', () => {
    expect(migratePreferences({ reminderMinutes: 40 }, PREFERENCES_FORMAT_VERSION)).toEqual({ reminderMinutes: 40 });
  });

  it('compares versions numerically', () => {
    expect(compareVersions('10.0.0', '9.9.9')).toBe(1);
    expect(compareVersions('2.0.0', '2.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.10.0')).toBe(-1);
  });
});
