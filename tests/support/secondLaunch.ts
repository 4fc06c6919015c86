/**
 * A second `limber` launch as its own process, for tests/integration/commandLine.test.ts: the
 * real composition root on the typed fake, which says another instance holds the lock. It writes
 * what it would hand over through Electron (`HANDOVER {json}` on stderr: the test plays
 * Electron's part and delivers it to the first instance), then asks the real answer socket,
 * prints the answer and exits with its code, as the packaged app does.
 *
 *   tsx tests/support/secondLaunch.ts <socket path> [limber arguments…]
 */
import { readLaunch } from '../../main/app/commandLine';
import { startLimber } from '../../main/limberApp';
import { createFakeElectron } from './electronFake';
import { memoryStores } from './memoryStores';

const [socketPath, ...args] = process.argv.slice(2);
const terminal = { print: (text: string, ok: boolean) => void (ok ? process.stdout : process.stderr).write(`${text}\n`) };
const launch = readLaunch(args, terminal, (code) => process.exit(code));
const electron = createFakeElectron();
electron.app.gotLock = false;
electron.app.exit = (code = 0) => process.exit(code);
electron.app.quit = () => process.exit(0);
const handle = startLimber(electron, {
  rendererRoot: '/x',
  preloadPath: '/p.js',
  assetsDir: '/a',
  platform: process.platform,
  devServerUrl: null,
  logger: { warn: (m) => process.stderr.write(`warn ${m}\n`) },
  openStores: () => memoryStores(),
  launch,
  terminal,
  cliSocketPath: socketPath ?? null,
});
if (handle !== null) throw new Error('a second launch must not start Limber');
process.stderr.write(`HANDOVER ${JSON.stringify(electron.app.handedOver[0])}\n`);
