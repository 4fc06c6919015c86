/**
 * The whole app (composition root on the typed Electron fake) with the real disk stores on
 * hostile disks: it starts, reminds on time, tells the user once in words what is wrong and
 * where, keeps the breaks in memory, and saves them at quit once the disk allows it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { methodChannel } from '../../common/ipcChannels';
import { fixedZone } from '../../main/core/scheduler';
import { serializeHistoryDocument } from '../../main/core/history';
import { startLimber } from '../../main/limberApp';
import { openDiskStores, type DiskStores } from '../../main/platform/diskStores';
import { HISTORY_FILE_NAME } from '../../main/platform/historyStore';
import { createFakeElectron, FakeBrowserWindow } from '../support/electronFake';
import { chattrSkipReason, fillUp, makeImmutable, mountSkipReason, mountTmpfs, remount, unmountAll } from '../support/hostileDisks';
import { ManualClock } from '../support/manualClock';
import { confBackend, currentFile } from '../support/preferencesFixtures';
import { routine } from '../support/statsFixtures';
import { at } from '../support/testApp';

const MIN = 60_000;
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => unmountAll());

/** A user who has been through the welcome screen: preferences, state and some history. */
function seed(dir: string, history = serializeHistoryDocument([routine('2026-11-20T10:00')])) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify(currentFile(), undefined, '\t'));
  writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ firstRunComplete: true, scheduler: null, lastEmphasis: null, __internal__: { migrations: { version: '1.0.0' } } }));
  writeFileSync(path.join(dir, HISTORY_FILE_NAME), history);
}

/** Starts the app on `cwd` at 08:55 on a Monday and runs it to the 09:45 reminder. */
async function startAndRemind(cwd: string) {
  const rendererRoot = mkdtempSync(path.join(tmpdir(), 'limber-renderer-'));
  made.push(rendererRoot);
  for (const page of ['welcome', 'reminder', 'preferences', 'stats']) writeFileSync(path.join(rendererRoot, `${page}.html`), '<!doctype html>');
  const electron = createFakeElectron(cwd);
  const clock = new ManualClock(at(8, 55));
  const warnings: string[] = [];
  let stores: DiskStores | null = null;
  const handle = startLimber(electron, {
    rendererRoot,
    preloadPath: '/app/out/preload/index.js',
    assetsDir: '/app/assets',
    devServerUrl: null,
    platform: 'linux',
    logger: { warn: (m) => warnings.push(m) },
    openStores: () => (stores = openDiskStores({ cwd, openBackend: confBackend, log: (m) => warnings.push(m), now: () => clock.wallMs() })),
    clock,
    timer: clock.timer,
    zone: fixedZone(0),
    // This machine's real busy detectors would hold the reminder whenever it looks busy.
    busyDetectors: [],
    setStartAtLogin: async () => undefined,
  });
  if (!handle) throw new Error('no single-instance lock');
  electron.app.ready();
  await handle.ready; // the start that used to fail ("Limber could not start")
  // As the day goes: arrive at 09:00, then the first reminder 45 minutes later.
  for (const step of [5 * MIN + 1000, 44 * MIN - 1000, MIN + 1000]) {
    clock.advance(step);
    await new Promise((r) => setTimeout(r, 0));
  }
  const card = FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'));
  const skip = async () => {
    await electron.ipcMain.invoke(methodChannel('respondToReminder'), { action: 'skip' }, { frameUrl: 'app://limber/reminder.html', webContentsId: card?.webContents.id ?? 0 });
    // The history's write is asynchronous: wait for it to end (and fail) before looking.
    await stores?.history.flush();
  };
  const quit = async () => {
    electron.app.quit(); // before-quit flushes; awaiting a flush too waits for that one to end
    await stores?.history.flush();
  };
  return { handle, card, skip, quit, warnings, stores: () => stores! };
}

const historyOnDisk = (dir: string) => (JSON.parse(readFileSync(path.join(dir, HISTORY_FILE_NAME), 'utf8')) as { records: { outcome: string }[] }).records;

describe.skipIf(mountSkipReason !== null)(`the whole app on a hostile disk${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  it('read-only data folder with a damaged history: starts, reminds, says so once, saves at quit when writable', async () => {
    const dir = mountTmpfs(1024);
    seed(dir, serializeHistoryDocument([routine('2026-11-20T10:00'), routine('2026-11-20T11:00')]).slice(0, -30));
    remount(dir, 'ro');
    const app = await startAndRemind(dir);
    expect(app.card).toBeDefined();
    expect(app.handle.snapshot().notice).toContain(`Limber can’t save to ${dir}: the disk is read-only. Your breaks are kept until it can.`);
    expect(app.stores().history.records()).toHaveLength(1); // the complete record of the damaged file
    await app.skip();
    expect(app.stores().history.records().map((r) => r.outcome)).toEqual(['completed', 'skipped']);
    expect(app.handle.snapshot().notice?.split('Limber can’t save to ').length).toBe(2); // the history's, once
    remount(dir, 'rw');
    await app.quit();
    expect(historyOnDisk(dir).map((r) => r.outcome)).toEqual(['completed', 'skipped']);
  });

  it('a data folder that cannot be created: starts on the defaults, shows the welcome and says where', async () => {
    const mount = mountTmpfs(64);
    remount(mount, 'ro');
    const dir = path.join(mount, 'config', 'Limber');
    const app = await startAndRemind(dir);
    expect(app.handle.snapshot().notice).toContain(dir);
    expect(FakeBrowserWindow.alive().some((w) => w.webContents.getURL().endsWith('/welcome.html'))).toBe(true);
  });

  it('a full disk: starts, reminds, keeps the break, and writes it at quit once space is back', async () => {
    const dir = mountTmpfs(64);
    seed(dir);
    const filler = fillUp(dir);
    const app = await startAndRemind(dir);
    expect(app.card).toBeDefined();
    await app.skip();
    expect(app.handle.snapshot().notice).toContain(`Limber can’t save to ${dir}: the disk is full. Your breaks are kept until it can.`);
    rmSync(filler);
    await app.quit();
    expect(historyOnDisk(dir).map((r) => r.outcome)).toEqual(['completed', 'skipped']);
  });
});

describe.skipIf(chattrSkipReason !== null)(`the whole app with immutable files (EPERM)${chattrSkipReason ? ` (skipped: ${chattrSkipReason})` : ''}`, () => {
  it('history and preferences files that may not be replaced: starts, reminds, says so, saves once allowed', async () => {
    const dir = path.join('/var/tmp', `limber-app-eperm-${process.pid}-${Date.now()}`);
    made.push(dir);
    seed(dir);
    const files = [HISTORY_FILE_NAME, 'preferences.json'].map((n) => path.join(dir, n));
    for (const f of files) makeImmutable(f, true);
    try {
      const app = await startAndRemind(dir);
      expect(app.card).toBeDefined();
      await app.skip();
      expect(app.handle.snapshot().notice).toContain(`Limber can’t save to ${dir}: Limber is not allowed to write there.`);
      for (const f of files) makeImmutable(f, false);
      await app.quit();
      expect(historyOnDisk(dir).map((r) => r.outcome)).toEqual(['completed', 'skipped']);
    } finally {
      for (const f of files) {
        try {
          makeImmutable(f, false);
        } catch {
          // already writable
        }
      }
    }
  });
});
