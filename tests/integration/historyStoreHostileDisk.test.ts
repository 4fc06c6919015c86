/**
 * The history store on real hostile file systems: a read-only tmpfs, a full 64 KiB tmpfs, an
 * immutable file. Limber must start, keep every record in memory, tell the user once in words,
 * and save everything when the disk allows it again (retry with backoff, and at flush on quit).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RETENTION_DAYS, serializeHistoryDocument, type HistoryRecord } from '../../main/core/history';
import { HISTORY_FILE_NAME, openHistoryStore, RETRY_FIRST_MS, type HistoryStore } from '../../main/platform/historyStore';
import { chattrSkipReason, fillUp, folderIn, makeImmutable, mountSkipReason, mountTmpfs, remount, unmountAll } from '../support/hostileDisks';
import { manualRetries, type ManualRetries } from '../support/manualRetries';
import { answer, routine, wallOf } from '../support/statsFixtures';

const DAY = 86_400_000;
const NOW = wallOf('2026-03-13T12:00', 60);

/** Fires the one live retry and waits for the attempt it started (flush() then only waits). */
async function fire(retries: ManualRetries, store: HistoryStore) {
  retries.fire();
  await store.flush();
}

interface Opened {
  store: HistoryStore;
  notices: string[];
  warnings: string[];
  retries: ManualRetries;
}

const stores: HistoryStore[] = [];
function open(directory: string): Opened {
  const retries = manualRetries();
  const warnings: string[] = [];
  const store = openHistoryStore({ directory, now: () => NOW, logger: { warn: (m) => warnings.push(m) }, retryTimer: retries.timer });
  stores.push(store);
  const notices: string[] = [];
  const first = store.takeNotice();
  if (first) notices.push(first);
  store.onNotice?.((n) => notices.push(n));
  return { store, notices, warnings, retries };
}

const fileIn = (dir: string) => path.join(dir, HISTORY_FILE_NAME);
const onDisk = (dir: string) => (JSON.parse(readFileSync(fileIn(dir), 'utf8')) as { records: HistoryRecord[] }).records;
const aside = (dir: string) => readdirSync(dir).filter((n) => n.includes('.damaged-'));
const good = [routine('2026-03-12T10:00'), answer('2026-03-12T11:00', 'natural'), routine('2026-03-13T09:00')];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.flush().catch(() => undefined)));
});
afterAll(() => unmountAll());

