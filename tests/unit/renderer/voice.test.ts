import { describe, expect, it } from 'vitest';
import type { Exercise, RoutineStep } from '../../../common/routine';
import { cueAt, msToNextBeat, repAt, stepPace } from '../../../renderer/src/reminder/pace';
import { createVoiceGuide, linesDue, pickVoice, stepScript, type VoiceSettings } from '../../../renderer/src/reminder/voice';

const hold: Pick<Exercise, 'name' | 'cues' | 'dosage'> = {
  name: 'Seated side bend',
  cues: ['Sit tall.', 'Reach up.', 'Lean away.', 'Hip stays down.'],
  dosage: { kind: 'hold', seconds: 20, minSeconds: 20, maxSeconds: 30 },
};
const reps: Pick<Exercise, 'name' | 'cues' | 'dosage'> = {
  name: 'Seated march',
  cues: ['Sit tall.', 'Brace.', 'Lift a foot.', 'Lower it.'],
  dosage: { kind: 'reps', reps: 8, secondsPerRep: 3, minReps: 7, maxReps: 10 },
};
const step = (kind: RoutineStep['kind'], seconds: number, side: RoutineStep['side'] = 'none') => ({ kind, seconds, side });

describe('pace: the rep and the cue at each moment', () => {
  it('a 20 s hold with 4 cues changes cue every 5 s, on whole seconds', () => {
    const p = stepPace(step('exercise', 20), hold);
    expect(p.reps).toBeNull();
    expect(p.cueStartsMs).toEqual([0, 5000, 10000, 15000]);
    expect([0, 4999, 5000, 14999, 15000, 19999].map((t) => cueAt(p, t))).toEqual([0, 0, 1, 2, 3, 3]);
    expect(repAt(p, 3000)).toBeNull();
  });

  it('24 s of 3-second reps is 8 reps; cues start on reps 1, 3, 5, 7; the count holds at 8 at the end', () => {
    const p = stepPace(step('exercise', 24), reps);
    expect(p.reps).toBe(8);
    expect(p.cueStartsMs).toEqual([0, 6000, 12000, 18000]);
    expect([0, 2999, 3000, 23999, 24000].map((t) => repAt(p, t))).toEqual([1, 1, 2, 8, 8]);
    // Reps fitted by the composer: 20 s at 3 s per rep is 7 reps of 20/7 s.
    const fitted = stepPace(step('exercise', 20), reps);
    expect(fitted.reps).toBe(7);
    expect(repAt(fitted, 2857)).toBe(1);
    expect(repAt(fitted, 2858)).toBe(2);
  });

  it('with more cues than reps the cues share the seconds instead', () => {
    const p = stepPace(step('exercise', 12), { ...reps, dosage: { kind: 'reps', reps: 2, secondsPerRep: 6, minReps: 1, maxReps: 4 } });
    expect(p.reps).toBe(2);
    expect(p.cueStartsMs).toEqual([0, 3000, 6000, 9000]);
  });

  it('the next beat is the nearer of the next rep and the next cue', () => {
    const p = stepPace(step('exercise', 24), reps);
    expect(msToNextBeat(p, 0)).toBe(3000);
    expect(msToNextBeat(p, 5500)).toBe(500);
    expect(msToNextBeat(p, 22000)).toBeNull();
  });

  it('pauses and "next up" have no reps, only the first cue', () => {
    expect(stepPace(step('transition', 5), reps)).toMatchObject({ reps: null, cueStartsMs: [0] });
  });
});

