/**
 * Linux "in a call": the microphone or the camera in use by any application.
 *  - Microphone: a live (uncorked) recording stream on a real input of the PulseAudio server, or
 *    of PipeWire's pulse server — `pactl -f json list source-outputs` (PulseAudio ≥ 16). Streams
 *    that record a `.monitor` source (screen recorders capturing what is played, volume meters)
 *    are not a call, and neither are Limber's own. One spawn; a second (`list short sources`) only
 *    when some stream is live. No sound server at all means nobody records through one.
 *  - Camera: a process holding a /dev/video* device open, found by reading /proc/<pid>/fd links
 *    (no spawn); skipped at once when the machine has no /dev/video* device.
 * Not seen: apps that open ALSA devices directly, bypassing the sound server (rare for calls).
 */
import type { DetectorAvailability } from '../../../common/busy';
import type { BusyAnswer, BusyDetector, CancelSignal } from '../../core/busy/busyPort';
import { ExecFailure, type BusyDeps } from './busyDeps';

const PACTL_TIMEOUT_MS = 900;

interface SourceOutput {
  readonly source: number;
  readonly corked: boolean;
  readonly pid: number | null;
  readonly app: string;
}

function parseJsonArray(out: string, what: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(out);
  } catch {
    throw new Error(`pactl gave ${what} that is not JSON: ${JSON.stringify(out.slice(0, 40))}`);
  }
  if (!Array.isArray(value)) throw new Error(`pactl gave ${what} that is not a list`);
  return value;
}

function asSourceOutput(item: unknown): SourceOutput {
  const o = item as { source?: unknown; corked?: unknown; properties?: Record<string, unknown> };
  if (typeof o !== 'object' || o === null || typeof o.source !== 'number') throw new Error('pactl gave a source output without a source');
  const props = typeof o.properties === 'object' && o.properties !== null ? o.properties : {};
  const pid = Number(props['application.process.id']);
  const name = [props['application.name'], props['application.process.binary']].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return { source: o.source, corked: o.corked === true, pid: Number.isInteger(pid) ? pid : null, app: name ?? 'an app' };
}

/** The live recording streams on real inputs, or [] when no sound server runs. */
export async function liveMicrophoneUsers(deps: BusyDeps, pactl: string, cancel: CancelSignal): Promise<string[]> {
  let out: string;
  try {
    out = await deps.exec(pactl, ['-f', 'json', 'list', 'source-outputs'], { timeoutMs: PACTL_TIMEOUT_MS, cancel });
  } catch (error) {
    if (error instanceof ExecFailure && /connection (failure|refused)|no such file|connection terminated/i.test(error.message + error.stderr)) return [];
    throw error;
  }
  const live = parseJsonArray(out, 'source outputs').map(asSourceOutput).filter((s) => !s.corked && s.pid !== deps.ownPid);
  if (live.length === 0) return [];
  const sources = parseJsonArray(await deps.exec(pactl, ['-f', 'json', 'list', 'short', 'sources'], { timeoutMs: PACTL_TIMEOUT_MS, cancel }), 'sources');
  const monitors = new Set(
    sources.flatMap((s) => {
      const { index, name } = (s ?? {}) as { index?: unknown; name?: unknown };
      return typeof index === 'number' && typeof name === 'string' && name.endsWith('.monitor') ? [index] : [];
    }),
  );
  return [...new Set(live.filter((s) => !monitors.has(s.source)).map((s) => s.app))];
}

/** Names of the processes holding a camera open (reading /proc; no spawn). */
export async function cameraUsers(deps: BusyDeps, procRoot = '/proc', devRoot = '/dev'): Promise<string[]> {
  const devices = new Set((await deps.readdir(devRoot).catch(() => [] as string[])).filter((d) => /^video\d+$/.test(d)).map((d) => `${devRoot}/${d}`));
  if (devices.size === 0) return [];
  const pids = (await deps.readdir(procRoot)).filter((p) => /^\d+$/.test(p) && Number(p) !== deps.ownPid);
  const users = await Promise.all(
    pids.map(async (pid) => {
      // Other users' processes and ones that just exited cannot be read: not ours to judge.
      const fds = await deps.readdir(`${procRoot}/${pid}/fd`).catch(() => [] as string[]);
      for (const fd of fds) {
        const target = await deps.readlink(`${procRoot}/${pid}/fd/${fd}`).catch(() => '');
        if (devices.has(target)) return (await deps.readFile(`${procRoot}/${pid}/comm`).catch(() => 'an app')).trim() || 'an app';
      }
      return null;
    }),
  );
  return [...new Set(users.filter((u): u is string => u !== null))];
}

export function linuxCallDetector(deps: BusyDeps, roots: { proc?: string; dev?: string } = {}): BusyDetector {
  return {
    signal: 'call',
    // The camera half needs nothing but /proc; without pactl only the microphone half is missing.
    availability: async (): Promise<DetectorAvailability> => ({ kind: 'available' }),
    async check(_context, cancel): Promise<BusyAnswer> {
      const pactl = await deps.which('pactl');
      const [mic, camera] = await Promise.all([pactl ? liveMicrophoneUsers(deps, pactl, cancel) : Promise.resolve([]), cameraUsers(deps, roots.proc, roots.dev)]);
      if (mic.length > 0) return { busy: true, detail: `in a call (microphone in use by ${mic.join(', ')})` };
      if (camera.length > 0) return { busy: true, detail: `in a call (camera in use by ${camera.join(', ')})` };
      return { busy: false };
    },
  };
}
