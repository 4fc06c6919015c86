/**
 * A stored scheduler snapshot that is well-formed but impossible, through the composition root:
 * Limber starts fresh (not "Paused until the next work day" for ever) and says so once.
 */
import { describe, expect, it } from 'vitest';
import { FakeTray } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, startTestApp } from '../support/testApp';

const saved = (phase: unknown) => ({ version: 1, savedAtWallMs: at(8, 50), elapsedMs: 1000, phase, nextReminderId: 1 });

describe('restoring the scheduler at start', () => {
  it('an impossible date starts fresh and is reported once; the next start is quiet', async () => {
    const stores = memoryStores({ state: { scheduler: saved({ kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-02-30' } }) } });
    const app = await startTestApp({ startWallMs: at(9, 30), stores });
    expect(FakeTray.all.at(-1)!.toolTip).toBe('Limber — Next break in 45 min');
    expect(app.handle.snapshot().notice).toContain("the pause's date 2026-02-30 does not exist");
    expect(app.handle.snapshot().notice).toContain('started afresh');

    const again = await startTestApp({ startWallMs: at(9, 31), stores });
    expect(again.handle.snapshot().notice).toBeNull();
  });

  it('a possible one is restored without a word', async () => {
    const stores = memoryStores({ state: { scheduler: saved({ kind: 'paused', pause: { kind: 'nextWorkDay', fromDate: '2026-11-24' } }) } });
    const app = await startTestApp({ startWallMs: at(9, 30), stores });
    expect(FakeTray.all.at(-1)!.toolTip).toBe('Limber — Paused until Tue 09:00');
    expect(app.handle.snapshot().notice).toBeNull();
  });
});
