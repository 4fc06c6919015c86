import { describe, expect, it } from 'vitest';
import { checkAccelerator } from '../../common/accelerator';
import { DEFAULT_PREFERENCES, preferenceFieldSchemas } from '../../common/preferences';

const ok = (text: string) => {
  const check = checkAccelerator(text);
  if (!check.ok) throw new Error(check.error);
  return check.accelerator;
};
const error = (text: string) => {
  const check = checkAccelerator(text);
  if (check.ok) throw new Error(`accepted ${text}`);
  return check.error;
};

describe('start shortcut accelerator', () => {
  it("accepts Electron's accelerators and writes them in Electron's spelling", () => {
    expect(ok('CommandOrControl+Alt+L')).toBe('CommandOrControl+Alt+L');
    expect(ok(' ctrl + shift + s ')).toBe('Control+Shift+S');
    expect(ok('cmd+option+space')).toBe('Command+Alt+Space');
    expect(ok('Super+F5')).toBe('Super+F5');
    expect(ok('F13')).toBe('F13');
    expect(ok('Ctrl++')).toBe('Control++');
    expect(ok('Alt+PageDown')).toBe('Alt+PageDown');
  });

  it('refuses what would not work or would take a key from every app, saying why', () => {
    expect(error('')).toMatch(/^Type a shortcut/);
    expect(error('L')).toMatch(/^Add Ctrl, Alt, Cmd or Super/);
    expect(error('Shift+L')).toMatch(/^Add Ctrl, Alt, Cmd or Super/);
    expect(error('Ctrl+Alt')).toBe('A shortcut ends with a key, not a modifier (e.g. Ctrl+Alt+L).');
    expect(error('Hyper+L')).toMatch(/^"Hyper" is not a modifier/);
    expect(error('Ctrl+Ctrl+L')).toBe('Control is there twice.');
    expect(error('Ctrl+Alt+Banana')).toMatch(/^"Banana" is not a key Electron knows/);
    expect(error('Ctrl+F25')).toMatch(/^"F25" is not a key/);
    expect(error('Ctrl+ +L')).toMatch(/empty part/);
  });

  it('is off by default, and the schema carries the same check', () => {
    expect(DEFAULT_PREFERENCES.startShortcutEnabled).toBe(false);
    expect(checkAccelerator(DEFAULT_PREFERENCES.startShortcut).ok).toBe(true);
    const bad = preferenceFieldSchemas.startShortcut.safeParse('Shift+L');
    expect(bad.success ? null : bad.error.issues[0]?.message).toMatch(/^Add Ctrl, Alt, Cmd or Super/);
    expect(preferenceFieldSchemas.startShortcut.safeParse('Ctrl+Alt+L').success).toBe(true);
  });
});