describe.skipIf(mountSkipReason !== null)(`history store on a read-only folder${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  /** A tmpfs holding `content` as history.json, then made read-only. */
  function readOnlyWith(content: string | null): string {
    const dir = mountTmpfs(1024);
    if (content !== null) writeFileSync(fileIn(dir), content);
    remount(dir, 'ro');
    return dir;
  }
  const cases: { name: string; content: string; inMemory: HistoryRecord[]; after: (dir: string, original: string) => void }[] = [
    {
      name: 'a damaged file (cut short mid-record)',
      content: serializeHistoryDocument(good).slice(0, -40),
      inMemory: good.slice(0, 2),
      after: (dir, original) => {
        expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe(original);
      },
    },
    {
      name: 'a file from a newer Limber',
      content: JSON.stringify({ format: 'limber-history', version: 9, records: [{ future: true }] }),
      inMemory: [],
      after: (dir, original) => expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe(original),
    },
    {
      name: 'a file with one invalid record',
      content: JSON.stringify({ format: 'limber-history', version: 1, records: [good[0], { at: 'noon' }, good[1], good[2]] }),
      inMemory: good,
      after: (dir, original) => expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe(original),
    },
    {
      name: 'a file with a record past retention',
      content: serializeHistoryDocument([{ ...good[0]!, at: NOW - (RETENTION_DAYS + 3) * DAY }, ...good]),
      inMemory: good,
      after: (dir) => expect(aside(dir)).toEqual([]), // retention is no repair: nothing kept aside
    },
  ];

  for (const c of cases) {
    it(`${c.name}: starts from memory, touches nothing, says so once, and saves when the disk is writable again`, async () => {
      const dir = readOnlyWith(c.content);
      const { store, notices, retries, warnings } = open(dir);
      expect(store.records()).toEqual(c.inMemory);
      expect(readFileSync(fileIn(dir), 'utf8')).toBe(c.content); // not a byte changed
      const extra = routine('2026-03-13T11:30');
      store.append(extra);
      await store.flush();
      await store.flush();
      expect(store.records()).toEqual([...c.inMemory, extra]);
      const told = notices.join(' ');
      expect(told).toContain(`Limber can’t save to ${dir}: the disk is read-only. Your breaks are kept until it can.`);
      expect(told.split('can’t save').length - 1).toBe(1); // once, though three writes failed
      expect(told.length).toBeLessThan(1000);
      expect(warnings.some((w) => w.includes('EROFS'))).toBe(true);
      expect(retries.live()).toHaveLength(1); // a retry is armed, one at a time

      remount(dir, 'rw');
      await fire(retries, store);
      expect(onDisk(dir)).toEqual([...c.inMemory, extra]);
      c.after(dir, c.content);
      expect(retries.live()).toHaveLength(0); // nothing pending: no wake-up left
    });
  }

  it('a data folder that cannot be created: starts empty, keeps records in memory, says where', async () => {
    const mount = readOnlyWith(null);
    const dir = path.join(mount, 'config', 'Limber');
    const { store, notices } = open(dir);
    expect(store.records()).toEqual([]);
    store.append(good[0]!);
    await store.flush();
    expect(store.records()).toEqual([good[0]]);
    expect(notices).toEqual([`Limber can’t save to ${dir}: the folder does not exist and cannot be created. Your breaks are kept until it can.`]);
    remount(mount, 'rw');
    await store.flush(); // quitting: one more try, and it works
    expect(onDisk(dir)).toEqual([good[0]]);
  });
});

describe.skipIf(mountSkipReason !== null)(`history store on a full disk${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  it('a write that fails for want of space is retried with backoff, told once, and lands when space comes back', async () => {
    const dir = mountTmpfs(64);
    const { store, notices, retries } = open(dir);
    store.append(good[0]!);
    await store.flush();
    expect(onDisk(dir)).toEqual([good[0]]);
    expect(retries.delays()).toEqual([]); // success arms nothing

    const filler = fillUp(dir);
    store.append(good[1]!);
    await store.flush();
    await fire(retries, store);
    await fire(retries, store);
    expect(retries.delays()).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS, 4 * RETRY_FIRST_MS]);
    expect(notices).toEqual([`Limber can’t save to ${dir}: the disk is full. Your breaks are kept until it can.`]);
    expect(onDisk(dir)).toEqual([good[0]]); // the last good file is intact
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]); // no half-written temporary left

    rmSync(filler);
    await fire(retries, store);
    expect(onDisk(dir)).toEqual(good.slice(0, 2));
    expect(retries.live()).toEqual([]);
  });

  it('records that could not be saved are written by flush() at quit once space is back', async () => {
    const dir = mountTmpfs(64);
    const filler = fillUp(dir);
    const { store, retries } = open(dir);
    store.append(good[0]!);
    store.append(good[1]!);
    await store.flush();
    expect(existsSync(fileIn(dir)) ? onDisk(dir) : []).toEqual([]);
    rmSync(filler);
    // Quit comes before the retry timer: flush() itself tries again.
    await store.flush();
    expect(onDisk(dir)).toEqual(good.slice(0, 2));
    expect(retries.live()).toEqual([]);
  });

  it('a damaged file on a full disk keeps its complete records in memory and is repaired when space comes back', async () => {
    const dir = mountTmpfs(64);
    const damaged = serializeHistoryDocument(good).replace('"natural"', '"natur');
    writeFileSync(fileIn(dir), damaged);
    const filler = fillUp(dir);
    const { store, notices } = open(dir);
    // The rename aside works on a full disk; the rewrite does not.
    expect(store.records()).toEqual([good[0], good[2]]);
    expect(notices.join(' ')).toContain('the disk is full');
    rmSync(filler);
    await store.flush();
    expect(onDisk(dir)).toEqual([good[0], good[2]]);
    expect(readFileSync(path.join(dir, aside(dir)[0]!), 'utf8')).toBe(damaged);
  });
});

describe.skipIf(chattrSkipReason !== null)(`history store with an immutable file (EPERM)${chattrSkipReason ? ` (skipped: ${chattrSkipReason})` : ''}`, () => {
  it('a file that may not be replaced: the record stays in memory, the user is told, and it is saved once allowed', async () => {
    // tmpfs has no chattr +i; the system's own disk does.
    const base = folderIn('/var/tmp', `limber-eperm-${process.pid}-${Date.now()}`);
    writeFileSync(fileIn(base), serializeHistoryDocument([good[0]!]));
    makeImmutable(fileIn(base), true);
    try {
      const { store, notices } = open(base);
      store.append(good[1]!);
      const started = performance.now();
      await store.flush();
      // No busy-wait retry on EPERM (atomically's sync write spins for 1 s).
      expect(performance.now() - started).toBeLessThan(500);
      expect(store.records()).toEqual(good.slice(0, 2));
      expect(notices).toEqual([`Limber can’t save to ${base}: Limber is not allowed to write there. Your breaks are kept until it can.`]);
      makeImmutable(fileIn(base), false);
      await store.flush();
      expect(onDisk(base)).toEqual(good.slice(0, 2));
    } finally {
      chattrOff(fileIn(base));
      rmSync(base, { recursive: true, force: true });
    }
  });
});

function chattrOff(file: string) {
  try {
    makeImmutable(file, false);
  } catch {
    // already off, or gone
  }
}
