/**
 * The reminder card: what is due, and Start / Snooze / Skip.
 *
 * Keys (docs/decisions/0005-reminder-keyboard.md): Enter starts; Esc snoozes, or, once no
 * snooze is left, closes the card without answering it (no skip is recorded).
 */
import type { SessionView } from '../../../common/ipc';
import { ExerciseFigure } from '../figure/ExerciseFigure';
import { dosageLabel, exercisesInOrder, reminderSubtitle } from './describe';
import { CloseIcon } from './icons';
import { useShortcuts } from './keyboard';

type ReminderSession = Extract<SessionView, { kind: 'reminder' }>;

export interface ReminderCardProps {
  readonly session: ReminderSession;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onStart: () => void;
  readonly onSnooze: () => void;
  readonly onSkip: () => void;
  /** Closes the card and leaves the reminder unanswered. */
  readonly onClose: () => void;
}

export function ReminderCard({ session, busy, error, onStart, onSnooze, onSkip, onClose }: ReminderCardProps) {
  const { plan, snoozesLeft, snoozeMinutes } = session;
  const canSnooze = snoozesLeft === null || snoozesLeft > 0;
  const exercises = exercisesInOrder(plan);

  useShortcuts((key) => {
    if (busy) return;
    if (key === 'enter') onStart();
    else if (key === 'escape') (canSnooze ? onSnooze : onClose)();
    else return false;
  });

  const snoozeHint = snoozesLeft === null ? '' : ` (${snoozesLeft} left)`;
  return (
    <main className="screen card" aria-labelledby="card-title" aria-describedby="card-subtitle">
      <header className="card__header">
        <div>
          <h1 id="card-title">Time to move</h1>
          <p id="card-subtitle" className="card__subtitle">
            {reminderSubtitle(plan)}
          </p>
        </div>
        {!canSnooze && (
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close for now" title="Close for now (Esc)">
            <CloseIcon />
          </button>
        )}
      </header>

      {/* Why this routine breaks the user's filters comes first: above the fold, before the list. */}
      {plan.relaxed.length > 0 && (
        <ul className="card__notes" aria-label="About this routine">
          {plan.relaxed.map((note, i) => (
            <li key={`${note.code}-${i}`}>{note.message}</li>
          ))}
        </ul>
      )}
      <section className="card__plan" aria-label="In this routine">
        <ol className="card__list">
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <span className="thumb">
                <ExerciseFigure exercise={exercise} mode="still" frame="pose" label="" />
              </span>
              <span className="card__name">{exercise.name}</span>
              <span className="card__dose">{dosageLabel(exercise, plan)}</span>
            </li>
          ))}
        </ol>
      </section>

      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="card__actions">
        {/* elementtiming: the bench times the card until this button is painted (cardReadyMs). */}
        <button type="button" className="primary card__start" onClick={onStart} disabled={busy} {...{ elementtiming: 'card-start' }}>
          Start
        </button>
        <div className="card__later">
          {canSnooze && (
            <button type="button" onClick={onSnooze} disabled={busy}>
              Snooze {snoozeMinutes} min
            </button>
          )}
          <button type="button" onClick={onSkip} disabled={busy}>
            Skip
          </button>
        </div>
        <p className="keys" aria-hidden="true">
          <kbd>Enter</kbd> start · <kbd>Esc</kbd> {canSnooze ? `snooze${snoozeHint}` : 'close for now'}
        </p>
      </div>
    </main>
  );
}
