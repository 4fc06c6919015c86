import { describe, expect, it } from 'vitest';
import { checkDue, compareVersions, isRepository, parseVersion, releaseNotice, shouldAnnounce } from '../../../main/core/updates/releaseNotice';

const REPO = 'limber-app/limber';
const release = (tag: string, extra: Record<string, unknown> = {}) => ({
  tag_name: tag,
  html_url: `https://github.com/${REPO}/releases/tag/${tag}`,
  draft: false,
  prerelease: false,
  ...extra,
});

describe('release notice', () => {
  it('compares versions by number, not as text', () => {
    const v = (t: string) => parseVersion(t)!;
    expect(compareVersions(v('1.10.0'), v('1.9.9'))).toBeGreaterThan(0);
    expect(compareVersions(v('v0.2.0'), v('0.10.0'))).toBeLessThan(0);
    expect(compareVersions(v('2.0.0'), v('v2.0.0'))).toBe(0);
    expect(parseVersion('1.2.3-beta.1')?.prerelease).toBe(true);
    expect(parseVersion('1.2.3+build.5')?.prerelease).toBe(false);
    for (const bad of ['', '1.2', 'latest', '1.2.3.4', 'v1.2.3 ; rm -rf']) expect(parseVersion(bad), bad).toBeNull();
  });

  it('tells of a newer release with its page, and nothing for the same, an older, a draft or a pre-release', () => {
    expect(releaseNotice(release('v0.10.0'), '0.9.1', REPO)).toEqual({ kind: 'newer', version: '0.10.0', url: `https://github.com/${REPO}/releases/tag/v0.10.0` });
    expect(releaseNotice(release('v0.9.1'), '0.9.1', REPO)).toEqual({ kind: 'upToDate' });
    expect(releaseNotice(release('v0.8.0'), '0.9.1', REPO)).toEqual({ kind: 'upToDate' });
    expect(releaseNotice(release('v1.0.0', { draft: true }), '0.9.1', REPO)).toEqual({ kind: 'upToDate' });
    expect(releaseNotice(release('v1.0.0', { prerelease: true }), '0.9.1', REPO)).toEqual({ kind: 'upToDate' });
    expect(releaseNotice(release('v1.0.0-rc.1'), '0.9.1', REPO)).toEqual({ kind: 'upToDate' });
  });

  it('never offers a link off the repository’s release pages, and reads nothing malformed as a release', () => {
    for (const url of ['https://evil.example/releases/', `https://github.com/${REPO}-fork/releases/tag/v9.0.0`, `https://github.com/${REPO}/releases/"onclick`, `http://github.com/${REPO}/releases/tag/v9.0.0`]) {
      expect(releaseNotice(release('v9.0.0', { html_url: url }), '0.1.0', REPO).kind, url).toBe('unreadable');
    }
    for (const body of [null, 'v9.0.0', [], { tag_name: 9 }, { tag_name: 'v9.0.0' }, release('nine')]) expect(releaseNotice(body, '0.1.0', REPO).kind).toBe('unreadable');
    expect(releaseNotice(release('v9.0.0'), 'dev', REPO)).toMatchObject({ kind: 'unreadable' });
  });

  it('checks at most once a day, and again if the clock went back', () => {
    const day = 24 * 3600_000;
    expect(checkDue(null, 0)).toBe(true);
    expect(checkDue(10 * day, 10 * day + day - 1)).toBe(false);
    expect(checkDue(10 * day, 11 * day)).toBe(true);
    expect(checkDue(10 * day, 9 * day)).toBe(true);
  });

  it('announces each new version once', () => {
    const notice = releaseNotice(release('v1.0.0'), '0.9.0', REPO);
    expect(shouldAnnounce(notice, null)).toBe(true);
    expect(shouldAnnounce(notice, '1.0.0')).toBe(false);
    expect(shouldAnnounce(notice, '0.9.5')).toBe(true);
    expect(shouldAnnounce({ kind: 'upToDate' }, null)).toBe(false);
  });

  it('accepts only owner/name repositories', () => {
    expect(isRepository(REPO)).toBe(true);
    for (const bad of ['limber', 'a/b/c', '../x', 'a/.git', 'a b/c', '']) expect(isRepository(bad), bad).toBe(false);
  });
});
