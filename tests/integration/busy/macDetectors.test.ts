/**
 * macOS detectors against typed fakes of what they read: ~/Library/DoNotDisturb/DB/Assertions.json
 * and `ps -axc -o comm=` (payloads in docs/busy-detectors.md).
 */
import { describe, expect, it } from 'vitest';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { createBusyDetectors, MAC_CALL_REASON, MAC_FULL_SCREEN_REASON } from '../../../main/platform/busy/createBusyDetectors';
import { fakeBusyDeps, type FakeDepsSpec } from './fakeBusyDeps';

const ASSERTIONS = '/Users/ada/Library/DoNotDisturb/DB/Assertions.json';
const PS = '/bin/ps -axc -o comm=';
const context = { display: { x: 0, y: 0, width: 1512, height: 982 }, listedApps: ['zoom.us', 'Microsoft Teams'] };
const focusOn = (mode: string) =>
  JSON.stringify({
    data: [
      {
        storeAssertionRecords: [
          {
            assertionUUID: '5E1C…',
            assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter.dnd' },
            assertionStartDateTimestamp: 786_000_000.5,
            assertionDetails: { assertionDetailsIdentifier: 'com.apple.controlcenter.dnd.1', assertionDetailsModeIdentifier: mode, assertionDetailsLifetime: { assertionDetailsLifetimeType: 'untilEndOfDay' } },
          },
        ],
        storeInvalidationRecords: [],
      },
    ],
    header: { timestamp: 786_000_000.5 },
  });
const FOCUS_OFF = JSON.stringify({ data: [{ storeInvalidationRecords: [{ invalidationReason: 2 }] }], header: { timestamp: 786_000_000.5 } });
const ps = ['launchd', 'WindowServer', 'Finder', 'Safari'].join('\n') + '\n';
const run = (spec: Partial<FakeDepsSpec>) => {
  const deps = fakeBusyDeps({ platform: 'darwin', files: { [ASSERTIONS]: FOCUS_OFF }, commands: { [PS]: { stdout: ps } }, ...spec });
  return checkBusy(createBusyDetectors('darwin', deps), ['focusMode', 'fullScreen', 'call', 'listedApp'], context);
};

describe('macOS busy detectors (typed fakes of Assertions.json and ps)', () => {
  it('nothing on: not busy', async () => {
    expect(await run({})).toEqual({ busy: [], failed: [] });
  });

  it.each([
    ['com.apple.donotdisturb.mode.default', 'Do Not Disturb is on'],
    ['com.apple.focus.work', 'the Work Focus is on'],
    ['com.example.custom', 'a Focus is on'],
  ])('a manual Focus (%s) is busy', async (mode, detail) => {
    expect((await run({ files: { [ASSERTIONS]: focusOn(mode) } })).busy).toEqual([{ signal: 'focusMode', detail }]);
  });

  it('no Assertions.json (Focus never used) is not busy; no permission is a fault that says what to grant; garbage is a fault', async () => {
    expect(await run({ files: {} })).toEqual({ busy: [], failed: [] });
    expect((await run({ files: { [ASSERTIONS]: { errno: 'EPERM' } } })).failed).toEqual([
      { signal: 'focusMode', error: 'macOS keeps the Focus state private: give Limber Full Disk Access to read it' },
    ]);
    expect((await run({ files: { [ASSERTIONS]: '{"data": 3}' } })).failed).toEqual([{ signal: 'focusMode', error: 'Assertions.json has no data list' }]);
  });

  it('a listed app with a space in its name and one with .app is found', async () => {
    const reading = await run({ commands: { [PS]: { stdout: ps + 'Microsoft Teams\nzoom.us\n' } } });
    expect(reading.busy).toEqual([{ signal: 'listedApp', detail: 'zoom.us, Microsoft Teams are running' }]);
  });

  it('full screen and call say plainly that they cannot work on macOS', async () => {
    const detectors = createBusyDetectors('darwin', fakeBusyDeps({ platform: 'darwin' }));
    expect(await detectors.find((d) => d.signal === 'fullScreen')!.availability()).toEqual({ kind: 'unavailable', reason: MAC_FULL_SCREEN_REASON });
    expect(await detectors.find((d) => d.signal === 'call')!.availability()).toEqual({ kind: 'unavailable', reason: MAC_CALL_REASON });
  });
});
