/**
 * The composer's freshness penalty for routines 3–6 back (issue 14): the whole app, on the
 * Electron fake, must hand the composer enough history for it to apply. Two apps start at the
 * same moment with the same last two routines; the second also has older routines that repeat
 * what the first app composes. With only the last two handed over (the bug), both would play
 * the very same routine; with the history the composer reads, the second steers away.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../main/core/history';
import { memoryStores } from '../support/memoryStores';
import { routine } from '../support/statsFixtures';
import { at, startTestApp } from '../support/testApp';

async function playedNow(records: HistoryRecord[], hh: number): Promise<readonly string[]> {
  const app = await startTestApp({ stores: memoryStores({ records }), startWallMs: at(hh, 10) });
  await app.call('startRoutineNow');
  const session = app.handle.snapshot().session;
  if (session?.kind !== 'routine') throw new Error(`no routine started: ${JSON.stringify(session)}`);
  const ids = session.plan.routine.exerciseIds;
  app.electron.app.quit();
  return ids;
}

describe('history the app hands the composer', () => {
  it('routines older than the last two steer the next one away from their exercises', async () => {
    const lastTwo = [
      routine('2026-11-20T14:00', { exercises: ['standing-breath-reach', 'seated-figure-four', 'chair-back-extension', 'desk-incline-plank'] }),
      routine('2026-11-20T15:00', { exercises: ['seated-pelvic-tilts', 'standing-hip-flexor-stretch', 'seated-thoracic-rotation', 'seated-march'] }),
    ];
    let steered = 0;
    for (const hh of [9, 10, 11, 13, 14]) {
      const fresh = await playedNow(lastTwo, hh);
      const older = [0, 1, 2, 3].map((i) => routine(`2026-11-19T1${i}:00`, { exercises: fresh }));
      const withOlder = await playedNow([...older, ...lastTwo], hh);
      // The last two still rule: neither app repeats from them.
      for (const ids of [fresh, withOlder]) for (const r of lastTwo) for (const id of ids) expect(r.routine!.exerciseIds).not.toContain(id);
      if (withOlder.filter((id) => fresh.includes(id)).length < fresh.length) steered++;
    }
    expect(steered).toBe(5);
  }, 60_000);
});
