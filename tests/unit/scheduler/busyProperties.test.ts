/**
 * Busy — hold, don't interrupt (PRODUCT.md §2) under random days with busy spells added: calls,
 * full-screen slides, focus modes and listed apps, some spent idle (listening), mixed with work,
 * idle, locks, sleeps, restarts, snoozes and routines.
 *
 * The oracles know only the world (when a spell runs, which signals the user switched on, what
 * happened) and the effects, never the core's state:
 *   - never a reminder shown while busy, except once, quietly, after the hold limit;
 *   - never a held reminder lost: after the spell it shows within grace + one minute, unless
 *     something that ends a hold (a natural break, a pause, a routine) happened first;
 *   - never a burst after a long spell: at most one reminder in the ten minutes after it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_SIGNALS, type BusySignal } from '../../../common/busy';
import { preferencesSchema, type Preferences } from '../../../common/preferences';
import { BUSY_GRACE_MS, BUSY_RECHECK_MS, fixedZone } from '../../../main/core/scheduler';
import { HOUR, MIN, SEC, Sim, prefs as basePrefs } from './support';

type Command =
  | { readonly kind: 'work'; readonly ms: number }
  | { readonly kind: 'idle'; readonly ms: number }
  | { readonly kind: 'spell'; readonly signal: BusySignal; readonly ms: number; readonly idle: boolean }
  | { readonly kind: 'lock'; readonly ms: number }
  | { readonly kind: 'sleep'; readonly ms: number }
  | { readonly kind: 'restart'; readonly ms: number }
  | { readonly kind: 'snooze' }
  | { readonly kind: 'start' }
  | { readonly kind: 'finish'; readonly activeSeconds: number }
  | { readonly kind: 'pause' }
  | { readonly kind: 'unpause' };

const ms = (min: number, max: number) => fc.integer({ min, max });

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: ms(1 * MIN, 60 * MIN).map((v) => ({ kind: 'work' as const, ms: v })) },
  { weight: 2, arbitrary: ms(5 * SEC, 20 * MIN).map((v) => ({ kind: 'idle' as const, ms: v })) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('spell' as const),
      signal: fc.constantFrom(...BUSY_SIGNALS),
      // Short calls, and long ones past the hold limit.
      ms: fc.oneof(ms(10 * SEC, 20 * MIN), ms(20 * MIN, 4 * HOUR)),
      idle: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: ms(1 * SEC, 20 * MIN).map((v) => ({ kind: 'lock' as const, ms: v })) },
  { weight: 1, arbitrary: ms(5 * SEC, 3 * HOUR).map((v) => ({ kind: 'sleep' as const, ms: v })) },
  { weight: 1, arbitrary: ms(1 * SEC, 30 * MIN).map((v) => ({ kind: 'restart' as const, ms: v })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'snooze' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'start' as const }) },
  { weight: 1, arbitrary: ms(0, 200).map((activeSeconds) => ({ kind: 'finish' as const, activeSeconds })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unpause' as const }) },
);

const prefsArb: fc.Arbitrary<Preferences> = fc
  .record({
    timingMode: fc.constantFrom('fixed' as const, 'flexible' as const),
    intervalMinutes: fc.constantFrom(30, 45, 60),
    naturalBreakMinutes: fc.integer({ min: 2, max: 15 }),
    holdLimitMinutes: fc.constantFrom(15, 30, 120),
    signals: fc.tuple(...BUSY_SIGNALS.map(() => fc.boolean())),
  })
  .map((r) =>
    preferencesSchema.parse({
      ...basePrefs(),
      timingMode: r.timingMode,
      intervalMinutes: r.intervalMinutes,
      workHours: { ...basePrefs().workHours, enabled: false }, // any time is work time: holds meet no off hours
      naturalBreakMinutes: r.naturalBreakMinutes,
      holdLimitMinutes: r.holdLimitMinutes,
      busySignals: Object.fromEntries(BUSY_SIGNALS.map((s, i) => [s, r.signals[i]!])),
    }),
  );

const scenarioArb = fc.record({
  start: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
  prefs: prefsArb,
  monoRunsInSleep: fc.boolean(),
  commands: fc.array(commandArb, { minLength: 4, maxLength: 30, size: 'max' }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function lastSavedAt(sim: Sim): number {
  for (let i = sim.log.length - 1; i >= 0; i--) if (sim.log[i]!.effect.kind === 'persistState') return sim.log[i]!.realMs;
  return sim.realMs;
}

/** The longest a held reminder may wait after its spell: grace, plus one minute between checks. */
const LIVENESS_MS = BUSY_GRACE_MS + BUSY_RECHECK_MS + 1 * SEC;

