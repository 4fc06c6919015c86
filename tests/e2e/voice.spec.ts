/**
 * Voice guidance in Chromium: the page's utterances observed in order and time (speechSynthesis
 * replaced by a recorder before the page loads, Playwright's clock driving the routine), the
 * sound setting obeyed, and one cue spoken for real: speech-dispatcher + espeak-ng playing into
 * a private PulseAudio null sink, recorded to prove that sound came out (skipped, in one line,
 * only where those programs are missing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import type { RoutinePlan } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import type { Exercise } from '../../common/routine';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { handPlan, reminderSnapshot, useAudioStub } from '../support/reminderFixtures';
import { missingTools, startDesktopSession, startPulseAudio } from '../integration/busy/desktopSession';

interface Spoken {
  text?: string;
  cancel?: boolean;
  at: number;
  volume?: number;
  lang?: string;
  events?: string[];
}
declare global {
  interface Window {
    __limberSpeech?: Spoken[];
  }
}

/** Runs in the page: a recording speechSynthesis with the given voices (self-contained). */
function installSpeechRecorder(voices: { name: string; lang: string }[]): void {
  const log: Spoken[] = [];
  window.__limberSpeech = log;
  class FakeUtterance {
    volume = 1;
    lang = '';
    rate = 1;
    voice: unknown = null;
    constructor(readonly text: string) {}
  }
  const list = voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }));
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    speak: (u: FakeUtterance) => void log.push({ text: u.text, at: Date.now(), volume: u.volume, lang: u.lang }),
    cancel: () => void log.push({ cancel: true, at: Date.now() }),
    getVoices: () => list,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
}

