/**
 * Preferences and app state on hostile disks: temporary files of crashed writes cleaned up at
 * start, no main-thread stall on EPERM, retries until the disk allows the write, bounded
 * notices, and SIGKILL loops that never leave a torn file or lose a committed record.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseHistoryDocument } from '../../main/core/history';
import { AppStateStore } from '../../main/platform/appStateStore';
import { HISTORY_FILE_NAME, openHistoryStore } from '../../main/platform/historyStore';
import { PreferencesStore } from '../../main/platform/preferencesStore';
import { RETRY_FIRST_MS } from '../../main/platform/retry';
import { chattrSkipReason, fillUp, makeImmutable, mountSkipReason, mountTmpfs, remount, unmountAll } from '../support/hostileDisks';
import { manualRetries } from '../support/manualRetries';
import { confBackend, currentFile, FIXED_NOW, prefsFile, readPrefsFile, removeTempDirs, tempDir, writePrefs } from '../support/preferencesFixtures';

afterEach(() => removeTempDirs());
afterAll(() => unmountAll());

function openPrefs(cwd: string) {
  const retries = manualRetries();
  const store = PreferencesStore.open({ cwd, openBackend: confBackend, now: FIXED_NOW, retryTimer: retries.timer });
  const notices: string[] = [];
  const first = store.load().notice;
  if (first) notices.push(first);
  store.onNotice((n) => notices.push(n));
  return { store, notices, retries };
}

describe('crashed writes leave nothing behind', () => {
  it('temporary files of crashed preference and state writes are removed at start, the real files kept', () => {
    const dir = tempDir();
    writePrefs(dir, currentFile({ intervalMinutes: 40 }));
    const leftovers = [
      '.preferences.json.4242.lq1x2.tmp', // our own atomic write's
      'preferences.json.tmp-1765432109abcdef', // conf's atomically's
      'state.json.tmp-1765432109a1b2c3',
    ];
    for (const name of leftovers) writeFileSync(path.join(dir, name), '{"half":');
    writeFileSync(path.join(dir, 'preferences.json.tmp-notes.txt'), 'not ours'); // a look-alike is kept
    const { store } = openPrefs(dir);
    AppStateStore.open({ cwd: dir, openBackend: confBackend });
    expect(store.get().intervalMinutes).toBe(40);
    expect(readdirSync(dir).sort()).toEqual(['preferences.json', 'preferences.json.tmp-notes.txt', 'state.json']);
  });
});

describe('bounded notices', () => {
  it('a state file with thousands of unknown keys gives a short notice that still says how many', () => {
    const dir = tempDir();
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key${i}`, i]));
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ firstRunComplete: true, ...junk }));
    const notice = AppStateStore.open({ cwd: dir, openBackend: confBackend, now: FIXED_NOW }).takeNotice() ?? '';
    expect(notice).toContain('and 4992 more');
    expect(notice.length).toBeLessThan(800);
  });
});

describe.skipIf(chattrSkipReason !== null)(`an immutable preferences file (EPERM)${chattrSkipReason ? ` (skipped: ${chattrSkipReason})` : ''}`, () => {
  it('a refused write does not stall the main thread, is told once, and is retried until it lands', () => {
    const dir = tempDir();
    writePrefs(dir, currentFile());
    const { store, notices, retries } = openPrefs(dir);
    makeImmutable(prefsFile(dir), true);
    try {
      const started = performance.now();
      store.update({ intervalMinutes: 35 });
      store.update({ intervalMinutes: 40 });
      // conf's own write spins for 1 s on each EPERM; ours fails at once.
      expect(performance.now() - started).toBeLessThan(400);
      expect(store.get().intervalMinutes).toBe(40);
      expect(notices).toEqual([expect.stringContaining('can’t save your preferences')]);
      expect(notices[0]).toContain('(EPERM)');
      retries.fire();
      expect(retries.delays()).toEqual([RETRY_FIRST_MS, RETRY_FIRST_MS * 2, RETRY_FIRST_MS * 4].slice(0, retries.delays().length));
      expect(retries.live()).toHaveLength(1);
    } finally {
      makeImmutable(prefsFile(dir), false);
    }
    retries.fire();
    expect(readPrefsFile(dir)['intervalMinutes']).toBe(40);
    expect(retries.live()).toHaveLength(0);
    expect(notices).toHaveLength(1);
  });
});

describe.skipIf(mountSkipReason !== null)(`preferences and state on a read-only or full disk${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  it('read-only: starts with the saved values, keeps changes in memory, saves them at flush once writable', () => {
    const dir = mountTmpfs(1024);
    writePrefs(dir, currentFile({ intervalMinutes: 40 }));
    remount(dir, 'ro');
    const { store, notices, retries } = openPrefs(dir);
    const state = AppStateStore.open({ cwd: dir, openBackend: confBackend });
    expect(store.get().intervalMinutes).toBe(40);
    store.update({ intervalMinutes: 55 });
    state.save({ firstRunComplete: true });
    expect(notices.join(' ')).toContain('(EROFS)');
    expect(retries.live()).toHaveLength(1);
    remount(dir, 'rw');
    expect(store.flush()).toBe(true);
    expect(state.flush()).toBe(true);
    expect(readPrefsFile(dir)['intervalMinutes']).toBe(55);
    expect(JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'))).toMatchObject({ firstRunComplete: true });
  });

  it('full: a damaged file that cannot be kept aside is left as it is; Limber starts on the defaults and says so', () => {
    const dir = mountTmpfs(64);
    writePrefs(dir, '{"intervalMinutes": 40, "theme": ');
    fillUp(dir);
    const { store, notices } = openPrefs(dir);
    expect(store.persistence).toBe('memory');
    expect(notices.join(' ')).toMatch(/could not repair its preferences file .*\(ENOSPC\) and has left it as it is/);
    expect(readFileSync(prefsFile(dir), 'utf8')).toBe('{"intervalMinutes": 40, "theme": ');
    expect(store.update({ intervalMinutes: 30 }).intervalMinutes).toBe(30);
  });
});

describe('SIGKILL loops', () => {
  it('killed at random moments mid-write, 6 times: every file parses and every committed record is there', async () => {
    // On a tmpfs where one can be mounted: fsync there costs nothing, so the loop is about kills, not disk speed.
    const dir = mountSkipReason === null ? mountTmpfs(8192) : tempDir();
    let committed = 0;
    const signals: (string | null)[] = [];
    for (let round = 0; round < 6; round++) {
      // node itself (not the tsx wrapper), so the SIGKILL reaches the process that writes.
      const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'support', 'killLoopWriter.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      let wrote = 0;
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          for (const m of chunk.toString().matchAll(/committed (\d+)/g)) wrote = Math.max(wrote, Number(m[1]));
          // Kill after a random number of commits, at a random point of the next write.
          if (wrote > committed + 2 + (round % 3) * 5) {
            setTimeout(() => child.kill('SIGKILL'), round % 3);
          }
        });
        child.on('exit', (_code, signal) => {
          signals.push(signal);
          resolve();
        });
      });
      committed = Math.max(committed, wrote);
      // The files as the next start finds them: whole, never torn.
      const history = parseHistoryDocument(readFileSync(path.join(dir, HISTORY_FILE_NAME), 'utf8'));
      expect(history.kind).toBe('ok');
      if (history.kind === 'ok') {
        expect(history.dropped).toBe(0);
        expect(history.records.length).toBeGreaterThanOrEqual(committed);
      }
      const prefs = PreferencesStore.open({ cwd: dir, openBackend: confBackend });
      expect(prefs.opened.kind).toBe('clean');
      expect(openHistoryStore({ directory: dir, now: () => Date.UTC(2026, 2, 14) }).takeNotice()).toBeNull();
      expect(readdirSync(dir).filter((n) => n.includes('tmp'))).toEqual([]); // leftovers removed at open…
      expect(existsSync(path.join(dir, HISTORY_FILE_NAME))).toBe(true);
    }
    expect(committed).toBeGreaterThan(12);
    expect(signals).toEqual(Array(6).fill('SIGKILL')); // each round really died mid-run
  }, 120_000);
});
