import { describe, expect, it } from 'vitest';
import type { RoutineStep } from '../../../common/routine';
import {
  activeSeconds,
  doneExerciseIds,
  exerciseToLeaveOut,
  goToStep,
  isFinished,
  msUntilNextChange,
  nextStepIndex,
  pause,
  previousStepIndex,
  resume,
  startPlayback,
  sync,
  view,
} from '../../../renderer/src/reminder/playback';

const step = (kind: RoutineStep['kind'], exerciseId: string, seconds: number, side: RoutineStep['side'] = 'none'): Omit<RoutineStep, 'startSecond'> => ({
  kind,
  exerciseId,
  side,
  phase: 'restore',
  seconds,
});
function routine(...steps: Omit<RoutineStep, 'startSecond'>[]): RoutineStep[] {
  let at = 0;
  return steps.map((s) => {
    const full = { ...s, startSecond: at };
    at += s.seconds;
    return full;
  });
}

// lead-in 5 · breathe 30 · next 5 · bend R 20 · switch 5 · bend L 20  = 85 s
const STEPS = routine(
  step('transition', 'breathe', 5),
  step('exercise', 'breathe', 30),
  step('transition', 'bend', 5, 'right'),
  step('exercise', 'bend', 20, 'right'),
  step('switchSides', 'bend', 5, 'left'),
  step('exercise', 'bend', 20, 'left'),
);
const T0 = 1_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('playback timing comes from timestamps', () => {
  it('shows the step and the seconds left at any moment, rounding up', () => {
    const p = startPlayback(STEPS, T0);
    expect(view(p, T0)).toMatchObject({ index: 0, stepSecondsLeft: 5, routineSecondsLeft: 85, stepRemaining: 1 });
    expect(view(p, s(0.2))).toMatchObject({ stepSecondsLeft: 5, routineSecondsLeft: 85 });
    expect(view(p, s(1))).toMatchObject({ stepSecondsLeft: 4, routineSecondsLeft: 84 });
  });

  it('crosses any number of steps in one sync, carrying the overshoot, and reports only the last change', () => {
    const { playback, change } = sync(startPlayback(STEPS, T0), s(47));
    expect(playback.index).toBe(3);
    expect(view(playback, s(47))).toMatchObject({ stepSecondsLeft: 13, routineSecondsLeft: 38 });
    expect(change).toEqual({ to: 3, kind: 'exercise' });
    expect(playback.creditedMs.slice(0, 3)).toEqual([5000, 30000, 5000]);
  });

  it('reports the switch and the end as their own changes', () => {
    expect(sync(startPlayback(STEPS, T0), s(60)).change).toEqual({ to: 4, kind: 'switchSides' });
    const end = sync(startPlayback(STEPS, T0), s(200));
    expect(end.change).toEqual({ to: 6, kind: 'end' });
    expect(isFinished(end.playback)).toBe(true);
    expect(activeSeconds(end.playback, s(500))).toBe(85);
  });

  it('does not count paused time, however long', () => {
    let p = startPlayback(STEPS, T0);
    p = pause(p, s(12));
    expect(view(p, s(500))).toMatchObject({ index: 1, stepSecondsLeft: 23, paused: true });
    expect(msUntilNextChange(p, s(500))).toBeNull();
    p = resume(p, s(500));
    expect(view(p, s(503))).toMatchObject({ index: 1, stepSecondsLeft: 20, paused: false });
    expect(activeSeconds(p, s(503))).toBe(15);
  });

  it('a pause across a step boundary closes the step that ended first', () => {
    const p = pause(startPlayback(STEPS, T0), s(6));
    expect(p.index).toBe(1);
    expect(view(p, s(99))).toMatchObject({ stepSecondsLeft: 29 });
  });

  it('wakes exactly when the displayed second changes', () => {
    const p = startPlayback(STEPS, T0);
    expect(msUntilNextChange(p, T0)).toBe(1000);
    expect(msUntilNextChange(p, s(0.25))).toBe(750);
    expect(msUntilNextChange(p, s(4.9))).toBeCloseTo(100, 5);
    expect(msUntilNextChange(p, s(5))).toBe(0);
  });
});

describe('back and skip', () => {
  it('skip goes to the next step; skipping the last finishes', () => {
    let p = startPlayback(STEPS, T0);
    p = goToStep(p, nextStepIndex(p), s(2));
    expect(view(p, s(2))).toMatchObject({ index: 1, stepSecondsLeft: 30 });
    p = goToStep(p, 6, s(3));
    expect(isFinished(p)).toBe(true);
  });

  it('back goes to the previous exercise, over "next up" and "switch sides" steps', () => {
    const p = sync(startPlayback(STEPS, T0), s(62)).playback; // in the switch step
    expect(p.index).toBe(4);
    expect(previousStepIndex(p)).toBe(3);
    expect(previousStepIndex({ ...p, index: 3 })).toBe(1);
    expect(previousStepIndex({ ...p, index: 1 })).toBe(0);
    expect(previousStepIndex({ ...p, index: 0 })).toBe(0);
  });

  it('a paused player stays paused on the new step', () => {
    const p = goToStep(pause(startPlayback(STEPS, T0), s(1)), 3, s(10));
    expect(view(p, s(30))).toMatchObject({ index: 3, stepSecondsLeft: 20, paused: true });
  });

  it('time spent before jumping away still counts', () => {
    let p = startPlayback(STEPS, T0);
    p = goToStep(p, 3, s(4)); // 4 s of lead-in, then skip to the side bend
    expect(activeSeconds(p, s(10))).toBe(10);
  });
});

describe('what the outcome reports', () => {
  it('counts an exercise once it got 5 s (or all of it), in playing order', () => {
    let p = startPlayback(STEPS, T0);
    p = goToStep(p, 1, s(0));
    p = goToStep(p, 3, s(4)); // 4 s of breathing: not done
    expect(doneExerciseIds(p, s(8))).toEqual([]);
    expect(doneExerciseIds(p, s(9))).toEqual(['bend']);
  });

  it('adds both sides of a one-sided exercise', () => {
    let p = startPlayback(STEPS, T0);
    p = goToStep(p, 3, s(0));
    p = goToStep(p, 5, s(3)); // 3 s right
    expect(doneExerciseIds(p, s(4))).toEqual([]);
    expect(doneExerciseIds(p, s(5))).toEqual(['bend']); // + 2 s left
  });

  it('rounds active seconds to whole seconds and caps them at an hour', () => {
    const p = startPlayback(STEPS, T0);
    expect(activeSeconds(p, s(2.4))).toBe(2);
    expect(activeSeconds(p, s(2.6))).toBe(3);
    const long = startPlayback(routine(step('exercise', 'a', 5000)), T0);
    expect(activeSeconds(long, s(4000))).toBe(3600);
  });

  it('offers to leave out the exercise on screen, or the one just done during a "next up"', () => {
    const at = (index: number) => ({ ...startPlayback(STEPS, T0), index });
    expect(exerciseToLeaveOut(at(0))).toBe('breathe'); // before any exercise: the upcoming one
    expect(exerciseToLeaveOut(at(1))).toBe('breathe');
    expect(exerciseToLeaveOut(at(2))).toBe('breathe'); // "next up: bend" right after breathing
    expect(exerciseToLeaveOut(at(4))).toBe('bend');
    expect(exerciseToLeaveOut(startPlayback([], T0))).toBeNull();
  });
});
