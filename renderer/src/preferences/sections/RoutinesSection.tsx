import { useEffect, useMemo, useRef, useState } from 'react';
import type { LimberBridge } from '../../../../common/ipc';
import type { Focus, OwnedEquipment, Position, Preferences, PreferencesPatch } from '../../../../common/preferences';
import { ASSUMED_EQUIPMENT, type Exercise } from '../../../../common/routine';
import { ExerciseFigure } from '../../figure';
import { CheckboxList, Group, NumberField, Segmented } from '../controls';

interface Props {
  bridge: LimberBridge;
  preferences: Preferences;
  save: (patch: PreferencesPatch) => void;
}

const POSITIONS: { value: Position; label: string; hint: string }[] = [
  { value: 'seated', label: 'Seated', hint: 'on your chair' },
  { value: 'standing', label: 'Standing', hint: 'by the desk' },
  { value: 'floor', label: 'On the floor', hint: 'with room' },
];

const EQUIPMENT: { value: OwnedEquipment; label: string }[] = [
  { value: 'foamRoller', label: 'Foam roller' },
  { value: 'massageBall', label: 'Massage ball' },
  { value: 'band', label: 'Resistance band' },
];

const POSITION_WORDS: Record<Position, string> = { seated: 'seated', standing: 'standing', floor: 'on the floor' };
const EQUIPMENT_WORDS: Record<string, string> = { foamRoller: 'foam roller', massageBall: 'massage ball', band: 'band', chair: 'chair', desk: 'desk', wall: 'wall' };
const FOCUS_WORDS: Record<Exercise['focus'], string> = { hips: 'hips', thoracic: 'upper back', both: 'hips and upper back', core: 'breathing and trunk', lowerBack: 'lower back' };

/** Why an exercise is not in the user's routines with the current filters, or null. */
function whyUnused(exercise: Exercise, preferences: Preferences): string | null {
  if (!exercise.positions.some((p) => preferences.positions.includes(p))) return `needs you ${exercise.positions.map((p) => POSITION_WORDS[p]).join(' or ')}`;
  const missing = exercise.equipment.filter((e) => !ASSUMED_EQUIPMENT.includes(e) && !preferences.equipment.includes(e as OwnedEquipment));
  if (missing.length > 0) return `needs a ${missing.map((e) => EQUIPMENT_WORDS[e] ?? e).join(' and a ')}`;
  return null;
}

export function RoutinesSection({ bridge, preferences, save }: Props) {
  return (
    <>
      <Group title="Routine">
        <Segmented
          legend="Length"
          value={preferences.routineLengthSeconds}
          choices={[
            { value: 120, label: '2 min' },
            { value: 150, label: '2½ min' },
            { value: 180, label: '3 min' },
          ]}
          onChange={(routineLengthSeconds) => save({ routineLengthSeconds })}
        />
        <Segmented<Focus>
          legend="Focus"
          value={preferences.focus}
          choices={[
            { value: 'balanced', label: 'Balanced' },
            { value: 'hips', label: 'More hips' },
            { value: 'upperBack', label: 'More upper back' },
          ]}
          onChange={(focus) => save({ focus })}
        />
      </Group>
      <Group title="Where you are and what you have">
        <CheckboxList legend="Where can you move?" field="positions" value={preferences.positions} choices={POSITIONS} preferences={preferences} onSave={save} />
        <CheckboxList legend="What do you have nearby?" field="equipment" value={preferences.equipment} choices={EQUIPMENT} preferences={preferences} onSave={save} />
        <p className="field__hint">A chair, a desk and a wall are assumed.</p>
      </Group>
      <Group title="Streak">
        <NumberField
          label="Routines a work day needs to count toward your streak"
          field="streakGoal"
          preferences={preferences}
          onSave={save}
        />
      </Group>
      <ExerciseList bridge={bridge} preferences={preferences} save={save} />
    </>
  );
}

