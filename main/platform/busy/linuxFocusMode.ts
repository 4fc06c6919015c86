/**
 * Linux do-not-disturb, read where each desktop keeps it (docs/busy-detectors.md):
 *  - GNOME: `gsettings get org.gnome.desktop.notifications show-banners` → `false` is DND;
 *  - KDE Plasma: the `Inhibited` property of org.freedesktop.Notifications (Plasma's notification
 *    server implements it), read with `gdbus`;
 *  - XFCE: `xfconf-query -c xfce4-notifyd -p /do-not-disturb` → `true` is DND;
 *  - dunst (any desktop, or none): `dunstctl is-paused` → `true`.
 * The desktop comes from XDG_CURRENT_DESKTOP; dunst is asked whenever dunstctl is installed.
 * There is no file to read for any of them that is both stable and documented, so each check
 * spawns one small tool per applicable desktop (only when a reminder is due or held).
 */
import type { DetectorAvailability } from '../../../common/busy';
import type { BusyAnswer, BusyDetector, CancelSignal } from '../../core/busy/busyPort';
import { ExecFailure, type BusyDeps } from './busyDeps';

const TOOL_TIMEOUT_MS = 900;

interface FocusSource {
  readonly name: string;
  readonly tool: string;
  /** Whether to ask this source at all on this session. */
  applies(desktops: readonly string[]): boolean;
  /** true: do-not-disturb is on; null: this source is not running here (not a fault). */
  read(deps: BusyDeps, tool: string, cancel: CancelSignal): Promise<boolean | null>;
}

const truthy = (out: string, source: string): boolean => {
  const word = out.trim().toLowerCase();
  if (word === 'true') return true;
  if (word === 'false') return false;
  throw new Error(`${source} answered ${JSON.stringify(out.trim().slice(0, 40))}, not true/false`);
};

export const FOCUS_SOURCES: readonly FocusSource[] = [
  {
    name: 'GNOME',
    tool: 'gsettings',
    applies: (d) => d.some((x) => x === 'gnome' || x === 'unity' || x === 'ubuntu' || x === 'gnome-classic'),
    read: async (deps, tool, cancel) => {
      const out = await deps.exec(tool, ['get', 'org.gnome.desktop.notifications', 'show-banners'], { timeoutMs: TOOL_TIMEOUT_MS, cancel });
      return !truthy(out, 'gsettings');
    },
  },
  {
    name: 'KDE Plasma',
    tool: 'gdbus',
    applies: (d) => d.includes('kde'),
    read: async (deps, tool, cancel) => {
      const out = await deps.exec(
        tool,
        [
          'call', '--session', '--dest', 'org.freedesktop.Notifications', '--object-path', '/org/freedesktop/Notifications',
          '--method', 'org.freedesktop.DBus.Properties.Get', 'org.freedesktop.Notifications', 'Inhibited',
        ],
        { timeoutMs: TOOL_TIMEOUT_MS, cancel },
      );
      // GVariant text of a (v) tuple: "(<true>,)" or "(<false>,)".
      const match = /^\(<(true|false)>,\)$/.exec(out.trim());
      if (!match) throw new Error(`gdbus answered ${JSON.stringify(out.trim().slice(0, 40))} for Inhibited`);
      return match[1] === 'true';
    },
  },
  {
    name: 'XFCE',
    tool: 'xfconf-query',
    applies: (d) => d.includes('xfce'),
    read: async (deps, tool, cancel) => {
      try {
        return truthy(await deps.exec(tool, ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb'], { timeoutMs: TOOL_TIMEOUT_MS, cancel }), 'xfconf-query');
      } catch (error) {
        // Never toggled: the property does not exist yet, which means off.
        if (error instanceof ExecFailure && /does not exist/i.test(error.stderr + error.stdout)) return false;
        throw error;
      }
    },
  },
  {
    name: 'dunst',
    tool: 'dunstctl',
    applies: () => true,
    read: async (deps, tool, cancel) => {
      try {
        return truthy(await deps.exec(tool, ['is-paused'], { timeoutMs: TOOL_TIMEOUT_MS, cancel }), 'dunstctl');
      } catch (error) {
        // dunstctl is installed but dunst is not the running notification daemon.
        if (error instanceof ExecFailure) return null;
        throw error;
      }
    },
  },
];

function desktopsOf(deps: BusyDeps): string[] {
  return (deps.env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':').map((s) => s.trim()).filter(Boolean);
}

export function linuxFocusModeDetector(deps: BusyDeps): BusyDetector {
  const applicable = async () => {
    const desktops = desktopsOf(deps);
    const found = await Promise.all(
      FOCUS_SOURCES.filter((s) => s.applies(desktops)).map(async (s) => ({ source: s, path: await deps.which(s.tool), missing: s.tool })),
    );
    return found;
  };
  return {
    signal: 'focusMode',
    async availability(): Promise<DetectorAvailability> {
      const found = await applicable();
      if (found.some((f) => f.path)) return { kind: 'available' };
      const desktop = deps.env.XDG_CURRENT_DESKTOP || 'not set';
      const needed = found.filter((f) => f.source.name !== 'dunst').map((f) => `${f.source.name} needs ${f.missing}`);
      return {
        kind: 'unavailable',
        reason:
          needed.length > 0
            ? `Cannot read do-not-disturb here: ${needed.join(', ')}, which is not installed.`
            : `No known do-not-disturb switch on this desktop (XDG_CURRENT_DESKTOP: ${desktop}); GNOME, KDE Plasma, XFCE and dunst are supported.`,
      };
    },
    async check(_context, cancel): Promise<BusyAnswer> {
      const found = (await applicable()).filter((f): f is typeof f & { path: string } => f.path !== null);
      const results = await Promise.allSettled(found.map((f) => f.source.read(deps, f.path, cancel)));
      const on = found.find((_, i) => results[i]?.status === 'fulfilled' && (results[i] as PromiseFulfilledResult<boolean | null>).value === true);
      if (on) return { busy: true, detail: `${on.source.name} do-not-disturb is on` };
      const errors = results.flatMap((r, i) => (r.status === 'rejected' ? [`${found[i]!.source.name}: ${(r.reason as Error)?.message ?? String(r.reason)}`] : []));
      const answered = results.some((r) => r.status === 'fulfilled' && r.value !== null);
      // A source that answered is enough; only when none did is this check a fault.
      if (errors.length > 0 && !answered) throw new Error(errors.join('; '));
      return { busy: false };
    },
  };
}
