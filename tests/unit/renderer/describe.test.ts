import { describe, expect, it } from 'vitest';
import {
  dosageLabel,
  focusLabel,
  formatClock,
  formatDuration,
  formatLength,
  ordinal,
  placeLabel,
  reminderSubtitle,
  spokenDuration,
  stepAnnouncement,
} from '../../../renderer/src/reminder/describe';
import { deskPlan, handPlan } from '../../support/reminderFixtures';

describe('the reminder card’s words', () => {
  it('gives the routine length in half minutes', () => {
    expect(formatLength(120)).toBe('2 min');
    expect(formatLength(150)).toBe('2½ min');
    expect(formatLength(180)).toBe('3 min');
    expect(formatLength(20)).toBe('20 s');
  });

  it('reads "2½ min · hips & upper back · at your desk" from a desk routine', () => {
    const plan = deskPlan(1);
    expect(plan.routine.emphasis).toBe('thoracic');
    expect(reminderSubtitle(plan)).toBe('2½ min · upper back & hips · at your desk');
    expect(focusLabel({ ...plan, routine: { ...plan.routine, emphasis: 'hips' } })).toBe('hips & upper back');
  });

  it('gives the real length, to the second, when the composer says it could not reach the chosen one', () => {
    const plan = deskPlan(1);
    const length = { code: 'length', direction: 'shorter', totalSeconds: 135, targetSeconds: 150, message: '2 min 15 s instead of 2½ min.' } as const;
    expect(reminderSubtitle({ ...plan, relaxed: [length] })).toMatch(/^2 min 15 s · /);
    expect(reminderSubtitle({ ...plan, relaxed: [{ code: 'repeat', exerciseIds: [], message: 'Repeats nothing.' }] })).toMatch(/^2½ min · /);
  });

  it('says where, and names gear the user may need to fetch', () => {
    expect(placeLabel(handPlan(['upper-back-roll', 'dead-bug']))).toBe('on the floor · with a foam roller');
    expect(placeLabel(handPlan(['seated-figure-four', 'dead-bug']))).toBe('at your desk & on the floor');
    expect(placeLabel(handPlan(['seated-glute-ball-release', 'clamshell-band']))).toBe('at your desk & on the floor · with a massage ball and a band');
  });

  it('names only the areas the exercises work', () => {
    expect(focusLabel(handPlan(['seated-figure-four']))).toBe('hips');
    expect(focusLabel(handPlan(['chair-back-extension']))).toBe('upper back');
  });

  it('doses each exercise as the routine plays it', () => {
    const plan = handPlan(['seated-figure-four', 'seated-march'], 25);
    expect(dosageLabel(plan.exercises[0]!, plan)).toBe('25 s each side');
    expect(dosageLabel(plan.exercises[1]!, plan)).toBe('25 s');
  });
});

describe('times and announcements', () => {
  it('formats clocks, durations and spoken durations', () => {
    expect(formatClock(125)).toBe('2:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatDuration(160)).toBe('2 min 40 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(45)).toBe('45 s');
    expect(spokenDuration(61)).toBe('1 minute 1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
  });

  it('announces a step once, with what to do and for how long', () => {
    const plan = deskPlan(1);
    const byId = new Map(plan.exercises.map((e) => [e.id, e]));
    const [lead, breathe, next, right, swap] = plan.routine.steps;
    expect(stepAnnouncement(lead!, byId.get(lead!.exerciseId), { exercise: 1, of: 4 })).toBe('Next up: Seated 360° breathing. Get ready, 5 seconds.');
    expect(stepAnnouncement(breathe!, byId.get(breathe!.exerciseId), { exercise: 1, of: 4 })).toBe('Exercise 1 of 4: Seated 360° breathing. 40 seconds.');
    expect(stepAnnouncement(next!, byId.get(next!.exerciseId), { exercise: 2, of: 4 })).toBe('Next up: Seated side bend, right side. Get ready, 5 seconds.');
    expect(stepAnnouncement(right!, byId.get(right!.exerciseId), { exercise: 2, of: 4 })).toBe('Exercise 2 of 4: Seated side bend, right side. 20 seconds.');
    expect(stepAnnouncement(swap!, byId.get(swap!.exerciseId), { exercise: 2, of: 4 })).toBe('Switch sides. Seated side bend, left side, in 5 seconds.');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});
