/**
 * Liveness: whatever came before (a routine whose "finished" was lost, snoozes, skips, pauses
 * lifted, locks, sleeps, restarts, preference changes), a user who then sits at the keyboard
 * through work hours without touching Limber gets a reminder within the interval (plus, at
 * most, the time it takes to give up on a routine nobody finished).
 *
 * The bound is the oracle, written from PRODUCT.md §2 and independent of the core's code paths:
 * the longest wait is the interval (or the flexible window's end), after a routine left running
 * is abandoned. A pause is the user asking not to be reminded, so the history ends by lifting it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Preferences } from '../../../common/preferences';
import { ROUTINE_ABANDONED_MS } from '../../../main/core/scheduler/timing';
import { HOUR, MIN, SEC, Sim, at, BERLIN, prefs as basePrefs } from './support';

type Action =
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'idle'; readonly ms: number }
  | { readonly kind: 'startRoutine' }
  | { readonly kind: 'finishRoutine'; readonly result: 'completed' | 'stopped'; readonly activeSeconds: number }
  | { readonly kind: 'snooze' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'pause'; readonly choice: '30m' | '1h' | '2h' | 'nextWorkDay' | 'untilResumed' }
  | { readonly kind: 'unpause' }
  | { readonly kind: 'lock'; readonly ms: number }
  | { readonly kind: 'sleep'; readonly ms: number }
  | { readonly kind: 'restart'; readonly ms: number }
  | { readonly kind: 'prefs'; readonly intervalMinutes: number };

const duration = fc.integer({ min: 0, max: 3 * HOUR });
const action: fc.Arbitrary<Action> = fc.oneof(
  duration.map((ms) => ({ kind: 'wait', ms }) as const),
  duration.map((ms) => ({ kind: 'idle', ms }) as const),
  fc.constant({ kind: 'startRoutine' } as const),
  fc.record({ kind: fc.constant('finishRoutine' as const), result: fc.constantFrom('completed' as const, 'stopped' as const), activeSeconds: fc.integer({ min: 0, max: 200 }) }),
  fc.constant({ kind: 'snooze' } as const),
  fc.constant({ kind: 'skip' } as const),
  fc.record({ kind: fc.constant('pause' as const), choice: fc.constantFrom('30m' as const, '1h' as const, '2h' as const, 'nextWorkDay' as const, 'untilResumed' as const) }),
  fc.constant({ kind: 'unpause' } as const),
  duration.map((ms) => ({ kind: 'lock', ms }) as const),
  duration.map((ms) => ({ kind: 'sleep', ms }) as const),
  duration.map((ms) => ({ kind: 'restart', ms }) as const),
  fc.integer({ min: 6, max: 12 }).map((n) => ({ kind: 'prefs', intervalMinutes: n * 5 }) as const),
);

function play(sim: Sim, a: Action): void {
  switch (a.kind) {
    case 'wait':
      return sim.advance(a.ms);
    case 'idle':
      sim.idleSinceMs = sim.realMs;
      sim.advance(a.ms);
      sim.idleSinceMs = null;
      return sim.advance(SEC);
    case 'lock':
      sim.send({ kind: 'lock', idleSeconds: sim.idleSeconds() });
      sim.advance(a.ms);
      return sim.send({ kind: 'unlock' });
    case 'sleep':
      return sim.sleep(a.ms);
    case 'restart':
      return sim.restart(a.ms);
    case 'prefs':
      sim.prefs = { ...sim.prefs, intervalMinutes: a.intervalMinutes };
      return sim.send({ kind: 'prefsChanged' });
    default:
      return sim.send(a);
  }
}

/** The longest a present, untouched user may sit before a reminder is up (the oracle). */
const bound = (p: Preferences) => ROUTINE_ABANDONED_MS + Math.max(p.intervalMinutes, p.flexMaxMinutes) * MIN + 2 * MIN;

