/**
 * Windows toast buttons through node-notifier (docs/decisions/0069): node-notifier's real
 * WindowsToaster and its own parsing of SnoreToast's pipe message, with a stand-in SnoreToast
 * that records the arguments it was given and answers as SnoreToast 0.7 does (UTF-16 text
 * "action=buttonClicked;button=<label>;" on the pipe named by -pipeName, and its exit status).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Runs the probe against a SnoreToast stand-in that sends `message` and exits with `status`. */
function toast(message: string, status: number, variant = '') {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-toast-'));
  const snoreToast = path.join(dir, 'snoretoast');
  writeFileSync(
    snoreToast,
    `#!${process.execPath}
const fs = require('node:fs'), net = require('node:net');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(path.join(dir, 'args.json'))}, JSON.stringify(args));
const pipe = args[args.indexOf('-pipeName') + 1];
const socket = net.createConnection(pipe, () => socket.end(Buffer.from(${JSON.stringify(message)}, 'utf16le')));
socket.on('close', () => process.exit(${status}));
`,
  );
  chmodSync(snoreToast, 0o755);
  const out = execFileSync(tsx, [path.join(root, 'tests/integration/notifier/toastProbe.ts'), snoreToast, variant], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  const args = JSON.parse(readFileSync(path.join(dir, 'args.json'), 'utf8')) as string[];
  rmSync(dir, { recursive: true, force: true });
  const flag = (name: string) => args[args.indexOf(name) + 1];
  return { result: JSON.parse(out.trim().split('\n').at(-1)!) as { outcome: unknown; answers: string[] }, flag, args };
}

describe.skipIf(process.platform === 'win32')('Windows toast buttons through node-notifier', () => {
  it('offers Start, Snooze and Skip, attributed to the app id, and a pressed Snooze is the answer', () => {
    const { result, flag } = toast('action=buttonClicked;button=Snooze 10 min;', 4);
    expect(flag('-b')).toBe('Start;Snooze 10 min;Skip');
    expect(flag('-appID')).toBe('app.limber.desktop');
    expect(flag('-t')).toBe('Time to move');
    expect(result).toEqual({ outcome: { shown: true, via: 'node-notifier' }, answers: ['snooze'] });
  }, 60_000);

  it('Skip and Start buttons, and a click on the toast itself (Start)', () => {
    expect(toast('action=buttonClicked;button=Skip;', 4).result.answers).toEqual(['skip']);
    expect(toast('action=buttonClicked;button=Start;', 4).result.answers).toEqual(['start']);
    expect(toast('action=activated;', 0).result.answers).toEqual(['start']);
  }, 90_000);

  it('a dismissed or timed-out toast answers nothing; with no snoozes left there is no Snooze button', () => {
    expect(toast('action=dismissed;', 2).result).toEqual({ outcome: { shown: true, via: 'node-notifier' }, answers: [] });
    expect(toast('action=timedout;', 3).result.answers).toEqual([]);
    expect(toast('action=timedout;', 3, 'no-snooze').flag('-b')).toBe('Start;Skip');
  }, 90_000);
});
