/**
 * The session reducer with plain values: the card, the routine it turns into, the summary, a
 * card closed without an answer and a player closed without reporting.
 */
import { describe, expect, it } from 'vitest';
import type { RoutinePlan } from '../../../common/ipc';
import { DEFAULT_PREFERENCES, type ReminderStyle } from '../../../common/preferences';
import {
  planRoutine,
  sessionView,
  startSession,
  stepSession,
  type PlanRequest,
  type SessionEffect,
  type SessionEnv,
  type SessionInput,
  type SessionState,
} from '../../../main/core/session';

/** The real composer, recording what it was asked for. */
function envFor(style: ReminderStyle = 'both', requests: PlanRequest[] = []): SessionEnv {
  return {
    reminderStyle: style,
    snoozeMinutes: 10,
    composePlan: (request) => (requests.push(request), planRoutine(DEFAULT_PREFERENCES, [], request)),
  };
}

function run(inputs: readonly SessionInput[], env = envFor(), from: SessionState = startSession(null)) {
  let state = from;
  const effects: SessionEffect[] = [];
  for (const input of inputs) {
    const step = stepSession(state, input, env);
    expect(step.refused).toBeNull();
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects, kinds: effects.map((e) => e.kind) };
}

const due = (reminderId = 1, atWallMs = 1_000): SessionInput => ({ kind: 'reminderDue', reminderId, snoozesLeft: 3, atWallMs });
const report = { kind: 'routineReported', outcome: 'completed', activeSeconds: 150, exerciseIds: ['cat-cow', 'glute-squeeze'] } as const;
const planOf = (state: SessionState): RoutinePlan => {
  if (state.screen.kind === 'idle') throw new Error('no plan');
  return state.screen.plan;
};

describe('a due reminder', () => {
  it.each([
    ['card', ['rememberEmphasis', 'showCard']],
    ['notification', ['rememberEmphasis', 'notify']],
    ['both', ['rememberEmphasis', 'showCard', 'notify']],
  ] as const)('style "%s" announces it with %j', (style, kinds) => {
    const { state, kinds: got } = run([due()], envFor(style));
    expect(got).toEqual(kinds);
    expect(sessionView(state)).toMatchObject({ kind: 'reminder', snoozesLeft: 3, snoozeMinutes: 10 });
  });

  it.each(['card', 'both', 'notification'] as const)('held past the limit (quiet), style "%s" gives a quiet notification only, no card over the call', (style) => {
    const { effects } = run([{ kind: 'reminderDue', reminderId: 1, snoozesLeft: 3, atWallMs: 1_000, quiet: true }], envFor(style));
    expect(effects.map((e) => e.kind)).toEqual(['rememberEmphasis', 'notify']);
    expect(effects[1]).toMatchObject({ kind: 'notify', quiet: true });
  });

  it('composes with a seed from the time and the reminder, alternating the emphasis', () => {
    const requests: PlanRequest[] = [];
    const env = envFor('card', requests);
    const first = run([due(1, 5_000)], env);
    const emphasis = planOf(first.state).routine.emphasis;
    expect(first.effects).toContainEqual({ kind: 'rememberEmphasis', emphasis });
    run([due(2, 9_000)], env, first.state);
    expect(requests).toEqual([
      { seed: 5_001, lastEmphasis: null },
      { seed: 9_002, lastEmphasis: emphasis },
    ]);
  });

  it('a notification that could not be shown falls back to the card, only for style "notification"', () => {
    const shown = run([due(), { kind: 'notificationFailed', reminderId: 1 }], envFor('notification'));
    expect(shown.kinds).toEqual(['rememberEmphasis', 'notify', 'showCard']);
    expect(run([due(), { kind: 'notificationFailed', reminderId: 1 }], envFor('both')).kinds).toEqual(['rememberEmphasis', 'showCard', 'notify']);
    // A stale failure (the reminder was answered meanwhile) shows nothing.
    expect(run([due(), { kind: 'reminderClosed', reminderId: 1 }, { kind: 'notificationFailed', reminderId: 1 }], envFor('notification')).kinds).toEqual([
      'rememberEmphasis',
      'notify',
      'closeCard',
    ]);
  });

  it('is closed by its own closeReminder only', () => {
    const other = run([due(1), { kind: 'reminderClosed', reminderId: 7 }]);
    expect(other.state.screen.kind).toBe('card');
    const own = run([due(1), { kind: 'reminderClosed', reminderId: 1 }]);
    expect(own.state.screen.kind).toBe('idle');
    expect(own.kinds.at(-1)).toBe('closeCard');
  });

  it('a card closed without an answer stays due, and start-now then plays its routine', () => {
    const hidden = run([due(), { kind: 'windowClosed' }]);
    expect(hidden.state.screen.kind).toBe('card');
    expect(hidden.kinds).toEqual(['rememberEmphasis', 'showCard', 'notify']);
    const started = run([{ kind: 'startNow', atWallMs: 99 }], envFor(), hidden.state);
    expect(started.state.screen).toMatchObject({ kind: 'routine', origin: 'reminder', plan: planOf(hidden.state) });
    expect(started.effects).toEqual([{ kind: 'startRoutine' }, { kind: 'showCard', focus: true }]);
  });
});

