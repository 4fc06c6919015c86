/**
 * IPC fuzzing: a compromised or buggy renderer can send anything structured clone can carry to
 * any contract method. Through the real handlers of the whole app (startTestApp: composition
 * root on the typed Electron fake, memory stores), for every method:
 *  - every call resolves to an IpcResult (main never throws, never hangs);
 *  - a call that is refused (bad payload, or rejected by the implementation) changes nothing:
 *    the snapshot, the stores, windows, tray, notifications and dialogs are as before;
 *  - the same holds for valid payloads from a page that is not ours;
 *  - `__proto__` / `constructor` / `prototype` keys pollute no prototype.
 * Payloads pass through structuredClone first, as Electron's IPC does (so an own `__proto__`
 * key arrives as an own property, as from a hostile page's JSON).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcPayloadSchemas, type MethodPayload } from '../../common/ipc';
import { IPC_METHODS, methodChannel, type IpcMethod } from '../../common/ipcChannels';
import { FakeBrowserWindow, FakeNotification, FakeTray } from '../support/electronFake';
import { startTestApp, type TestApp } from '../support/testApp';

const RUNS = Number(process.env['LIMBER_FUZZ_RUNS'] ?? 80);
const OUR_PAGE = 'app://limber/reminder.html';

/** One valid payload per method; typed by the contract, so a contract change updates the fuzzer. */
const VALID: { [M in IpcMethod]: MethodPayload<M> } = {
  getSnapshot: undefined,
  updatePreferences: { intervalMinutes: 30, snoozeMinutes: 5 },
  completeWelcome: { workDays: ['mon', 'tue'], workStart: '09:00', workEnd: '17:00', positions: ['seated'], equipment: [] },
  startRoutineNow: undefined,
  respondToReminder: { action: 'snooze' },
  reportRoutineOutcome: { outcome: 'completed', activeSeconds: 60, exerciseIds: [] },
  excludeExercise: { exerciseId: 'cat-cow' },
  pauseReminders: { length: '1h' },
  resumeReminders: undefined,
  openWindow: { window: 'stats' },
  closeWindow: undefined,
  listExercises: undefined,
  getStats: undefined,
  exportHistory: { format: 'csv' },
  dismissNotice: undefined,
  setReminderLayout: { layout: 'player' },
  runMenuAction: { action: { kind: 'pause', length: '30m' } },
  getAbout: undefined,
  copyDiagnostics: undefined,
};

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const HUGE = ['x'.repeat(1_000_000), '09:00'.repeat(200_000), 'a-'.repeat(300_000), '\u0000'.repeat(100_000)];

/** Anything structured clone can carry (no functions or symbols: those fail in the renderer). */
const cloneable = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
});
const wrongTypeValue = fc.oneof(
  cloneable,
  fc.constantFrom(...HUGE),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1, 1e308, 3601, 0.5),
  fc.constantFrom(null, undefined, true, [], {}, [null], '', ' ', '__proto__'),
);

/** Objects built from JSON text, so `__proto__` lands as an own key, as JSON.parse does in a page. */
function hostileObject(keys: string[]): fc.Arbitrary<unknown> {
  const json = fc.jsonValue({ maxDepth: 2 });
  return fc
    .array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, ...keys), fc.oneof(json, fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), json))), { maxLength: 5 })
    .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v ?? null)}`).join(',')}}`) as unknown);
}

/** The valid payload with one key broken: wrong type, huge, removed, or an extra hostile key. */
function nearValid(method: IpcMethod): fc.Arbitrary<unknown> {
  const base = VALID[method] as unknown;
  if (base === undefined || base === null || typeof base !== 'object') return wrongTypeValue;
  const keys = Object.keys(base);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), wrongTypeValue).map(([k, v]) => ({ ...base, [k]: v })),
    fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...HOSTILE_KEYS, 'extra'), fc.jsonValue({ maxDepth: 1 })).map(([k, v]) =>
      JSON.parse(JSON.stringify(base).replace(/^\{/, `{${JSON.stringify(k)}:${JSON.stringify(v ?? null)},`)) as unknown,
    ),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...HUGE)).map(([k, huge]) => ({ ...base, [k]: [huge] })),
  );
}

