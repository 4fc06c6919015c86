/**
 * Windows detectors against typed fakes of exactly what they read: `reg query` output for the
 * Focus Assist blob and the consent store, `tasklist /fo csv /nh` (payloads in
 * docs/busy-detectors.md), through createBusyDetectors('win32') and checkBusy.
 */
import { describe, expect, it } from 'vitest';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { createBusyDetectors, WINDOWS_FULL_SCREEN_REASON } from '../../../main/platform/busy/createBusyDetectors';
import { CONSENT_STORE } from '../../../main/platform/busy/windowsCall';
import { QUIET_HOURS_KEY } from '../../../main/platform/busy/windowsFocusAssist';
import { fakeBusyDeps, type FakeCommandResult } from './fakeBusyDeps';

const context = { display: { x: 0, y: 0, width: 1920, height: 1080 }, listedApps: ['zoom', 'obs64'] };
const REG_FOCUS = `reg query ${QUIET_HOURS_KEY} /v Data`;
const REG_MIC = `reg query ${CONSENT_STORE}\\microphone /s /v LastUsedTimeStop`;
const REG_CAM = `reg query ${CONSENT_STORE}\\webcam /s /v LastUsedTimeStop`;
const TASKLIST = 'tasklist /fo csv /nh';

/** The CloudStore blob: a small header, a FILETIME, then the profile id in UTF-16LE, then padding. */
export function quietHoursBlob(profile: string): string {
  const header = Buffer.from('43420100' + '0a0201' + 'd2a4e8b1c3b2d901' + '00c214', 'hex');
  const text = Buffer.from(`Microsoft.QuietHoursProfile.${profile}`, 'utf16le');
  return Buffer.concat([header, Buffer.from([text.length]), text, Buffer.from('ca500000', 'hex')]).toString('hex').toUpperCase();
}
const regFocus = (profile: string): FakeCommandResult => ({
  stdout: `\r\n${QUIET_HOURS_KEY.replace('HKCU', 'HKEY_CURRENT_USER')}\r\n    Data    REG_BINARY    ${quietHoursBlob(profile)}\r\n\r\n`,
});
const consent = (device: string, entries: [string, string][]): FakeCommandResult =>
  entries.length === 0
    ? { exitCode: 1, stdout: '\r\nEnd of search: 0 match(es) found.\r\n' }
    : {
        stdout:
          entries.map(([sub, stop]) => `\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\${device}\\${sub}\r\n    LastUsedTimeStop    REG_QWORD    ${stop}\r\n`).join('') +
          `\r\nEnd of search: ${entries.length} match(es) found.\r\n`,
      };
const tasks: FakeCommandResult = {
  stdout: ['"System Idle Process","0","Services","0","8 K"', '"explorer.exe","5120","Console","1","98,304 K"', '"Zoom.exe","7788","Console","1","210,112 K"'].join('\r\n') + '\r\n',
};
const quiet = {
  [REG_FOCUS]: regFocus('Unrestricted'),
  [REG_MIC]: consent('microphone', [['NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe', '0x1d9b2c3e4f5a6b7']]),
  [REG_CAM]: consent('webcam', []),
  [TASKLIST]: { stdout: '"explorer.exe","5120","Console","1","98,304 K"\r\n' },
};
const ALL = ['focusMode', 'fullScreen', 'call', 'listedApp'] as const;
const run = (commands: Record<string, FakeCommandResult>) => {
  const deps = fakeBusyDeps({ platform: 'win32', commands: { ...quiet, ...commands } });
  return { deps, reading: checkBusy(createBusyDetectors('win32', deps), ALL, context) };
};

describe('Windows busy detectors (typed fakes of reg and tasklist)', () => {
  it('nothing on: not busy, and exactly these four reads happen', async () => {
    const { deps, reading } = run({});
    expect(await reading).toEqual({ busy: [], failed: [] });
    expect([...deps.calls].sort()).toEqual([REG_CAM, REG_FOCUS, REG_MIC, TASKLIST].sort());
  });

  it.each([
    ['PriorityOnly', 'Focus Assist is on (priority only)'],
    ['AlarmsOnly', 'Focus Assist is on (alarms only)'],
  ])('Focus Assist %s is busy', async (profile, detail) => {
    expect((await run({ [REG_FOCUS]: regFocus(profile) }).reading).busy).toEqual([{ signal: 'focusMode', detail }]);
  });

  it('Focus Assist never set (no such value) is not busy; a blob without a profile is a reported fault', async () => {
    const never = await run({ [REG_FOCUS]: { exitCode: 1, stderr: 'ERROR: The system was unable to find the specified registry key or value.' } }).reading;
    expect(never).toEqual({ busy: [], failed: [] });
    const garbage = await run({ [REG_FOCUS]: { stdout: `\r\n${QUIET_HOURS_KEY.replace('HKCU', 'HKEY_CURRENT_USER')}\r\n    Data    REG_BINARY    0011223344\r\n` } }).reading;
    expect(garbage).toEqual({ busy: [], failed: [{ signal: 'focusMode', error: 'the quiet-hours blob names no Focus Assist profile' }] });
  });

  it('a desktop app with LastUsedTimeStop 0 holds the microphone; a packaged app the camera', async () => {
    const mic = await run({
      [REG_MIC]: consent('microphone', [['NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe', '0x0'], ['NonPackaged\\C:#Tools#rec.exe', '0x1d9b2c3e4f5a6b7']]),
    }).reading;
    expect(mic.busy).toEqual([{ signal: 'call', detail: 'in a call (microphone in use by Zoom.exe)' }]);
    const cam = await run({ [REG_CAM]: consent('webcam', [['Microsoft.WindowsCamera_8wekyb3d8bbwe', '0x0']]) }).reading;
    expect(cam.busy).toContainEqual({ signal: 'call', detail: 'in a call (camera in use by Microsoft.WindowsCamera)' });
  });

  it('a consent value of the wrong type is a reported fault, not a call', async () => {
    const reading = await run({ [REG_MIC]: { stdout: `\r\n${CONSENT_STORE.replace('HKCU', 'HKEY_CURRENT_USER')}\\microphone\\X\r\n    LastUsedTimeStop    REG_SZ    0\r\n` } }).reading;
    expect(reading.busy.filter((b) => b.signal === 'call')).toEqual([]);
    expect(reading.failed).toEqual([{ signal: 'call', error: 'LastUsedTimeStop is REG_SZ 0, not a REG_QWORD' }]);
  });

  it('a listed app is matched by image name without .exe, case-insensitively', async () => {
    expect((await run({ [TASKLIST]: tasks }).reading).busy).toEqual([{ signal: 'listedApp', detail: 'zoom is running' }]);
  });

  it('tasklist missing or hanging: not busy, reported', async () => {
    expect((await run({ [TASKLIST]: { missing: true } }).reading).failed).toEqual([{ signal: 'listedApp', error: 'tasklist is not installed' }]);
    const deps = fakeBusyDeps({ platform: 'win32', commands: { ...quiet, [TASKLIST]: { hang: true } } });
    const reading = await checkBusy(createBusyDetectors('win32', deps), ALL, context, { timeoutMs: 200 });
    expect(reading).toEqual({ busy: [], failed: [{ signal: 'listedApp', error: 'no answer within 200 ms' }] });
  });

  it('full screen says plainly that it cannot work on Windows', async () => {
    const fullScreen = createBusyDetectors('win32', fakeBusyDeps({ platform: 'win32' })).find((d) => d.signal === 'fullScreen')!;
    expect(await fullScreen.availability()).toEqual({ kind: 'unavailable', reason: WINDOWS_FULL_SCREEN_REASON });
  });
});
