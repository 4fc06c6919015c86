/**
 * "In a call" on Linux: a real microphone capture (parec) against a private PulseAudio server
 * with a null source, and camera holders found through a /proc tree of real symlinks.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBusyDeps } from '../../../main/platform/busy/busyDeps';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { linuxCallDetector } from '../../../main/platform/busy/linuxCall';
import { missingTools, startDesktopSession, startPulseAudio, until, type DesktopSession } from './desktopSession';

const context = { display: { x: 0, y: 0, width: 1280, height: 800 }, listedApps: [] };
const pulseWhy = missingTools(['dbus-daemon', 'pulseaudio', 'pactl', 'parec']);
if (pulseWhy) console.warn(`Busy call test (PulseAudio) skipped: ${pulseWhy}.`);

describe('microphone in use, against a real PulseAudio server', () => {
  let session: DesktopSession | undefined;
  let noDevices: string;
  beforeAll(async () => {
    noDevices = mkdtempSync(path.join(os.tmpdir(), 'limber-nodev-'));
    if (pulseWhy) return;
    session = await startDesktopSession();
    await startPulseAudio(session);
  }, 30_000);
  afterAll(async () => {
    await session?.stop();
    rmSync(noDevices, { recursive: true, force: true });
  });
  // No camera device here, so only the microphone half can answer.
  const read = () => checkBusy([linuxCallDetector(nodeBusyDeps({ env: session!.env }), { dev: noDevices })], ['call'], context);
  const liveStreams = () => JSON.parse(session!.run('pactl', ['-f', 'json', 'list', 'source-outputs'])).length as number;

  it.skipIf(pulseWhy !== null)('a recording of the microphone is a call; recording what is played is not; stopped is not', async () => {
    expect(await read()).toEqual({ busy: [], failed: [] });

    const monitor = session!.spawn('parec', ['-d', 'limber_speakers.monitor']);
    await until(() => (liveStreams() === 1 ? true : null), 'parec on the monitor');
    expect(await read()).toEqual({ busy: [], failed: [] });
    monitor.kill();
    await until(() => (liveStreams() === 0 ? true : null), 'monitor stream gone');

    const mic = session!.spawn('parec', ['-d', 'limber_mic']);
    await until(() => (liveStreams() === 1 ? true : null), 'parec on the microphone');
    expect(await read()).toEqual({ busy: [{ signal: 'call', detail: 'in a call (microphone in use by parec)' }], failed: [] });
    mic.kill();
    await until(() => (liveStreams() === 0 ? true : null), 'microphone stream gone');
    expect(await read()).toEqual({ busy: [], failed: [] });
  });

  it.skipIf(pulseWhy !== null)('no sound server running is not a call and not a fault', async () => {
    const env = { ...session!.env, PULSE_SERVER: `unix:${path.join(noDevices, 'nobody-here')}` };
    expect(await checkBusy([linuxCallDetector(nodeBusyDeps({ env }), { dev: noDevices })], ['call'], context)).toEqual({ busy: [], failed: [] });
  });
});

describe('camera in use, read from /proc', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'limber-proc-'));
    const proc = path.join(root, 'proc');
    const addProcess = (pid: number, comm: string, links: string[]) => {
      mkdirSync(path.join(proc, String(pid), 'fd'), { recursive: true });
      writeFileSync(path.join(proc, String(pid), 'comm'), `${comm}\n`);
      links.forEach((target, fd) => symlinkSync(target, path.join(proc, String(pid), 'fd', String(fd))));
    };
    addProcess(100, 'bash', ['/dev/pts/0', '/dev/null']);
    addProcess(200, 'zoom', ['/dev/null', 'socket:[1234]', path.join(root, 'dev', 'video0')]);
    addProcess(300, 'other', ['/dev/video0']);
    addProcess(process.pid, 'limber', [path.join(root, 'dev', 'video0')]);
    mkdirSync(path.join(proc, 'self'));
    mkdirSync(path.join(root, 'dev'));
    writeFileSync(path.join(root, 'dev', 'video0'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const deps = () => nodeBusyDeps({ which: async () => null });

  it('a process holding a video device is a call, named by its comm; Limber itself, and a device not on this machine, are not', async () => {
    const reading = await checkBusy([linuxCallDetector(deps(), { proc: path.join(root, 'proc'), dev: path.join(root, 'dev') })], ['call'], context);
    expect(reading).toEqual({ busy: [{ signal: 'call', detail: 'in a call (camera in use by zoom)' }], failed: [] });
  });

  it('no camera device on the machine: /proc is not even read', async () => {
    let procReads = 0;
    const base = deps();
    const counting = { ...base, readdir: async (dir: string) => ((procReads += dir.startsWith(path.join(root, 'proc')) ? 1 : 0), base.readdir(dir)) };
    const reading = await checkBusy([linuxCallDetector(counting, { proc: path.join(root, 'proc'), dev: path.join(root, 'empty') })], ['call'], context);
    expect(reading).toEqual({ busy: [], failed: [] });
    expect(procReads).toBe(0);
  });

  it('a real process holding a video device open is found in the real /proc, and not once it exits', async () => {
    const device = path.join(root, 'dev', 'video0');
    const fd = openSync(device, 'r');
    const holder = spawn('sleep', ['30'], { stdio: ['ignore', fd, 'ignore'] });
    closeSync(fd);
    try {
      await until(() => (holder.pid ? true : null), 'holder started');
      const read = () => checkBusy([linuxCallDetector(deps(), { dev: path.join(root, 'dev') })], ['call'], context);
      expect(await read()).toEqual({ busy: [{ signal: 'call', detail: 'in a call (camera in use by sleep)' }], failed: [] });
      const exited = new Promise((r) => holder.once('exit', r));
      holder.kill('SIGKILL');
      await exited;
      expect(await read()).toEqual({ busy: [], failed: [] });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('the real /proc of this machine answers without a fault', async () => {
    const reading = await checkBusy([linuxCallDetector(deps())], ['call'], context);
    expect(reading.failed).toEqual([]);
  });
});
