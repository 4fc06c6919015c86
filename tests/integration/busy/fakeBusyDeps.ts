/**
 * A typed fake of BusyDeps for the Windows and macOS detectors: exactly the commands (program +
 * arguments) and files they read, answered with the payloads documented in docs/busy-detectors.md.
 * A command or file the fake does not know fails the test loudly instead of answering something.
 */
import type { BusyDeps } from '../../../main/platform/busy/busyDeps';
import { ExecFailure } from '../../../main/platform/busy/busyDeps';

export type FakeCommandResult =
  | { readonly stdout: string }
  | { readonly exitCode: number; readonly stdout?: string; readonly stderr?: string }
  | { readonly missing: true }
  | { readonly hang: true };

export interface FakeDepsSpec {
  readonly platform: NodeJS.Platform;
  readonly commands?: Readonly<Record<string, FakeCommandResult>>;
  readonly files?: Readonly<Record<string, string | { readonly errno: string }>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly homeDir?: string;
  /** Programs that `which` does not find. */
  readonly notInstalled?: readonly string[];
}

export interface FakeDeps extends BusyDeps {
  readonly calls: string[];
}

export function fakeBusyDeps(spec: FakeDepsSpec): FakeDeps {
  const calls: string[] = [];
  return {
    calls,
    platform: spec.platform,
    env: spec.env ?? {},
    homeDir: spec.homeDir ?? (spec.platform === 'win32' ? 'C:\\Users\\ada' : '/Users/ada'),
    ownPid: 4242,
    exec: async (file, args, options) => {
      const line = [file, ...args].join(' ');
      calls.push(line);
      const result = spec.commands?.[line];
      if (!result) throw new Error(`the fake does not know the command: ${line}`);
      if ('missing' in result) throw new Error(`${file} is not installed`);
      if ('hang' in result) {
        return new Promise<string>((_, reject) => options.cancel?.addEventListener('abort', () => reject(new Error(`${file} was cancelled`)), { once: true }));
      }
      if ('exitCode' in result) throw new ExecFailure(`${file} exited with ${result.exitCode}`, result.exitCode, result.stdout ?? '', result.stderr ?? '');
      return result.stdout;
    },
    readFile: async (file) => {
      calls.push(`read ${file}`);
      const content = spec.files?.[file];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      if (typeof content !== 'string') throw Object.assign(new Error(`${content.errno}: ${file}`), { code: content.errno });
      return content;
    },
    readdir: async (dir) => {
      throw new Error(`the fake does not list directories: ${dir}`);
    },
    readlink: async (file) => {
      throw new Error(`the fake does not read links: ${file}`);
    },
    which: async (program) =>
      spec.notInstalled?.includes(program) ? null : spec.platform === 'win32' ? `C:\\Windows\\System32\\${program}.exe` : program,
  };
}