function run(s: Scenario): Sim {
  const sim = new Sim({ startWallMs: s.start, zone: fixedZone(0), prefs: s.prefs, monoRunsInSleep: s.monoRunsInSleep });
  const p = s.prefs;
  const nb = p.naturalBreakMinutes * MIN;
  let spell: BusySignal | null = null;
  /** Busy as the user switched it on: what the core must respect. */
  const busyNow = () => spell !== null && p.busySignals[spell];
  /** The oracle's view of a hold: the first ask answered busy with nothing shown (true time). */
  let heldSince: number | null = null;
  let deadline: number | null = null;
  let open: number | null = null;
  const spellEnds: number[] = [];
  let seen = sim.log.length;

  const endHold = () => {
    heldSince = null;
    deadline = null;
  };

  sim.onStep = (world) => {
    let asked = false;
    let shown = false;
    for (; seen < world.log.length; seen++) {
      const { effect, realMs } = world.log[seen]!;
      if (effect.kind === 'checkBusy') asked = true;
      if (effect.kind === 'closeReminder') open = null;
      if (effect.kind !== 'showReminder') continue;
      shown = true;
      if (effect.again) {
        open = effect.reminderId;
        continue;
      }
      // Never two reminders without a break, snooze or skip between them (no burst).
      expect(open).toBeNull();
      open = effect.reminderId;
      if (busyNow()) {
        // Never shown while busy — except quietly, once held past the limit.
        expect(effect.quiet).toBe(true);
        expect(heldSince).not.toBeNull();
        expect(realMs - heldSince!).toBeGreaterThanOrEqual(p.holdLimitMinutes * MIN);
      } else {
        expect(effect.quiet).toBe(false);
      }
      endHold();
    }
    if (asked && !shown && busyNow() && heldSince === null) heldSince = world.realMs;
    if (deadline !== null) expect(world.realMs, 'a held reminder was lost').toBeLessThanOrEqual(deadline);
  };

  const advance = (ms: number) => {
    sim.advance(ms);
    if (deadline !== null) expect(sim.realMs, 'a held reminder was lost').toBeLessThanOrEqual(deadline);
  };

  for (const c of [...s.commands, { kind: 'work', ms: LIVENESS_MS + 10 * MIN } as const]) {
    switch (c.kind) {
      case 'work':
        advance(c.ms);
        break;
      case 'idle':
        // Long enough to be a natural break: the hold may end either way (shown in the grace,
        // or resolved by the break), so no deadline; a shorter one must not delay the show.
        if (c.ms >= nb) endHold();
        sim.idleSinceMs = sim.realMs;
        advance(c.ms);
        sim.idleSinceMs = null;
        break;
      case 'spell':
        deadline = null; // busy again: the hold goes on
        spell = c.signal;
        sim.busy = [{ signal: c.signal, detail: 'busy' }];
        if (c.idle) sim.idleSinceMs = sim.realMs;
        sim.advance(c.ms);
        sim.idleSinceMs = null;
        spell = null;
        sim.busy = [];
        spellEnds.push(sim.realMs);
        if (heldSince !== null) deadline = sim.realMs + LIVENESS_MS;
        break;
      case 'lock':
      case 'sleep':
      case 'restart': {
        // Long enough to be a natural break (with the second or two of idle before it): the hold
        // ends. Shorter: nothing shows on a locked screen, asleep or not running, so the
        // deadline moves on by as long, and the first check after it starts a fresh grace.
        // A restart is measured from the last snapshot saved (the sim quits without saving, as a
        // crash would), so the time since that save counts towards the break too.
        const unsaved = c.kind === 'restart' ? sim.realMs - lastSavedAt(sim) : 0;
        if (c.ms + unsaved + 3 * SEC >= nb) endHold();
        else if (deadline !== null) deadline = Math.max(deadline + c.ms, sim.realMs + c.ms + LIVENESS_MS);
        if (c.kind === 'lock') {
          sim.send({ kind: 'lock', idleSeconds: sim.idleSeconds() });
          sim.advance(c.ms);
          sim.send({ kind: 'unlock' });
        } else if (c.kind === 'sleep') {
          sim.sleep(c.ms);
        } else {
          open = null;
          sim.restart(c.ms);
        }
        break;
      }
      case 'snooze':
        sim.send({ kind: 'snooze' });
        break;
      case 'start':
        sim.send({ kind: 'startRoutine' });
        endHold();
        break;
      case 'finish':
        sim.send({ kind: 'finishRoutine', result: 'stopped', activeSeconds: c.activeSeconds });
        break;
      case 'pause':
        sim.send({ kind: 'pause', choice: '30m' });
        endHold();
        break;
      case 'unpause':
        sim.send({ kind: 'unpause' });
        break;
    }
  }

  // No burst after a spell: at most one new reminder in the ten minutes after each.
  const fresh = sim.reminders().filter((r) => r.effect.kind === 'showReminder' && !r.effect.again);
  for (const end of spellEnds) {
    expect(fresh.filter((r) => r.realMs >= end && r.realMs < end + 10 * MIN).length).toBeLessThanOrEqual(1);
  }
  return sim;
}

const RUNS = Number(process.env.SCHEDULER_PROPERTY_RUNS) || 400;

describe('busy spells under random sequences', () => {
  it('never show while busy, never lose a held reminder, never burst after a spell', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        run(scenario);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(20_000, RUNS * 40));

  it('the oracles can fail: a spell over a due reminder is seen as a hold, and the hold ends in a show', () => {
    const sim = run({
      start: Date.UTC(2026, 2, 30, 9),
      prefs: basePrefs({ workHours: { ...basePrefs().workHours, enabled: false } }),
      monoRunsInSleep: false,
      commands: [
        { kind: 'work', ms: 40 * MIN },
        { kind: 'spell', signal: 'call', ms: 30 * MIN, idle: false },
      ],
    });
    expect(sim.reminders()).toHaveLength(1);
    expect(sim.reminders()[0]!.realMs - Date.UTC(2026, 2, 30, 10, 10)).toBeGreaterThanOrEqual(BUSY_GRACE_MS);
  });
});
