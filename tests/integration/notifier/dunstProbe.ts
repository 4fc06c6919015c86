/**
 * Run inside a private D-Bus session under Xvfb (see realNotification.test.ts): starts dunst,
 * sends one reminder through Limber's node-notifier adapter, and prints, as JSON, what dunst
 * says it received. Never touches the user's own session bus.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { nodeNotifierAdapter, type NodeNotifierLike } from '../../../main/platform/notifiers';

const require = createRequire(__filename);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function dunstctl(...args: string[]): string | null {
  try {
    return execFileSync('dunstctl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

async function main() {
  const dunst = spawn('dunst', [], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50 && dunstctl('is-paused') === null; i++) await sleep(100);
    if (dunstctl('is-paused') === null) throw new Error('dunst did not come up on the private bus');
    const { NotifySend } = require('node-notifier') as { NotifySend: new (o: object) => NodeNotifierLike };
    const notifier = nodeNotifierAdapter(new NotifySend({ withFallback: false }), {
      appName: 'Limber',
      supported: () => true,
      silent: () => true,
    });
    const outcome = await notifier.notify({ title: 'Time to move', body: '2½ min · hips & upper back · at your desk', onClick: () => {} });
    let displayed = 0;
    for (let i = 0; i < 50 && displayed === 0; i++) {
      displayed = Number(dunstctl('count', 'displayed') ?? 0);
      if (displayed === 0) await sleep(100);
    }
    dunstctl('close-all');
    await sleep(200);
    const history = JSON.parse(dunstctl('history') ?? '{"data":[[]]}') as {
      data: { summary: { data: string }; body: { data: string }; appname: { data: string } }[][];
    };
    const received = (history.data[0] ?? []).map((n) => ({ summary: n.summary.data, body: n.body.data, appname: n.appname.data }));
    console.log(JSON.stringify({ outcome, displayed, received }));
  } finally {
    dunst.kill();
  }
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
