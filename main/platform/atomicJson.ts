/**
 * Atomic file writes for the few files the stores write themselves (a repaired preferences
 * file, before conf opens it). conf writes its own files atomically through `atomically`.
 *
 * Write a temporary file in the same directory, flush it to disk, then rename it over the
 * target: a crash leaves either the old file or the new one, never half of each.
 */
import { closeSync, copyFileSync, constants, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether `name`, in the folder of `file`, is a temporary file a crashed write left behind:
 * ours (`.preferences.json.<pid>.<stamp>.tmp`) or the one conf's `atomically` writes
 * (`preferences.json.tmp-<10 digits><6 hex>`).
 */
export function isCrashedTemporaryFor(file: string, name: string): boolean {
  const base = path.basename(file);
  if (name.startsWith(`.${base}.`) && name.endsWith('.tmp')) return true;
  return name.startsWith(`${base}.tmp-`) && /^\d{10}[0-9a-f]{6}$/.test(name.slice(base.length + 5));
}

/**
 * Removes what crashed writes of `file` left behind. Only safe while no write of it can be under
 * way, which holds at start-up (one instance, before the store is opened). Returns the names.
 */
export function removeCrashedTemporaries(file: string): string[] {
  const dir = path.dirname(file);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed; // no folder yet: nothing left behind
  }
  for (const name of names) {
    if (!isCrashedTemporaryFor(file, name)) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // A read-only folder keeps it; harmless, and tried again at the next start.
    }
  }
  return removed;
}

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
