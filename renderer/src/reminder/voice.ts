/**
 * Voice guidance: the routine spoken aloud with the Web Speech API, for someone on the floor
 * a metre from the screen. Two parts: a pure script of what to say when (unit-tested), and a
 * thin speaker over `speechSynthesis` that follows the sound settings and picks a voice for the
 * UI's language. No voice on the system, no speech API, sounds off: it stays silent, never an error.
 */
import type { Exercise, RoutineStep } from '../../../common/routine';
import { sideLabel } from './describe';
import { pickVoice, systemSpeech } from '../shared/voices';
import type { StepPace } from './pace';

export type LineKind = 'name' | 'cue' | 'switch' | 'count' | 'end';

export interface Line {
  /** Ms into the step at which it is said. */
  readonly atMs: number;
  readonly text: string;
  readonly kind: LineKind;
}

/** Shorter holds are over before a countdown could help. */
const COUNT_FROM_MS = 6000;

/**
 * What is said during one step: its name at the start, each cue as it becomes current (the
 * same moments the player highlights it), "switch sides", and the last three seconds of an
 * exercise. "Next up" pauses name what comes; the end of the routine is `END_LINE`.
 */
export function stepScript(step: Pick<RoutineStep, 'kind' | 'side'>, exercise: Pick<Exercise, 'name' | 'cues'> | undefined, pace: StepPace): Line[] {
  const name = exercise?.name ?? 'the next exercise';
  const side = sideLabel(step.side)?.toLowerCase();
  const withSide = side ? `${name}, ${side}` : name;
  switch (step.kind) {
    case 'transition':
      return [{ atMs: 0, text: `Next up: ${withSide}. Get into position.`, kind: 'name' }];
    case 'switchSides':
      return [{ atMs: 0, text: `Switch sides. Now the ${side ?? 'other side'}.`, kind: 'switch' }];
    case 'exercise': {
      const lines: Line[] = [{ atMs: 0, text: `${withSide}.`, kind: 'name' }];
      pace.cueStartsMs.forEach((atMs, i) => {
        const cue = exercise?.cues[i];
        if (cue) lines.push({ atMs, text: cue, kind: 'cue' });
      });
      if (pace.totalMs >= COUNT_FROM_MS) {
        for (const n of [3, 2, 1]) lines.push({ atMs: pace.totalMs - n * 1000, text: String(n), kind: 'count' });
      }
      return lines.sort((a, b) => a.atMs - b.atMs);
    }
  }
}

export const END_LINE = 'That was the routine. Well done.';

/**
 * The lines due when playback moves from `fromMs` to `toMs` in a step (`fromMs` null: the
 * step was just entered, so its opening lines are due too). After a long sleep (a throttled
 * window), what is stale is dropped: only the latest cue, and a count only within its second.
 */
export function linesDue(script: readonly Line[], fromMs: number | null, toMs: number): Line[] {
  const due = script.filter((l) => l.atMs <= toMs && (fromMs === null ? true : l.atMs > fromMs));
  const lastCue = due.filter((l) => l.kind === 'cue').at(-1);
  return due.filter((l) => (l.kind === 'cue' ? l === lastCue : l.kind === 'count' ? toMs - l.atMs < 1000 : true));
}

// ---- the speaker -------------------------------------------------------------------------

export interface VoiceSettings {
  /** The voice preference, and sounds on: voice never speaks when sounds are off. */
  readonly enabled: boolean;
  /** 0–100, the sound volume. */
  readonly volume: number;
  /** BCP 47, the UI's language ("en" or "en-GB"). */
  readonly lang: string;
}

export interface VoiceGuide {
  configure(settings: VoiceSettings): void;
  /** Speaks the lines in order; `interrupt` first drops what is still queued (a new step). */
  say(texts: readonly string[], options?: { interrupt?: boolean }): void;
  /** Stops speaking at once (paused, ended). */
  hush(): void;
  dispose(): void;
}

// Voice choice and the speech API live in shared/ (Preferences and the welcome screen ask too).
export { pickVoice, systemSpeech } from '../shared/voices';

export const SILENT_VOICE: VoiceSettings = { enabled: false, volume: 0, lang: 'en' };

export function createVoiceGuide(speech = systemSpeech(), initial: VoiceSettings = SILENT_VOICE): VoiceGuide {
  let settings = initial;
  let voice: SpeechSynthesisVoice | null = null;
  const choose = () => {
    try {
      voice = speech ? pickVoice(speech.synth.getVoices(), settings.lang) : null;
    } catch {
      voice = null;
    }
  };
  // Chromium fills its voice list asynchronously: the first read is often empty.
  const onVoices = () => choose();
  speech?.synth.addEventListener?.('voiceschanged', onVoices);
  choose();
  const hush = () => {
    try {
      speech?.synth.cancel();
    } catch {
      /* nothing to stop */
    }
  };
  return {
    configure(next) {
      const langChanged = next.lang !== settings.lang;
      const wasOn = settings.enabled;
      settings = next;
      if (langChanged || !voice) choose();
      if (wasOn && !next.enabled) hush();
    },
    say(texts, { interrupt = false } = {}) {
      if (!speech || !settings.enabled || settings.volume <= 0 || texts.length === 0) return;
      if (!voice) choose();
      if (!voice) return; // No voice for this language on this system: silent, by design.
      if (interrupt) hush();
      for (const text of texts) {
        try {
          const u = new speech.Utterance(text);
          u.voice = voice;
          u.lang = voice.lang;
          u.volume = Math.min(1, Math.max(0, settings.volume / 100));
          u.rate = 0.95;
          speech.synth.speak(u);
        } catch {
          return; // A speech engine that fails is a missing nicety, never a broken routine.
        }
      }
    },
    hush,
    dispose() {
      speech?.synth.removeEventListener?.('voiceschanged', onVoices);
      hush();
    },
  };
}
