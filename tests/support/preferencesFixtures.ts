/**
 * Files and folders for the store tests: temp folders, hand-written preference files of every
 * era, and the `conf` backend (electron-store's engine, loadable without Electron).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import type { OpenBackend, StoreBackend } from '../../main/platform/guardedStore';

/** conf itself: the same engine electron-store wraps, given the very same options. */
export const confBackend: OpenBackend = <T extends Record<string, unknown>>(options: ConstructorParameters<typeof Conf<T>>[0]): StoreBackend<T> =>
  new Conf<T>(options);

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-store-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const prefsFile = (dir: string) => path.join(dir, 'preferences.json');

export function writePrefs(dir: string, content: unknown): string {
  const text = typeof content === 'string' ? content : JSON.stringify(content, undefined, '\t');
  writeFileSync(prefsFile(dir), text);
  return text;
}

export function readPrefsFile(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(prefsFile(dir), 'utf8')) as Record<string, unknown>;
}

/** Everything in the folder except the live file: kept-aside copies, stray temp files. */
export function otherFiles(dir: string, live = 'preferences.json'): string[] {
  return readdirSync(dir).filter((name) => name !== live);
}

/** A fixed clock for the kept-aside file names. */
export const FIXED_NOW = () => new Date('2026-03-09T10:15:30.123Z');
export const KEPT_STAMP = '2026-03-09T10-15-30-123Z';

/** Format 1 (before electron-store): what Limber 0.1 wrote, by hand. */
export const VERSION_1_FILE = { reminderMinutes: 40, workStart: '08:00', workEnd: '16:30', workDays: [1, 2, 3, 4, 5], sound: false };

/** A current-format file as conf writes it. */
export function currentFile(overrides: Record<string, unknown> = {}, version = '2.0.0'): Record<string, unknown> {
  return { ...structuredClone(DEFAULT_PREFERENCES), ...overrides, __internal__: { migrations: { version } } };
}
