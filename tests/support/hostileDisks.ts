/**
 * Real hostile file systems for the storage tests: small tmpfs mounts that can be made
 * read-only or filled up, and immutable files (chattr +i). As root, permission bits do not stop
 * a write, so these are the only honest way to get EROFS, ENOSPC and EPERM from the kernel.
 *
 * Every mount is recorded and `unmountAll()` (call it in afterAll) takes them all down even
 * when a test failed halfway. Where mounting is not permitted (not root, a container without
 * CAP_SYS_ADMIN), `mountSkipReason` says why and the suites skip with that reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const mounted: string[] = [];

function probeMount(): string | null {
  if (process.platform !== 'linux') return `needs Linux tmpfs mounts (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs (run the tests as root, as CI does)';
  const probe = mkdtempSync(path.join(tmpdir(), 'limber-mount-probe-'));
  try {
    const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { encoding: 'utf8' });
    if (result.status !== 0) return `mount is not permitted here: ${(result.stderr || result.error?.message || '').trim()}`;
    execFileSync('umount', [probe]);
    return null;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

function probeChattr(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux for chattr +i';
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-chattr-probe-'));
  const file = path.join(dir, 'f');
  writeFileSync(file, '');
  try {
    const result = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
    if (result.status !== 0) return `chattr +i is not supported here: ${(result.stderr || result.error?.message || '').trim()}`;
    execFileSync('chattr', ['-i', file]);
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Null where tmpfs mounts work, otherwise the reason the tests that need them are skipped. */
export const mountSkipReason = probeMount();
export const chattrSkipReason = probeChattr();

/** A fresh folder with a tmpfs of `sizeKb` mounted on it. */
export function mountTmpfs(sizeKb = 1024): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir]);
}

/** Fills the file system holding `dir` to the last byte; returns the filler to delete. */
export function fillUp(dir: string): string {
  const filler = path.join(dir, '.filler');
  // dd stops with "No space left on device", which is the point.
  spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
  return filler;
}

export function makeImmutable(file: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', file]);
}

/** Takes every mount down (made writable first so nothing blocks), then removes the folders. */
export function unmountAll(): void {
  for (const dir of mounted.splice(0).reverse()) {
    spawnSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder inside a mount, created while the mount is writable. */
export function folderIn(mount: string, ...parts: string[]): string {
  const dir = path.join(mount, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
