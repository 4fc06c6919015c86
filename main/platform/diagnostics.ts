/**
 * "Copy diagnostics": what someone helping with a problem needs, as plain text for the clipboard,
 * and nothing personal. Versions, OS, where the files are, the preferences with every list of
 * names reduced to a count (the apps a user listed as "busy", the exercises excluded for a sore
 * knee or marked favourite say something about a person, and a helper only needs to know that
 * there are some), and the last log lines.
 */
import type { Preferences } from '../../common/preferences';
import { clip } from '../core/history';

export interface DiagnosticsInput {
  readonly appVersion: string;
  /** process.versions: electron, chrome, node, v8… */
  readonly versions: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly arch: string;
  readonly osRelease: string;
  readonly dataFolder: string;
  readonly logFile: string | null;
  readonly preferences: Preferences;
  readonly logLines: readonly string[];
  readonly nowWallMs: number;
  /** What this desktop keeps Limber from doing (Wayland: placement, idle time), in sentences. */
  readonly desktopLimits?: readonly string[];
}

/** Log lines included (the most recent). */
export const DIAGNOSTIC_LOG_LINES = 50;
/** Upper bound of the whole text. */
export const MAX_DIAGNOSTICS_CHARS = 64 * 1024;

/** The preferences with every list of strings replaced by how many entries it has. */
export function redactPreferences(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) return `[${value.length} ${value.length === 1 ? 'entry' : 'entries'}]`;
    return value.map(redactPreferences);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactPreferences(v)]));
  }
  return value;
}

export function diagnosticsReport(input: DiagnosticsInput): string {
  const v = input.versions;
  const lines = [
    `Limber ${input.appVersion} — diagnostics of ${new Date(input.nowWallMs).toISOString()}`,
    `Electron ${v['electron'] ?? '?'}, Chromium ${v['chrome'] ?? '?'}, Node ${v['node'] ?? '?'}`,
    `OS: ${input.platform} ${input.osRelease} (${input.arch})`,
    `Data folder: ${input.dataFolder}`,
    `Log file: ${input.logFile ?? 'none'}`,
    ...(input.desktopLimits ?? []).map((line) => `Desktop: ${line}`),
    '',
    'Preferences (lists of names shown as counts):',
    JSON.stringify(redactPreferences(input.preferences), undefined, 2),
    '',
    `Last ${Math.min(DIAGNOSTIC_LOG_LINES, input.logLines.length)} log lines:`,
    ...input.logLines.slice(-DIAGNOSTIC_LOG_LINES),
  ];
  return clip(lines.join('\n'), MAX_DIAGNOSTICS_CHARS);
}
