import { useState } from 'react';
import { WEEKDAYS, type Preferences, type PreferencesPatch, type TimeRange, type Weekday, type WorkHours } from '../../../../common/preferences';
import { copyDayTo, suggestRange, workHoursMessages, type WorkHoursMessages } from '../../../../common/preferencesForm';
import type { TimeFormatter } from '../../../../common/timeFormat';
import { Group, Switch } from '../controls';
import { useDraft } from '../useDraft';

interface Props {
  preferences: Preferences;
  save: (patch: PreferencesPatch) => void;
  /** The user's locale and hour cycle: weekday names, and each range read back on a 12-hour clock. */
  format: TimeFormatter;
}

type Days = WorkHours['days'];

/**
 * The week's ranges. Edits are kept as a draft of the whole week: a valid week is saved at
 * once, an invalid one stays on screen with the message beside the range at fault, and
 * nothing of it is sent.
 */
export function WorkHoursSection({ preferences, save, format }: Props) {
  const { workHours } = preferences;
  const draft = useDraft<Days>(workHours.days);
  const days = draft.value;
  const messages = draft.editing ? workHoursMessages({ enabled: workHours.enabled, days }) : {};

  function edit(next: Days) {
    draft.set(next);
    const candidate = { enabled: workHours.enabled, days: next };
    if (Object.keys(workHoursMessages(candidate)).length === 0) save({ workHours: candidate });
  }

  return (
    <>
      <Group title="Reminder hours">
        <Switch
          label="Remind me only during my work hours"
          hint={workHours.enabled ? 'Outside these hours Limber stays silent.' : 'Limber reminds you at any time of day.'}
          checked={workHours.enabled}
          onChange={(enabled) => save({ workHours: { enabled, days: workHours.days } })}
        />
      </Group>
      <Group
        title="Your week"
        hint={`Add a range for each stretch of work; a break between ranges counts as a break. Type times on the 24-hour clock (17:30); a range can end at 24:00.`}
      >
        <fieldset className="week" disabled={!workHours.enabled}>
          <legend className="visually-hidden">Work hours for each day</legend>
          {WEEKDAYS.map((day) => (
            <DayRow key={day} day={day} days={days} messages={messages} onEdit={edit} format={format} />
          ))}
        </fieldset>
      </Group>
    </>
  );
}

function DayRow({ day, days, messages, onEdit, format }: { day: Weekday; days: Days; messages: WorkHoursMessages; onEdit: (days: Days) => void; format: TimeFormatter }) {
  const name = format.weekdayLong(day);
  const ranges = days[day];
  const [copying, setCopying] = useState(false);
  const suggestion = suggestRange(ranges);
  const setRanges = (next: TimeRange[]) => onEdit({ ...days, [day]: next });
  const dayMessage = messages[day];
  const headingId = `day-${day}`;

  return (
    <div className="day" role="group" aria-labelledby={headingId}>
      <div className="day__name" id={headingId}>
        {name}
      </div>
      <div className="day__ranges">
        {ranges.length === 0 ? <p className="day__off">Day off</p> : null}
        {ranges.map((range, index) => {
          const label = `${name}, range ${index + 1}`;
          const startMessage = messages[`${day}.${index}.start`];
          const endMessage = messages[`${day}.${index}.end`];
          const message = startMessage ?? endMessage;
          const errorId = `${day}-${index}-error`;
          // What the start and end fields share: typed times ("24:00" has no time-picker form).
          const timeFieldProps = {
            className: 'time',
            type: 'text',
            inputMode: 'numeric',
            autoComplete: 'off',
            spellCheck: false,
            maxLength: 5,
            'aria-describedby': message ? errorId : undefined,
          } as const;
          return (
            <div className="range" key={index}>
              <div className="range__inputs">
                <input
                  {...timeFieldProps}
                  aria-label={`${label}, start`}
                  aria-invalid={startMessage ? true : undefined}
                  value={range.start}
                  onChange={(e) => setRanges(ranges.map((r, i) => (i === index ? { ...r, start: e.target.value } : r)))}
                />
                <span aria-hidden="true">–</span>
                <input
                  {...timeFieldProps}
                  aria-label={`${label}, end`}
                  aria-invalid={endMessage ? true : undefined}
                  value={range.end}
                  onChange={(e) => setRanges(ranges.map((r, i) => (i === index ? { ...r, end: e.target.value } : r)))}
                />
                <button type="button" className="icon-button" aria-label={`Remove ${label}`} title="Remove this range" onClick={() => setRanges(ranges.filter((_, i) => i !== index))}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              {!message && format.settings.hourCycle === 'h12' ? (
                // Typed on the 24-hour clock, read back on the user's 12-hour one.
                <p className="range__readback">
                  {format.clockText(range.start)} – {format.clockText(range.end)}
                </p>
              ) : null}
              {message ? (
                <p id={errorId} className="field-error" role="alert">
                  {message}
                </p>
              ) : null}
            </div>
          );
        })}
        {dayMessage ? (
          <p className="field-error" role="alert">
            {dayMessage}
          </p>
        ) : null}
      </div>
      <div className="day__actions">
        <button
          type="button"
          className="small"
          aria-label={`Add a range to ${name}`}
          disabled={suggestion === null || ranges.length >= 8}
          onClick={() => suggestion && setRanges([...ranges, suggestion])}
        >
          Add range
        </button>
        <button type="button" className="small" aria-expanded={copying} aria-controls={`copy-${day}`} aria-label={`Copy ${name} to other days`} onClick={() => setCopying(!copying)}>
          Copy…
        </button>
      </div>
      {copying ? (
        <CopyPanel
          id={`copy-${day}`}
          from={day}
          format={format}
          onCancel={() => setCopying(false)}
          onCopy={(targets) => {
            setCopying(false);
            onEdit(copyDayTo(days, day, targets));
          }}
        />
      ) : null}
    </div>
  );
}

const WORK_WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function CopyPanel({ id, from, format, onCopy, onCancel }: { id: string; from: Weekday; format: TimeFormatter; onCopy: (targets: Weekday[]) => void; onCancel: () => void }) {
  const others = WEEKDAYS.filter((d) => d !== from);
  const [targets, setTargets] = useState<Weekday[]>(() => (WORK_WEEK.includes(from) ? WORK_WEEK.filter((d) => d !== from) : []));
  return (
    <fieldset id={id} className="copy">
      <legend>Copy {format.weekdayLong(from)}’s hours to</legend>
      <div className="copy__days">
        {others.map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={targets.includes(day)}
              onChange={() => setTargets(targets.includes(day) ? targets.filter((d) => d !== day) : [...targets, day])}
            />
            <span>{format.weekdayShort(day)}</span>
          </label>
        ))}
      </div>
      <div className="copy__actions">
        <button type="button" className="small primary" disabled={targets.length === 0} onClick={() => onCopy(targets)}>
          Copy
        </button>
        <button type="button" className="small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
