/**
 * The wording rules of issue 14, item 4, checked on the whole catalog (new exercises included),
 * with the rules written here rather than imported from catalogRules.ts:
 * - one action per cue (CONTENT.md: "one action per cue");
 * - "Stop", never "ease off", for sharp or radiating pain, tingling or numbness (001, 002, 003);
 * - every roller or ball move says to stop at sharp pain (000, 001, 002);
 * - chair moves ask for a steady chair that does not roll, swivel or recline, and one whose back
 *   reaches the mid-back where the move leans on it.
 */
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';

/** Verbs a cue gives as an instruction; a second one after "and", "then", a comma or a semicolon is a second action. */
const ACTION_VERBS = [
  'anchor', 'arch', 'bend', 'brace', 'breathe', 'bring', 'come', 'cradle', 'cross', 'curl', 'draw', 'drop', 'face', 'feel',
  'flatten', 'float', 'grow', 'hang', 'hinge', 'hold', 'hug', 'keep', 'kneel', 'lean', 'lengthen', 'let', 'lie', 'lift', 'loop',
  'lower', 'move', 'open', 'pause', 'place', 'press', 'prop', 'pull', 'push', 'put', 'raise', 'reach', 'relax', 'release',
  'repeat', 'rest', 'return', 'rock', 'roll', 'rotate', 'round', 'settle', 'shift', 'sink', 'sit', 'slide', 'spread', 'squeeze',
  'stand', 'start', 'stay', 'step', 'stop', 'straighten', 'stretch', 'sweep', 'swing', 'switch', 'take', 'tighten', 'tilt',
  'tip', 'trap', 'tuck', 'turn', 'twist', 'walk',
];
/** "Lower" and "rest" are also a place and a remainder: "your lower ribs", "the rest of". */
const NOT_A_VERB = /^(lower (back|ribs|leg|legs|body|belly)|rest of)\b/;

/** The second action in a cue, if it has one. */
function secondAction(cue: string): string | null {
  const text = cue.toLowerCase();
  if (/^then\b/.test(text)) return 'then';
  const joint = /(?:\band\b|\bthen\b|,|;)\s+(?:then\s+)?(?:slowly\s+|gently\s+)?([a-z]+(?:\s+[a-z]+)?)/g;
  for (const m of text.matchAll(joint)) {
    const words = m[1]!;
    const verb = words.split(' ')[0]!;
    if (ACTION_VERBS.includes(verb) && !NOT_A_VERB.test(words)) return m[0].trim();
  }
  return null;
}

const each = CATALOG.map((ex) => [ex.id, ex] as const);
const sentences = (text: string) => text.split(/(?<=[.;:!?])\s+/).filter(Boolean);
const texts = (ex: Exercise) => [...ex.cues, ex.breathing, ex.why, ex.safety ?? ''];

describe('one action per cue', () => {
  it('the check itself finds two joined actions and passes one', () => {
    expect(secondAction('Put your hands on the desk edge and step your feet back.')).not.toBeNull();
    expect(secondAction('Hold, then lower with control.')).not.toBeNull();
    expect(secondAction('Round your back and let your head hang.')).not.toBeNull();
    expect(secondAction('Then lift your chest and arch gently.')).not.toBeNull();
    expect(secondAction('Lie face up, then slowly bring both knees in.')).not.toBeNull();
    expect(secondAction('Rest one hand on your belly and one on your lower ribs.')).toBeNull();
    expect(secondAction('Reach one arm forward and the opposite leg back.')).toBeNull();
    expect(secondAction('Rest your hands on your belly and lower ribs.')).toBeNull();
    expect(secondAction('Bend the front knee to bring your hips forward.')).toBeNull();
  });

  // Mutation caught: 'Return, then switch sides.' back in standing-bird-dog (or any cue like it).
  it.each(each)('%s asks for one action in each cue', (_id, ex) => {
    const doubled = ex.cues.map((c) => [c, secondAction(c)] as const).filter(([, second]) => second !== null);
    expect(doubled).toEqual([]);
  });
});

describe('safety as the seeds say it', () => {
  const WARNING_SIGN = /\b(sharp|radiat\w*|shooting|spreading pain|down the leg|tingl\w*|numb\w*)\b/i;
  const SOFTENED = /\bease (off|up)\b|\bback off\b|\bgo easier\b/i;

  // Mutation caught: 'Ease off at sharp pain, or at pain, tingling or numbness down the leg.' in
  // seated-glute-ball-release's safety note.
  it.each(each)('%s says "stop" for sharp or radiating pain, tingling or numbness', (_id, ex) => {
    for (const sentence of texts(ex).flatMap(sentences)) {
      if (!WARNING_SIGN.test(sentence)) continue;
      expect(sentence, 'a warning sign means stop').toMatch(/\bstop\b/i);
      expect(sentence, 'not "ease off"').not.toMatch(SOFTENED);
    }
  });

  it.each(each)('%s never softens pain into "ease off"', (_id, ex) => {
    for (const sentence of texts(ex).flatMap(sentences)) {
      if (/\b(pain|hurts?|tingl\w*|numb\w*|pinch\w*)\b/i.test(sentence)) expect(sentence).not.toMatch(SOFTENED);
    }
  });

  const withTool = each.filter(([, ex]) => ex.equipment.includes('foamRoller') || ex.equipment.includes('massageBall'));
  // Mutation caught: dropping 'Stop at sharp pain.' from lat-roll's safety note.
  it.each(withTool)('%s (roller or ball) says to stop at sharp pain', (_id, ex) => {
    expect(ex.safety ?? '').toMatch(/\bstop\b[^.]*\bsharp\b/i);
  });
});

describe('chair moves', () => {
  const chairMoves = each.filter(([, ex]) => ex.equipment.includes('chair'));
  /** A cue that puts weight on the chair's back. */
  const LEANS_ON_BACKREST = /\b(chair back|back of the chair|top of the chair|backrest|over the chair)\b/i;

  it('the catalog has chair moves, some leaning on the backrest', () => {
    expect(chairMoves.length).toBeGreaterThanOrEqual(5);
    expect(chairMoves.some(([, ex]) => ex.cues.some((c) => LEANS_ON_BACKREST.test(c)))).toBe(true);
  });

  // Mutation caught: seated-thoracic-rotation's safety note without its steady-chair sentence.
  it.each(chairMoves)('%s asks for a steady chair that does not roll, swivel or recline', (_id, ex) => {
    const safety = ex.safety ?? '';
    expect(safety).toMatch(/\b(steady|stable|fixed)\b[^.]*\bchair\b/i);
    expect(safety).toMatch(/\b(wheels|roll)\b/i);
    expect(safety).toMatch(/\bswivel\b/i);
    expect(safety).toMatch(/\brecline\b/i);
  });

  // Mutation caught: chair-back-extension's note back to STEADY_CHAIR (no mid-back).
  it.each(chairMoves.filter(([, ex]) => ex.cues.some((c) => LEANS_ON_BACKREST.test(c))))(
    '%s leans on the backrest, so asks for one that reaches the mid-back',
    (_id, ex) => {
      expect(ex.safety ?? '').toMatch(/\bback\b[^.]*\bmid-back\b/i);
    },
  );
});