function reminderWithin(sim: Sim, ms: number): boolean {
  const up = () => sim.state.phase.kind === 'reminderUp';
  if (up()) return true;
  const before = sim.reminders().length;
  const step = MIN;
  for (let waited = 0; waited < ms; waited += step) {
    sim.advance(step);
    if (sim.reminders().length > before || up()) return true;
  }
  return false;
}

const prefsArb = fc.record({
  timingMode: fc.constantFrom('fixed' as const, 'flexible' as const),
  intervalMinutes: fc.integer({ min: 6, max: 12 }).map((n) => n * 5),
  flex: fc.tuple(fc.integer({ min: 6, max: 12 }), fc.integer({ min: 6, max: 12 })),
  snoozeLimit: fc.integer({ min: 0, max: 4 }),
});

describe('liveness: an untouched user at work always gets a reminder', () => {
  // Mutation caught: deleting the routine-abandoned guard in scheduler.ts's advance() (the
  // `c.t - ph.startedAtMs >= ROUTINE_ABANDONED_MS` branch): a lost "finished" then silences
  // Limber for good, and this property finds it within a few runs.
  it('whatever came before, within the interval (after giving up on an unfinished routine)', () => {
    fc.assert(
      fc.property(prefsArb, fc.array(action, { maxLength: 12 }), (r, history) => {
        // Work hours off: every moment is work time, so the bound is not cut by the evening.
        const p = basePrefs({
          timingMode: r.timingMode,
          intervalMinutes: r.intervalMinutes,
          flexMinMinutes: Math.min(...r.flex) * 5,
          flexMaxMinutes: Math.max(...r.flex) * 5,
          snoozeLimit: r.snoozeLimit,
          workHours: { ...basePrefs().workHours, enabled: false },
        });
        const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-16T09:00'), prefs: p });
        for (const a of history) play(sim, a);
        sim.send({ kind: 'unpause' });
        sim.idleSinceMs = null;
        expect(reminderWithin(sim, bound(sim.prefs)), JSON.stringify(history)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a lost "finished": the routine is abandoned after 30 min and a reminder follows within the interval', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-16T09:00'), prefs: basePrefs({ intervalMinutes: 45 }) });
    sim.advance(10 * MIN);
    sim.send({ kind: 'startRoutine' });
    sim.advance(ROUTINE_ABANDONED_MS + SEC);
    const ended = sim.effects('recordHistory').at(-1)?.effect;
    expect(ended).toMatchObject({ entry: { routine: { ended: 'abandoned', countsAsBreak: false, exerciseIds: [] } } });
    expect(sim.state.phase.kind).not.toBe('routine');
    expect(reminderWithin(sim, 45 * MIN + MIN)).toBe(true);
  });

  it('within work hours too: started on Monday at 09:00, a reminder by the interval', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-16T08:59'), prefs: basePrefs({ intervalMinutes: 50 }) });
    expect(reminderWithin(sim, 52 * MIN)).toBe(true);
    expect(sim.reminders().at(-1)!.wallMs - at(BERLIN, '2026-03-16T09:00')).toBeLessThanOrEqual(50 * MIN + MIN);
  });
});

describe('one name for "until I resume"', () => {
  // Mutation caught: dropping the legacy 'indefinite' branch of persisted.ts's pause schema
  // (a snapshot saved before the rename would start fresh, forgetting that the user paused).
  it('a snapshot saved as "indefinite" restores as the untilResumed pause', () => {
    const sim = new Sim({ startWallMs: at(BERLIN, '2026-03-16T10:00'), prefs: basePrefs() });
    sim.send({ kind: 'pause', choice: 'untilResumed' });
    expect(sim.state.phase).toEqual({ kind: 'paused', pause: { kind: 'untilResumed' } });
    const saved = JSON.parse(JSON.stringify(sim.lastPersisted).replace('"untilResumed"', '"indefinite"'));
    const restarted = new Sim({ startWallMs: at(BERLIN, '2026-03-16T10:05'), prefs: basePrefs(), restored: saved });
    expect(restarted.state.phase).toEqual({ kind: 'paused', pause: { kind: 'untilResumed' } });
  });
});
