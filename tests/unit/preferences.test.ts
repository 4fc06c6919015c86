import { describe, expect, it } from 'vitest';
import { applyPreferencesPatch, DEFAULT_PREFERENCES, preferencesPatchSchema, preferencesSchema } from '../../common/preferences';

describe('preference schema', () => {
  it('accepts the defaults', () => {
    expect(preferencesSchema.parse(DEFAULT_PREFERENCES)).toEqual(DEFAULT_PREFERENCES);
  });

  it('accepts a day that ends at 24:00 and several ranges in any order', () => {
    const days = { ...DEFAULT_PREFERENCES.workHours.days, sun: [{ start: '22:00', end: '24:00' }, { start: '00:00', end: '02:00' }] };
    expect(preferencesPatchSchema.safeParse({ workHours: { enabled: true, days } }).success).toBe(true);
  });

  it.each([
    [{ intervalMinutes: 47 }, 'steps of 5'],
    [{ intervalMinutes: 25 }, 'at least 30'],
    [{ naturalBreakMinutes: 1 }, 'At least 2'],
    [{ snoozeMinutes: 7 }, '5, 10 or 15'],
    [{ routineLengthSeconds: 200 }, '2, 2½ or 3'],
    [{ positions: [] }, 'at least one position'],
    [{ positions: ['seated', 'seated'] }, 'once'],
    [{ workHours: { enabled: true, days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '17:00', end: '09:00' }] } } }, 'after the start'],
    [{ workHours: { enabled: true, days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '24:00', end: '24:00' }] } } }, 'cannot start at 24:00'],
    [{ workHours: { enabled: true, days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '9:00', end: '12:00' }] } } }, 'like 09:00'],
  ])('refuses %j with a message', (patch, message) => {
    const result = preferencesPatchSchema.safeParse(patch);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it('checks cross-field rules on the merged result and never half-applies', () => {
    const result = applyPreferencesPatch(DEFAULT_PREFERENCES, { flexMinMinutes: 55, flexMaxMinutes: 40 });
    expect(result.ok).toBe(false);
    const ok = applyPreferencesPatch(DEFAULT_PREFERENCES, { flexMinMinutes: 35, flexMaxMinutes: 50 });
    expect(ok).toMatchObject({ ok: true, value: { flexMinMinutes: 35, flexMaxMinutes: 50 } });
  });
});
