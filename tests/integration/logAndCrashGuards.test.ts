/**
 * The log file (rotation, bounded lines, survives a full or read-only disk) and the crash guards
 * of the main process, in a real child process.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, openRotatingLog } from '../../main/platform/rotatingLog';
import { fillUp, mountSkipReason, mountTmpfs, remount, unmountAll } from '../support/hostileDisks';

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-log-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => unmountAll());

describe('the log file', () => {
  it('rotates by size, keeps two old files, and drops the oldest', () => {
    const dir = temp();
    const log = openRotatingLog({ directory: dir, maxBytes: 1000, keep: 2, now: () => Date.UTC(2026, 10, 23, 9) });
    for (let i = 0; i < 100; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['limber.1.log', 'limber.2.log', 'limber.log']);
    for (const name of readdirSync(dir)) expect(statSync(path.join(dir, name)).size).toBeLessThanOrEqual(1000);
    expect(readFileSync(log.file, 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^2026-11-23T09:00:00.000Z info {2}line 99 x+$/);
    expect(log.recent()).toHaveLength(100);
  });

  it('a huge message becomes one bounded line', () => {
    const log = openRotatingLog({ directory: temp() });
    log.error(`bad\n${'y'.repeat(1_000_000)}`);
    const [line] = log.recent();
    expect(line!.length).toBeLessThan(MAX_LINE_CHARS + 40);
    expect(readFileSync(log.file, 'utf8').split('\n')).toHaveLength(2); // one line and the final newline
  });

  it.skipIf(mountSkipReason !== null)(`a full, then read-only disk never throws; lines stay in memory${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
    const dir = mountTmpfs(64);
    const filler = fillUp(dir);
    const log = openRotatingLog({ directory: dir });
    expect(() => log.warn('disk is full')).not.toThrow();
    remount(dir, 'ro');
    expect(() => log.warn('disk is read-only')).not.toThrow();
    expect(log.recent().map((l) => l.slice(31))).toEqual(['disk is full', 'disk is read-only']);
    remount(dir, 'rw');
    rmSync(filler);
    log.info('space again');
    expect(readFileSync(log.file, 'utf8')).toContain('space again');
    expect(existsSync(log.file)).toBe(true);
  });
});

describe('crash guards', () => {
  it('an uncaught exception and an unhandled rejection in main are logged and survived', async () => {
    const dir = temp();
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join('tests', 'support', 'crashingMain.ts'), dir], { timeout: 30_000 });
    expect(stdout).toBe('alive\n');
    const text = readFileSync(path.join(dir, 'limber.log'), 'utf8');
    expect(text).toMatch(/error Uncaught exception \(uncaughtException\), Limber carries on: Error: a bug in a timer callback/);
    expect(text).toMatch(/error Unhandled promise rejection, Limber carries on: Error: a forgotten rejection/);
  });
});
