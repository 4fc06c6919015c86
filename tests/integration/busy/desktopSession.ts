/**
 * Real desktop components for the busy-detector tests, each private to the test: a D-Bus
 * session bus, an Xvfb display, a window manager, dunst, a PulseAudio server. Nothing touches
 * the user's own session; stop() kills every process started here (and the bus takes the
 * services it activated, dconf-service and xfconfd, down with it).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Why the tools cannot run here, in one line, or null when they can. */
export function missingTools(tools: readonly string[]): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  const missing = tools.filter((t) => {
    try {
      execFileSync('which', [t], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  return missing.length > 0 ? `missing ${missing.join(', ')} (scripts/setupTests.mjs installs them as root on Debian)` : null;
}

export interface DesktopSession {
  readonly env: Record<string, string | undefined>;
  readonly home: string;
  /** Starts a process in the session; stop() kills it. */
  spawn(file: string, args: readonly string[]): ChildProcess;
  /** Runs a tool in the session and returns its stdout. */
  run(file: string, args: readonly string[]): string;
  stop(): Promise<void>;
}

async function firstLine(child: ChildProcess, stream: NodeJS.ReadableStream, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 5 s`)), 5000);
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(text.slice(0, nl).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready`));
    });
  });
}

export async function startDesktopSession(options: { display?: boolean } = {}): Promise<DesktopSession> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'limber-busy-'));
  const runtime = path.join(home, 'run');
  execFileSync('mkdir', ['-m', '700', '-p', runtime]);
  const children: ChildProcess[] = [];
  const env: Record<string, string | undefined> = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_RUNTIME_DIR: runtime,
    XDG_CURRENT_DESKTOP: '',
    PULSE_SERVER: undefined,
    WAYLAND_DISPLAY: undefined,
    XDG_SESSION_TYPE: 'x11',
    DISPLAY: undefined,
    GSETTINGS_BACKEND: 'dconf',
  };
  const track = (child: ChildProcess) => {
    children.push(child);
    child.on('error', () => {});
    return child;
  };
  const session: DesktopSession = {
    env,
    home,
    spawn: (file, args) => track(spawn(file, [...args], { env, stdio: 'ignore' })),
    run: (file, args) => execFileSync(file, [...args], { env, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] }),
    stop: async () => {
      for (const child of children.reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await Promise.race([exited, sleep(2000)]);
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        }
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
  try {
    const bus = track(spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { env, stdio: ['ignore', 'pipe', 'ignore'] }));
    env.DBUS_SESSION_BUS_ADDRESS = await firstLine(bus, bus.stdout!, 'dbus-daemon');
    if (options.display) {
      const x = track(spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], { env, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] }));
      env.DISPLAY = `:${await firstLine(x, x.stdio[3] as NodeJS.ReadableStream, 'Xvfb')}`;
    }
    return session;
  } catch (error) {
    await session.stop();
    throw error;
  }
}

/** Polls until `probe` returns a value other than null (10 s at most: the machine may be loaded). */
/** A session with a display that openbox manages (EWMH: focus, full screen, moves by wmctrl). */
export async function startWindowManagedSession(): Promise<DesktopSession> {
  const session = await startDesktopSession({ display: true });
  session.spawn('openbox', ['--sm-disable']);
  await until(() => (session.run('wmctrl', ['-m']).includes('Openbox') ? true : null), 'openbox');
  return session;
}

export async function until<T>(probe: () => T | null, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last = '';
  for (;;) {
    let value: T | null;
    try {
      value = probe();
    } catch (error) {
      last = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      value = null;
    }
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`${what} not ready within ${ms} ms${last ? ` (last: ${last})` : ''}`);
    await sleep(100);
  }
}

/** A private PulseAudio server with a null sink (its monitor is a "what is played" source) and a null microphone. */
export async function startPulseAudio(session: DesktopSession): Promise<void> {
  const socket = path.join(session.env.XDG_RUNTIME_DIR!, 'pulse-native');
  session.spawn('pulseaudio', [
    '-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--disallow-exit',
    `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    '--load=module-null-sink sink_name=limber_speakers',
    '--load=module-null-source source_name=limber_mic',
  ]);
  session.env.PULSE_SERVER = `unix:${socket}`;
  await until(() => (session.run('pactl', ['info']).includes('Server Name') ? true : null), 'PulseAudio');
}
