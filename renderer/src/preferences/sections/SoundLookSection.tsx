import { useEffect, useRef, useState } from 'react';
import type { DetectorAvailability } from '../../../../common/busy';
import { NUMBER_RANGES, type CardDisplay, type Corner, type PlayerSize, type Preferences, type PreferencesPatch, type Theme, type TrayIconColour } from '../../../../common/preferences';
import { useVoiceAvailable } from '../../shared/voices';
import { Group, Segmented, Switch } from '../controls';

interface Props {
  preferences: Preferences;
  save: (patch: PreferencesPatch) => void;
  /** Whether the card can follow the focused window on this desktop (null: not known yet). */
  focusedWindowDisplay?: DetectorAvailability | null;
}

const CORNERS: { value: Corner; label: string }[] = [
  { value: 'topLeft', label: 'Top left' },
  { value: 'topRight', label: 'Top right' },
  { value: 'bottomLeft', label: 'Bottom left' },
  { value: 'bottomRight', label: 'Bottom right' },
];

/** Slider moves are saved once the hand rests, not at every step (each save is a disk write). */
const VOLUME_SETTLE_MS = 300;

function VolumeSlider({ value, disabled, onSettled }: { value: number; disabled: boolean; onSettled: (volume: number) => void }) {
  const [moving, setMoving] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const shown = moving ?? value;
  const onChange = (next: number) => {
    setMoving(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setMoving(null);
      if (next !== value) onSettled(next);
    }, VOLUME_SETTLE_MS);
  };
  return (
    <div className="field volume">
      <label className="field__label" htmlFor="volume">
        Volume
      </label>
      <div className="field__control">
        <input
          id="volume"
          type="range"
          min={NUMBER_RANGES.soundVolume.min}
          max={NUMBER_RANGES.soundVolume.max}
          step={5}
          value={shown}
          disabled={disabled}
          aria-valuetext={`${shown}%`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor="volume" className="volume__value">
          {shown}%
        </output>
      </div>
    </div>
  );
}

/** What the voice switch says about this system's voices. */
function voiceHint(available: boolean | null, soundOn: boolean): string {
  if (available === false) return 'This system has no voice to speak with, so nothing will be spoken. (On Linux: install speech-dispatcher and espeak-ng.)';
  if (!soundOn) return 'Turn on sounds to hear it: the voice never speaks while sounds are off.';
  return 'Says each step, its cues, “switch sides” and the last seconds, at the volume below.';
}

export function SoundLookSection({ preferences, save, focusedWindowDisplay = null }: Props) {
  const voiceAvailable = useVoiceAvailable();
  return (
    <>
      <Group title="Sound">
        <Switch
          label="Play soft sounds during routines"
          hint="A chime when a step changes. Never when your system is muted."
          checked={preferences.soundEnabled}
          onChange={(soundEnabled) => save({ soundEnabled })}
        />
        <Switch
          label="Speak the routine aloud (voice guidance)"
          hint={voiceHint(voiceAvailable, preferences.soundEnabled)}
          checked={preferences.voiceGuidance}
          disabled={!preferences.soundEnabled}
          onChange={(voiceGuidance) => save({ voiceGuidance })}
        />
        <VolumeSlider value={preferences.soundVolume} disabled={!preferences.soundEnabled} onSettled={(soundVolume) => save({ soundVolume })} />
      </Group>

      <Group title="Look">
        <Segmented<Theme>
          legend="Theme"
          value={preferences.theme}
          choices={[
            { value: 'system', label: 'Like the system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={(theme) => save({ theme })}
        />
        <Segmented<TrayIconColour>
          legend="Tray icon"
          value={preferences.trayIcon}
          choices={[
            { value: 'automatic', label: 'Automatic', hint: 'Follows your panel' },
            { value: 'light', label: 'Light', hint: 'For a dark panel' },
            { value: 'dark', label: 'Dark', hint: 'For a light panel' },
          ]}
          onChange={(trayIcon) => save({ trayIcon })}
        />
        <Segmented<PlayerSize>
          legend="Routine player"
          value={preferences.playerSize}
          choices={[
            { value: 'large', label: 'Large, to follow from a step away' },
            { value: 'compact', label: 'Compact, the size of the card' },
          ]}
          onChange={(playerSize) => save({ playerSize })}
        />
        <fieldset className="corners">
          <legend className="field__label">Reminder card corner</legend>
          <div className="corners__screen">
            {CORNERS.map((corner) => (
              <label key={corner.value} className={`corners__spot corners__spot--${corner.value}`}>
                <input
                  type="radio"
                  name="reminderCorner"
                  checked={preferences.reminderCorner === corner.value}
                  onChange={() => save({ reminderCorner: corner.value })}
                />
                <span>{corner.label}</span>
              </label>
            ))}
          </div>
          <p className="field__hint">Of the display chosen below.</p>
        </fieldset>
        <Segmented<CardDisplay>
          legend="Reminder card display"
          value={preferences.cardDisplay}
          choices={[
            { value: 'cursor', label: 'Under the pointer' },
            { value: 'primary', label: 'Primary' },
            { value: 'focusedWindow', label: 'Focused window' },
          ]}
          onChange={(cardDisplay) => save({ cardDisplay })}
        />
        {preferences.cardDisplay === 'focusedWindow' && focusedWindowDisplay?.kind === 'unavailable' ? (
          <p className="field__hint card-display__note" role="note">
            {focusedWindowDisplay.reason}
          </p>
        ) : null}
      </Group>

      <Group title="Start-up">
        <Switch
          label="Start Limber when I log in"
          hint="Limber waits quietly in the tray."
          checked={preferences.startAtLogin}
          onChange={(startAtLogin) => save({ startAtLogin })}
        />
        <Switch
          label="Tell me when a new version is out"
          hint="Once a day Limber asks GitHub for its latest release; GitHub sees your IP address, nothing else is sent. Off: Limber sends nothing."
          checked={preferences.updateNotice}
          onChange={(updateNotice) => save({ updateNotice })}
        />
      </Group>
    </>
  );
}
