import { describe, expect, it } from 'vitest';
import { recentRoutines } from '../../../main/core/history';
import { answer, routine } from '../../support/statsFixtures';

describe('recentRoutines: the composer’s variety input', () => {
  const history = [
    routine('2026-03-12T10:00', { exercises: ['a', 'b'] }),
    routine('2026-03-12T14:00', { exercises: ['c'], ended: 'stopped', active: 20 }),
    answer('2026-03-13T09:00', 'skipped'),
    routine('2026-03-13T10:00', { exercises: [], ended: 'abandoned', active: 0 }),
    routine('2026-03-13T11:00', { exercises: ['d', 'e'], trigger: 'manual' }),
    answer('2026-03-13T12:00', 'natural'),
  ];

  it('gives the exercise ids of the last n routines, newest first, stopped ones included', () => {
    expect(recentRoutines(history, 2)).toEqual([['d', 'e'], ['c']]);
    expect(recentRoutines(history, 5)).toEqual([['d', 'e'], ['c'], ['a', 'b']]);
  });

  it('passes over routines with nothing on record and answers without a routine', () => {
    expect(recentRoutines(history, 1)).toEqual([['d', 'e']]);
    expect(recentRoutines([answer('2026-03-13T09:00', 'snoozed')], 2)).toEqual([]);
  });

  it('follows record order, not timestamps (a clock set back does not reorder what happened)', () => {
    const later = routine('2026-03-13T08:00', { exercises: ['z'] }); // written last, clock an hour behind
    expect(recentRoutines([...history, later], 1)).toEqual([['z']]);
  });

  it('returns copies the caller may keep', () => {
    const [first] = recentRoutines(history, 1);
    first!.push('x');
    expect(recentRoutines(history, 1)).toEqual([['d', 'e']]);
  });
});
