/**
 * What the window shows with no reminder or routine: before the first snapshot arrives, and
 * if main ever opens it with nothing due. Painted at once, so the window is never blank.
 */
import { Mark } from './icons';
import { useShortcuts } from './keyboard';
import { useFocusOnMount } from './focus';

export interface IdleScreenProps {
  readonly loading: boolean;
  readonly error: string | null;
  readonly statusText: string | null;
  readonly onStartNow: () => void;
  readonly onClose: () => void;
}

export function IdleScreen({ loading, error, statusText, onStartNow, onClose }: IdleScreenProps) {
  useShortcuts((key) => {
    if (key !== 'escape') return false;
    onClose();
  });
  const heading = useFocusOnMount<HTMLHeadingElement>(!loading);
  return (
    <main className="screen idle" aria-busy={loading || undefined}>
      <Mark className="idle__mark" />
      {!loading && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {error ? 'Limber couldn’t load this card' : 'Nothing due right now'}
          </h1>
          <p className="muted">{error ?? statusText ?? ''}</p>
          <div className="idle__actions">
            <button type="button" className="primary" onClick={onStartNow}>
              Start a routine now
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </main>
  );
}