describe('routines', () => {
  it('start on the card: the same plan, the scheduler told, the window kept', () => {
    const card = run([due()]);
    const started = run([{ kind: 'startFromCard' }], envFor(), card.state);
    expect(started.state.screen).toEqual({ kind: 'routine', plan: planOf(card.state), origin: 'reminder' });
    expect(started.effects).toEqual([{ kind: 'startRoutine' }]);
    // The scheduler's closeReminder('started') that follows leaves the player alone.
    expect(run([{ kind: 'reminderClosed', reminderId: 1 }], envFor(), started.state).state.screen.kind).toBe('routine');
  });

  it('start-now with nothing due composes a manual routine and opens the player focused', () => {
    const { state, effects } = run([{ kind: 'startNow', atWallMs: 42 }]);
    expect(state.screen).toMatchObject({ kind: 'routine', origin: 'manual' });
    expect(effects.map((e) => e.kind)).toEqual(['rememberEmphasis', 'startRoutine', 'showCard']);
  });

  it('start-now during a routine or its summary only brings the window forward', () => {
    const playing = run([{ kind: 'startNow', atWallMs: 1 }]).state;
    expect(run([{ kind: 'startNow', atWallMs: 2 }], envFor(), playing).effects).toEqual([{ kind: 'showCard', focus: true }]);
    const summary = run([report], envFor(), playing).state;
    expect(run([{ kind: 'startNow', atWallMs: 3 }], envFor(), summary).effects).toEqual([{ kind: 'showCard', focus: true }]);
  });

  it('the report finishes the routine with the exercises played, and the summary stays on screen', () => {
    const playing = run([due(), { kind: 'startFromCard' }]).state;
    const { state, effects } = run([report], envFor(), playing);
    expect(effects).toEqual([{ kind: 'finishRoutine', outcome: 'completed', activeSeconds: 150, exerciseIds: ['cat-cow', 'glute-squeeze'] }]);
    expect(state.screen.kind).toBe('summary');
    expect(sessionView(state)).toMatchObject({ kind: 'routine', origin: 'reminder' });
    // Closing the summary ends nothing more.
    const closed = run([{ kind: 'windowClosed' }], envFor(), state);
    expect(closed.state.screen.kind).toBe('idle');
    expect(closed.effects).toEqual([]);
  });

  it('a report with no routine playing is refused and changes nothing (twice, or after the summary)', () => {
    for (const state of [startSession(null), run([due()]).state, run([{ kind: 'startNow', atWallMs: 1 }, report]).state]) {
      const step = stepSession(state, report, envFor());
      expect(step.refused).toBe('No routine is running.');
      expect(step.state).toBe(state);
      expect(step.effects).toEqual([]);
    }
  });

  // Mutation caught: returning `done({ ...state, screen: IDLE })` without the finishRoutine effect
  // for a 'routine' screen (the scheduler would stay in its routine phase: no reminder ever again).
  it('a player closed without reporting ends the routine as stopped, with nothing played', () => {
    const playing = run([{ kind: 'startNow', atWallMs: 1 }]).state;
    const { state, effects } = run([{ kind: 'windowClosed' }], envFor(), playing);
    expect(state.screen.kind).toBe('idle');
    expect(effects).toEqual([{ kind: 'finishRoutine', outcome: 'stopped', activeSeconds: 0, exerciseIds: [] }]);
  });

  it('a reminder during the summary replaces it with the card', () => {
    const summary = run([{ kind: 'startNow', atWallMs: 1 }, report]).state;
    expect(run([due(5)], envFor(), summary).state.screen).toMatchObject({ kind: 'card', reminderId: 5 });
  });
});
