/**
 * The cost of one full busy check on Linux (issue 12, item 3): every detector createBusyDetectors
 * makes, through checkBusy, in a private desktop session with real components (D-Bus, Xvfb,
 * openbox with a normal xterm, dunst, PulseAudio with one live microphone stream), so each
 * detector does its whole job. Figures: `detectorCostMs` — the median of 15 checks after one
 * warm-up; `detectorSpawnsPerCheck` — processes spawned by one check. Null where the
 * components cannot start (not Linux, or packages missing).
 */
import { createBusyDetectors } from '../../main/platform/busy/createBusyDetectors';
import { nodeBusyDeps } from '../../main/platform/busy/busyDeps';
import { checkBusy } from '../../main/platform/busy/checkBusy';
import { BUSY_SIGNALS } from '../../common/busy';
import { missingTools, startDesktopSession, startPulseAudio, until } from '../integration/busy/desktopSession';

export async function measure(): Promise<Record<string, number | null>> {
  if (missingTools(['dbus-daemon', 'Xvfb', 'openbox', 'xterm', 'wmctrl', 'xprop', 'xwininfo', 'dunst', 'dunstctl', 'pulseaudio', 'pactl', 'parec'])) {
    return { detectorCostMs: null, detectorSpawnsPerCheck: null };
  }
  const session = await startDesktopSession({ display: true });
  try {
    session.spawn('openbox', ['--sm-disable']);
    await until(() => (session.run('wmctrl', ['-m']).includes('Openbox') ? true : null), 'openbox');
    session.spawn('dunst', []);
    await until(() => (session.run('dunstctl', ['is-paused']).trim() === 'false' ? true : null), 'dunst');
    await startPulseAudio(session);
    session.spawn('xterm', ['-T', 'limber-bench']);
    await until(() => (/window id # 0x[1-9a-f]/.test(session.run('xprop', ['-root', '_NET_ACTIVE_WINDOW'])) ? true : null), 'xterm active');
    session.spawn('parec', ['-d', 'limber_mic']);
    await until(() => (JSON.parse(session.run('pactl', ['-f', 'json', 'list', 'source-outputs'])).length === 1 ? true : null), 'parec');

    let spawns = 0;
    const base = nodeBusyDeps({ env: { ...session.env, XDG_CURRENT_DESKTOP: 'XFCE' } });
    const deps = { ...base, exec: (...args: Parameters<typeof base.exec>) => (spawns++, base.exec(...args)) };
    const detectors = createBusyDetectors('linux', deps);
    const context = { display: { x: 0, y: 0, width: 1280, height: 800 }, listedApps: ['zoom', 'obs'] };
    const warm = await checkBusy(detectors, BUSY_SIGNALS, context);
    if (warm.failed.length > 0 || !warm.busy.some((b) => b.signal === 'call')) throw new Error(`busy check not representative: ${JSON.stringify(warm)}`);
    spawns = 0;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const started = performance.now();
      await checkBusy(detectors, BUSY_SIGNALS, context);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { detectorCostMs: Math.round(times[7]! * 10) / 10, detectorSpawnsPerCheck: spawns / 15 };
  } finally {
    await session.stop();
  }
}
