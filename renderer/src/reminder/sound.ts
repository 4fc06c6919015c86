/**
 * Soft sound cues, synthesised with Web Audio: no files to ship, load or decode.
 *
 * Each cue is one to three sine notes with a gentle attack and a long fade, quiet enough to
 * sit under music. The player depends only on the CuePlayer interface, so tests can pass their
 * own; the browser tests stub AudioContext instead and check the notes that reach it.
 */

export type Cue = 'next' | 'switch' | 'end';

export interface CueSettings {
  readonly enabled: boolean;
  /** 0–100, as in the preferences. */
  readonly volume: number;
}

export interface CuePlayer {
  play(cue: Cue): void;
  /** Follows the preferences: read when a cue plays, so a change applies at once. */
  configure(settings: CueSettings): void;
  /**
   * Lets audio start. Chromium keeps an AudioContext created without a user gesture suspended,
   * so the player calls this from the click or key press that starts the routine.
   */
  unlock(): void;
  dispose(): void;
}

/** The notes of each cue (Hz, start offset in s): one note to move on, a step up to switch
 *  sides, a rising major triad at the end. */
export const CUE_NOTES: Readonly<Record<Cue, readonly { readonly hz: number; readonly at: number }[]>> = {
  next: [{ hz: 587.33, at: 0 }],
  switch: [
    { hz: 523.25, at: 0 },
    { hz: 659.25, at: 0.16 },
  ],
  end: [
    { hz: 523.25, at: 0 },
    { hz: 659.25, at: 0.14 },
    { hz: 783.99, at: 0.28 },
  ],
};

/** Loudest peak gain at volume 100: soft, a sine at a quarter of full scale. */
export const MAX_GAIN = 0.25;
const ATTACK_S = 0.02;
const DECAY_S = 0.9;

/**
 * Peak gain for a volume setting. Loudness is heard roughly logarithmically, so a squared curve
 * makes the slider's lower half usable instead of jumping from silent to loud.
 */
export function peakGain(volume: number): number {
  const v = Math.min(100, Math.max(0, volume)) / 100;
  return MAX_GAIN * v * v;
}

/** Until the preferences arrive, silence: better no cue than one the user turned off. */
export const SILENT: CueSettings = { enabled: false, volume: 0 };

export function createCuePlayer(initial: CueSettings = SILENT, makeContext: () => AudioContext = () => new AudioContext()): CuePlayer {
  let ctx: AudioContext | null = null;
  let settings = initial;
  // Sound off means no AudioContext at all: nothing is opened on the audio device.
  const context = (): AudioContext | null => {
    const { enabled, volume } = settings;
    if (!enabled || volume <= 0) return null;
    if (!ctx) {
      try {
        ctx = makeContext();
      } catch {
        return null; // No audio device: cues are a nicety, never an error.
      }
    }
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    return ctx;
  };
  return {
    configure(next) {
      settings = next;
    },
    unlock() {
      context();
    },
    play(cue) {
      const audio = context();
      if (!audio) return;
      const peak = peakGain(settings.volume);
      const start = audio.currentTime + 0.01;
      for (const note of CUE_NOTES[cue]) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.type = 'sine';
        osc.frequency.setValueAtTime(note.hz, start + note.at);
        gain.gain.setValueAtTime(0.0001, start + note.at);
        gain.gain.exponentialRampToValueAtTime(peak, start + note.at + ATTACK_S);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + ATTACK_S + DECAY_S);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(start + note.at);
        osc.stop(start + note.at + ATTACK_S + DECAY_S + 0.05);
      }
    },
    dispose() {
      void ctx?.close().catch(() => undefined);
      ctx = null;
    },
  };
}
