/**
 * Atomic file writes for the few files the stores write themselves (a repaired preferences
 * file, before conf opens it). conf writes its own files atomically through `atomically`.
 *
 * Write a temporary file in the same directory, flush it to disk, then rename it over the
 * target: a crash leaves either the old file or the new one, never half of each.
 */
import { closeSync, copyFileSync, constants, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, data: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The layout conf writes (tab-indented JSON), so a file we wrote reads like one conf wrote. */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value, undefined, '\t'));
}

/**
 * Copies `file` next to itself as `<name>.<reason>-<timestamp>.<ext>` and returns the copy's
 * path. Never overwrites: a second copy in the same millisecond gets a counter.
 */
export function keepCopyAside(file: string, reason: string, at: Date): string {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  // Colons are not allowed in Windows file names.
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = `${base}.${reason}-${stamp}${attempt === 0 ? '' : `-${attempt}`}${ext}`;
    try {
      copyFileSync(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw error;
    }
  }
}
