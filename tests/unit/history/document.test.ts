import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHistoryDocument, serializeHistoryDocument, type HistoryRecord } from '../../../main/core/history';
import { answer, routine } from '../../support/statsFixtures';

/** Any valid record. */
export const recordArb: fc.Arbitrary<HistoryRecord> = fc.oneof(
  fc.record({
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    offsetMinutes: fc.integer({ min: -720, max: 840 }),
    outcome: fc.constantFrom('snoozed' as const, 'skipped' as const, 'natural' as const),
    reminderId: fc.option(fc.nat(10_000)),
    sittingSeconds: fc.option(fc.nat(86_400)),
    routine: fc.constant(null),
  }),
  fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      offsetMinutes: fc.integer({ min: -720, max: 840 }),
      reminderId: fc.option(fc.nat(10_000)),
      sittingSeconds: fc.option(fc.nat(86_400)),
      trigger: fc.constantFrom('reminder' as const, 'manual' as const),
      ended: fc.constantFrom('completed' as const, 'stopped' as const, 'abandoned' as const),
      activeSeconds: fc.nat(3600),
      exerciseIds: fc.array(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/), { maxLength: 6 }),
    })
    .map(({ trigger, ended, activeSeconds, exerciseIds, ...rest }) => ({
      ...rest,
      outcome: trigger === 'manual' ? ('manual' as const) : ended === 'completed' ? ('completed' as const) : ('stopped' as const),
      routine: { trigger, ended, activeSeconds, countsAsBreak: ended === 'completed' || activeSeconds >= 60, exerciseIds },
    })),
);

describe('the history file format', () => {
  it('round-trips any list of valid records exactly, in order', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        expect(parseHistoryDocument(serializeHistoryDocument(records))).toEqual({ kind: 'ok', records, dropped: 0 });
      }),
    );
  });

  it('drops each invalid record on its own and counts it, keeping the rest in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(recordArb.map((r) => ({ ok: true, value: r as unknown })), fc.oneof(fc.constant({ at: 'yesterday' }), fc.integer(), fc.constant(null), fc.string()).map((v) => ({ ok: false, value: v as unknown }))), {
          maxLength: 30,
        }),
        (items) => {
          const text = JSON.stringify({ format: 'limber-history', version: 1, records: items.map((i) => i.value) });
          const parsed = parseHistoryDocument(text);
          expect(parsed).toEqual({ kind: 'ok', records: items.filter((i) => i.ok).map((i) => i.value), dropped: items.filter((i) => !i.ok).length });
        },
      ),
    );
  });

  it('puts one record per line, so a person can read the file', () => {
    const text = serializeHistoryDocument([routine('2026-03-13T10:00'), answer('2026-03-13T11:00', 'natural')]);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text)).toMatchObject({ format: 'limber-history', version: 1 });
  });

  it.each([
    ['a truncated file', '{"format":"limber-history","version":1,"records":[{"at":1'],
    ['an empty file', ''],
    ['an array', '[]'],
    ['another app’s JSON', '{"theme":"dark"}'],
    ['a version that is not a number', '{"format":"limber-history","version":"1","records":[]}'],
    ['records that are not a list', '{"format":"limber-history","version":1,"records":{}}'],
  ])('calls %s unreadable, never throws', (_what, text) => {
    expect(parseHistoryDocument(text).kind).toBe('unreadable');
  });

  it('recognises a file from a newer Limber instead of rewriting it', () => {
    expect(parseHistoryDocument('{"format":"limber-history","version":2,"records":[]}')).toEqual({ kind: 'newer', version: 2 });
  });
});
