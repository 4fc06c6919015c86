// Type-checks each layer with its own tsconfig: common+core without Node or DOM types, main
// without DOM, renderer without Node, tests with both. One failing layer fails the whole.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const configs = ['tsconfig.core.json', 'tsconfig.main.json', 'tsconfig.preload.json', 'tsconfig.renderer.json', 'tsconfig.tests.json'];
let failed = 0;
for (const config of configs) {
  const run = spawnSync(process.execPath, [tsc, '-p', config, '--pretty'], { cwd: root, stdio: 'inherit' });
  console.log(`typecheck ${config}: ${run.status === 0 ? 'ok' : 'FAILED'}`);
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
