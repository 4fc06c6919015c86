/**
 * Salvaging the complete records of a damaged history file: what editors, sync tools and crashes
 * do to a file, and a bound on the work that holds for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REASON_CHARS, parseHistoryDocument, parseHistoryRecord, salvageHistoryRecords, serializeHistoryDocument, type HistoryRecord } from '../../../main/core/history';
import { answer, routine } from '../../support/statsFixtures';

const recordArb: fc.Arbitrary<HistoryRecord> = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 10_000_000 }))
  .map(([isRoutine, dt]) => {
    const r = isRoutine ? routine('2026-03-13T10:00') : answer('2026-03-13T10:00', 'natural');
    return { ...r, at: r.at - dt };
  });

const year = (n: number): HistoryRecord[] =>
  Array.from({ length: n }, (_, i) => (i % 3 === 0 ? answer('2026-03-13T10:00', 'skipped') : routine('2026-03-13T10:00', { exercises: ['hip-flexor-stretch', 'cat-cow'] })))
    .map((r, i) => ({ ...r, at: r.at - i * 60_000 }));

describe('salvaging a damaged history file', () => {
  const records = year(6);
  const text = serializeHistoryDocument(records);

  it('a file cut short (full disk, crash) keeps every complete record before the cut', () => {
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 5) - 30);
    expect(parseHistoryDocument(cut).kind).toBe('unreadable');
    expect(salvageHistoryRecords(cut).records).toEqual(records.slice(0, 4));
  });

  it('a merge-conflict block left by a sync tool keeps the records on both sides', () => {
    const lines = text.split('\n');
    const conflicted = [...lines.slice(0, 3), '<<<<<<< ours', lines[3], '=======', '{"at":17', '>>>>>>> theirs', ...lines.slice(4)].join('\n');
    expect(salvageHistoryRecords(conflicted).records).toEqual(records);
  });

  it('an editor’s pretty-printing with a stray quote costs only the record on that line', () => {
    const pretty = JSON.stringify({ format: 'limber-history', version: 1, records }, null, 2);
    const broken = pretty.replace('"outcome": "skipped"', '"outcome": "skipped""');
    expect(parseHistoryDocument(broken).kind).toBe('unreadable');
    expect(salvageHistoryRecords(broken).records).toEqual(records.slice(1));
  });

  it('only whole, valid records: a routine object alone or a record with a bad field is not one', () => {
    const routineAlone = JSON.stringify(records[1]!.routine);
    const bad = JSON.stringify({ ...records[0], outcome: 'napped' });
    expect(salvageHistoryRecords(`${routineAlone}\n${bad}\n${JSON.stringify(records[2])}`).records).toEqual([records[2]]);
  });

  it('never throws and keeps only valid records, for any damage to a valid file', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), (arb, a, b, junk) => {
        const rs = arb.map((r, i) => ({ ...r, at: r.at + i })); // distinct lines, to find each one
        const t = serializeHistoryDocument(rs);
        const from = a % (t.length + 1);
        const to = from + (b % 40);
        const damaged = t.slice(0, from) + junk + t.slice(to);
        const out = salvageHistoryRecords(damaged).records;
        // Every record kept is a valid one (damage may make another valid record: "abox-breathing"),
        // at most one per record line, and every record the damage did not touch survives.
        for (const r of out) expect(parseHistoryRecord(r)).toEqual(r);
        expect(out.length).toBeLessThanOrEqual(rs.length);
        const untouched = rs.filter((r) => {
          const line = JSON.stringify(r);
          const at = t.indexOf(line);
          return at + line.length < from || at > to;
        });
        for (const r of untouched) expect(out).toContainEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe('salvage is linear in the file’s size, whatever the damage', () => {
  // Work is counted, not timed: characters scanned plus characters handed to JSON.parse.
  const ratio = (text: string) => salvageHistoryRecords(text).work / text.length;

  it('a large damaged file (50,000 records, cut short): under 3 units of work per character', () => {
    const big = serializeHistoryDocument(year(50_000));
    const damaged = big.slice(0, big.length - 100);
    const { records, work } = salvageHistoryRecords(damaged);
    expect(records.length).toBeGreaterThan(49_990);
    expect(work / damaged.length).toBeLessThan(3);
  });

  it('deep nesting, long objects and brace storms stay under 3 per character at every size', () => {
    for (const n of [1_000, 10_000, 100_000]) {
      expect(ratio('{'.repeat(n) + '}'.repeat(n))).toBeLessThan(3);
      expect(ratio(`{"a":[${'{"b":1},'.repeat(n)}{}]}`)).toBeLessThan(3);
      expect(ratio('{}'.repeat(n))).toBeLessThan(3);
      expect(ratio('{"x":{"y":{}}}'.repeat(n))).toBeLessThan(3);
    }
  });

  it('the reason a file is unreadable is bounded, however long the bad text V8 quotes', () => {
    const parsed = parseHistoryDocument(`{"format":${'x'.repeat(100_000)}`);
    expect(parsed.kind).toBe('unreadable');
    if (parsed.kind === 'unreadable') expect(parsed.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS + 20);
  });
});
