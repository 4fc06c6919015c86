/**
 * Reading the Windows registry with `reg query` (reg.exe ships with every Windows): no native
 * module, one short spawn. Output, for `reg query KEY /v NAME` or `/s /v NAME`, is blocks of
 *
 *     HKEY_CURRENT_USER\Software\...\key
 *         NAME    REG_TYPE    value
 *
 * and, when nothing matches, exit code 1 with "ERROR: The system was unable to find the
 * specified registry key or value." (or "End of search: 0 match(es) found." with /s).
 */
import { ExecFailure, type BusyDeps, type ExecOptions } from './busyDeps';

export interface RegValue {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

export function parseRegQuery(out: string): RegValue[] {
  const values: RegValue[] = [];
  let key: string | null = null;
  for (const raw of out.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim() || /^End of search/i.test(line.trim())) continue;
    if (/^(HKEY_|HKCU\\|HKLM\\)/i.test(line)) {
      key = line.trim();
      continue;
    }
    const match = /^\s+(.+?)\s{4}(REG_[A-Z_]+)\s{4}(.*)$/.exec(line) ?? /^\s+(.+?)\s+(REG_[A-Z_]+)\s*$/.exec(line);
    if (!match || key === null) throw new Error(`reg gave a line it should not: ${JSON.stringify(line.trim().slice(0, 50))}`);
    values.push({ key, name: match[1]!.trim(), type: match[2]!, data: (match[3] ?? '').trim() });
  }
  return values;
}

/** The values, or [] when the key or value does not exist. */
export async function regQuery(deps: BusyDeps, args: readonly string[], options: ExecOptions): Promise<RegValue[]> {
  try {
    return parseRegQuery(await deps.exec('reg', ['query', ...args], options));
  } catch (error) {
    if (error instanceof ExecFailure && error.exitCode === 1 && /unable to find|0 match/i.test(error.stderr + error.stdout)) return [];
    throw error;
  }
}
