/**
 * The history store on real temporary folders: atomic writes, repairs, bounds, notices.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECORDS, RETENTION_DAYS, serializeHistoryDocument, type HistoryRecord } from '../../main/core/history';
import { HISTORY_FILE_NAME, MAX_HISTORY_FILE_BYTES, openHistoryStore, type HistoryStore } from '../../main/platform/historyStore';
import { answer, routine, wallOf } from '../support/statsFixtures';

const DAY = 86_400_000;
const NOW = wallOf('2026-03-13T12:00', 60);
let dir: string;
let file: string;
const stores: HistoryStore[] = [];

function open(now = NOW, warnings: string[] = []): HistoryStore {
  const store = openHistoryStore({ directory: dir, now: () => now, logger: { warn: (m) => warnings.push(m) } });
  stores.push(store);
  return store;
}
const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; records: HistoryRecord[] };
const asideFiles = () => readdirSync(dir).filter((n) => n.includes('.damaged-'));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'limber-history-'));
  file = path.join(dir, HISTORY_FILE_NAME);
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.flush()));
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('history store: normal life', () => {
  it('starts empty without a file, creating its folder, with nothing to tell', () => {
    dir = path.join(dir, 'nested', 'userData');
    file = path.join(dir, HISTORY_FILE_NAME);
    const store = open();
    expect(store.records()).toEqual([]);
    expect(store.takeNotice()).toBeNull();
    expect(existsSync(dir)).toBe(true);
  });

  it('keeps what is appended, on disk after flush, and loads it back in order', async () => {
    const store = open();
    const a = routine('2026-03-13T10:00');
    const b = answer('2026-03-13T11:00', 'skipped');
    store.append(a);
    store.append(b);
    expect(store.records()).toEqual([a, b]);
    await store.flush();
    expect(onDisk()).toEqual({ format: 'limber-history', version: 1, records: [a, b] });
    expect(open().records()).toEqual([a, b]);
  });

  it('a burst of appends coalesces into few writes and ends with all of them on disk', async () => {
    const store = open();
    const many = Array.from({ length: 200 }, (_, i) => ({ ...routine('2026-03-13T10:00'), at: NOW - i * 1000 }));
    for (const r of many) store.append(r);
    await store.flush();
    expect(onDisk().records).toHaveLength(200);
    expect(readdirSync(dir)).toEqual([HISTORY_FILE_NAME]); // no temporary file left behind
  });

  it('writes by replacing the file, never by writing into it (a reader never sees half)', async () => {
    const store = open();
    store.append(routine('2026-03-13T10:00'));
    await store.flush();
    // Hard-link the current file: an in-place write would change the link's content too,
    // a rename-over leaves it as it was.
    const link = path.join(dir, 'before.json');
    const { linkSync } = await import('node:fs');
    linkSync(file, link);
    const before = readFileSync(link, 'utf8');
    store.append(routine('2026-03-13T11:00'));
    await store.flush();
    expect(readFileSync(link, 'utf8')).toBe(before);
    expect(onDisk().records).toHaveLength(2);
  });

  it('cleans up a temporary file left by a crash mid-write, and keeps the real file', () => {
    writeFileSync(file, serializeHistoryDocument([routine('2026-03-13T10:00')]));
    writeFileSync(path.join(dir, `.${HISTORY_FILE_NAME}.4242.7.tmp`), '{"format":"limber-hist');
    const store = open();
    expect(store.records()).toHaveLength(1);
    expect(store.takeNotice()).toBeNull();
    expect(readdirSync(dir)).toEqual([HISTORY_FILE_NAME]);
  });
});

describe('history store: bad data is kept aside and the user is told once', () => {
  it('a file that is not JSON is renamed aside, byte for byte, and a new history starts', async () => {
    const garbage = '{"format":"limber-history","version":1,"records":[{"at":17';
    writeFileSync(file, garbage);
    const store = open();
    expect(store.records()).toEqual([]);
    const [kept] = asideFiles();
    expect(kept).toMatch(/^history\.damaged-2026-03-13T11-00-00Z\.json$/);
    expect(readFileSync(path.join(dir, kept!), 'utf8')).toBe(garbage);
    const notice = store.takeNotice();
    expect(notice).toContain('damaged');
    expect(notice).toContain(kept);
    expect(store.takeNotice()).toBeNull(); // once
    store.append(routine('2026-03-13T12:00'));
    await store.flush();
    expect(onDisk().records).toHaveLength(1);
    expect(open().takeNotice()).toBeNull(); // the next start finds a good file: nothing to say
  });

  it('a file damaged by an editor or a sync tool keeps its complete records; the original is kept byte for byte', async () => {
    const good = [routine('2026-03-12T10:00'), answer('2026-03-12T11:00', 'natural'), routine('2026-03-13T09:00')];
    const lines = serializeHistoryDocument(good).split('\n');
    const damaged = [...lines.slice(0, 2), '<<<<<<< HEAD', '{"at":1773,"outc', '>>>>>>> sync', ...lines.slice(2)].join('\n');
    writeFileSync(file, damaged);
    const store = open();
    expect(store.records()).toEqual(good);
    const [kept] = asideFiles();
    expect(readFileSync(path.join(dir, kept!), 'utf8')).toBe(damaged);
    expect(store.takeNotice()).toMatch(/^Limber’s history file was damaged \(not valid JSON\); the 3 complete entries in it were kept\. The original file is kept as “history\.damaged-/);
    expect(onDisk().records).toEqual(good); // repaired on disk at once
    expect(open().takeNotice()).toBeNull();
  });

  it('invalid records are dropped one by one, counted, and the original is copied aside first', () => {
    const good = [routine('2026-03-12T10:00'), answer('2026-03-12T11:00', 'natural'), routine('2026-03-13T09:00')];
    const original = JSON.stringify({ format: 'limber-history', version: 1, records: [good[0], { at: 'noon' }, good[1], { ...good[2], outcome: 'napped' }, good[2]] });
    writeFileSync(file, original);
    const store = open();
    expect(store.records()).toEqual(good);
    expect(store.takeNotice()).toMatch(/^2 entries in Limber’s history could not be read and were left out\. The original file is kept as “history\.damaged-.*\.json”/);
    expect(readFileSync(path.join(dir, asideFiles()[0]!), 'utf8')).toBe(original);
    expect(onDisk().records).toEqual(good); // the repaired file replaced it at once
  });

  it('a file from a newer Limber is not rewritten: kept aside whole', () => {
    const newer = JSON.stringify({ format: 'limber-history', version: 3, records: [{ anything: true }] });
    writeFileSync(file, newer);
    const store = open();
    expect(store.takeNotice()).toContain('newer version of Limber');
    expect(readFileSync(path.join(dir, asideFiles()[0]!), 'utf8')).toBe(newer);
    expect(existsSync(file)).toBe(false);
  });

  it('an absurdly large file is set aside without being parsed', () => {
    writeFileSync(file, Buffer.alloc(MAX_HISTORY_FILE_BYTES + 1, 0x20));
    const store = open();
    expect(store.records()).toEqual([]);
    expect(store.takeNotice()).toContain('too large');
    expect(asideFiles()).toHaveLength(1);
  });

  it('a file it cannot read is moved out of the way and a new history starts', () => {
    mkdirSync(path.join(file, 'inside'), { recursive: true }); // reading a folder fails
    const store = open();
    expect(store.records()).toEqual([]);
    expect(store.takeNotice()).toMatch(/could not be read \(EISDIR/);
    expect(asideFiles()).toHaveLength(1);
  });

  it('two repairs in the same second keep both originals', () => {
    writeFileSync(file, 'one');
    open();
    writeFileSync(file, 'two');
    open();
    const kept = asideFiles().map((n) => readFileSync(path.join(dir, n), 'utf8'));
    expect(kept.sort()).toEqual(['one', 'two']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a file it cannot read and cannot move is left alone, and nothing is written over it', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, serializeHistoryDocument([routine('2026-03-13T10:00')]));
    chmodSync(file, 0o000);
    chmodSync(dir, 0o500); // no rename, no new files
    const warnings: string[] = [];
    const store = open(NOW, warnings);
    expect(store.takeNotice()).toContain('can’t save');
    store.append(routine('2026-03-13T11:00'));
    await store.flush();
    expect(store.records()).toHaveLength(1);
    chmodSync(dir, 0o700);
    chmodSync(file, 0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).records).toHaveLength(1); // untouched
  });

  it('a failed write is logged, memory keeps the record, and the next append writes both', async () => {
    const warnings: string[] = [];
    const store = open(NOW, warnings);
    mkdirSync(path.join(file, 'blocker'), { recursive: true }); // a folder in its place: the rename fails
    store.append(routine('2026-03-13T10:00'));
    await store.flush();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Could not save the history');
    expect(readdirSync(dir)).toEqual([HISTORY_FILE_NAME]); // its temporary file was removed
    rmSync(file, { recursive: true });
    store.append(routine('2026-03-13T11:00'));
    await store.flush();
    expect(onDisk().records).toHaveLength(2);
  });
});

describe('history store: bounded, and at least a year', () => {
  it('keeps a year of records, drops older ones at load and rewrites the file without them', () => {
    const old = { ...routine('2026-03-13T10:00'), at: NOW - (RETENTION_DAYS + 5) * DAY };
    const yearAgo = { ...routine('2026-03-13T10:00'), at: NOW - 366 * DAY };
    const today = routine('2026-03-13T10:00');
    writeFileSync(file, serializeHistoryDocument([old, yearAgo, today]));
    const store = open();
    expect(store.records()).toEqual([yearAgo, today]);
    expect(store.takeNotice()).toBeNull(); // retention is by design, not a repair
    expect(onDisk().records).toEqual([yearAgo, today]);
  });

  it('after a long time without Limber, the last year it was used is still there', () => {
    const lastUse = { ...routine('2026-03-13T10:00'), at: NOW - 700 * DAY };
    const yearBefore = { ...routine('2026-03-13T10:00'), at: NOW - (700 + 300) * DAY };
    writeFileSync(file, serializeHistoryDocument([yearBefore, lastUse]));
    expect(open().records()).toEqual([yearBefore, lastUse]);
  });

  it('never holds more than the maximum number of records', async () => {
    const r = routine('2026-03-13T10:00');
    writeFileSync(file, serializeHistoryDocument(Array.from({ length: MAX_RECORDS }, (_, i) => ({ ...r, at: NOW - DAY + i }))));
    const full = open();
    expect(full.records()).toHaveLength(MAX_RECORDS);
    full.append({ ...r, at: NOW });
    expect(full.records()).toHaveLength(MAX_RECORDS);
    expect(full.records().at(-1)!.at).toBe(NOW);
    await full.flush();
    expect(onDisk().records).toHaveLength(MAX_RECORDS);
    expect(readFileSync(file).length).toBeLessThan(MAX_HISTORY_FILE_BYTES);
  });
});
