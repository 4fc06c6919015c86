/**
 * A child process for the crash-guard test: installs Limber's guards and log as main/index.ts
 * does, then throws outside any handler and rejects a promise nobody awaits. It must carry on
 * and print "alive" (it exits 0 on its own).
 *
 *   node --import tsx tests/support/crashingMain.ts <log folder>
 */
import { guardProcess } from '../../main/platform/crashGuards';
import { openRotatingLog } from '../../main/platform/rotatingLog';

const log = openRotatingLog({ directory: process.argv[2]! });
guardProcess(process, log);
setTimeout(() => {
  throw new Error('a bug in a timer callback');
}, 1);
void Promise.reject(new Error('a forgotten rejection'));
setTimeout(() => process.stdout.write('alive\n'), 50);
