/**
 * The start-a-routine shortcut (decision 0070): a switch, off by default, and the keys as text,
 * checked by the schema (common/accelerator.ts) as they are typed and saved once valid. What
 * happened when main tried to claim them (another app holds them) comes in the snapshot's notice.
 */
import { useId } from 'react';
import { checkField } from '../../../common/preferencesForm';
import type { Preferences, PreferencesPatch } from '../../../common/preferences';
import { Switch } from './controls';
import { useDraft } from './useDraft';

export function ShortcutField({ preferences, save }: { preferences: Preferences; save: (patch: PreferencesPatch) => void }) {
  const id = useId();
  const draft = useDraft(preferences.startShortcut);
  const check = draft.editing ? checkField(preferences, 'startShortcut', draft.value) : null;
  const message = check && !check.ok ? check.message : null;
  const onChange = (text: string) => {
    draft.set(text);
    const result = checkField(preferences, 'startShortcut', text);
    if (result.ok) save(result.patch);
  };
  const enabled = preferences.startShortcutEnabled;
  return (
    <>
      <Switch
        label="Start a routine with a keyboard shortcut"
        hint="Works from any app. Off unless you turn it on."
        checked={enabled}
        onChange={(startShortcutEnabled) => save({ startShortcutEnabled })}
      />
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Shortcut
        </label>
        <div className="field__control">
          <input
            id={id}
            type="text"
            size={28}
            spellCheck={false}
            autoComplete="off"
            value={draft.value}
            disabled={!enabled}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
        <p id={`${id}-hint`} className="field__hint">
          Modifiers and one key joined by +, e.g. CommandOrControl+Alt+L (Ctrl on Windows and Linux, ⌘ on a Mac).
        </p>
        {message ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
    </>
  );
}
