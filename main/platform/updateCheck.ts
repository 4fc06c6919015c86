/**
 * The notice-only update check's one request (decision 0047): GET the repository's latest
 * release from GitHub's API, bounded in time, with nothing of the user's in it — no cookies, no
 * identifiers, only "Limber/<version>" as the User-Agent GitHub requires. Never throws: every
 * failure is an outcome with a reason, so a check can never disturb Limber.
 *
 * Off unless the user turns it on; the decisions are main/core/updates/releaseNotice.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRepository, releaseNotice, type ReleaseNotice } from '../core/updates/releaseNotice';

export type UpdateCheckOutcome = ReleaseNotice | { readonly kind: 'unreachable'; readonly reason: string } | { readonly kind: 'unconfigured'; readonly reason: string };

export interface UpdateCheckOptions {
  /** owner/name on GitHub, from package.json's `repository` (set by the release workflow). */
  readonly repository: string | null;
  readonly currentVersion: string;
  /** Electron's net.fetch in the app (system proxy settings); any WHATWG fetch in tests. */
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly timeoutMs?: number;
  /** https://api.github.com unless a test points it at a local server. */
  readonly apiBase?: string;
}

const MAX_BODY_BYTES = 256 * 1024;

export async function checkForUpdate(options: UpdateCheckOptions): Promise<UpdateCheckOutcome> {
  const { repository } = options;
  if (repository === null || !isRepository(repository)) {
    return { kind: 'unconfigured', reason: 'this build does not say which GitHub repository its releases are in' };
  }
  const url = `${options.apiBase ?? 'https://api.github.com'}/repos/${repository}/releases/latest`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const response = await options.fetch(url, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'follow',
      headers: { Accept: 'application/vnd.github+json', 'User-Agent': `Limber/${options.currentVersion}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404) return { kind: 'upToDate' }; // no release published yet
    if (!response.ok) return { kind: 'unreachable', reason: `GitHub answered ${response.status}` };
    const text = await response.text();
    if (text.length > MAX_BODY_BYTES) return { kind: 'unreadable', reason: 'the answer is too large to be a release' };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: 'unreadable', reason: 'the answer is not JSON' };
    }
    return releaseNotice(body, options.currentVersion, repository);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'unreachable', reason: `no answer within ${timeoutMs / 1000} s` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { kind: 'unreachable', reason: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

/** owner/name from package.json's `repository` ("github:o/n", "o/n", or a github.com URL). */
export function repositoryFromPackage(pkg: { repository?: string | { url?: string } }): string | null {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return null;
  const m = /^(?:github:)?([^/:\s]+\/[^/\s]+?)$/.exec(raw) ?? /^(?:git\+)?https:\/\/github\.com\/([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(raw);
  return m && isRepository(m[1]!) ? m[1]! : null;
}

/** The repository named in the app's own package.json, or null (a missing or unreadable file: no check). */
export function repositoryOfApp(appPath: string): string | null {
  try {
    return repositoryFromPackage(JSON.parse(readFileSync(path.join(appPath, 'package.json'), 'utf8')) as { repository?: string | { url?: string } });
  } catch {
    return null;
  }
}
