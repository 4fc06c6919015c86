import { useId, useState, type FormEvent } from 'react';
import { BUSY_SIGNALS, type BusySignal, type DetectorAvailability } from '../../../../common/busy';
import { rangeInWords, type Preferences, type PreferencesPatch } from '../../../../common/preferences';
import { checkField } from '../../../../common/preferencesForm';
import { Group, NumberField, Switch } from '../controls';

interface Props {
  preferences: Preferences;
  save: (patch: PreferencesPatch) => void;
  /** From the app: where a detector cannot work on this computer, and why. Null while unknown. */
  availability: Readonly<Record<BusySignal, DetectorAvailability>> | null;
}

const SIGNALS: Readonly<Record<BusySignal, { label: string; hint: string }>> = {
  call: { label: 'During a call', hint: 'The microphone or the camera is in use by any app.' },
  fullScreen: { label: 'While something is full screen', hint: 'Slides, a video or a game on the screen where the card would appear.' },
  focusMode: { label: 'While Do Not Disturb is on', hint: 'Your system’s Do Not Disturb or Focus mode.' },
  listedApp: { label: 'While one of these apps is running', hint: 'Any app you add below, such as Zoom or OBS.' },
};

export function BusySection({ preferences, save, availability }: Props) {
  return (
    <>
      <Group
        title="Hold reminders while you’re busy"
        hint="A break that falls due while you are busy waits, and comes about a minute after you are done. It is not a snooze, and your sitting time keeps counting."
      >
        {BUSY_SIGNALS.map((signal) => {
          const info = SIGNALS[signal];
          const state = availability?.[signal];
          return (
            <div key={signal} className="busy-signal">
              <Switch
                label={info.label}
                hint={info.hint}
                checked={preferences.busySignals[signal]}
                onChange={(on) => save({ busySignals: { ...preferences.busySignals, [signal]: on } })}
              />
              {state?.kind === 'unavailable' ? (
                <p className="busy-signal__note" role="note">
                  <strong>Not on this computer:</strong> {state.reason}
                </p>
              ) : null}
              {signal === 'listedApp' ? <AppList preferences={preferences} save={save} /> : null}
            </div>
          );
        })}
      </Group>

      <Group title="If you stay busy">
        <NumberField
          label="Offer it quietly after"
          unit="min held"
          hint={`Still busy after this long, you get a silent notification instead of the card (${rangeInWords('holdLimitMinutes')} minutes).`}
          field="holdLimitMinutes"
          arrowStep={15}
          preferences={preferences}
          onSave={save}
        />
      </Group>
    </>
  );
}

/** The apps that hold reminders: add by name, remove each. The schema judges the list. */
function AppList({ preferences, save }: { preferences: Preferences; save: (patch: PreferencesPatch) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const apps = preferences.busyApps;

  function add(event: FormEvent) {
    event.preventDefault();
    const name = text.trim();
    if (name === '') return setMessage('Type the app’s name first.');
    if (apps.some((a) => a.toLowerCase() === name.toLowerCase())) return setMessage(`${name} is already on the list.`);
    const result = checkField(preferences, 'busyApps', [...apps, name]);
    if (!result.ok) return setMessage(result.message);
    setMessage(null);
    setText('');
    save(result.patch);
  }

  return (
    <div className="app-list">
      {apps.length === 0 ? (
        <p className="field__hint">No apps listed yet.</p>
      ) : (
        <ul aria-label="Apps that hold reminders" className="app-list__items">
          {apps.map((app) => (
            <li key={app} className="app-list__item">
              <span>{app}</span>
              <button type="button" className="small" aria-label={`Remove ${app}`} onClick={() => save({ busyApps: apps.filter((a) => a !== app) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="app-list__add" onSubmit={add}>
        <label className="field__label" htmlFor={id}>
          App name
        </label>
        <input
          id={id}
          className="app-list__input"
          type="text"
          value={text}
          placeholder="e.g. zoom"
          spellCheck={false}
          aria-describedby={message ? `${id}-error` : `${id}-hint`}
          aria-invalid={message ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="small">
          Add
        </button>
        {message ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {message}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field__hint">
            The program’s name as your system shows it (not case-sensitive).
          </p>
        )}
      </form>
    </div>
  );
}
