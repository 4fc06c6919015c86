/**
 * Listed apps on macOS: `ps -axc -o comm=`, one spawn, one executable name per line ("zoom.us",
 * "obs", "Microsoft Teams"). -c prints the executable's name, not its path; comm= drops the header.
 */
import type { BusyAnswer, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { listedAppDetail, runningListedApps } from './listedAppMatch';

export function parsePsComm(out: string): string[] {
  const names = out.split('\n').map((l) => l.trim()).filter(Boolean);
  if (names.length === 0) throw new Error('ps listed no process at all');
  return names;
}

export function macListedAppsDetector(deps: BusyDeps): BusyDetector {
  return {
    signal: 'listedApp',
    availability: async () => ({ kind: 'available' }),
    async check(context, cancel): Promise<BusyAnswer> {
      if (context.listedApps.length === 0) return { busy: false };
      const found = runningListedApps(context.listedApps, parsePsComm(await deps.exec('/bin/ps', ['-axc', '-o', 'comm='], { timeoutMs: 900, cancel })));
      return found.length > 0 ? { busy: true, detail: listedAppDetail(found) } : { busy: false };
    },
  };
}