function payloads(method: IpcMethod): fc.Arbitrary<unknown> {
  const keys = typeof VALID[method] === 'object' && VALID[method] !== null ? Object.keys(VALID[method] as object) : [];
  const otherMethods = IPC_METHODS.filter((m) => m !== method).map((m) => VALID[m] as unknown);
  return fc.oneof(cloneable, wrongTypeValue, hostileObject(keys), nearValid(method), fc.constantFrom(...otherMethods));
}

/** Everything a call could change, as one comparable string. */
function observe(app: TestApp): string {
  return JSON.stringify({
    snapshot: app.handle.snapshot(),
    prefs: app.stores.prefs,
    prefsSaves: app.stores.prefsSaves,
    state: app.stores.state,
    records: app.stores.records,
    flushes: app.stores.flushes,
    windows: FakeBrowserWindow.all.map((w) => [w.id, w.destroyed, w.visible, w.webContents.url]),
    trays: FakeTray.all.map((t) => [t.toolTip, t.title, t.image, t.destroyed, t.menu?.labels()]),
    notifications: FakeNotification.shown.length,
    dialogs: app.electron.dialog.asked.length,
    loginItems: app.loginItems,
    // The scheduler's whole state and its one armed wake-up.
    scheduler: app.handle.scheduler()?.state ?? null,
    armed: app.handle.scheduler()?.armed ?? null,
  });
}

function isIpcResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r['ok'] === true) return 'value' in r;
  const error = r['error'] as Record<string, unknown> | undefined;
  return r['ok'] === false && ['invalid-payload', 'forbidden-sender', 'failed'].includes(String(error?.['code'])) && typeof error?.['message'] === 'string';
}

const prototypesBefore = [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());

describe('IPC fuzzing through the real handlers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => {
    // Nothing reached a prototype through __proto__ / constructor.prototype keys.
    expect([Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join())).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('the valid samples are valid (so near-valid mutations are one step from accepted)', () => {
    for (const method of IPC_METHODS) expect(ipcPayloadSchemas[method].safeParse(VALID[method]).success, method).toBe(true);
  });

  for (const method of IPC_METHODS) {
    it(`${method}: every payload gets an IpcResult; a refused one changes nothing`, async () => {
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(payloads(method), async (payload) => {
          const cloned = structuredClone(payload);
          const valid = ipcPayloadSchemas[method].safeParse(structuredClone(payload)).success;
          const before = observe(app);
          const result = await app.call(method, cloned);
          expect(isIpcResult(result)).toBe(true);
          const r = result as { ok: boolean; error?: { code: string; message: string } };
          if (!valid) expect(r.error?.code).toBe('invalid-payload');
          if (!r.ok) {
            refused++;
            expect(observe(app)).toBe(before);
            // The renderer gets a clear, bounded message, not an echo of a megabyte payload.
            expect(r.error!.message.length).toBeLessThan(4_000);
          }
        }),
        { numRuns: RUNS },
      );
      expect(refused).toBeGreaterThan(RUNS / 2);
    });
  }

  it('a valid call from any page that is not ours is refused and changes nothing', async () => {
    const foreign = fc.oneof(
      fc.webUrl(),
      fc.constantFrom('file:///etc/passwd', 'app://evil/reminder.html', 'app://limber.evil/x.html', 'http://127.0.0.1:5173/', 'about:blank', 'data:text/html,x', 'devtools://devtools/', ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...IPC_METHODS), foreign, async (method, url) => {
        const before = observe(app);
        const result = (await app.call(method, structuredClone(VALID[method]), url)) as { ok: boolean; error?: { code: string } };
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
        expect(observe(app)).toBe(before);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a valid call from a subframe of our own page is refused too', async () => {
    for (const method of IPC_METHODS) {
      const before = observe(app);
      const result = await app.electron.ipcMain.invoke(methodChannel(method), structuredClone(VALID[method]), { frameUrl: OUR_PAGE, subFrame: true });
      expect(result, method).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(observe(app)).toBe(before);
    }
  });
});
