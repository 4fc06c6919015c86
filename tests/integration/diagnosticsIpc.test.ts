/**
 * About and "Copy diagnostics" through IPC, as the Preferences window calls them, on the typed
 * fake: the version and log path, and a clipboard text without personal data.
 */
import { describe, expect, it } from 'vitest';
import { memoryStores } from '../support/memoryStores';
import { startTestApp } from '../support/testApp';

const PREFS_PAGE = 'app://limber/preferences.html';

describe('About and Copy diagnostics', () => {
  it('getAbout answers the version and the log file (none in tests)', async () => {
    const app = await startTestApp();
    expect(await app.call('getAbout', undefined, PREFS_PAGE)).toEqual({ ok: true, value: { version: 'development', logFile: null } });
  });

  it('copyDiagnostics puts versions, OS and the preferences on the clipboard, lists of names as counts', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { excludedExercises: ['cat-cow', 'deep-squat'] } }) });
    expect(app.electron.clipboard.text).toBe('');
    expect(await app.call('copyDiagnostics', undefined, PREFS_PAGE)).toEqual({ ok: true, value: undefined });
    const text = app.electron.clipboard.text;
    expect(text).toMatch(/^Limber development — diagnostics of /);
    expect(text).toContain(`OS: linux`);
    expect(text).toContain('"excludedExercises": "[2 entries]"');
    expect(text).not.toContain('cat-cow');
  });

  it('a page that is not Limber’s cannot read the clipboard text into being', async () => {
    const app = await startTestApp();
    const result = (await app.call('copyDiagnostics', undefined, 'https://example.com/')) as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(app.electron.clipboard.text).toBe('');
  });
});
