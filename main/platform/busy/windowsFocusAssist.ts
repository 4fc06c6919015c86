/**
 * Windows Focus Assist (Windows 10 1803+) / Do not disturb, without a native module
 * (decision 0030). The live state sits in a WNF channel only native code can read, but Windows
 * also keeps the chosen profile in the CloudStore:
 *
 *   HKCU\Software\Microsoft\Windows\CurrentVersion\CloudStore\Store\DefaultAccount\Current\
 *     default$windows.data.notifications.quiethourssettings\windows.data.notifications.quiethourssettings
 *   value Data, REG_BINARY
 *
 * The blob is a serialised record whose UTF-16LE text holds the profile id:
 * "Microsoft.QuietHoursProfile.Unrestricted" (off), "...PriorityOnly" or "...AlarmsOnly" (on).
 * This is undocumented by Microsoft; docs/busy-detectors.md says what we read and what is not
 * covered (automatic rules that turn Focus Assist on only while a game or a presentation runs,
 * which the full-screen signal does not see on Windows either).
 */
import type { BusyAnswer, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { regQuery } from './windowsRegistry';

export const QUIET_HOURS_KEY =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CloudStore\\Store\\DefaultAccount\\Current\\default$windows.data.notifications.quiethourssettings\\windows.data.notifications.quiethourssettings';

const PROFILE = /Microsoft\.QuietHoursProfile\.([A-Za-z]+)/;

export function focusAssistProfile(hex: string): string | null {
  const clean = hex.replace(/\s+/g, '');
  if (!/^([0-9a-f]{2})*$/i.test(clean)) throw new Error('the quiet-hours blob is not hexadecimal');
  const bytes = Buffer.from(clean, 'hex');
  // The string need not start at an even offset in the record: read the UTF-16 both ways.
  for (const start of [0, 1]) {
    const found = PROFILE.exec(bytes.subarray(start).toString('utf16le'))?.[1];
    if (found) return found;
  }
  return null;
}

export function windowsFocusAssistDetector(deps: BusyDeps): BusyDetector {
  return {
    signal: 'focusMode',
    availability: async () => ({ kind: 'available' }),
    async check(_context, cancel): Promise<BusyAnswer> {
      const values = await regQuery(deps, [QUIET_HOURS_KEY, '/v', 'Data'], { timeoutMs: 900, cancel });
      // Never set since the account was made: Focus Assist is off.
      if (values.length === 0) return { busy: false };
      const data = values.find((v) => v.name === 'Data' && v.type === 'REG_BINARY');
      if (!data) throw new Error('the quiet-hours value is not binary');
      const profile = focusAssistProfile(data.data);
      if (profile === null) throw new Error('the quiet-hours blob names no Focus Assist profile');
      if (profile === 'Unrestricted') return { busy: false };
      if (profile === 'PriorityOnly') return { busy: true, detail: 'Focus Assist is on (priority only)' };
      if (profile === 'AlarmsOnly') return { busy: true, detail: 'Focus Assist is on (alarms only)' };
      throw new Error(`unknown Focus Assist profile ${profile.slice(0, 30)}`);
    },
  };
}
