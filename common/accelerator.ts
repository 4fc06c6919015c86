/**
 * Electron accelerators ("CommandOrControl+Alt+L") for the start-a-routine shortcut: checked
 * here, in the preferences schema, so the form says what is wrong before Electron is asked, and a
 * bad stored value is repaired rather than thrown by globalShortcut.register. The grammar is
 * Electron's (docs/api/accelerator.md): modifiers, then one key, joined by "+".
 */

const MODIFIERS = new Map<string, string>(
  (
    [
      ['command', 'Command'],
      ['cmd', 'Command'],
      ['control', 'Control'],
      ['ctrl', 'Control'],
      ['commandorcontrol', 'CommandOrControl'],
      ['cmdorctrl', 'CommandOrControl'],
      ['alt', 'Alt'],
      ['option', 'Alt'],
      ['altgr', 'AltGr'],
      ['shift', 'Shift'],
      ['super', 'Super'],
      ['meta', 'Meta'],
    ] as const
  ).map(([k, v]) => [k, v]),
);

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'PrintScreen',
  'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const NAMED = new Map(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;:+=<,_->.?/~`{][|\\}"\'']);

/** The key part in Electron's spelling, or null when Electron would not know it. */
function keyName(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^f([1-9]|1\d|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (part.length === 1 && PUNCTUATION.has(part)) return part;
  return NAMED.get(part.toLowerCase()) ?? null;
}

export type AcceleratorCheck = { readonly ok: true; readonly accelerator: string } | { readonly ok: false; readonly error: string };

/**
 * Checks an accelerator for a global shortcut and writes it in Electron's spelling. A global
 * shortcut needs a modifier other than Shift (a bare letter would be taken from every app the
 * user types in), except the function keys.
 */
export function checkAccelerator(text: string): AcceleratorCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Type a shortcut, e.g. CommandOrControl+Alt+L.' };
  // "Ctrl++" names the plus key as the last part.
  const parts = trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
  if (parts.some((p) => p.trim() === '')) return { ok: false, error: `"${trimmed}" has an empty part: join keys with a single "+".` };
  const key = parts.at(-1)!.trim();
  const modifiers: string[] = [];
  for (const part of parts.slice(0, -1).map((p) => p.trim())) {
    const modifier = MODIFIERS.get(part.toLowerCase());
    if (!modifier) return { ok: false, error: `"${part}" is not a modifier (use Ctrl, Alt, Shift, Cmd, CommandOrControl or Super).` };
    if (modifiers.includes(modifier)) return { ok: false, error: `${modifier} is there twice.` };
    modifiers.push(modifier);
  }
  if (MODIFIERS.has(key.toLowerCase())) return { ok: false, error: 'A shortcut ends with a key, not a modifier (e.g. Ctrl+Alt+L).' };
  const name = keyName(key);
  if (!name) return { ok: false, error: `"${key}" is not a key Electron knows (letters, digits, F1–F24, Space, arrows…).` };
  if (!/^F\d+$/.test(name) && !modifiers.some((m) => m !== 'Shift')) {
    return { ok: false, error: 'Add Ctrl, Alt, Cmd or Super: without one the shortcut would take that key from every app.' };
  }
  return { ok: true, accelerator: [...modifiers, name].join('+') };
}

export const DEFAULT_START_SHORTCUT = 'CommandOrControl+Alt+L';
