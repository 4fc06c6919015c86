/**
 * Writing a file so that a crash, a power cut or a full disk leaves either the old content or the
 * new one, never half of each: write a temporary file next to it, flush it to the disk, then
 * rename it over the target (an atomic replace on the same volume, Windows included).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

let sequence = 0;

/** A temporary name in the target's own folder (a rename across volumes would not be atomic). */
export function temporaryPathFor(target: string): string {
  sequence = (sequence + 1) % 1_000_000;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${sequence}.tmp`);
}

/** Whether a name in a folder is one of our leftover temporary files for `target`. */
export function isTemporaryFor(target: string, name: string): boolean {
  const base = path.basename(target);
  return name.startsWith(`.${base}.`) && name.endsWith('.tmp');
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = temporaryPathFor(target);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The same, blocking: for start-up repairs, before anything else can write. */
export function writeFileAtomicSync(target: string, content: string): void {
  const temp = temporaryPathFor(target);
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeFileSync(fd, content, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
