import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // A unit or integration test must never load the real 'electron' module: its first
    // require tries to download the binary. Tests use the typed fake in tests/support/.
    alias: { electron: fileURLToPath(new URL('./tests/support/noElectron.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
