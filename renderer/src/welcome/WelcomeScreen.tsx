import { useId, useState, type FormEvent } from 'react';
import { welcomeChoicesSchema, type AppSnapshot, type LimberBridge, type WelcomeChoices } from '../../../common/ipc';
import { WEEKDAYS, type OwnedEquipment, type Position } from '../../../common/preferences';
import { FALLBACK_TIME_FORMAT, timeFormatter } from '../../../common/timeFormat';
import { DISC_CAUTION, NOT_MEDICAL_ADVICE } from '../../../common/safetyAdvice';
import { useTheme } from '../shared/theme';
import { useSnapshot } from '../shared/useSnapshot';
import { LimberMark } from '../shared/LimberMark';
import { useVoiceAvailable } from '../shared/voices';


const POSITION_CHOICES: { value: Position; label: string; hint: string }[] = [
  { value: 'seated', label: 'Seated', hint: 'on your chair' },
  { value: 'standing', label: 'Standing', hint: 'by the desk' },
  { value: 'floor', label: 'On the floor', hint: 'with room' },
];

const EQUIPMENT_CHOICES: { value: OwnedEquipment; label: string }[] = [
  { value: 'foamRoller', label: 'Foam roller' },
  { value: 'massageBall', label: 'Massage ball' },
  { value: 'band', label: 'Resistance band' },
];

type Errors = Partial<Record<keyof WelcomeChoices, string>>;

function choicesFrom(snapshot: AppSnapshot): WelcomeChoices {
  const { days } = snapshot.preferences.workHours;
  const workDays = WEEKDAYS.filter((d) => days[d].length > 0);
  const first = workDays.length > 0 ? days[workDays[0]!][0] : undefined;
  return {
    workDays,
    workStart: first?.start ?? '09:00',
    workEnd: first?.end ?? '17:30',
    positions: [...snapshot.preferences.positions],
    equipment: [...snapshot.preferences.equipment],
  };
}

