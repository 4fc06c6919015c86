/**
 * The system's speech voices, for voice guidance (reminder/voice.ts) and for Preferences and
 * the welcome screen, which say when this system has no voice at all.
 */
import { useEffect, useState } from 'react';

type VoiceInfo = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>;
export type Synth = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'> & Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;
export interface Speech {
  readonly synth: Synth;
  readonly Utterance: typeof SpeechSynthesisUtterance;
}

/**
 * The best voice for a language: the exact locale, else the same language, preferring voices
 * on this machine (no network) and the system default. None: null (and nothing is spoken).
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  const want = norm(lang);
  const primary = want.split('-')[0]!;
  const score = (v: V) => {
    const l = norm(v.lang);
    const match = l === want ? 4 : l.split('-')[0] === primary ? 2 : 0;
    return match === 0 ? 0 : match + (v.localService ? 0.5 : 0) + (v.default ? 0.25 : 0);
  };
  let best: V | null = null;
  for (const v of voices) if (score(v) > 0 && (!best || score(v) > score(best))) best = v;
  return best;
}

/** The page's speech API, if it has one. */
export function systemSpeech(): Speech | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return null;
  return { synth: window.speechSynthesis, Utterance: window.SpeechSynthesisUtterance };
}

/** The UI's language, for choosing a voice. */
export const uiLanguage = (): string => document.documentElement.lang || navigator.language || 'en';

/**
 * Whether the system has a voice for the UI language: null while the list is still loading
 * (Chromium fills it asynchronously), then true or false; follows later changes.
 */
export function useVoiceAvailable(given?: Speech | null): boolean | null {
  const [speech] = useState(() => (given === undefined ? systemSpeech() : given));
  const [available, setAvailable] = useState<boolean | null>(() => (speech === null ? false : hasVoice(speech) ? true : null));
  useEffect(() => {
    if (!speech) return;
    const update = () => setAvailable(hasVoice(speech) ? true : null);
    speech.synth.addEventListener?.('voiceschanged', update);
    // No voice after a few seconds: there is none (the list does not fill on such systems).
    const settle = window.setTimeout(() => setAvailable(hasVoice(speech)), 3000);
    return () => {
      window.clearTimeout(settle);
      speech.synth.removeEventListener?.('voiceschanged', update);
    };
  }, [speech]);
  return available;
}

function hasVoice(speech: Speech): boolean {
  try {
    return pickVoice(speech.synth.getVoices(), uiLanguage()) !== null;
  } catch {
    return false;
  }
}
