/**
 * The real app: Electron started on the built output, first run through the welcome window.
 * Needs the Electron binary (and, on Linux, a display: scripts/test.mjs uses xvfb-run).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../support/electronBinary';

const binary = findElectronBinary();
test.skip(!binary.available, `Electron e2e skipped: ${binary.available ? '' : binary.reason}.`);

let app: ElectronApplication;

test.beforeEach(async () => {
  if (!binary.available) return;
  const userData = mkdtempSync(path.join(tmpdir(), 'limber-e2e-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
    cwd: process.cwd(),
  });
});

test.afterEach(async () => {
  await app?.close();
});

test('first run: the welcome window opens, takes the choices, and Limber goes to the tray', async () => {
  const welcome = await app.firstWindow();
  await expect(welcome.getByRole('heading', { name: 'Welcome to Limber' })).toBeVisible();
  expect(new URL(welcome.url()).protocol).toBe('app:');
  // The page has the bridge and nothing of Node.
  expect(await welcome.evaluate(() => typeof (window as unknown as { limber?: unknown }).limber)).toBe('object');
  expect(await welcome.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  await welcome.getByRole('button', { name: 'Start Limber' }).click();
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
});