// Chromium on Linux speaks through speech-dispatcher only when asked to (the recorder tests
// replace speechSynthesis, so the flag matters only to the real-voice test).
const executablePath = chromiumExecutable();
test.use({ launchOptions: { args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'], ...(executablePath ? { executablePath } : {}) } });

const PLAN: RoutinePlan = handPlan(['seated-side-bend', 'seated-march'], 20, 5);
const ex = (id: string) => PLAN.exercises.find((e) => e.id === id)!;

async function play(page: Page, preferences: Partial<Preferences>, voices = [{ name: 'English', lang: 'en-US' }]) {
  const t0 = new Date('2025-03-04T10:15:00Z').getTime();
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(t0 + 1_000);
  await useAudioStub(page);
  await page.addInitScript(installSpeechRecorder, voices);
  await useFakeBridge(page, { snapshot: reminderSnapshot(PLAN, { preferences }), recorded: { streakDays: 1, routinesToday: 1 } });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  return t0 + 1_000;
}

const spoken = async (page: Page, since: number) =>
  (await page.evaluate(() => window.__limberSpeech ?? [])).filter((s) => s.text !== undefined).map((s) => [s.at - since, s.text!] as const);

/** The expected script, from the catalog and the dosage (independent of pace.ts / voice.ts). */
function expected(): (readonly [number, string])[] {
  const out: [number, string][] = [];
  const bend = ex('seated-side-bend');
  const march = ex('seated-march');
  const holdCues = (e: Exercise, start: number) => e.cues.map((c, i) => [start + i * 5000, c] as [number, string]);
  const count = (end: number) => [3, 2, 1].map((n) => [end - n * 1000, String(n)] as [number, string]);
  out.push([0, 'Next up: Seated side bend, right side. Get into position.']);
  out.push([5000, 'Seated side bend, right side.'], ...holdCues(bend, 5000), ...count(25000));
  out.push([25000, 'Switch sides. Now the left side.']);
  out.push([30000, 'Seated side bend, left side.'], ...holdCues(bend, 30000), ...count(50000));
  out.push([50000, 'Next up: Seated march. Get into position.']);
  // 20 s of the catalog's rep length is n reps of 20/n s; the cues start on reps spread evenly
  // (with 2-second reps: 10 reps of 2 s, 4 cues on reps 1, 3, 6 and 8).
  if (march.dosage.kind !== 'reps') throw new Error('seated-march is dosed in reps');
  const n = Math.round(20 / march.dosage.secondsPerRep);
  const rep = 20000 / n;
  const cueCount = march.cues.length;
  out.push([55000, 'Seated march.'], ...march.cues.map((c, i) => [55000 + Math.round(Math.floor((i * n) / cueCount) * rep), c] as [number, string]), ...count(75000));
  out.push([75000, 'That was the routine. Well done.']);
  return out;
}

test('speaks each step, its cues as they become current, switch sides, the last three seconds and the end, on time', async ({ page }) => {
  const start = await play(page, { voiceGuidance: true, soundEnabled: true, soundVolume: 60 });
  await page.clock.runFor(76_000);
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  const got = await spoken(page, start);
  const want = expected();
  expect(got.map(([, text]) => text)).toEqual(want.map(([, text]) => text));
  got.forEach(([at], i) => expect(Math.abs(at - want[i]![0]), `"${want[i]![1]}" at ${at} ms, expected ${want[i]![0]}`).toBeLessThanOrEqual(5));
  // At the sound volume, in the UI's language; the queue is cut at each new step.
  const log = await page.evaluate(() => window.__limberSpeech!);
  expect(new Set(log.filter((s) => s.text).map((s) => `${s.volume} ${s.lang}`))).toEqual(new Set(['0.6 en-US']));
  expect(log.filter((s) => s.cancel).length).toBeGreaterThanOrEqual(6);
});

test('pausing stops the voice; skipping speaks the new step at once', async ({ page }) => {
  const start = await play(page, { voiceGuidance: true });
  await page.clock.runFor(7_000);
  await page.keyboard.press('Space');
  const log = await page.evaluate(() => window.__limberSpeech!);
  expect(log.at(-1)).toMatchObject({ cancel: true });
  await page.clock.runFor(30_000);
  expect((await spoken(page, start)).at(-1)![1]).toBe(ex('seated-side-bend').cues[0]);
  await page.keyboard.press('ArrowRight'); // skip to "switch sides" (still paused: silent)
  await page.keyboard.press('Space');
  await expect(page.locator('#step-title')).toHaveText('Switch sides');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.eyebrow')).toContainText('Left side');
  expect((await spoken(page, start)).slice(-2).map(([, t]) => t)).toEqual(['Seated side bend, left side.', ex('seated-side-bend').cues[0]]);
});

test('never speaks with sounds off, with voice guidance off (the default), or with no voice for the language', async ({ page, context }) => {
  await play(page, { voiceGuidance: true, soundEnabled: false });
  await page.clock.runFor(30_000);
  expect((await page.evaluate(() => window.__limberSpeech!)).filter((s) => s.text)).toEqual([]);

  const byDefault = await context.newPage();
  await play(byDefault, {});
  await byDefault.clock.runFor(30_000);
  expect((await byDefault.evaluate(() => window.__limberSpeech!)).filter((s) => s.text)).toEqual([]);

  const noVoice = await context.newPage();
  await play(noVoice, { voiceGuidance: true }, [{ name: 'Deutsch', lang: 'de-DE' }]);
  await noVoice.clock.runFor(27_000);
  expect((await noVoice.evaluate(() => window.__limberSpeech!)).filter((s) => s.text)).toEqual([]);
  await expect(noVoice.locator('#step-title')).toHaveText('Switch sides'); // and the routine plays on
});

/** A sample above this (of 32767) is sound, not the null sink's digital silence. */
const LOUD = 1000;

test.describe('with the system voice', () => {
  // The real chain, heard: a private PulseAudio with a null sink, speech-dispatcher (espeak-ng)
  // and Chromium started inside that session, and the sink's monitor recorded with parec. The
  // cue counts as spoken only if the speakers are silent before Start and carry sound while the
  // engine says it is speaking.
  test('a cue is spoken for real: sound comes out while it is said', async ({ playwright, baseURL }) => {
    test.setTimeout(75_000);
    const missing = missingTools(['dbus-daemon', 'pulseaudio', 'pactl', 'parec', 'speech-dispatcher', 'espeak-ng']);
    test.skip(missing !== null, `No real voice on this machine: ${missing}.`);
    const session = await startDesktopSession();
    let recorder: ChildProcess | null = null;
    try {
      await startPulseAudio(session);
      // In the session's XDG_RUNTIME_DIR, where Chromium's libspeechd looks for its socket.
      session.spawn('speech-dispatcher', ['--run-single', '--timeout', '0']);
      // Per chunk of 16 kHz mono: when it arrived, its peak, and how many of its samples are loud.
      const sound: { at: number; peak: number; loud: number }[] = [];
      recorder = spawn('parec', ['-d', 'limber_speakers.monitor', '--raw', '--format=s16le', '--rate=16000', '--channels=1', '--latency-msec=20'], {
        env: session.env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      recorder.stdout!.on('data', (chunk: Buffer) => {
        let peak = 0;
        let loud = 0;
        for (let i = 0; i + 1 < chunk.length; i += 2) {
          const x = Math.abs(chunk.readInt16LE(i));
          peak = Math.max(peak, x);
          if (x > LOUD) loud++;
        }
        sound.push({ at: Date.now(), peak, loud });
      });
      const env = Object.fromEntries(Object.entries(session.env).filter((e): e is [string, string] => e[1] !== undefined));
      const browser = await playwright.chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'], env });
      try {
        const page = await browser.newPage(baseURL ? { baseURL } : {});
        await useAudioStub(page);
        // Spy on the real engine: the utterance goes through, and its start and end are kept.
        await page.addInitScript(() => {
          const log: Spoken[] = [];
          window.__limberSpeech = log;
          const real = window.speechSynthesis.speak.bind(window.speechSynthesis);
          window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
            const entry: Spoken = { text: u.text, at: Date.now(), events: [] };
            log.push(entry);
            for (const type of ['start', 'end', 'error'] as const) {
              u.addEventListener(type, (e) => entry.events!.push(type === 'error' ? `error:${(e as SpeechSynthesisErrorEvent).error}` : `${type}@${Date.now()}`));
            }
            real(u);
          };
        });
        // A long "next up" pause, so that its line is spoken to the end before the next step.
        await useFakeBridge(page, { snapshot: reminderSnapshot(handPlan(['seated-side-bend'], 20, 20), { preferences: { voiceGuidance: true, soundVolume: 60 } }) });
        await page.goto('/reminder.html');
        const voices = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const n = () => window.speechSynthesis.getVoices().length;
              const started = Date.now();
              // speech-dispatcher starts on Chromium's first ask; on a loaded machine its modules take a while.
              const poll = () => (n() > 0 || Date.now() - started > 30_000 ? resolve(n()) : setTimeout(poll, 100));
              poll();
            }),
        );
        // Every piece is here and running: no voice now is a failure, not a reason to skip.
        expect(voices, 'speech-dispatcher lists no voice to Chromium').toBeGreaterThan(0);
        await expect.poll(() => sound.length, { message: 'parec records the sink' }).toBeGreaterThan(5);
        const before = Math.max(...sound.map((s) => s.peak));
        const clicked = Date.now();
        await page.getByRole('button', { name: 'Start' }).click();
        const events = async () => (await page.evaluate(() => window.__limberSpeech!))[0]?.events ?? [];
        await expect.poll(async () => (await events()).some((e) => e.startsWith('end') || e.startsWith('error')), { timeout: 20_000 }).toBe(true);
        const got = await events();
        expect(got.map((e) => e.split('@')[0])).toEqual(['start', 'end']);
        expect((await page.evaluate(() => window.__limberSpeech!))[0]!.text).toBe('Next up: Seated side bend, right side. Get into position.');
        const [started, ended] = got.map((e) => Number(e.split('@')[1]));
        await expect.poll(() => sound.at(-1)!.at > ended! + 200).toBe(true);
        // Silence before Start; while the line is said, at least 0.3 s of loud samples (speech is
        // voiced in bursts: the whole three-second line has well over a second of them).
        const during = sound.filter((s) => s.at >= started! && s.at <= ended! + 200);
        const loudMs = during.reduce((sum, s) => sum + s.loud, 0) / 16;
        expect(before, 'the sink is silent before Start').toBeLessThan(100);
        expect(clicked).toBeLessThan(started!);
        expect(loudMs, `ms of loud samples while speaking (peak ${Math.max(0, ...during.map((s) => s.peak))})`).toBeGreaterThan(300);
      } finally {
        await browser.close();
      }
    } finally {
      recorder?.kill('SIGTERM');
      await session.stop();
    }
  });
});

test.describe('offered on the welcome screen and in Preferences', () => {
  test('the welcome screen offers it, off by default; chosen, it is saved with the welcome', async ({ page }) => {
    await page.addInitScript(installSpeechRecorder, [{ name: 'English', lang: 'en-US' }]);
    await useFakeBridge(page, { snapshot: defaultSnapshot() });
    await page.goto('/welcome.html');
    const box = page.getByRole('checkbox', { name: /Speak each step aloud/ });
    await expect(box).not.toBeChecked();
    await expect(page.getByText('this system has no voice yet', { exact: false })).toBeHidden();
    await box.check();
    await page.getByRole('button', { name: 'Start Limber' }).click();
    await expect(page.getByRole('heading', { name: 'You’re all set' })).toBeVisible();
    expect((await recordedCalls(page)).map((c) => c.method).filter((m) => m !== 'getSnapshot')).toEqual(['updatePreferences', 'completeWelcome']);
    expect((await recordedCalls(page, 'updatePreferences'))[0]!.payload).toEqual({ voiceGuidance: true });
  });

  test('left unchecked, the welcome does not touch the preference; with no voice it says so', async ({ page }) => {
    await page.addInitScript(installSpeechRecorder, []);
    await useFakeBridge(page, { snapshot: defaultSnapshot() });
    await page.goto('/welcome.html');
    await expect(page.getByText('this system has no voice yet', { exact: false })).toBeVisible({ timeout: 6_000 });
    await page.getByRole('button', { name: 'Start Limber' }).click();
    await expect(page.getByRole('heading', { name: 'You’re all set' })).toBeVisible();
    expect(await recordedCalls(page, 'updatePreferences')).toEqual([]);
  });

  for (const voices of [[{ name: 'English', lang: 'en-US' }], []]) {
    test(`Preferences: a switch that follows the sound setting, and says when there is no voice (${voices.length} voices)`, async ({ page }) => {
      await page.setViewportSize({ width: 760, height: 680 });
      await page.addInitScript(installSpeechRecorder, voices);
      await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true }) });
      await page.goto('/preferences.html');
      await page.getByRole('tab', { name: 'Sound & look' }).click();
      const toggle = page.getByRole('switch', { name: 'Speak the routine aloud (voice guidance)' });
      await expect(toggle).not.toBeChecked();
      const noVoice = page.getByText('This system has no voice to speak with', { exact: false });
      if (voices.length === 0) await expect(noVoice).toBeVisible({ timeout: 6_000 });
      else {
        await page.waitForTimeout(3_500); // past the 3 s after which an empty list counts as none
        await expect(noVoice).toBeHidden();
      }
      await toggle.check();
      await expect.poll(async () => (await recordedCalls(page, 'updatePreferences')).map((c) => c.payload)).toEqual([{ voiceGuidance: true }]);
      await page.getByRole('switch', { name: /soft sounds/ }).uncheck();
      await expect(toggle).toBeDisabled();
      await expect(page.getByText('the voice never speaks while sounds are off', { exact: false }).or(noVoice)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
