/**
 * Run by toastActions.test.ts in a temp folder (node-notifier makes its result pipe there on a
 * non-Windows machine): Limber's node-notifier adapter → node-notifier's real WindowsToaster →
 * a stand-in SnoreToast (argv[2]) that answers through node-notifier's pipe as SnoreToast does.
 * Prints, as JSON, the outcome and the answers Limber's notification received.
 */
import { createRequire } from 'node:module';
import type { ReminderAction } from '../../../common/ipc';
import { reminderButtons } from '../../../main/core/notifier';
import { nodeNotifierAdapter, type NodeNotifierLike } from '../../../main/platform/notifiers';

const require = createRequire(__filename);
const { WindowsToaster } = require('node-notifier') as { WindowsToaster: new (o: object) => NodeNotifierLike };

async function main() {
  const adapter = nodeNotifierAdapter(new WindowsToaster({ withFallback: false, customPath: process.argv[2] }), {
    appId: 'app.limber.desktop',
    supported: () => true,
    silent: () => false,
  });
  const answers: ReminderAction[] = [];
  const outcome = await adapter.notify({
    title: 'Time to move',
    body: '2½ min · hips & upper back · at your desk',
    buttons: reminderButtons({ minutes: 10, allowed: process.argv[3] !== 'no-snooze' }),
    onAnswer: (action) => answers.push(action),
  });
  console.log(JSON.stringify({ outcome, answers }));
}

void main();