function ExerciseList({ bridge, preferences, save }: Props) {
  const [exercises, setExercises] = useState<readonly Exercise[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [previewId, setPreviewId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    bridge
      .listExercises()
      .then((list) => live && setExercises(list))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [bridge]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (exercises ?? []).filter((e) => q === '' || e.name.toLowerCase().includes(q));
  }, [exercises, query]);

  const excluded = preferences.excludedExercises;
  const favourites = preferences.favouriteExercises;
  const setExcluded = (id: string, leaveOut: boolean) =>
    save({ excludedExercises: leaveOut ? [...excluded.filter((x) => x !== id), id] : excluded.filter((x) => x !== id) });
  const setFavourite = (id: string, favourite: boolean) =>
    save({ favouriteExercises: favourite ? [...favourites.filter((x) => x !== id), id] : favourites.filter((x) => x !== id) });
  const preview = exercises?.find((e) => e.id === previewId) ?? null;

  const summary = excluded.length === 0 ? 'All exercises can appear in your routines.' : `${excluded.length} left out of your routines.`;
  return (
    <Group title="Exercises" hint={exercises ? summary : undefined}>
      {error ? <p className="field-error">Could not load the exercises: {error}</p> : null}
      {exercises === null && !error ? <p className="plain">Loading the exercises…</p> : null}
      {exercises ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor="exercise-filter">
              Find an exercise
            </label>
            <input id="exercise-filter" type="search" className="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <ul className="exercises" aria-label="Exercises">
            {shown.map((exercise) => {
              const unused = whyUnused(exercise, preferences);
              const isExcluded = excluded.includes(exercise.id);
              const isFavourite = favourites.includes(exercise.id);
              return (
                <li key={exercise.id} className={`exercise ${isExcluded ? 'exercise--excluded' : ''}`}>
                  <label className="exercise__include">
                    <input type="checkbox" checked={!isExcluded} onChange={(e) => setExcluded(exercise.id, !e.target.checked)} aria-label={`Include ${exercise.name}`} />
                  </label>
                  <div className="exercise__text">
                    <span className="exercise__name">{exercise.name}</span>
                    <span className="exercise__meta">
                      {FOCUS_WORDS[exercise.focus]} · {exercise.positions.map((p) => POSITION_WORDS[p]).join(', ')}
                      {unused ? <em> · not in your routines: {unused}</em> : null}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="icon-button star"
                    aria-pressed={isFavourite}
                    aria-label={`Favourite ${exercise.name}`}
                    title={isFavourite ? 'A favourite: it comes up more often' : 'Mark as a favourite'}
                    onClick={() => setFavourite(exercise.id, !isFavourite)}
                  >
                    <span aria-hidden="true">{isFavourite ? '★' : '☆'}</span>
                  </button>
                  <button type="button" className="small" aria-label={`Preview ${exercise.name}`} onClick={() => setPreviewId(exercise.id)}>
                    Preview
                  </button>
                </li>
              );
            })}
            {shown.length === 0 ? <li className="plain">No exercise matches “{query}”.</li> : null}
          </ul>
        </>
      ) : null}
      {preview ? (
        <ExercisePreview
          exercise={preview}
          excluded={excluded.includes(preview.id)}
          onExclude={(leaveOut) => setExcluded(preview.id, leaveOut)}
          onClose={() => setPreviewId(null)}
        />
      ) : null}
    </Group>
  );
}

/** A modal dialog: the moving figure and the exercise's cues, purpose and safety note. */
function ExercisePreview({ exercise, excluded, onExclude, onClose }: { exercise: Exercise; excluded: boolean; onExclude: (leaveOut: boolean) => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // No close() on unmount: removing the element ends the modal state, and a close event
    // from a cleanup would report a close the user never asked for.
    if (dialog && !dialog.open) dialog.showModal();
    // Start on Close, not on the first button: Enter must not leave an exercise out by accident.
    closeRef.current?.focus();
  }, []);
  const titleId = `preview-${exercise.id}`;
  return (
    <dialog ref={ref} className="preview" aria-labelledby={titleId} onClose={onClose}>
      <div className="preview__body">
        <ExerciseFigure exercise={exercise} mode="preview" side={exercise.sidedness === 'unilateral' ? 'right' : 'none'} className="preview__figure" />
        <div className="preview__text">
          <h2 id={titleId}>{exercise.name}</h2>
          <p className="exercise__meta">
            {FOCUS_WORDS[exercise.focus]} · {exercise.positions.map((p) => POSITION_WORDS[p]).join(', ')}
            {exercise.sidedness === 'unilateral' ? ' · each side' : ''}
          </p>
          <ol className="preview__cues">
            {exercise.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ol>
          <p className="plain">
            <strong>Breathing:</strong> {exercise.breathing}
          </p>
          <p className="plain">
            <strong>Why:</strong> {exercise.why}
          </p>
          {exercise.safety ? <p className="preview__safety">{exercise.safety}</p> : null}
        </div>
      </div>
      <div className="preview__actions">
        <button type="button" onClick={() => onExclude(!excluded)}>
          {excluded ? 'Include in my routines' : 'Leave out of my routines'}
        </button>
        <button ref={closeRef} type="button" className="primary" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
