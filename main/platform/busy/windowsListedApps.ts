/**
 * Listed apps on Windows: `tasklist /fo csv /nh`, one spawn, a line per process whose first
 * CSV field is the image name ("Zoom.exe","1234","Console","1","123,456 K"). Node has no
 * process list of its own and the npm ones (ps-list…) spawn the same tool or ship a binary.
 */
import type { BusyAnswer, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { listedAppDetail, runningListedApps } from './listedAppMatch';

export function parseTasklistCsv(out: string): string[] {
  const names: string[] = [];
  for (const line of out.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^"([^"]+)","\d+"/.exec(line.trim());
    if (!match) throw new Error(`tasklist gave a line that is not a process: ${JSON.stringify(line.slice(0, 40))}`);
    names.push(match[1]!);
  }
  // "INFO: No tasks are running which match the specified criteria." never happens unfiltered.
  if (names.length === 0) throw new Error('tasklist listed no process at all');
  return names;
}

export function windowsListedAppsDetector(deps: BusyDeps): BusyDetector {
  return {
    signal: 'listedApp',
    availability: async () => ({ kind: 'available' }),
    async check(context, cancel): Promise<BusyAnswer> {
      if (context.listedApps.length === 0) return { busy: false };
      const out = await deps.exec('tasklist', ['/fo', 'csv', '/nh'], { timeoutMs: 900, cancel });
      const found = runningListedApps(context.listedApps, parseTasklistCsv(out));
      return found.length > 0 ? { busy: true, detail: listedAppDetail(found) } : { busy: false };
    },
  };
}