function validate(choices: WelcomeChoices): Errors {
  const result = welcomeChoicesSchema.safeParse(choices);
  if (result.success) return {};
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof WelcomeChoices | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function WelcomeScreen({ bridge }: { bridge: LimberBridge }) {
  const { snapshot, loadError } = useSnapshot(bridge);
  // The form starts from the first snapshot's preferences; what the user edits is kept.
  const [edited, setChoices] = useState<WelcomeChoices | null>(null);
  const choices = edited ?? (snapshot ? choicesFrom(snapshot) : null);
  const [submitted, setSubmitted] = useState(false);
  const [state, setState] = useState<'editing' | 'saving' | 'done' | { error: string }>('editing');
  const ids = useId();
  // Voice guidance is offered here, off unless chosen (a preference, not a welcome choice).
  const [voice, setVoice] = useState(false);
  const voiceAvailable = useVoiceAvailable();
  useTheme(snapshot?.preferences.theme);
  const format = timeFormatter(snapshot?.timeFormat ?? FALLBACK_TIME_FORMAT);

  if (!choices) {
    return (
      <main className="welcome" aria-busy="true">
        <p className="loading">{loadError ?? 'Loading…'}</p>
      </main>
    );
  }

  const errors = submitted ? validate(choices) : {};
  const update = (patch: Partial<WelcomeChoices>) => setChoices({ ...choices, ...patch });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!choices || Object.keys(validate(choices)).length > 0) return;
    setState('saving');
    try {
      if (voice) await bridge.updatePreferences({ voiceGuidance: true });
      await bridge.completeWelcome(choices);
      setState('done');
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  if (state === 'done') {
    return (
      <main className="welcome welcome--done">
        <LimberMark className="logo" size={48} />
        <h1>You’re all set</h1>
        <p>Limber now waits in your tray and will offer a short routine after about 45 minutes of sitting.</p>
      </main>
    );
  }

  return (
    <main className="welcome">
      <header className="welcome__header">
        <LimberMark className="logo" size={48} />
        <div>
          <h1>Welcome to Limber</h1>
          <p className="welcome__lede">
            After a stretch of sitting, Limber offers a short guided routine for your hips and upper back,
            right where you are.
          </p>
        </div>
      </header>

      <section className="safety" aria-labelledby={`${ids}-safety`}>
        <h2 id={`${ids}-safety`}>Move gently</h2>
        <ul>
          <li>Aim for a mild stretch. Nothing should feel sharp.</li>
          <li>Stop at sharp or spreading pain, numbness, tingling or weakness; see a health professional, especially after an injury.</li>
          <li>{DISC_CAUTION}</li>
          <li>{NOT_MEDICAL_ADVICE}</li>
        </ul>
      </section>

      <form className="choices" onSubmit={onSubmit} noValidate>
        <fieldset aria-describedby={errors.workDays || errors.workEnd || errors.workStart ? `${ids}-hours-error` : undefined}>
          <legend>When do you work?</legend>
          <div className="days" role="group" aria-label="Work days">
            {WEEKDAYS.map((day) => (
              <label key={day} className="chip">
                <input
                  type="checkbox"
                  checked={choices.workDays.includes(day)}
                  onChange={() => update({ workDays: WEEKDAYS.filter((d) => (d === day) !== choices.workDays.includes(d)) })}
                />
                <span aria-hidden="true">{format.weekdayShort(day)}</span>
                <span className="visually-hidden">{format.weekdayLong(day)}</span>
              </label>
            ))}
          </div>
          <div className="hours">
            <label>
              From <input type="time" value={choices.workStart} onChange={(e) => update({ workStart: e.target.value })} required />
            </label>
            <label>
              to{' '}
              <input
                type="time"
                value={choices.workEnd}
                onChange={(e) => update({ workEnd: e.target.value })}
                aria-invalid={errors.workEnd ? true : undefined}
                required
              />
            </label>
          </div>
          {(errors.workDays || errors.workEnd || errors.workStart) && (
            <p className="field-error" id={`${ids}-hours-error`} role="alert">
              {errors.workDays ?? errors.workEnd ?? errors.workStart}
            </p>
          )}
          <p className="hint">No reminders outside these hours. You can add breaks and other days later.</p>
        </fieldset>

        <fieldset aria-describedby={errors.positions ? `${ids}-positions-error` : undefined}>
          <legend>Where can you move?</legend>
          <div className="options">
            {POSITION_CHOICES.map((p) => (
              <label key={p.value} className="option">
                <input
                  type="checkbox"
                  checked={choices.positions.includes(p.value)}
                  onChange={() => update({ positions: toggle(choices.positions, p.value) })}
                />
                <span>
                  {p.label} <span className="option__hint">{p.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.positions && (
            <p className="field-error" id={`${ids}-positions-error`} role="alert">
              {errors.positions}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>What do you have nearby?</legend>
          <div className="options">
            {EQUIPMENT_CHOICES.map((e) => (
              <label key={e.value} className="option">
                <input
                  type="checkbox"
                  checked={choices.equipment.includes(e.value)}
                  onChange={() => update({ equipment: toggle(choices.equipment, e.value) })}
                />
                <span>{e.label}</span>
              </label>
            ))}
          </div>
          <p className="hint">Nothing at all is fine: a chair is enough. You can change all of this later in Preferences.</p>
        </fieldset>

        {typeof state === 'object' && (
          <p className="field-error" role="alert">
            {state.error}
          </p>
        )}
        <div className="actions">
          <label className="option voice-option">
            <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} />
            <span>
              Speak each step aloud
              {voiceAvailable === false && <span className="option__hint"> (this system has no voice yet)</span>}
            </span>
          </label>
          <button type="submit" className="primary" disabled={state === 'saving'}>
            Start Limber
          </button>
        </div>
      </form>
    </main>
  );
}

