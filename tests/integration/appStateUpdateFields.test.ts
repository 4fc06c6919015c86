/**
 * The update notice's two app-state fields (decision 0066) on real files with conf: kept across
 * a restart, and a bad value repaired (named in the notice) without losing the other fields.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStateStore } from '../../main/platform/appStateStore';
import { confBackend, FIXED_NOW, removeTempDirs, tempDir } from '../support/preferencesFixtures';

afterEach(() => removeTempDirs());
const open = (cwd: string) => AppStateStore.open({ cwd, openBackend: confBackend, now: FIXED_NOW });

describe('the update notice’s saved state', () => {
  it('is absent until a check answered, then kept across a restart', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.load()).not.toHaveProperty('updateCheckedMs');
    store.save({ updateCheckedMs: 1_790_000_000_000, updateAnnounced: '0.2.0' });
    expect(open(dir).load()).toMatchObject({ updateCheckedMs: 1_790_000_000_000, updateAnnounced: '0.2.0', firstRunComplete: false });
  });

  it('a bad value is left out and named; everything else is kept', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'state.json'),
      JSON.stringify({ firstRunComplete: true, scheduler: { x: 1 }, lastEmphasis: 'hips', updateCheckedMs: 'yesterday', updateAnnounced: 'v'.repeat(200), __internal__: { migrations: { version: '1.0.0' } } }),
    );
    const store = open(dir);
    expect(store.load()).toEqual({ firstRunComplete: true, scheduler: { x: 1 }, lastEmphasis: 'hips' });
    const notice = store.takeNotice() ?? '';
    expect(notice).toContain('updateCheckedMs');
    expect(notice).toContain('updateAnnounced');
  });
});
