/**
 * The update notice wired into the whole app (issue 16 item 8, decisions 0047 and 0066), on the
 * typed Electron fake with a real HTTP server on 127.0.0.1 standing in for GitHub: off by
 * default (no request at all), on → one request at once and then one a day on the scheduler's
 * own wake-ups, a tray line that opens the release page, one notification per version, and every
 * failure (offline, garbage, 404, a server that never answers) quiet, bounded and logged once.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeNotification, FakeTray } from '../support/electronFake';
import { memoryStores, type MemoryStores } from '../support/memoryStores';
import { at, startTestApp, type TestApp } from '../support/testApp';

const REPO = 'limber-app/limber';
const PAGE = `https://github.com/${REPO}/releases/tag/v0.2.0`;
const PREFS = 'app://limber/preferences.html';
const HOUR = 60 * 60_000;

let server: Server;
let base = '';
let requests = 0;
let answer: (res: ServerResponse) => void = () => {};
beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
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
const release = json(200, { tag_name: 'v0.2.0', html_url: PAGE, draft: false, prerelease: false });

const trayLabels = () => (FakeTray.all.at(-1)!.menu!.labels() as unknown[]).flat(Infinity).filter((l): l is string => typeof l === 'string');
const updateLine = () => trayLabels().find((l) => l.includes('is available'));
/** Lets the request, its answer and the publishing batch run (real sockets: real time). */
const settleNet = async (app: TestApp, ms = 150) => {
  await new Promise((r) => setTimeout(r, ms));
  await app.settle();
};

describe('the update notice in the app', () => {
  let stores: MemoryStores;
  const start = (apiBase = base, timeoutMs = 2000) =>
    startTestApp({ stores, startWallMs: at(10), appVersion: '0.1.0', updateCheck: { repository: REPO, fetch: (u, i) => fetch(u, i), apiBase, timeoutMs } });
  beforeEach(() => {
    stores = memoryStores({ state: { firstRunComplete: true } });
    requests = 0;
    answer = release;
  });

  it('sends nothing while off (the default), for days', async () => {
    const app = await start();
    app.clock.advance(50 * HOUR);
    await settleNet(app);
    expect(requests).toBe(0);
    expect(updateLine()).toBeUndefined();
  });

  it('on: asks at once, shows the tray line that opens the release page, and tells once', async () => {
    const app = await start();
    await app.call('updatePreferences', { updateNotice: true }, PREFS);
    await settleNet(app);
    expect(requests).toBe(1);
    expect(updateLine()).toBe('Limber 0.2.0 is available…');
    FakeTray.all.at(-1)!.menu!.click('Limber 0.2.0 is available…');
    await app.settle();
    expect(app.electron.shell.opened).toEqual([PAGE]);
    const told = FakeNotification.shown.filter((n) => n.options.title === 'Limber 0.2.0 is available');
    expect(told).toHaveLength(1);
    expect(stores.appState.load()).toMatchObject({ updateAnnounced: '0.2.0' });

    // A day of the scheduler's own wake-ups: one more request, and no second notification.
    for (let h = 0; h < 25; h++) {
      app.clock.advance(HOUR);
      await settleNet(app, 20);
    }
    await settleNet(app);
    expect(requests).toBe(2);
    expect(FakeNotification.shown.filter((n) => n.options.title === 'Limber 0.2.0 is available')).toHaveLength(1);

    // Off again: the line goes at once, and nothing more is asked.
    await app.call('updatePreferences', { updateNotice: false }, PREFS);
    expect(updateLine()).toBeUndefined();
    app.clock.advance(30 * HOUR);
    await settleNet(app);
    expect(requests).toBe(2);
  });

  it('a version already told of is not told again after a restart, but the line shows', async () => {
    stores = memoryStores({ state: { firstRunComplete: true, updateAnnounced: '0.2.0' }, prefs: { updateNotice: true } });
    const app = await start();
    await settleNet(app);
    expect(requests).toBe(1);
    expect(updateLine()).toBe('Limber 0.2.0 is available…');
    expect(FakeNotification.shown.filter((n) => n.options.title?.includes('is available'))).toHaveLength(0);
  });

  for (const [what, respond] of [
    ['garbage instead of JSON', json(200, '<html>captive portal</html>')],
    ['a 500', json(500, 'oops')],
    ['a 404 (no release yet)', json(404, { message: 'Not Found' })],
  ] as const) {
    it(`${what}: no line, nothing shown, Limber carries on`, async () => {
      answer = respond;
      stores = memoryStores({ state: { firstRunComplete: true }, prefs: { updateNotice: true } });
      const app = await start();
      await settleNet(app);
      expect(requests).toBe(1);
      expect(updateLine()).toBeUndefined();
      expect(FakeNotification.shown).toHaveLength(0);
      expect(app.handle.snapshot().statusText).toMatch(/Next break/);
    });
  }

  it('a server that never answers costs a bounded wait; failures are logged once a day and retried hourly', async () => {
    answer = () => {}; // holds the request open
    stores = memoryStores({ state: { firstRunComplete: true }, prefs: { updateNotice: true } });
    const app = await start(base, 200);
    await settleNet(app, 500);
    expect(requests).toBe(1);
    expect(app.warnings.filter((w) => w.startsWith('Update check'))).toEqual([expect.stringContaining('no answer within 0.2 s')]);
    // Three hours later: retried on the hourly wake-ups, still not logged again.
    for (let h = 0; h < 3; h++) {
      app.clock.advance(HOUR + 1000);
      await settleNet(app, 400);
    }
    expect(requests).toBeGreaterThanOrEqual(3);
    expect(requests).toBeLessThanOrEqual(4);
    expect(app.warnings.filter((w) => w.startsWith('Update check'))).toHaveLength(1);
    expect(updateLine()).toBeUndefined();
  });

  it('offline (nothing listens on the port): quiet, logged', async () => {
    stores = memoryStores({ state: { firstRunComplete: true }, prefs: { updateNotice: true } });
    const app = await start('http://127.0.0.1:9', 1000);
    await settleNet(app, 400);
    expect(app.warnings.filter((w) => w.startsWith('Update check'))).toEqual([expect.stringMatching(/unreachable/)]);
    expect(updateLine()).toBeUndefined();
  });
});
