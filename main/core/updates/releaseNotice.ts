/**
 * The notice-only update check's decisions (decision 0047): is the latest GitHub release newer
 * than this Limber, and is a check due. Pure: the response body, the versions and the time come
 * in as arguments; fetching is main/platform/updateCheck.ts.
 *
 * Limber never downloads or installs anything. It tells the user once per new version, and the
 * link it offers must be that repository's own release page, whatever the response says.
 */
import { z } from 'zod';

/** "1.2.3" or "v1.2.3"; a pre-release or build suffix marks a pre-release. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: boolean;
}

const VERSION = /^v?(\d{1,6})\.(\d{1,6})\.(\d{1,6})(?:([-+])[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] === '-' };
}

/** Negative, zero or positive as a is older than, the same release as, or newer than b (numbers only). */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** owner/name as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

export function isRepository(text: string): boolean {
  return REPOSITORY.test(text) && !text.split('/')[1]!.startsWith('.');
}

/** The part of GitHub's "latest release" answer that is used; anything else is ignored. */
const releaseSchema = z.object({
  tag_name: z.string().max(100),
  html_url: z.string().max(500),
  draft: z.boolean().optional(),
  prerelease: z.boolean().optional(),
});

export type ReleaseNotice =
  | { readonly kind: 'newer'; readonly version: string; readonly url: string }
  | { readonly kind: 'upToDate' }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * What to tell the user about `body` (the parsed JSON of /repos/{repository}/releases/latest)
 * when this is Limber `current`. Drafts, pre-releases, releases that are not newer and anything
 * malformed never make a notice.
 */
export function releaseNotice(body: unknown, current: string, repository: string): ReleaseNotice {
  const running = parseVersion(current);
  if (!running) return { kind: 'unreadable', reason: `this Limber's own version "${current}" is not a version` };
  const parsed = releaseSchema.safeParse(body);
  if (!parsed.success) return { kind: 'unreadable', reason: 'the answer is not a GitHub release' };
  const release = parsed.data;
  const latest = parseVersion(release.tag_name);
  if (!latest) return { kind: 'unreadable', reason: `the release tag "${release.tag_name.slice(0, 40)}" is not a version` };
  // The link opens in the user's browser: only this repository's release pages qualify.
  const pages = `https://github.com/${repository}/releases/`;
  if (!release.html_url.startsWith(pages) || /[\s"'<>\\]/.test(release.html_url)) {
    return { kind: 'unreadable', reason: 'the release link is not on this repository’s release pages' };
  }
  if (release.draft === true || release.prerelease === true || latest.prerelease) return { kind: 'upToDate' };
  if (compareVersions(latest, running) <= 0) return { kind: 'upToDate' };
  return { kind: 'newer', version: `${latest.major}.${latest.minor}.${latest.patch}`, url: release.html_url };
}

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a check is due at `nowMs`: never checked, a day since the last one, or the clock went
 * back past it (the last check is then not to be trusted).
 */
export function checkDue(lastCheckedMs: number | null, nowMs: number, intervalMs = CHECK_INTERVAL_MS): boolean {
  if (lastCheckedMs === null) return true;
  return nowMs < lastCheckedMs || nowMs - lastCheckedMs >= intervalMs;
}

/** A notice is shown once per version: not again for the version the user was already told of. */
export function shouldAnnounce(notice: ReleaseNotice, lastAnnouncedVersion: string | null): notice is Extract<ReleaseNotice, { kind: 'newer' }> {
  return notice.kind === 'newer' && notice.version !== lastAnnouncedVersion;
}
