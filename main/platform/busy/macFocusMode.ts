/**
 * macOS Focus / Do Not Disturb (macOS 12+), read from a file, no spawn (decision 0030):
 *
 *   ~/Library/DoNotDisturb/DB/Assertions.json
 *   { "data": [ { "storeAssertionRecords": [ { "assertionDetails":
 *       { "assertionDetailsModeIdentifier": "com.apple.donotdisturb.mode.default", … }, … } ] } ] }
 *
 * A Focus turned on by hand (Control Centre, a shortcut) is an assertion record; none: off.
 * A Focus that is on only because of a schedule is not an assertion and is not seen (it lives in
 * ModeConfigurations.json as a trigger; evaluating it means re-implementing macOS's rules).
 * Since macOS 14 the folder may need Full Disk Access: then the check fails and says so.
 */
import path from 'node:path';
import type { BusyAnswer, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';

export const assertionsFile = (home: string) => path.join(home, 'Library', 'DoNotDisturb', 'DB', 'Assertions.json');

const MODE_NAMES: Record<string, string> = {
  'com.apple.donotdisturb.mode.default': 'Do Not Disturb',
  'com.apple.focus.work': 'the Work Focus',
  'com.apple.focus.personal-time': 'the Personal Focus',
  'com.apple.sleep.sleep-mode': 'the Sleep Focus',
  'com.apple.donotdisturb.mode.driving': 'the Driving Focus',
};

export function activeFocusModes(json: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new Error('Assertions.json is not JSON');
  }
  const data = (doc as { data?: unknown })?.data;
  if (!Array.isArray(data)) throw new Error('Assertions.json has no data list');
  return data.flatMap((entry) => {
    const records = (entry as { storeAssertionRecords?: unknown })?.storeAssertionRecords;
    if (records === undefined) return [];
    if (!Array.isArray(records)) throw new Error('Assertions.json storeAssertionRecords is not a list');
    return records.map((r) => {
      const id = (r as { assertionDetails?: { assertionDetailsModeIdentifier?: unknown } })?.assertionDetails?.assertionDetailsModeIdentifier;
      return typeof id === 'string' ? (MODE_NAMES[id] ?? 'a Focus') : 'a Focus';
    });
  });
}

export function macFocusModeDetector(deps: BusyDeps): BusyDetector {
  return {
    signal: 'focusMode',
    availability: async () => ({ kind: 'available' }),
    async check(): Promise<BusyAnswer> {
      let json: string;
      try {
        json = await deps.readFile(assertionsFile(deps.homeDir));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return { busy: false };
        if (code === 'EPERM' || code === 'EACCES') throw new Error('macOS keeps the Focus state private: give Limber Full Disk Access to read it', { cause: error });
        throw error;
      }
      const modes = activeFocusModes(json);
      return modes.length > 0 ? { busy: true, detail: `${modes[0]} is on` } : { busy: false };
    },
  };
}
