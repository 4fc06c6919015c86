/**
 * The sentences the composer shows when the user's settings left too little to build a
 * routine without bending a rule. One sentence each, plain words, saying what was bent and why.
 */
import type { Position } from '../../../common/preferences';
import type { Emphasis, Exercise, Phase, RelaxationNote } from '../../../common/routine';

const PHASE_NOUN: Record<Phase, string> = { reset: 'warm-up', restore: 'mobility move', rebuild: 'strength move' };
const AREA_NOUN: Record<Emphasis, string> = { hips: 'hip', thoracic: 'upper-back' };

const andList = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** "your seated moves", "your seated and standing moves": what the user's positions allow. */
const yourMoves = (positions: readonly Position[]) => `your ${andList(positions)} moves`;

/** 120 → "2 min", 150 → "2½ min", 125 → "2 min 5 s", 55 → "55 s". */
export function minutesLabel(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  if (s === 0) return `${m} min`;
  if (s === 30) return `${m}½ min`;
  return `${m} min ${s} s`;
}

export function repeatNote(exercises: readonly Exercise[]): RelaxationNote {
  return {
    code: 'repeat',
    exerciseIds: exercises.map((e) => e.id),
    message: `Repeats ${andList(exercises.map((e) => e.name))} from your last two routines: nothing new fits your settings.`,
  };
}

export function lengthNote(totalSeconds: number, targetSeconds: number, positions: readonly Position[]): RelaxationNote {
  const direction = totalSeconds < targetSeconds ? 'shorter' : 'longer';
  const why = direction === 'shorter' ? `that is all ${yourMoves(positions)} can fill` : `no shorter routine fits ${yourMoves(positions)}`;
  return {
    code: 'length',
    direction,
    totalSeconds,
    targetSeconds,
    message: `${minutesLabel(totalSeconds)} instead of ${minutesLabel(targetSeconds)}: ${why}.`,
  };
}

export function coverageNote(area: Emphasis): RelaxationNote {
  return { code: 'coverage', area, message: `No ${AREA_NOUN[area]} move fits your settings, so this routine leaves that area out.` };
}

/** `restoreMoves`: how many the routine has (a restore note means fewer than two). */
export function phaseNote(phase: Phase, restoreMoves = 1): RelaxationNote {
  const message =
    phase !== 'restore'
      ? `No ${PHASE_NOUN[phase]} fits your settings (the ones you can do are left out), so this routine has none.`
      : restoreMoves === 1
        ? 'Only one mobility move fits your settings, so this routine has just that one.'
        : 'No mobility move fits your settings, so this routine has none.';
  return { code: 'phase', phase, message };
}

export function excludedNote(exercises: readonly Exercise[]): RelaxationNote {
  return {
    code: 'excluded',
    exerciseIds: exercises.map((e) => e.id),
    message: `Includes ${andList(exercises.map((e) => e.name))}, which you left out, because nothing else fits. Skip what does not suit you.`,
  };
}