describe('voice: what is said when', () => {
  const holdScript = stepScript(step('exercise', 20, 'right'), hold, stepPace(step('exercise', 20), hold));

  it('says the name and side, each cue as it becomes current, then 3, 2, 1', () => {
    expect(holdScript.map((l) => [l.atMs, l.text])).toEqual([
      [0, 'Seated side bend, right side.'],
      [0, 'Sit tall.'],
      [5000, 'Reach up.'],
      [10000, 'Lean away.'],
      [15000, 'Hip stays down.'],
      [17000, '3'],
      [18000, '2'],
      [19000, '1'],
    ]);
  });

  it('names what comes next, and says switch sides', () => {
    expect(stepScript(step('transition', 5, 'right'), hold, stepPace(step('transition', 5), hold)).map((l) => l.text)).toEqual([
      'Next up: Seated side bend, right side. Get into position.',
    ]);
    expect(stepScript(step('switchSides', 5, 'left'), hold, stepPace(step('switchSides', 5), hold)).map((l) => l.text)).toEqual(['Switch sides. Now the left side.']);
  });

  it('says each line once as time passes, and drops what a sleeping window missed', () => {
    expect(linesDue(holdScript, null, 0).map((l) => l.text)).toEqual(['Seated side bend, right side.', 'Sit tall.']);
    expect(linesDue(holdScript, 0, 4999)).toEqual([]);
    expect(linesDue(holdScript, 4999, 5000).map((l) => l.text)).toEqual(['Reach up.']);
    expect(linesDue(holdScript, 5000, 5000)).toEqual([]);
    // Woke 18.5 s in after sleeping since 1 s: only the latest cue and the count of this second.
    expect(linesDue(holdScript, 1000, 18500).map((l) => l.text)).toEqual(['Hip stays down.', '2']);
  });
});

describe('voice: the speaker', () => {
  const voices = [
    { name: 'German', lang: 'de-DE', localService: true, default: true },
    { name: 'US remote', lang: 'en-US', localService: false, default: false },
    { name: 'UK local', lang: 'en_GB', localService: true, default: false },
  ];

  it('picks a voice for the UI language: the exact locale first, then the same language, local first', () => {
    expect(pickVoice(voices, 'en-US')?.name).toBe('US remote');
    expect(pickVoice(voices, 'en-GB')?.name).toBe('UK local');
    expect(pickVoice(voices, 'en')?.name).toBe('UK local');
    expect(pickVoice(voices, 'fr-FR')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  function fakeSpeech(list: typeof voices) {
    const spoken: { text: string; volume: number; lang: string }[] = [];
    let cancels = 0;
    class Utterance {
      voice: unknown = null;
      lang = '';
      volume = 1;
      rate = 1;
      constructor(readonly text: string) {}
    }
    const synth = {
      speak: (u: Utterance) => void spoken.push({ text: u.text, volume: u.volume, lang: u.lang }),
      cancel: () => void (cancels += 1),
      getVoices: () => list,
    };
    return { speech: { synth, Utterance } as unknown as Parameters<typeof createVoiceGuide>[0], spoken, cancels: () => cancels };
  }
  const on: VoiceSettings = { enabled: true, volume: 40, lang: 'en-GB' };

  it('speaks at the sound volume in the chosen voice; a new step interrupts what is queued', () => {
    const f = fakeSpeech(voices);
    const guide = createVoiceGuide(f.speech, on);
    guide.say(['Sit tall.']);
    guide.say(['Next up.'], { interrupt: true });
    expect(f.spoken).toEqual([
      { text: 'Sit tall.', volume: 0.4, lang: 'en_GB' },
      { text: 'Next up.', volume: 0.4, lang: 'en_GB' },
    ]);
    expect(f.cancels()).toBe(1);
  });

  it('never speaks when off (sounds off), at volume 0, with no voice for the language, or with no speech API', () => {
    const f = fakeSpeech(voices);
    const guide = createVoiceGuide(f.speech, { ...on, enabled: false });
    guide.say(['a']);
    guide.configure({ ...on, volume: 0 });
    guide.say(['b']);
    guide.configure({ ...on, lang: 'fr' });
    guide.say(['c']);
    expect(f.spoken).toEqual([]);
    const none = fakeSpeech([]);
    createVoiceGuide(none.speech, on).say(['d']);
    expect(none.spoken).toEqual([]);
    expect(() => createVoiceGuide(null, on).say(['e'])).not.toThrow();
  });

  it('stops speaking at once when turned off mid-sentence', () => {
    const f = fakeSpeech(voices);
    const guide = createVoiceGuide(f.speech, on);
    guide.configure({ ...on, enabled: false });
    expect(f.cancels()).toBe(1);
  });
});
