/**
 * The update check's request against a real HTTP server on 127.0.0.1 standing in for GitHub's
 * API (the test machines have no internet): what is sent, what each answer becomes, and that a
 * server that never answers costs a bounded wait and no exception.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkForUpdate, repositoryFromPackage } from '../../main/platform/updateCheck';

const REPO = 'limber-app/limber';
let server: Server;
let base = '';
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let answer: (res: ServerResponse) => void = () => {};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const json = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const check = (timeoutMs = 2000) => checkForUpdate({ repository: REPO, currentVersion: '0.1.0', fetch: (u, i) => fetch(u, i), apiBase: base, timeoutMs });

describe('update check (notice only)', () => {
  it('asks for the latest release with nothing but the version in the request, and reports a newer one', async () => {
    answer = json(200, { tag_name: 'v0.2.0', html_url: `https://github.com/${REPO}/releases/tag/v0.2.0`, draft: false, prerelease: false, body: 'notes' });
    seen.length = 0;
    expect(await check()).toEqual({ kind: 'newer', version: '0.2.0', url: `https://github.com/${REPO}/releases/tag/v0.2.0` });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`/repos/${REPO}/releases/latest`);
    expect(seen[0]!.headers['user-agent']).toBe('Limber/0.1.0');
    expect(seen[0]!.headers['cookie']).toBeUndefined();
    expect(seen[0]!.headers['authorization']).toBeUndefined();
  });

  it('turns every other answer into an outcome with a reason, never an exception', async () => {
    answer = json(404, { message: 'Not Found' });
    expect(await check()).toEqual({ kind: 'upToDate' });
    answer = json(503, 'busy');
    expect(await check()).toEqual({ kind: 'unreachable', reason: 'GitHub answered 503' });
    answer = json(200, '<html>captive portal</html>');
    expect(await check()).toEqual({ kind: 'unreadable', reason: 'the answer is not JSON' });
    answer = json(200, { tag_name: 'v9.0.0', html_url: 'https://evil.example/x' });
    expect((await check()).kind).toBe('unreadable');
  });

  it('gives up on a server that never answers within the timeout', async () => {
    answer = () => {}; // holds the request open
    const started = performance.now();
    expect(await check(300)).toEqual({ kind: 'unreachable', reason: 'no answer within 0.3 s' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('does nothing without a repository, and reads it from package.json forms', async () => {
    seen.length = 0;
    expect((await checkForUpdate({ repository: null, currentVersion: '0.1.0', fetch, apiBase: base })).kind).toBe('unconfigured');
    expect(seen).toHaveLength(0);
    expect(repositoryFromPackage({ repository: 'github:limber-app/limber' })).toBe(REPO);
    expect(repositoryFromPackage({ repository: { url: 'git+https://github.com/limber-app/limber.git' } })).toBe(REPO);
    expect(repositoryFromPackage({ repository: 'limber-app/limber' })).toBe(REPO);
    expect(repositoryFromPackage({ repository: 'https://gitlab.com/a/b' })).toBeNull();
    expect(repositoryFromPackage({})).toBeNull();
  });
});
