/**
 * Listed apps on Linux: /proc/<pid>/comm of every process, read as files (no spawn). Nothing
 * is read when the user listed nothing.
 */
import type { BusyAnswer, BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { LINUX_COMM_MAX, listedAppDetail, runningListedApps } from './listedAppMatch';

export async function linuxProcessNames(deps: BusyDeps, procRoot = '/proc'): Promise<string[]> {
  const pids = (await deps.readdir(procRoot)).filter((p) => /^\d+$/.test(p) && Number(p) !== deps.ownPid);
  const names = await Promise.all(pids.map((pid) => deps.readFile(`${procRoot}/${pid}/comm`).then((c) => c.trim(), () => '')));
  return names.filter(Boolean);
}

export function linuxListedAppsDetector(deps: BusyDeps, procRoot = '/proc'): BusyDetector {
  return {
    signal: 'listedApp',
    availability: async () => ({ kind: 'available' }),
    async check(context): Promise<BusyAnswer> {
      if (context.listedApps.length === 0) return { busy: false };
      const found = runningListedApps(context.listedApps, await linuxProcessNames(deps, procRoot), { truncatedTo: LINUX_COMM_MAX });
      return found.length > 0 ? { busy: true, detail: listedAppDetail(found) } : { busy: false };
    },
  };
}
