/**
 * Windows "in a call": the capability access manager's consent store records, per app, when it
 * last started and stopped using the microphone or the webcam. While an app is using one, its
 * LastUsedTimeStop is 0 (REG_QWORD 0x0):
 *
 *   HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone\<PackagedApp>
 *   HKCU\...\ConsentStore\microphone\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe
 *   (and the same under \webcam)
 *
 * Two `reg query … /s /v LastUsedTimeStop` spawns, in parallel. Windows 10 1903+; this is the
 * store behind the "your microphone is in use" tray icon.
 */
import type { BusyAnswer, BusyDetector, CancelSignal } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { regQuery } from './windowsRegistry';

export const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** "…\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe" → "Zoom.exe"; "…\Microsoft.WindowsCamera_8wekyb3d8bbwe" → "Microsoft.WindowsCamera". */
export function appFromConsentKey(key: string): string {
  const last = key.split('\\').at(-1) ?? key;
  if (last.includes('#')) return last.split('#').at(-1) || last;
  return last.replace(/_[a-z0-9]{13}$/i, '');
}

async function usersOf(deps: BusyDeps, device: 'microphone' | 'webcam', cancel: CancelSignal): Promise<string[]> {
  const values = await regQuery(deps, [`${CONSENT_STORE}\\${device}`, '/s', '/v', 'LastUsedTimeStop'], { timeoutMs: 900, cancel });
  const inUse = values.filter((v) => {
    if (v.name !== 'LastUsedTimeStop') return false;
    if (v.type !== 'REG_QWORD' || !/^0x[0-9a-f]+$/i.test(v.data)) throw new Error(`LastUsedTimeStop is ${v.type} ${v.data.slice(0, 20)}, not a REG_QWORD`);
    return BigInt(v.data) === 0n;
  });
  return [...new Set(inUse.map((v) => appFromConsentKey(v.key)))];
}

export function windowsCallDetector(deps: BusyDeps): BusyDetector {
  return {
    signal: 'call',
    availability: async () => ({ kind: 'available' }),
    async check(_context, cancel): Promise<BusyAnswer> {
      const [mic, camera] = await Promise.all([usersOf(deps, 'microphone', cancel), usersOf(deps, 'webcam', cancel)]);
      if (mic.length > 0) return { busy: true, detail: `in a call (microphone in use by ${mic.join(', ')})` };
      if (camera.length > 0) return { busy: true, detail: `in a call (camera in use by ${camera.join(', ')})` };
      return { busy: false };
    },
  };
}
