/**
 * After the routine: time moved, exercises done, streak; then the window closes itself after
 * a few seconds (sooner on Enter or Esc). The close is timed from a timestamp like the player.
 */
import { useEffect, useRef, useState } from 'react';
import type { RoutineOutcome } from '../../../common/ipc';
import { durationParts, formatDuration, ordinal } from './describe';
import { useFocusOnMount } from './focus';
import { Mark } from './icons';
import { useShortcuts } from './keyboard';
import type { Recording } from './recording';

/** Long enough to read three numbers, short enough not to linger on the screen. */
export const SUMMARY_CLOSE_MS = 8000;

export interface SummaryProps {
  readonly outcome: RoutineOutcome;
  readonly recording: Recording;
  readonly onClose: () => void;
}

export function Summary({ outcome, recording, onClose }: SummaryProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const failed = typeof recording === 'object' && 'error' in recording;
  const closed = useRef(false);
  const close = () => {
    if (closed.current) return;
    closed.current = true;
    onClose();
  };
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  // Stays up while the user moves the pointer over it or tabs through it: closing under the
  // pointer is rude. (A pointer merely resting where the Start button was does not count.)
  const [holding, setHolding] = useState(false);
  useEffect(() => {
    if (failed || holding) return;
    const timer = window.setTimeout(() => closeRef.current(), SUMMARY_CLOSE_MS);
    return () => window.clearTimeout(timer);
  }, [failed, holding]);

  useShortcuts((key) => {
    if (key !== 'enter' && key !== 'escape') return false;
    close();
  });

  const completed = outcome.outcome === 'completed';
  const count = outcome.exerciseIds.length;
  const streak = recording === 'pending' ? '…' : failed ? '—' : String(recording.streakDays);
  const streakUnit = typeof recording === 'object' && !failed && recording.streakDays === 1 ? 'day' : 'days';
  return (
    <main
      className="screen summary"
      aria-labelledby="summary-title"
      onPointerMove={() => !holding && setHolding(true)}
      onPointerLeave={() => setHolding(false)}
      onFocus={(e) => e.target instanceof HTMLButtonElement && setHolding(true)}
    >
      <div className="summary__body">
      <Mark className="summary__mark" />
      <h1 id="summary-title" ref={heading} tabIndex={-1}>
        {completed ? 'Nicely done' : 'Routine ended'}
      </h1>
      <p className="muted summary__lede">
        {completed ? 'That was your break: the sitting timer starts again.' : 'Every bit of movement helps. Come back to it when you are ready.'}
      </p>
      <dl className="stats">
        <div>
          <dt>Time moved</dt>
          <dd aria-label={formatDuration(outcome.activeSeconds)}>
            {durationParts(outcome.activeSeconds).map(([n, unit], i) => (
              <span key={unit}>
                {i > 0 && ' '}
                {n}
                <span className="stats__unit"> {unit}</span>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Exercises</dt>
          <dd>{count}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd aria-busy={recording === 'pending' || undefined}>
            {streak}
            {streak !== '…' && streak !== '—' && <span className="stats__unit"> {streakUnit}</span>}
          </dd>
        </div>
      </dl>
      <p className="muted summary__today" role="status">
        {failed
          ? `This routine could not be saved: ${recording.error}`
          : recording !== 'pending' && recording.routinesToday > 0
            ? `Your ${ordinal(recording.routinesToday)} routine today.`
            : '\u00a0'}
      </p>
      </div>
      <button type="button" className="primary summary__close" onClick={close}>
        Close
      </button>
      <p className="keys" aria-hidden="true">
        {failed ? 'Enter or Esc closes' : 'Closes by itself in a moment · Enter or Esc closes now'}
      </p>
    </main>
  );
}
