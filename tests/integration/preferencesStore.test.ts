/**
 * The preferences store on real files: `conf` (electron-store's engine) on temp folders, with
 * the very options object the app hands to electron-store.
 */
import fs, { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import { toElectronStoreOptions } from '../../main/platform/electronStoreBackend';
import { PreferencesRejectedError, PreferencesStore } from '../../main/platform/preferencesStore';
import { createAppStateStoreOptions, createPreferencesStoreOptions, STORE_AJV_OPTIONS } from '../../main/platform/storeOptions';
import {
  confBackend,
  currentFile,
  FIXED_NOW,
  KEPT_STAMP,
  otherFiles,
  prefsFile,
  readPrefsFile,
  removeTempDirs,
  tempDir,
  VERSION_1_FILE,
  writePrefs,
} from '../support/preferencesFixtures';

afterEach(() => {
  vi.restoreAllMocks();
  removeTempDirs();
});

const open = (cwd: string) => PreferencesStore.open({ cwd, openBackend: confBackend, now: FIXED_NOW });
const isRoot = process.getuid?.() === 0;

describe('a fresh start', () => {
  it('starts from the defaults, creates the file with its format version, and has nothing to say', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(store.load().notice).toBeNull();
    expect(store.persistence).toBe('file');
    expect(readPrefsFile(dir)).toEqual(currentFile());
  });

  it('keeps a change across a restart', () => {
    const dir = tempDir();
    open(dir).update({ intervalMinutes: 50, theme: 'dark', workHours: { enabled: false, days: DEFAULT_PREFERENCES.workHours.days } });
    const again = open(dir);
    expect(again.get()).toMatchObject({ intervalMinutes: 50, theme: 'dark', workHours: { enabled: false } });
    expect(again.load().notice).toBeNull();
  });
});

describe('validation on every change', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ intervalMinutes: 47 }, 'steps of 5'],
    [{ snoozeMinutes: 7 }, '5, 10 or 15'],
    [{ flexMinMinutes: 55, flexMaxMinutes: 40 }, 'must not be after the latest'],
    [{ workHours: { enabled: true, days: { ...DEFAULT_PREFERENCES.workHours.days, mon: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } }, 'overlaps 09:00–12:00'],
    [{ bogus: true }, 'nrecognized'],
  ])('refuses %j, says why, and neither changes memory nor writes', (patch, message) => {
    const dir = tempDir();
    const store = open(dir);
    const before = readFileSync(prefsFile(dir), 'utf8');
    const inode = statSync(prefsFile(dir)).ino;
    expect(() => store.update(patch as Partial<Preferences>)).toThrow(PreferencesRejectedError);
    expect(() => store.update(patch as Partial<Preferences>)).toThrow(message);
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(readFileSync(prefsFile(dir), 'utf8')).toBe(before);
    expect(statSync(prefsFile(dir)).ino).toBe(inode);
  });

  it('checks a whole set given to save() the same way', () => {
    const store = open(tempDir());
    expect(() => store.save({ ...DEFAULT_PREFERENCES, naturalBreakMinutes: 1 })).toThrow('At least 2 minutes.');
    expect(store.save({ ...DEFAULT_PREFERENCES, naturalBreakMinutes: 7 }).naturalBreakMinutes).toBe(7);
  });

  it('notifies listeners of accepted changes only, and does not write a change that changes nothing', () => {
    const dir = tempDir();
    const store = open(dir);
    const seen: number[] = [];
    store.onChange((p) => seen.push(p.intervalMinutes));
    store.update({ intervalMinutes: 55 });
    const inode = statSync(prefsFile(dir)).ino;
    store.update({ intervalMinutes: 55 });
    expect(() => store.update({ intervalMinutes: 61 })).toThrow();
    expect(seen).toEqual([55]);
    expect(statSync(prefsFile(dir)).ino).toBe(inode);
  });
});

