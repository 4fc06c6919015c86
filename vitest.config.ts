import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { PREACT_FOR_REACT } from './preactForReact';

export default defineConfig({
  resolve: {
    // A unit or integration test must never load the real 'electron' module: its first
    // require tries to download the binary. Tests use the typed fake in tests/support/.
    // Renderer modules under test import React's API, answered by Preact as in the build.
    alias: [{ find: /^electron(?:\/.*)?$/, replacement: fileURLToPath(new URL('./tests/support/noElectron.ts', import.meta.url)) }, ...PREACT_FOR_REACT],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
