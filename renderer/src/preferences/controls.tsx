/**
 * The form controls of the Preferences window. Each saves on its own as soon as its value is
 * valid (there is no Save button), and shows the schema's message next to itself otherwise.
 */
import { useId, type ReactNode } from 'react';
import { checkField, parseNumberInput } from '../../../common/preferencesForm';
import { NUMBER_RANGES, type NumberPreference, type PreferenceKey, type Preferences, type PreferencesPatch } from '../../../common/preferences';
import { useDraft } from './useDraft';

/** A titled group of settings (a card). */
export function Group({ title, hint, children }: { title: string; hint?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="group__title">
        {title}
      </h2>
      {hint ? <p className="group__hint">{hint}</p> : null}
      {children}
    </section>
  );
}

export interface Choice<T> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** A set of radio buttons drawn as a segmented control. */
export function Segmented<T extends string | number>({
  legend,
  value,
  choices,
  onChange,
  className,
}: {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  className?: string;
}) {
  const name = useId();
  return (
    <fieldset className={`segmented ${className ?? ''}`}>
      <legend className="field__label">{legend}</legend>
      <div className="segmented__options">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="segmented__option">
            <input type="radio" name={name} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            <span>
              {choice.label}
              {choice.hint ? <small>{choice.hint}</small> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** An on/off setting: a checkbox with the switch role, so screen readers say "on"/"off". */
export function Switch({ label, hint, checked, onChange, disabled }: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Checkboxes for a list setting (positions, equipment); the schema judges the whole list. */
export function CheckboxList<T extends string>({
  legend,
  value,
  choices,
  preferences,
  field,
  onSave,
}: {
  legend: string;
  value: readonly T[];
  choices: readonly Choice<T>[];
  preferences: Preferences;
  field: PreferenceKey;
  onSave: (patch: PreferencesPatch) => void;
}) {
  const id = useId();
  const draft = useDraft<readonly T[]>(value);
  const check = draft.editing ? checkField(preferences, field, draft.value) : null;
  const message = check && !check.ok ? check.message : null;
  const toggle = (item: T) => {
    const next = choices.map((c) => c.value).filter((v) => (v === item) !== draft.value.includes(v));
    const result = checkField(preferences, field, next);
    draft.set(next);
    if (result.ok) onSave(result.patch);
  };
  return (
    <fieldset className="checklist" aria-describedby={message ? `${id}-error` : undefined} aria-invalid={message ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="checklist__options">
        {choices.map((choice) => (
          <label key={choice.value} className="check">
            <input type="checkbox" checked={draft.value.includes(choice.value)} onChange={() => toggle(choice.value)} />
            <span>
              {choice.label}
              {choice.hint ? <small> {choice.hint}</small> : null}
            </span>
          </label>
        ))}
      </div>
      {message ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * A whole-number setting typed into a box. The text is kept while it is not valid, with the
 * schema's message beside it; a valid value is saved at once. Its limits come from the schema's
 * NUMBER_RANGES; `arrowStep` only makes the arrow keys move further than the schema's step.
 */
export function NumberField({
  label,
  unit,
  hint,
  field,
  preferences,
  onSave,
  arrowStep,
  disabled,
}: {
  label: string;
  unit?: string;
  hint?: string;
  field: NumberPreference;
  preferences: Preferences;
  onSave: (patch: PreferencesPatch) => void;
  arrowStep?: number;
  disabled?: boolean;
}) {
  const { min, max, step: schemaStep } = NUMBER_RANGES[field];
  const step = arrowStep ?? schemaStep;
  const id = useId();
  const saved = preferences[field] as number;
  const draft = useDraft(String(saved));
  const message = draft.editing ? messageFor(draft.value) : null;

  function messageFor(text: string): string | null {
    const parsed = parseNumberInput(text);
    if (!parsed.ok) return parsed.message;
    const result = checkField(preferences, field, parsed.value);
    return result.ok ? null : result.message;
  }

  function onChange(text: string) {
    const parsed = parseNumberInput(text);
    if (parsed.ok && parsed.value === saved) return draft.clear();
    draft.set(text);
    if (!parsed.ok) return;
    const result = checkField(preferences, field, parsed.value);
    if (result.ok) onSave(result.patch);
  }

  const described = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft.value}
          disabled={disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </div>
      {message ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
