import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from '../../common/preferences';
import { diagnosticsReport, MAX_DIAGNOSTICS_CHARS } from '../../main/platform/diagnostics';

const input = (preferences: Preferences, logLines: string[] = []) => ({
  appVersion: '0.4.0',
  versions: { electron: '45.0.0', chrome: '140.0', node: '22.1.0' },
  platform: 'linux',
  arch: 'x64',
  osRelease: '6.1.0',
  dataFolder: '/home/ana/.config/Limber',
  logFile: '/home/ana/.config/Limber/logs/limber.log',
  preferences,
  logLines,
  nowWallMs: Date.UTC(2026, 10, 23, 9),
});

describe('Copy diagnostics', () => {
  it('names versions, OS, folders and the preferences, with lists of names as counts only', () => {
    const prefs = { ...DEFAULT_PREFERENCES, excludedExercises: ['deep-squat', 'cat-cow'], favouriteExercises: ['box-breathing'] } as Preferences;
    const text = diagnosticsReport(input(prefs, ['2026-11-23T08:59:00.000Z warn  something']));
    expect(text).toContain('Limber 0.4.0');
    expect(text).toContain('Electron 45.0.0, Chromium 140.0, Node 22.1.0');
    expect(text).toContain('OS: linux 6.1.0 (x64)');
    expect(text).toContain('Log file: /home/ana/.config/Limber/logs/limber.log');
    expect(text).toContain('"excludedExercises": "[2 entries]"');
    expect(text).toContain('"favouriteExercises": "[1 entry]"');
    expect(text).not.toMatch(/deep-squat|cat-cow|box-breathing/);
    expect(text).toContain(`"intervalMinutes": ${DEFAULT_PREFERENCES.intervalMinutes}`);
    expect(text).toContain('"start": "09:00"'); // work hours stay: they explain when reminders come
    expect(text.trimEnd().endsWith('warn  something')).toBe(true);
  });

  it('only the last 50 log lines, and the whole text bounded', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i} ${'z'.repeat(50)}`);
    const text = diagnosticsReport(input(DEFAULT_PREFERENCES, lines));
    expect(text).not.toContain('line 449 ');
    expect(text).toContain('line 450 ');
    expect(text).toContain('Last 50 log lines:');
    const huge = diagnosticsReport(input(DEFAULT_PREFERENCES, [`x${'y'.repeat(1_000_000)}`]));
    expect(huge.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS_CHARS);
  });
});
