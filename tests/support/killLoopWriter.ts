/**
 * A child process for the SIGKILL tests: opens the real stores on a folder and writes to them
 * as fast as it can until it is killed. It prints "committed N" after each history record that
 * flush() reported on disk, so the parent knows what must survive.
 *
 *   tsx tests/support/killLoopWriter.ts <folder>
 */
import Conf from 'conf';
import { openHistoryStore } from '../../main/platform/historyStore';
import type { OpenBackend, StoreBackend } from '../../main/platform/guardedStore';
import { PreferencesStore } from '../../main/platform/preferencesStore';

const dir = process.argv[2];
if (!dir) throw new Error('usage: killLoopWriter <folder>');
const openBackend: OpenBackend = <T extends Record<string, unknown>>(options: ConstructorParameters<typeof Conf<T>>[0]): StoreBackend<T> => new Conf<T>(options);
const start = Date.UTC(2026, 2, 13, 9);

async function main() {
  const history = openHistoryStore({ directory: dir!, now: () => start + 86_400_000 });
  const preferences = PreferencesStore.open({ cwd: dir!, openBackend });
  let n = history.records().length;
  for (;;) {
    n++;
    history.append({ at: start + n * 1000, offsetMinutes: 60, outcome: 'skipped', reminderId: n, sittingSeconds: 60, routine: null });
    preferences.update({ intervalMinutes: n % 2 === 0 ? 45 : 50 });
    await history.flush();
    process.stdout.write(`committed ${n}\n`);
  }
}
void main();
