/**
 * The real app: Electron started on the built output. Needs the Electron binary (and, on
 * Linux, a display: scripts/test.mjs uses xvfb-run). Where the binary is missing every test
 * here is skipped, with the reason in the report and in the test run's summary.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { LimberHandle } from '../../main/limberApp';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

const binary = findElectronBinary();
test.skip(!binary.available, `Electron e2e skipped: ${binary.available ? '' : binary.reason}.`);

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  if (!binary.available) return;
  userData = mkdtempSync(path.join(tmpdir(), 'limber-e2e-'));
  const home = mkdtempSync(path.join(tmpdir(), 'limber-home-'));
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
    cwd: process.cwd(),
    // A private HOME: start-at-login writes its autostart entry there, not in the user's.
    env: { ...process.env, LIMBER_E2E: '1', HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
  });
});

test.afterEach(async () => {
  await app?.close();
});

async function finishWelcome(): Promise<void> {
  const welcome = await app.firstWindow();
  await expect(welcome.getByRole('heading', { name: 'Welcome to Limber' })).toBeVisible();
  await welcome.getByRole('button', { name: 'Start Limber' }).click();
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
}

test('first run: the welcome window opens, takes the choices, and Limber goes to the tray', async () => {
  const welcome = await app.firstWindow();
  await expect(welcome.getByRole('heading', { name: 'Welcome to Limber' })).toBeVisible();
  expect(new URL(welcome.url()).protocol).toBe('app:');
  // The page has the bridge and nothing of Node.
  expect(await welcome.evaluate(() => typeof (window as unknown as { limber?: unknown }).limber)).toBe('object');
  expect(await welcome.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  await welcome.getByRole('button', { name: 'Start Limber' }).click();
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  expect(existsSync(path.join(userData, 'preferences.json'))).toBe(true);
});

test('tray → start a routine → play it to the summary → the window closes and the history has it', async () => {
  await finishWelcome();
  const opened = app.waitForEvent('window');
  await app.evaluate(() => (globalThis as unknown as { __limber: LimberHandle }).__limber.run({ kind: 'startNow' }));
  const player: Page = await opened;
  await expect(player.getByRole('button', { name: 'Stop — this hurts' })).toBeVisible();
  // Step through the routine with the keyboard, as a user in a hurry would.
  const summary = player.getByRole('heading', { name: /Nicely done|Routine ended/ });
  for (let i = 0; i < 60 && !(await summary.isVisible()); i++) await player.keyboard.press('ArrowRight');
  await expect(summary).toBeVisible();
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), { timeout: 20_000 }).toBe(0);
  await app.evaluate(() => (globalThis as unknown as { __limber: LimberHandle }).__limber.run({ kind: 'quit' }));
  await expect.poll(() => existsSync(path.join(userData, 'history.json'))).toBe(true);
  const history = JSON.parse(readFileSync(path.join(userData, 'history.json'), 'utf8')) as { records: { outcome: string }[] };
  expect(history.records.map((r) => r.outcome)).toContain('manual');
});
