/**
 * The command line through the single-instance hand-over (docs/decisions/0068): the whole app on
 * the typed fake as the running Limber, with its real answer socket in a temp folder, and a
 * second launch as a real second process (tests/support/secondLaunch.ts) that asks that socket.
 * The test plays Electron's one part: it delivers the second process's hand-over to the first as
 * `second-instance`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../main/core/commandLine';
import { handOverData } from '../../main/app/commandLine';
import { askRunningLimber, cliSocketPath, serveCliReplies } from '../../main/platform/cliChannel';
import { startTestApp, type TestApp } from '../support/testApp';

const MIN = 60_000;
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const folders: string[] = [];
const tempSocket = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'limber-cli-')));
  return path.join(folders.at(-1)!, 'cli.sock');
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs a second launch; delivers its hand-over to `first` as Electron would. */
function secondLaunch(first: TestApp | null, socket: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; handedOver: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['tests/support/secondLaunch.ts', socket, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let handedOver = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const line = /^HANDOVER (.*)$/m.exec(stderr);
      if (line && !handedOver) {
        handedOver = true;
        first?.electron.app.secondInstance(JSON.parse(line[1]!));
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, handedOver }));
  });
}

/** 09:45:01 on a Monday: the first reminder of the day is up. */
async function reminderUp(app: TestApp): Promise<void> {
  app.clock.advance(5 * MIN + 45 * MIN + 1000);
  await app.settle();
  await app.settle();
  expect(app.handle.scheduler()?.status()?.reminderUp).toBe(true);
}

