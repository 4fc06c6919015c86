/**
 * Limber's log file: one line per event, in the logs folder, rotated by size so it never grows
 * without bound (limber.log → limber.1.log → limber.2.log, the oldest dropped), and the last
 * lines kept in memory for "Copy diagnostics".
 *
 * Logging must never be a reason to fail: a full or read-only disk only stops the file, not the
 * app (the lines stay in memory). Each line is cut to MAX_LINE_CHARS. Writes are small
 * synchronous appends, with no retry loop (see docs/decisions/0041-logging.md for why not
 * electron-log).
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { clip } from '../core/history';

export const LOG_FILE_NAME = 'limber.log';
export const MAX_LINE_CHARS = 2000;
export const RECENT_LINES = 200;

export type LogLevel = 'info' | 'warn' | 'error';

export interface Log {
  /** The current log file's path. */
  readonly file: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** The last lines logged (this session), oldest first. */
  recent(): readonly string[];
}

export interface RotatingLogOptions {
  readonly directory: string;
  readonly fileName?: string;
  /** Rotate when the file would pass this size. */
  readonly maxBytes?: number;
  /** Rotated files kept besides the current one. */
  readonly keep?: number;
  readonly now?: () => number;
  /** Also written here (the console in development). */
  readonly mirror?: (line: string) => void;
}

export function openRotatingLog(options: RotatingLogOptions): Log {
  const file = path.join(options.directory, options.fileName ?? LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 2;
  const now = options.now ?? Date.now;
  const recent: string[] = [];
  let size = 0;
  try {
    mkdirSync(options.directory, { recursive: true });
    size = statSync(file).size;
  } catch {
    size = 0; // no file yet, or no folder: the first append says which
  }

  const rotated = (n: number) => {
    const ext = path.extname(file);
    return `${file.slice(0, file.length - ext.length)}.${n}${ext}`;
  };
  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that generation did not exist
      }
    }
    renameSync(file, rotated(1));
    size = 0;
  };

  const write = (level: LogLevel, message: string) => {
    const line = `${new Date(now()).toISOString()} ${level.padEnd(5)} ${clip(message.replace(/\r?\n/g, ' ⏎ '), MAX_LINE_CHARS)}`;
    recent.push(line);
    if (recent.length > RECENT_LINES) recent.shift();
    options.mirror?.(line);
    const bytes = Buffer.byteLength(line) + 1;
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, `${line}\n`, { mode: 0o600 });
      size += bytes;
    } catch {
      // A full or read-only disk: the line stays in memory; the next line tries again.
    }
  };

  return {
    file,
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
    recent: () => [...recent],
  };
}
