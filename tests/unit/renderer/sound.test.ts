import { describe, expect, it } from 'vitest';
import { CUE_NOTES, createCuePlayer, MAX_GAIN, peakGain, type CueSettings } from '../../../renderer/src/reminder/sound';

/** Just enough of AudioContext to record what a cue schedules. */
function fakeContext() {
  const notes: { hz: number; peak: number; start: number; stop: number }[] = [];
  let resumed = 0;
  const param = () => {
    const p = {
      value: 0,
      peak: 0,
      setValueAtTime: (v: number) => ((p.value = v), (p.peak = Math.max(p.peak, v)), p),
      exponentialRampToValueAtTime: (v: number) => ((p.peak = Math.max(p.peak, v)), p),
    };
    return p;
  };
  const ctx = {
    state: 'suspended',
    currentTime: 10,
    destination: {},
    resume: async () => void (resumed += 1),
    close: async () => undefined,
    createGain: () => ({ gain: param(), connect: () => undefined }),
    createOscillator: () => {
      const osc = {
        type: '',
        frequency: param(),
        gain: null as null | { gain: ReturnType<typeof param> },
        connect: (g: { gain: ReturnType<typeof param> }) => void (osc.gain = g),
        start: (t: number) => notes.push({ hz: osc.frequency.value, peak: osc.gain?.gain.peak ?? 0, start: t, stop: 0 }),
        stop: (t: number) => void (notes.at(-1)!.stop = t),
      };
      return osc;
    },
  };
  return { ctx: ctx as unknown as AudioContext, notes, resumed: () => resumed };
}

describe('sound cues', () => {
  it('plays the notes of each cue, softly, each fading out within a second', () => {
    const fake = fakeContext();
    const player = createCuePlayer({ enabled: true, volume: 100 }, () => fake.ctx);
    player.play('end');
    expect(fake.notes.map((n) => n.hz)).toEqual(CUE_NOTES.end.map((n) => n.hz));
    expect(fake.notes.every((n) => n.peak === MAX_GAIN)).toBe(true);
    expect(fake.notes.every((n) => n.stop - n.start < 1)).toBe(true);
    // A suspended context (no user gesture yet) is asked to resume.
    expect(fake.resumed()).toBeGreaterThan(0);
  });

  it('follows the volume on a curve, and changes of the preferences at once', () => {
    const fake = fakeContext();
    const player = createCuePlayer({ enabled: true, volume: 50 }, () => fake.ctx);
    player.play('next');
    player.configure({ enabled: true, volume: 20 });
    player.play('next');
    expect(fake.notes.map((n) => n.peak)).toEqual([peakGain(50), peakGain(20)]);
    expect(peakGain(50)).toBeCloseTo(MAX_GAIN / 4);
    expect(peakGain(0)).toBe(0);
    expect(peakGain(150)).toBe(MAX_GAIN);
  });

  it('opens no audio device at all while sound is off or the volume is 0', () => {
    let made = 0;
    const settings: CueSettings[] = [
      { enabled: false, volume: 80 },
      { enabled: true, volume: 0 },
    ];
    for (const s of settings) {
      const player = createCuePlayer(s, () => ((made += 1), fakeContext().ctx));
      player.unlock();
      player.play('switch');
    }
    expect(made).toBe(0);
    // Silent until the preferences arrive.
    const player = createCuePlayer(undefined, () => ((made += 1), fakeContext().ctx));
    player.play('next');
    expect(made).toBe(0);
  });

  it('a machine without audio is not an error', () => {
    const player = createCuePlayer({ enabled: true, volume: 40 }, () => {
      throw new Error('no audio device');
    });
    expect(() => player.play('next')).not.toThrow();
  });
});
