/**
 * After "Stop — this hurts": the routine is already over and reported; this says when to get
 * help (PRODUCT.md §3, from the seeds' "when to seek professional help") and offers to leave
 * the exercise out from now on. It stays until the user closes it: this is worth reading.
 */
import { useState } from 'react';
import type { Exercise } from '../../../common/routine';
import { SEE_SOMEONE_IF, URGENT_CARE } from '../../../common/safetyAdvice';
import { useFocusOnMount } from './focus';
import { useShortcuts } from './keyboard';
import type { Recording } from './recording';

export interface HurtScreenProps {
  readonly exercise: Exercise | null;
  readonly recording: Recording;
  readonly onExclude: (exerciseId: string) => Promise<void>;
  readonly onClose: () => void;
}

type ExcludeState = 'idle' | 'saving' | 'done' | { readonly error: string };

export function HurtScreen({ exercise, recording, onExclude, onClose }: HurtScreenProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [excluded, setExcluded] = useState<ExcludeState>('idle');
  useShortcuts((key) => {
    if (key !== 'escape') return false;
    onClose();
  });

  async function exclude(id: string) {
    setExcluded('saving');
    try {
      await onExclude(id);
      setExcluded('done');
    } catch (error) {
      setExcluded({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <main className="screen hurt" aria-labelledby="hurt-title" aria-describedby="hurt-lede">
      <h1 id="hurt-title" ref={heading} tabIndex={-1}>
        Stopped. Go easy now.
      </h1>
      <p id="hurt-lede" className="hurt__lede">
        A stretch should feel mild, never sharp. Rest, and let it settle before you move that way again.
      </p>
      <section className="hurt__help" aria-labelledby="hurt-help-title">
        <h2 id="hurt-help-title">See a doctor or physiotherapist if you have</h2>
        <ul>
          {SEE_SOMEONE_IF.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p>{URGENT_CARE}</p>
      </section>
      {exercise && (
        <div className="hurt__exclude">
          {excluded === 'done' ? (
            <p role="status" className="hurt__done">
              <strong>{exercise.name}</strong> is left out from now on. You can bring it back in Preferences.
            </p>
          ) : (
            <>
              <p className="hurt__which" id="hurt-which">
                It happened during <strong>{exercise.name}</strong>?
              </p>
              <button type="button" onClick={() => void exclude(exercise.id)} disabled={excluded === 'saving'} aria-describedby="hurt-which">
                Leave this exercise out from now on
              </button>
              {typeof excluded === 'object' && (
                <p className="field-error" role="alert">
                  {excluded.error}
                </p>
              )}
            </>
          )}
        </div>
      )}
      {typeof recording === 'object' && 'error' in recording && (
        <p className="field-error" role="alert">
          This routine could not be saved: {recording.error}
        </p>
      )}
      <button type="button" className="primary hurt__close" onClick={onClose}>
        Close
      </button>
    </main>
  );
}