describe('served from memory', () => {
  it('reads the disk while opening and never on get()', () => {
    const dir = tempDir();
    open(dir).update({ intervalMinutes: 35 });
    const spies = (['readFileSync', 'openSync', 'readSync', 'statSync', 'existsSync', 'readdirSync'] as const).map((name) => vi.spyOn(fs, name));
    const calls = () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);

    const store = open(dir);
    // Positive control: the spies do see conf's and the pre-flight's file access.
    expect(calls()).toBeGreaterThan(0);
    const afterOpen = calls();
    for (let i = 0; i < 1000; i++) expect(store.get().intervalMinutes).toBe(35);
    store.load();
    expect(calls()).toBe(afterOpen);
  });

  it('opening a valid current file does not rewrite it', () => {
    const dir = tempDir();
    writePrefs(dir, currentFile({ snoozeLimit: 5 }));
    const inode = statSync(prefsFile(dir)).ino;
    expect(open(dir).get().snoozeLimit).toBe(5);
    expect(statSync(prefsFile(dir)).ino).toBe(inode);
  });
});

describe('atomic writes', () => {
  it('replaces the file by rename (a new inode each time) and leaves no temporary file behind', () => {
    const dir = tempDir();
    const store = open(dir);
    let inode = statSync(prefsFile(dir)).ino;
    for (const minutes of [35, 40, 45, 50]) {
      store.update({ intervalMinutes: minutes });
      // Writing in place keeps the inode; a complete new file renamed over the old one has
      // another (the file system may reuse an older, freed number, hence the pairwise check).
      const next = statSync(prefsFile(dir)).ino;
      expect(next).not.toBe(inode);
      inode = next;
      expect(readPrefsFile(dir)['intervalMinutes']).toBe(minutes);
    }
    expect(otherFiles(dir)).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('a corrupt file: kept aside byte for byte, defaults fill in, the app starts, the user is told once', () => {
    const dir = tempDir();
    const original = writePrefs(dir, '{"intervalMinutes": 50, "theme": "dark",');
    const store = open(dir);
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(store.opened.kind).toBe('repaired');
    const kept = path.join(dir, `preferences.corrupt-${KEPT_STAMP}.json`);
    expect(readFileSync(kept, 'utf8')).toBe(original);
    const { notice } = store.load();
    expect(notice).toContain('could not read its preferences file');
    expect(notice).toContain(`preferences.corrupt-${KEPT_STAMP}.json`);
    expect(store.load().notice).toBeNull();
    // The live file is a valid store again: the next start is quiet and keeps the copy.
    const again = open(dir);
    expect(again.load().notice).toBeNull();
    expect(otherFiles(dir)).toEqual([path.basename(kept)]);
    // And it is writable as usual.
    again.update({ soundVolume: 10 });
    expect(open(dir).get().soundVolume).toBe(10);
  });

  it('a file that is JSON but not an object is treated as corrupt', () => {
    const dir = tempDir();
    writePrefs(dir, '[1, 2, 3]');
    const store = open(dir);
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(otherFiles(dir)).toEqual([`preferences.corrupt-${KEPT_STAMP}.json`]);
  });

  it('a file with some invalid fields: the valid ones survive, each bad one is named', () => {
    const dir = tempDir();
    const days = {
      ...DEFAULT_PREFERENCES.workHours.days,
      mon: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      tue: [{ start: '17:00', end: '09:00' }],
    };
    const original = writePrefs(
      dir,
      currentFile({
        intervalMinutes: 47,
        snoozeMinutes: 15,
        theme: 'dark',
        workHours: { enabled: true, days },
        excludedExercises: ['cat-cow', 'Not An Id', 'cat-cow'],
      }),
    );
    const store = open(dir);
    const prefs = store.get();
    expect(prefs.snoozeMinutes).toBe(15);
    expect(prefs.theme).toBe('dark');
    expect(prefs.intervalMinutes).toBe(DEFAULT_PREFERENCES.intervalMinutes);
    expect(prefs.workHours.days.mon).toEqual(days.mon);
    expect(prefs.workHours.days.tue).toEqual(DEFAULT_PREFERENCES.workHours.days.tue);
    // A list keeps its valid entries rather than falling back to the default.
    expect(prefs.excludedExercises).toEqual(['cat-cow']);

    const notice = store.load().notice!;
    expect(notice).toContain('reset to their defaults: Reminder interval, Work hours (Tuesday), Excluded exercises.');
    expect(notice).toContain(`preferences.invalid-${KEPT_STAMP}.json`);
    expect(readFileSync(path.join(dir, `preferences.invalid-${KEPT_STAMP}.json`), 'utf8')).toBe(original);
    expect(readPrefsFile(dir)).toEqual(currentFile(prefs));
    expect(open(dir).load().notice).toBeNull();
  });

  it('a file from a newer version: what this version understands survives, the original is kept for the newer one', () => {
    const dir = tempDir();
    const original = writePrefs(
      dir,
      currentFile({ intervalMinutes: 55, theme: 'solarized', breathingCoach: { enabled: true } }, '3.1.0'),
    );
    const store = open(dir);
    expect(store.get()).toEqual({ ...DEFAULT_PREFERENCES, intervalMinutes: 55 });
    const notice = store.load().notice!;
    expect(notice).toContain('saved by a newer version of Limber');
    expect(notice).toContain('Theme, “breathingCoach”');
    expect(readFileSync(path.join(dir, `preferences.newer-${KEPT_STAMP}.json`), 'utf8')).toBe(original);
    // Rewritten in this version's format, so conf opens it and the next start is quiet.
    expect(readPrefsFile(dir)['__internal__']).toEqual({ migrations: { version: '2.0.0' } });
    expect(open(dir).load().notice).toBeNull();
  });

  it('migrates a hand-written version 1 file through conf’s migrations, quietly', () => {
    const dir = tempDir();
    writePrefs(dir, VERSION_1_FILE);
    const store = open(dir);
    const weekday = [{ start: '08:00', end: '16:30' }];
    expect(store.get()).toEqual({
      ...DEFAULT_PREFERENCES,
      intervalMinutes: 40,
      soundEnabled: false,
      workHours: { enabled: true, days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] } },
    });
    expect(store.opened.kind).toBe('clean');
    expect(store.load().notice).toBeNull();
    expect(otherFiles(dir)).toEqual([]);
    const file = readPrefsFile(dir);
    expect(file).toEqual(currentFile(store.get()));
    expect(Object.keys(file)).not.toContain('reminderMinutes');
  });

  it('a version 1 file with a bad value is migrated, repaired and kept aside', () => {
    const dir = tempDir();
    writePrefs(dir, { ...VERSION_1_FILE, workEnd: '4:30pm', reminderMinutes: 90 });
    const store = open(dir);
    expect(store.get().intervalMinutes).toBe(60);
    expect(store.get().soundEnabled).toBe(false);
    expect(store.get().workHours).toEqual(DEFAULT_PREFERENCES.workHours);
    expect(store.load().notice).toContain('Work hours (Monday), Work hours (Tuesday)');
    expect(existsSync(path.join(dir, `preferences.invalid-${KEPT_STAMP}.json`))).toBe(true);
  });

  it('a folder that cannot be created: the app starts on defaults in memory and says so', () => {
    const parent = tempDir();
    writeFileSync(path.join(parent, 'not-a-folder'), 'x');
    const store = open(path.join(parent, 'not-a-folder', 'Limber'));
    expect(store.persistence).toBe('memory');
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(store.load().notice).toMatch(/cannot save its preferences in .*not-a-folder.*\((ENOTDIR|EEXIST)\)/);
    expect(store.update({ intervalMinutes: 30 }).intervalMinutes).toBe(30);
    expect(store.get().intervalMinutes).toBe(30);
  });

  it('a folder that stops being writable: changes live on in memory, the user is told once, and saving resumes', () => {
    const parent = tempDir();
    const dir = path.join(parent, 'Limber');
    const store = open(dir);
    expect(store.load().notice).toBeNull();
    const notices: string[] = [];
    store.onNotice((n) => notices.push(n));

    // Root may write anywhere, so the folder is taken away rather than made read-only.
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'in the way');
    expect(store.update({ intervalMinutes: 35 }).intervalMinutes).toBe(35);
    expect(store.update({ theme: 'light' }).theme).toBe('light');
    expect(store.get()).toMatchObject({ intervalMinutes: 35, theme: 'light' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('can’t save your preferences');

    rmSync(dir);
    mkdirSync(dir);
    store.update({ soundVolume: 20 });
    expect(readPrefsFile(dir)).toMatchObject({ intervalMinutes: 35, theme: 'light', soundVolume: 20 });
    expect(notices).toHaveLength(1);
  });

  it.skipIf(isRoot)('a read-only folder (needs a non-root user): changes live on in memory and are reported', () => {
    const dir = tempDir();
    open(dir).update({ intervalMinutes: 50 });
    chmodSync(dir, 0o500);
    try {
      const store = open(dir);
      expect(store.get().intervalMinutes).toBe(50);
      const notices: string[] = [];
      store.onNotice((n) => notices.push(n));
      expect(store.update({ intervalMinutes: 55 }).intervalMinutes).toBe(55);
      expect(notices.join(' ')).toContain('can’t save your preferences');
      expect(readPrefsFile(dir)['intervalMinutes']).toBe(50);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a file that cannot be read is left exactly as it is, and the app runs on defaults', () => {
    const dir = tempDir();
    // A folder where the file should be: reading fails (EISDIR) for root and users alike.
    mkdirSync(prefsFile(dir));
    writeFileSync(path.join(prefsFile(dir), 'inside.txt'), 'keep me');
    const store = open(dir);
    expect(store.persistence).toBe('memory');
    expect(store.get()).toEqual(DEFAULT_PREFERENCES);
    expect(store.load().notice).toMatch(/could not read its preferences file .* \(EISDIR\) and has left it as it is/);
    store.update({ intervalMinutes: 40 });
    expect(readFileSync(path.join(prefsFile(dir), 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('two repairs in the same millisecond never overwrite an earlier kept copy', () => {
    const dir = tempDir();
    writePrefs(dir, 'first {');
    open(dir);
    writePrefs(dir, 'second {');
    open(dir);
    const kept = otherFiles(dir).sort();
    expect(kept).toEqual([`preferences.corrupt-${KEPT_STAMP}-1.json`, `preferences.corrupt-${KEPT_STAMP}.json`]);
    expect(readFileSync(path.join(dir, kept[1]!), 'utf8')).toBe('first {');
  });
});

describe('one options object for conf and electron-store', () => {
  it('conf enforces the generated JSON schema, so even a write around our layer cannot store nonsense', () => {
    const dir = tempDir();
    const conf = new Conf<Preferences>(createPreferencesStoreOptions(dir));
    expect(conf.store).toEqual(DEFAULT_PREFERENCES);
    expect(() => conf.set('snoozeMinutes', 7 as 5)).toThrow(/snoozeMinutes/);
    expect(() => conf.set('theme', 'purple' as 'dark')).toThrow(/theme/);
    expect(() => conf.set({ unknownSetting: 1 } as Partial<Preferences>)).toThrow(/additional/i);
  });

  it('both schemas are valid draft 2020-12, checked here because the app skips Ajv’s meta-schema check at start (decision 0076)', () => {
    const withMetaCheck = <T extends Record<string, unknown>>(options: ConstructorParameters<typeof Conf<T>>[0]) => {
      expect(options?.ajvOptions).toEqual(STORE_AJV_OPTIONS);
      return new Conf<T>({ ...options, ajvOptions: { ...options?.ajvOptions, validateSchema: true, meta: true } });
    };
    expect(() => withMetaCheck(createPreferencesStoreOptions(tempDir()))).not.toThrow();
    expect(() => withMetaCheck(createAppStateStoreOptions(tempDir()))).not.toThrow();
    // What the check is for: a schema Ajv would otherwise compile without a word.
    const broken = createAppStateStoreOptions(tempDir());
    const wrong = { ...broken, schema: { ...broken.schema, updateAnnounced: { type: 'string', maxLength: -1 } } } as typeof broken;
    expect(() => new Conf(wrong)).not.toThrow();
    expect(() => withMetaCheck(wrong)).toThrow(/schema is invalid/);
  });

  it('conf alone would refuse a corrupt file; our layer repaired it first (the reason for the pre-flight check)', () => {
    const dir = tempDir();
    writePrefs(dir, '{ nope');
    expect(() => new Conf<Preferences>(createPreferencesStoreOptions(dir))).toThrow(/not valid JSON/);
    expect(readFileSync(prefsFile(dir), 'utf8')).toBe('{ nope');
  });

  it('electron-store gets the same options, with the file name where electron-store expects it', () => {
    const options = createPreferencesStoreOptions('/home/someone/.config/Limber');
    const forElectron = toElectronStoreOptions(options);
    expect(forElectron).toMatchObject({ name: 'preferences', cwd: options.cwd, projectVersion: '2.0.0', clearInvalidConfig: false });
    expect(forElectron).not.toHaveProperty('configName');
    expect(forElectron.schema).toBe(options.schema);
    expect(forElectron.migrations).toBe(options.migrations);
    expect(forElectron.defaults).toBe(options.defaults);
  });
});
