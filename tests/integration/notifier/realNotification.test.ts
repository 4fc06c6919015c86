/**
 * A real notification: Limber's node-notifier adapter → notify-send → a real notification
 * daemon (dunst) on a private D-Bus session under Xvfb, read back from dunst's history.
 * scripts/setupTests.mjs installs these packages on Debian; elsewhere the test says what is
 * missing and skips.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tools = ['xvfb-run', 'dbus-run-session', 'dunst', 'dunstctl', 'notify-send'];
const missing = process.platform !== 'linux' ? ['Linux'] : tools.filter((t) => {
  try {
    execFileSync('which', [t], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) console.warn(`Real-notification test skipped: missing ${missing.join(', ')}.`);

describe('node-notifier adapter against a real notification daemon', () => {
  it.skipIf(missing.length > 0)('shows the reminder through dunst', () => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const out = execFileSync('xvfb-run', ['-a', 'dbus-run-session', '--', tsx, 'tests/integration/notifier/dunstProbe.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' },
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as {
      outcome: { shown: boolean };
      displayed: number;
      received: { summary: string; body: string; appname: string }[];
    };
    expect(result.outcome).toEqual({ shown: true, via: 'node-notifier' });
    expect(result.displayed).toBe(1);
    expect(result.received).toEqual([{ summary: 'Time to move', body: '2½ min · hips & upper back · at your desk', appname: 'Limber' }]);
  }, 90_000);
});
