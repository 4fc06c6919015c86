/**
 * The OS's time format reaches the tray and every window's snapshot through the whole app on
 * the fake (main/index.ts reads it; startLimber hands it to the scheduler shell and the status board).
 */
import { describe, expect, it } from 'vitest';
import { type FakeElectron, FakeTray } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, startTestApp } from '../support/testApp';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('times in the tray as the OS writes them', () => {
  it('a 12-hour US desktop reads "back 9:00 AM"; the snapshot carries the same settings', async () => {
    const app = await startTestApp({ stores: memoryStores({ state: { firstRunComplete: true } }), startWallMs: at(8, 30), timeFormat: { locale: 'en-US', hourCycle: 'h12' } });
    expect(plain(FakeTray.all.at(-1)!.toolTip)).toBe('Limber — Outside work hours — back 9:00 AM');
    expect(app.handle.snapshot().timeFormat).toEqual({ locale: 'en-US', hourCycle: 'h12' });
  });

  it('the OS is asked after ready (Electron’s system locale is valid only then)', async () => {
    let readyWhenAsked: boolean | null = null;
    let electron: FakeElectron | null = null;
    await startTestApp({
      createElectron: (e) => void (electron = e),
      stores: memoryStores({ state: { firstRunComplete: true } }),
      startWallMs: at(8, 30),
      timeFormat: () => {
        readyWhenAsked = electron!.app.isReady();
        return { locale: 'en-US', hourCycle: 'h12' };
      },
    });
    expect(readyWhenAsked).toBe(true);
    expect(plain(FakeTray.all.at(-1)!.toolTip)).toBe('Limber — Outside work hours — back 9:00 AM');
  });

  it('a 24-hour desktop (and the default) reads "back 09:00"', async () => {
    await startTestApp({ stores: memoryStores({ state: { firstRunComplete: true } }), startWallMs: at(8, 30), timeFormat: { locale: 'de-DE', hourCycle: 'h23' } });
    expect(FakeTray.all.at(-1)!.toolTip).toBe('Limber — Outside work hours — back 09:00');
  });
});
