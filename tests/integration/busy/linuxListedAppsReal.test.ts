/**
 * Listed apps on Linux against this machine's real /proc: a real process started under a name
 * longer than the kernel's 15-character comm is found while it runs and not after it is killed,
 * through createBusyDetectors('linux') and checkBusy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBusyDeps } from '../../../main/platform/busy/busyDeps';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { createBusyDetectors } from '../../../main/platform/busy/createBusyDetectors';
import { until } from './desktopSession';

const why = process.platform !== 'linux' ? 'not Linux' : null;
if (why) console.warn(`Busy listed-app test skipped: ${why}.`);
const display = { x: 0, y: 0, width: 1280, height: 800 };

describe('listed apps, read from the real /proc', () => {
  let dir: string;
  let app: ChildProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'limber-apps-'));
    copyFileSync('/bin/sleep', path.join(dir, 'limber-video-call'));
  });
  afterAll(() => {
    app?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const read = (listedApps: string[]) => {
    const detectors = createBusyDetectors('linux', nodeBusyDeps());
    return checkBusy(detectors, ['listedApp'], { display, listedApps });
  };

  it.skipIf(why !== null)('found while running (comm truncated to 15), not after it is killed; nothing listed reads nothing', async () => {
    expect(await read(['limber-video-call'])).toEqual({ busy: [], failed: [] });
    app = spawn(path.join(dir, 'limber-video-call'), ['30'], { stdio: 'ignore' });
    await until(() => (app!.pid ? true : null), 'app started');
    expect(await read(['zoom', 'Limber-Video-Call'])).toEqual({ busy: [{ signal: 'listedApp', detail: 'Limber-Video-Call is running' }], failed: [] });
    const exited = new Promise((r) => app!.once('exit', r));
    app.kill('SIGKILL');
    await exited;
    expect(await read(['limber-video-call'])).toEqual({ busy: [], failed: [] });
  });

  it.skipIf(why !== null)('with nothing listed, /proc is not read', async () => {
    let reads = 0;
    const base = nodeBusyDeps();
    const deps = { ...base, readdir: async (d: string) => (reads++, base.readdir(d)), readFile: async (f: string) => (reads++, base.readFile(f)) };
    expect(await checkBusy(createBusyDetectors('linux', deps), ['listedApp'], { display, listedApps: [] })).toEqual({ busy: [], failed: [] });
    expect(reads).toBe(0);
  });
});
