/**
 * The app-state store (first run done, scheduler snapshot, last emphasis) on real files with
 * `conf`: the same recovery rules as the preferences.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStateStore } from '../../main/platform/appStateStore';
import { confBackend, FIXED_NOW, KEPT_STAMP, otherFiles, removeTempDirs, tempDir } from '../support/preferencesFixtures';
import { writeFileSync } from 'node:fs';

afterEach(() => removeTempDirs());

const open = (cwd: string, firstRunCompleteIfUnknown = false) =>
  AppStateStore.open({ cwd, openBackend: confBackend, now: FIXED_NOW, firstRunCompleteIfUnknown });
const stateFile = (dir: string) => path.join(dir, 'state.json');

describe('app state', () => {
  it('starts empty and keeps what is saved across a restart', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.load()).toEqual({ firstRunComplete: false, scheduler: null, lastEmphasis: null });
    store.save({ firstRunComplete: true });
    store.save({ scheduler: { version: 1, phase: { kind: 'sitting', sinceMs: 12 } }, lastEmphasis: 'hips' });
    expect(open(dir).load()).toEqual({
      firstRunComplete: true,
      scheduler: { version: 1, phase: { kind: 'sitting', sinceMs: 12 } },
      lastEmphasis: 'hips',
    });
  });

  it('does not write a scheduler snapshot that has not changed (the scheduler saves often)', () => {
    const dir = tempDir();
    const store = open(dir);
    store.save({ scheduler: { a: 1, at: undefined } });
    const inode = statSync(stateFile(dir)).ino;
    store.save({ scheduler: { a: 1 } });
    expect(statSync(stateFile(dir)).ino).toBe(inode);
    store.save({ scheduler: { a: 2 } });
    expect(statSync(stateFile(dir)).ino).not.toBe(inode);
  });

  it('a corrupt state file is kept aside; a user who has preferences is not sent through the welcome again', () => {
    const dir = tempDir();
    writeFileSync(stateFile(dir), '{"firstRunComplete": tru');
    const store = open(dir, true);
    expect(store.load()).toEqual({ firstRunComplete: true, scheduler: null, lastEmphasis: null });
    expect(store.takeNotice()).toContain(`state.corrupt-${KEPT_STAMP}.json`);
    expect(store.takeNotice()).toBeNull();
    expect(readFileSync(path.join(dir, `state.corrupt-${KEPT_STAMP}.json`), 'utf8')).toBe('{"firstRunComplete": tru');
    expect(otherFiles(dir, 'state.json')).toHaveLength(1);
  });

  it('keeps the valid fields of a state file with a bad one', () => {
    const dir = tempDir();
    writeFileSync(stateFile(dir), JSON.stringify({ firstRunComplete: true, scheduler: { x: 1 }, lastEmphasis: 'shoulders', __internal__: { migrations: { version: '1.0.0' } } }));
    const store = open(dir);
    expect(store.load()).toEqual({ firstRunComplete: true, scheduler: { x: 1 }, lastEmphasis: null });
    expect(store.takeNotice()).toContain('lastEmphasis');
  });
});