describe('command line on a running Limber', () => {
  it('--status from a second process prints the running Limber’s status and exits 0', async () => {
    const socket = tempSocket();
    const app = await startTestApp({ cliSocketPath: socket });
    app.clock.advance(5 * MIN + 22 * MIN); // 09:22, sitting since 09:00
    const result = await secondLaunch(app, socket, ['--status']);
    expect(result.stderr).toContain('HANDOVER');
    expect(result.stdout.split('\n')[0]).toBe(app.handle.snapshot().statusText);
    expect(result.stdout).toMatch(/^Next break in \d+ min\nReminders left today: 09:45, 10:32, /);
    expect(result.code).toBe(0);
  }, 30_000);

  it('--snooze from a second process snoozes the reminder that is up, as the tray’s Snooze', async () => {
    const socket = tempSocket();
    const app = await startTestApp({ cliSocketPath: socket });
    await reminderUp(app);
    const result = await secondLaunch(app, socket, ['--snooze']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Snoozed — next break in 10 min\n');
    expect(app.handle.scheduler()?.status()).toMatchObject({ reminderUp: false, phase: 'snoozed' });
    // Nothing left to snooze: a clear answer and a non-zero exit.
    const again = await secondLaunch(app, socket, ['--snooze']);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toContain('No reminder is up, so there is nothing to snooze.');
  }, 30_000);

  it('a bad command is refused in its own terminal (exit 2) and never reaches the running Limber', async () => {
    const socket = tempSocket();
    const app = await startTestApp({ cliSocketPath: socket });
    const before = app.handle.snapshot();
    const result = await secondLaunch(app, socket, ['--pause', '3x']);
    expect(result.code).toBe(2);
    expect(result.handedOver).toBe(false);
    expect(result.stderr).toContain('limber: --pause takes 30m, 1h, 2h or tomorrow, not "3x".');
    expect(app.handle.snapshot()).toEqual(before);
  }, 30_000);

  it('a malformed hand-over (another version, a forged launch) is answered as refused; Limber runs on', async () => {
    const socket = tempSocket();
    const app = await startTestApp({ cliSocketPath: socket });
    app.electron.app.secondInstance(handOverData(['--pause', '3x'], 'token-forged-1'));
    await expect(askRunningLimber(socket, 'token-forged-1', 2000)).resolves.toMatchObject({ ok: false, text: expect.stringContaining('not "3x"') });
    expect(app.warnings.some((w) => w.includes('refused'))).toBe(true);
    app.electron.app.secondInstance({ limberCli: 1, args: [42] }); // not a hand-over: a plain launch
    app.electron.app.secondInstance(handOverData(['--pause', '1h'], 'token-pause-01'));
    await expect(askRunningLimber(socket, 'token-pause-01', 2000)).resolves.toEqual({ ok: true, text: 'Paused until 09:55' });
    expect(app.electron.windows.alive().some((w) => w.webContents.getURL().includes('preferences'))).toBe(true);
  }, 30_000);

  it('a hand-over that arrives before the stores open is answered once Limber has started', async () => {
    const { createTestApp } = await import('../support/testApp');
    const socket = tempSocket();
    const app = createTestApp({ cliSocketPath: socket });
    app.electron.app.secondInstance(handOverData(['--start'], 'token-early-01'));
    const answer = askRunningLimber(socket, 'token-early-01', 5000);
    app.electron.app.ready();
    await app.handle.ready;
    await expect(answer).resolves.toEqual({ ok: true, text: 'Starting a routine now.' });
    expect(app.handle.snapshot().session?.kind).toBe('routine');
  }, 30_000);
});

describe('command line on a first launch', () => {
  it('--status when Limber was not running: it starts and prints its status itself', async () => {
    const app = await startTestApp({ launch: { args: ['--status'], request: { kind: 'status' } } });
    expect(app.printed).toEqual([{ ok: true, text: expect.stringMatching(/^Next break in \d+ min|^Outside work hours/) }]);
    expect(app.printed[0]!.text.split('\n')[0]).toBe(app.handle.snapshot().statusText);
  });

  it('--pause tomorrow when Limber was not running: it starts paused until the next work day', async () => {
    const parsed = parseCommandLine(['--pause', 'tomorrow']);
    if (!parsed.ok) throw new Error(parsed.error);
    const app = await startTestApp({ launch: { args: ['--pause', 'tomorrow'], request: parsed.request } });
    expect(app.handle.scheduler()?.status()).toMatchObject({ paused: true });
    expect(app.printed[0]).toEqual({ ok: true, text: expect.stringMatching(/^Paused until Tue 09:00/) });
  });
});

describe('answer socket', () => {
  it('answers only the token it was given, whichever comes first, and nothing else', async () => {
    const socket = tempSocket();
    const server = serveCliReplies(socket, { log: () => {}, timeoutMs: 1500 });
    try {
      server.settle('token-before-1', { ok: true, text: 'early' });
      await expect(askRunningLimber(socket, 'token-before-1', 1000)).resolves.toEqual({ ok: true, text: 'early' });
      const late = askRunningLimber(socket, 'token-after-01', 1000);
      setTimeout(() => server.settle('token-after-01', { ok: false, text: 'late' }), 100);
      await expect(late).resolves.toEqual({ ok: false, text: 'late' });
      // Claimed once: a second ask for the same token gets nothing.
      await expect(askRunningLimber(socket, 'token-before-1', 500)).resolves.toMatchObject({ ok: false, text: expect.stringContaining('did not answer') });
    } finally {
      server.dispose();
    }
  });

  it('a second process finds no running Limber: it says so instead of hanging', async () => {
    await expect(askRunningLimber(tempSocket(), 'token-nobody-1', 400)).resolves.toMatchObject({ ok: false });
  });

  it('replaces a crashed Limber’s socket file, and names a pipe per user data folder on Windows', async () => {
    const socket = tempSocket();
    serveCliReplies(socket, { log: () => {} }); // never disposed: as after a crash
    const server = serveCliReplies(socket, { log: () => {} });
    server.settle('token-second-1', { ok: true, text: 'fresh' });
    await expect(askRunningLimber(socket, 'token-second-1', 1000)).resolves.toEqual({ ok: true, text: 'fresh' });
    server.dispose();
    expect(cliSocketPath('/home/a/.config/Limber', 'linux')).toBe('/home/a/.config/Limber/cli.sock');
    expect(cliSocketPath('C:\\Users\\a\\AppData\\Roaming\\Limber', 'win32')).toMatch(/^\\\\\.\\pipe\\limber-cli-[0-9a-f]{16}$/);
    expect(cliSocketPath('C:\\Users\\b\\AppData\\Roaming\\Limber', 'win32')).not.toBe(cliSocketPath('C:\\Users\\a\\AppData\\Roaming\\Limber', 'win32'));
  });
});
