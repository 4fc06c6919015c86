/**
 * What the busy detectors read the system through. Each detector takes only these, so the
 * Windows and macOS detectors are tested on Linux against typed fakes of exactly the registry
 * values, command outputs and files they read (docs/busy-detectors.md), and the Linux ones
 * against real components.
 *
 * Spawning goes through execFile with a time limit and never a shell: no argument is ever
 * parsed by one, and a hung tool is killed, not waited for.
 */
import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, readdir, readFile, readlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CancelSignal } from '../../core/busy/busyPort';

export interface ExecOptions {
  /** Killed (SIGKILL) after this long; the caller's own limit is about 1 s. */
  readonly timeoutMs: number;
  readonly cancel?: CancelSignal;
}

export interface BusyDeps {
  readonly platform: NodeJS.Platform;
  /** The environment variables detectors consult (XDG_CURRENT_DESKTOP, WAYLAND_DISPLAY, DISPLAY, PATH…). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  /** Limber's own process id: its own capture or process never counts. */
  readonly ownPid: number;
  /** Runs a program (no shell) and resolves with its stdout; rejects on a non-zero exit, a timeout or ENOENT. */
  exec(file: string, args: readonly string[], options: ExecOptions): Promise<string>;
  readFile(file: string): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  readlink(file: string): Promise<string>;
  /** The program's full path if it is on PATH (a few stat calls, no spawn), else null. */
  which(program: string): Promise<string | null>;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

export function nodeBusyDeps(overrides: Partial<BusyDeps> = {}): BusyDeps {
  const env = overrides.env ?? process.env;
  const platform = overrides.platform ?? process.platform;
  return {
    platform,
    env,
    homeDir: os.homedir(),
    ownPid: process.pid,
    exec: (file, args, options) =>
      new Promise<string>((resolve, reject) => {
        const child = execFile(
          file,
          [...args],
          { encoding: 'utf8', timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...env, LC_ALL: 'C' } },
          (error, stdout, stderr) => (error ? reject(describeExecError(file, error, stdout, stderr)) : resolve(stdout)),
        );
        options.cancel?.addEventListener('abort', () => child.kill('SIGKILL'), { once: true });
      }),
    readFile: (file) => readFile(file, 'utf8'),
    readdir: (dir) => readdir(dir),
    readlink: (file) => readlink(file),
    which: (program) => findOnPath(program, env.PATH ?? '', platform),
    ...overrides,
  };
}

/** A program that ran and exited non-zero: some tools say "nothing found" that way (reg, xfconf-query). */
export class ExecFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ExecFailure';
  }
}

function describeExecError(
  file: string,
  error: Omit<NodeJS.ErrnoException, 'code'> & { code?: string | number | null; killed?: boolean },
  stdout: string,
  stderr: string,
): Error {
  if (error.code === 'ENOENT') return new Error(`${file} is not installed`);
  if (error.killed) return new Error(`${file} did not answer in time`);
  const said = (stderr.trim() || stdout.trim()).split('\n')[0] ?? '';
  const exitCode = typeof error.code === 'number' ? error.code : null;
  return new ExecFailure(`${file} exited with ${exitCode ?? 'an error'}${said ? `: ${said}` : ''}`, exitCode, stdout, stderr);
}

async function findOnPath(program: string, searchPath: string, platform: NodeJS.Platform): Promise<string | null> {
  const exts = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of searchPath.split(platform === 'win32' ? ';' : ':').filter(Boolean)) {
    for (const ext of exts) {
      const candidate = path.join(dir, program + ext);
      try {
        await access(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}
