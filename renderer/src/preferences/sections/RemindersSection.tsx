import { rangeInWords, type Preferences, type PreferencesPatch, type ReminderStyle } from '../../../../common/preferences';
import { Group, NumberField, Segmented } from '../controls';
import { ShortcutField } from '../ShortcutField';

interface Props {
  preferences: Preferences;
  save: (patch: PreferencesPatch) => void;
}

const STYLES: { value: ReminderStyle; label: string; hint: string }[] = [
  { value: 'card', label: 'Card', hint: 'in a corner of the screen' },
  { value: 'notification', label: 'Notification', hint: 'from the system' },
  { value: 'both', label: 'Both', hint: 'card and notification' },
];

export function RemindersSection({ preferences, save }: Props) {
  const flexible = preferences.timingMode === 'flexible';
  return (
    <>
      <Group title="When to remind you" hint="Sitting time counts only while you are at the computer during your work hours.">
        <Segmented
          legend="Timing"
          value={preferences.timingMode}
          choices={[
            { value: 'fixed', label: 'Fixed interval' },
            { value: 'flexible', label: 'Flexible', hint: 'at a pause in your work' },
          ]}
          onChange={(timingMode) => save({ timingMode })}
        />
        {flexible ? (
          <div className="row">
            <NumberField label="Earliest after" unit="min" field="flexMinMinutes" preferences={preferences} onSave={save} />
            <NumberField label="Latest after" unit="min" field="flexMaxMinutes" preferences={preferences} onSave={save} />
          </div>
        ) : (
          <NumberField
            label="Remind me after"
            unit="min of sitting"
            hint={`${rangeInWords('intervalMinutes')} minutes.`}
            field="intervalMinutes"
            preferences={preferences}
            onSave={save}
          />
        )}
        {flexible ? <p className="field__hint">Limber waits for a moment when you stop typing between these two times, and reminds you at the latest time otherwise.</p> : null}
      </Group>

      <Group title="Breaks you take anyway">
        <NumberField
          label="Count a break after"
          unit="min away"
          hint={`Time away from the keyboard, with the screen locked or the computer asleep, that resets your sitting time (${rangeInWords('naturalBreakMinutes')} minutes).`}
          field="naturalBreakMinutes"
          preferences={preferences}
          onSave={save}
        />
      </Group>

      <Group title="Snooze">
        <div className="row row--top">
          <Segmented
            legend="Snooze for"
            value={preferences.snoozeMinutes}
            choices={[
              { value: 5, label: '5 min' },
              { value: 10, label: '10 min' },
              { value: 15, label: '15 min' },
            ]}
            onChange={(snoozeMinutes) => save({ snoozeMinutes })}
          />
          <NumberField
            label="Snoozes per reminder"
            hint="0 means no limit."
            field="snoozeLimit"
            preferences={preferences}
            onSave={save}
          />
        </div>
      </Group>

      <Group title="How a reminder appears">
        <Segmented legend="Reminder style" value={preferences.reminderStyle} choices={STYLES} onChange={(reminderStyle) => save({ reminderStyle })} />
      </Group>

      <Group title="Keyboard shortcut">
        <ShortcutField preferences={preferences} save={save} />
      </Group>
    </>
  );
}
