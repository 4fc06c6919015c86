import { describe, expect, it } from 'vitest';
import { describeRoutine, lengthLabel } from '../../common/routineSummary';

describe('routine summary line', () => {
  it.each([
    [120, '2 min'],
    [150, '2½ min'],
    [180, '3 min'],
    [30, '½ min'],
  ])('%i s reads "%s"', (seconds, label) => expect(lengthLabel(seconds)).toBe(label));

  it('names focus and place', () => {
    expect(describeRoutine({ targetSeconds: 150 }, [{ positions: ['seated'] }, { positions: ['standing', 'seated'] }], 'balanced')).toBe(
      '2½ min · hips & upper back · at your desk',
    );
    expect(describeRoutine({ targetSeconds: 180 }, [{ positions: ['floor'] }], 'hips')).toBe('3 min · mostly hips · on the floor');
    expect(describeRoutine({ targetSeconds: 120 }, [{ positions: ['floor'] }, { positions: ['standing'] }], 'upperBack')).toBe(
      '2 min · mostly upper back · at your desk and on the floor',
    );
  });
});
