/**
 * The session reducer: `(state, input, env) → { state, effects }`, in the scheduler's style.
 * See ./types.ts for what each screen means.
 */
import type { SessionView } from '../../../common/ipc';
import type { SessionEffect, SessionEnv, SessionInput, SessionScreen, SessionState, SessionStep } from './types';

export const IDLE: SessionScreen = { kind: 'idle' };

export function startSession(lastEmphasis: SessionState['lastEmphasis']): SessionState {
  return { screen: IDLE, lastEmphasis };
}

const done = (state: SessionState, effects: SessionEffect[] = []): SessionStep => ({ state, effects, refused: null });
const refuse = (state: SessionState, reason: string): SessionStep => ({ state, effects: [], refused: reason });

function compose(state: SessionState, env: SessionEnv, seed: number) {
  const plan = env.composePlan({ seed, lastEmphasis: state.lastEmphasis });
  const emphasis = plan.routine.emphasis;
  return { plan, lastEmphasis: emphasis, effects: [{ kind: 'rememberEmphasis', emphasis } as const] };
}

export function stepSession(state: SessionState, input: SessionInput, env: SessionEnv): SessionStep {
  const screen = state.screen;
  switch (input.kind) {
    case 'reminderDue': {
      // Always a fresh routine: a snoozed reminder comes back with a new one, like a new reminder.
      const composed = compose(state, env, input.atWallMs + input.reminderId);
      // Held past the limit while still busy: no card over the call, only a quiet notification.
      const quiet = input.quiet === true;
      const style = quiet ? 'notification' : env.reminderStyle;
      const effects: SessionEffect[] = [...composed.effects];
      if (style === 'card' || style === 'both') effects.push({ kind: 'showCard', focus: false });
      if (style === 'notification' || style === 'both') {
        effects.push({ kind: 'notify', reminderId: input.reminderId, plan: composed.plan, ...(quiet ? { quiet } : {}) });
      }
      const card: SessionScreen = {
        kind: 'card',
        reminderId: input.reminderId,
        plan: composed.plan,
        snoozesLeft: input.snoozesLeft,
        snoozeMinutes: env.snoozeMinutes,
        style,
      };
      return done({ screen: card, lastEmphasis: composed.lastEmphasis }, effects);
    }
    case 'reminderClosed':
      // Only the card of this reminder: a routine started from it has already taken its place.
      if (screen.kind !== 'card' || screen.reminderId !== input.reminderId) return done(state);
      return done({ ...state, screen: IDLE }, [{ kind: 'closeCard' }]);
    case 'notificationFailed':
      // With no notification and no card, the reminder would be invisible: show the card.
      if (screen.kind !== 'card' || screen.reminderId !== input.reminderId || screen.style !== 'notification') return done(state);
      return done(state, [{ kind: 'showCard', focus: false }]);
    case 'startFromCard':
      if (screen.kind !== 'card') return done(state);
      return done({ ...state, screen: { kind: 'routine', plan: screen.plan, origin: 'reminder' } }, [{ kind: 'startRoutine' }]);
    case 'startNow': {
      const show: SessionEffect = { kind: 'showCard', focus: true };
      if (screen.kind === 'card') {
        return done({ ...state, screen: { kind: 'routine', plan: screen.plan, origin: 'reminder' } }, [{ kind: 'startRoutine' }, show]);
      }
      if (screen.kind === 'idle') {
        const composed = compose(state, env, input.atWallMs);
        return done({ screen: { kind: 'routine', plan: composed.plan, origin: 'manual' }, lastEmphasis: composed.lastEmphasis }, [
          ...composed.effects,
          { kind: 'startRoutine' },
          show,
        ]);
      }
      // A routine or its summary is on screen: bring it forward.
      return done(state, [show]);
    }
    case 'routineReported':
      if (screen.kind !== 'routine') return refuse(state, 'No routine is running.');
      return done({ ...state, screen: { kind: 'summary', plan: screen.plan, origin: screen.origin } }, [
        { kind: 'finishRoutine', outcome: input.outcome, activeSeconds: input.activeSeconds, exerciseIds: input.exerciseIds },
      ]);
    case 'windowClosed':
      switch (screen.kind) {
        case 'idle':
        case 'card':
          // A card closed without an answer is hidden, not answered: the reminder stays due.
          return done(state);
        case 'summary':
          return done({ ...state, screen: IDLE });
        case 'routine':
          // A player closed without reporting (crash, forced close): the routine ends here.
          return done({ ...state, screen: IDLE }, [{ kind: 'finishRoutine', outcome: 'stopped', activeSeconds: 0, exerciseIds: [] }]);
      }
  }
}

/**
 * Whether this reminder is the one due now (its card shown or hidden). A notification's answer
 * acts only on its own reminder: once that one was taken, skipped, snoozed or replaced by a
 * newer one, an old notification's buttons have nothing left to answer.
 */
export function isDueReminder(state: SessionState, reminderId: number): boolean {
  return state.screen.kind === 'card' && state.screen.reminderId === reminderId;
}

/** What the reminder window is told to draw. The summary is the player's last screen. */
export function sessionView(state: SessionState): SessionView | null {
  const screen = state.screen;
  switch (screen.kind) {
    case 'idle':
      return null;
    case 'card':
      return { kind: 'reminder', plan: screen.plan, snoozesLeft: screen.snoozesLeft, snoozeMinutes: screen.snoozeMinutes };
    case 'routine':
    case 'summary':
      return { kind: 'routine', plan: screen.plan, origin: screen.origin };
  }
}
