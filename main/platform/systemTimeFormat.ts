/**
 * The OS's locale and 12/24-hour choice, read once at start (docs/decisions/0064-times-in-the-users-locale.md).
 *
 * - Linux: the POSIX locale for times, LC_ALL > LC_TIME > LANG ("en_DK.UTF-8" → "en-DK"),
 *   because that is what the desktop's own clocks and `date` follow; Chromium's system locale
 *   follows the language of messages instead. The hour cycle is that locale's own.
 * - macOS: `app.getSystemLocale()` (the Region setting) and System Settings' "24-hour time"
 *   switch, which macOS stores as AppleICUForce24HourTime / AppleICUForce12HourTime.
 * - Windows: `app.getSystemLocale()` (the Region format) and that locale's hour cycle. A custom
 *   short-time pattern (HKCU\Control Panel\International sShortTime) is not read: Electron does
 *   not expose it, and a registry spawn at every start is not worth it for a rare setting.
 *
 * Anything missing or malformed falls back step by step; this never throws.
 */
import type { App, SystemPreferences } from 'electron';
import { defaultHourCycle, FALLBACK_LOCALE, isSupportedLocale, resolveLocale, type HourCycle, type TimeFormatSettings } from '../../common/timeFormat';

export interface TimeFormatSources {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly app: Partial<Pick<App, 'getSystemLocale' | 'getPreferredSystemLanguages'>>;
  /** macOS only. */
  readonly systemPreferences?: Pick<SystemPreferences, 'getUserDefault'>;
}

/** "en_GB.UTF-8", "de_DE@euro", "sr_RS@latin" → BCP 47; "C", "POSIX" and junk → null. */
export function posixToBcp47(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^([a-zA-Z]{2,3})(?:_([a-zA-Z]{2}|\d{3}))?(?:\.[^@]*)?(?:@([a-zA-Z]+))?$/.exec(value.trim());
  if (!m) return null;
  const script = m[3] === 'latin' ? 'Latn' : m[3] === 'cyrillic' ? 'Cyrl' : null;
  const tag = [m[1]!.toLowerCase(), script, m[2]?.toUpperCase()].filter(Boolean).join('-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function safe<T>(read: (() => T) | undefined): T | undefined {
  try {
    return read?.();
  } catch {
    return undefined;
  }
}

export function systemTimeFormat(sources: TimeFormatSources): TimeFormatSettings {
  const { platform, env, app } = sources;
  const candidates: (string | null | undefined)[] = [];
  if (platform !== 'darwin' && platform !== 'win32') {
    // First set wins, as in setlocale(3): an empty variable counts as unset.
    candidates.push(posixToBcp47(env['LC_ALL'] || env['LC_TIME'] || env['LANG'] || undefined));
  }
  candidates.push(safe(app.getSystemLocale?.bind(app)), safe(app.getPreferredSystemLanguages?.bind(app))?.[0]);
  const found = candidates.find((c): c is string => typeof c === 'string' && isSupportedLocale(c));
  const locale = found ? resolveLocale(found) : FALLBACK_LOCALE;

  let hourCycle: HourCycle = defaultHourCycle(locale);
  if (platform === 'darwin' && sources.systemPreferences) {
    const prefs = sources.systemPreferences;
    if (safe(() => prefs.getUserDefault('AppleICUForce24HourTime', 'boolean')) === true) hourCycle = 'h23';
    else if (safe(() => prefs.getUserDefault('AppleICUForce12HourTime', 'boolean')) === true) hourCycle = 'h12';
  }
  return { locale, hourCycle };
}
