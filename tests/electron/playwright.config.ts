import { defineConfig } from '@playwright/test';

// The whole app under Playwright's Electron driver. Runs where the Electron binary exists;
// elsewhere every spec skips itself and says why (scripts/electronBinary.mjs).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron-report.json' }]],
});
