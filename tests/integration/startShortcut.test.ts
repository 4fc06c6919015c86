/**
 * The optional start-a-routine shortcut (decision 0070) through the whole app on the typed fake:
 * off by default, claimed when turned on, a press is the tray's Start a routine now, released
 * when changed, turned off or at quit, and a clear notice when another app holds the keys.
 */
import { describe, expect, it } from 'vitest';
import { memoryStores } from '../support/memoryStores';
import { startTestApp } from '../support/testApp';

const PREFS = 'app://limber/preferences.html';

describe('start-a-routine shortcut', () => {
  it('is off by default: no keys are taken from other apps', async () => {
    const app = await startTestApp();
    expect(app.electron.globalShortcut.registered.size).toBe(0);
  });

  it('turned on in Preferences, a press starts a routine as the tray does; changed keys move; off releases', async () => {
    const app = await startTestApp();
    const shortcuts = app.electron.globalShortcut;
    await app.call('updatePreferences', { startShortcutEnabled: true }, PREFS);
    expect([...shortcuts.registered.keys()]).toEqual(['CommandOrControl+Alt+L']);
    expect(shortcuts.press('CommandOrControl+Alt+L')).toBe(true);
    expect(app.handle.snapshot().session).toMatchObject({ kind: 'routine', origin: 'manual' });

    await app.call('updatePreferences', { startShortcut: 'ctrl+shift+f9' }, PREFS);
    expect([...shortcuts.registered.keys()]).toEqual(['Control+Shift+F9']);
    await app.call('updatePreferences', { startShortcutEnabled: false }, PREFS);
    expect(shortcuts.registered.size).toBe(0);
  });

  it('the same press and the tray’s Start leave Limber in the same place', async () => {
    const viaKeys = await startTestApp({ stores: memoryStores({ prefs: { startShortcutEnabled: true } }) });
    viaKeys.electron.globalShortcut.press('CommandOrControl+Alt+L');
    const viaTray = await startTestApp();
    viaTray.electron.trays.all.at(-1)!.menu!.click('Start a routine now');
    expect(viaKeys.handle.scheduler()?.status()).toEqual(viaTray.handle.scheduler()?.status());
    expect(viaKeys.handle.snapshot().session?.kind).toBe(viaTray.handle.snapshot().session?.kind);
  });

  it('keys another app holds: a notice says so and what to do; Limber runs on', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { startShortcutEnabled: true } }), createElectron: (e) => e.globalShortcut.taken.add('CommandOrControl+Alt+L') });
    expect(app.electron.globalShortcut.registered.size).toBe(0);
    expect(app.handle.snapshot().notice).toMatch(/The shortcut to start a routine is not set: CommandOrControl\+Alt\+L could not be claimed: another app is probably using it.*Choose other keys in Preferences → Reminders\./);
    expect(app.warnings.some((w) => w.includes('could not be claimed'))).toBe(true);
    // Other keys work.
    await app.call('updatePreferences', { startShortcut: 'Super+L' }, PREFS);
    expect([...app.electron.globalShortcut.registered.keys()]).toEqual(['Super+L']);
  });

  it('a refused accelerator is never saved; quitting releases the keys', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { startShortcutEnabled: true } }) });
    await expect(app.call('updatePreferences', { startShortcut: 'Shift+L' }, PREFS)).resolves.toMatchObject({ ok: false });
    expect(app.handle.snapshot().preferences.startShortcut).toBe('CommandOrControl+Alt+L');
    app.electron.app.quit();
    await app.settle();
    expect(app.electron.globalShortcut.registered.size).toBe(0);
  });
});
