/**
 * Export through the composition root's save-dialog port, onto a real temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedZone } from '../../main/core/scheduler';
import { exportHistoryToFile, type HistoryExportPorts } from '../../main/platform/historyExport';
import { answer, routine, wallOf } from '../support/statsFixtures';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'limber-export-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const records = [routine('2026-03-13T10:00', { exercises: ['cat-cow'] }), answer('2026-03-13T11:00', 'skipped')];

function ports(answerWith: (name: string) => string | null, asked: string[] = []): HistoryExportPorts {
  return {
    chooseSavePath: async (name) => (asked.push(name), answerWith(name)),
    records: () => records,
    now: () => wallOf('2026-03-14T00:30', 60),
    zone: fixedZone(60),
  };
}

describe('history export', () => {
  it('proposes a dated name, writes CSV where the user chose, and says where', async () => {
    const asked: string[] = [];
    const result = await exportHistoryToFile('csv', ports((name) => path.join(dir, name), asked));
    expect(asked).toEqual(['limber-history-2026-03-14.csv']);
    expect(result).toEqual({ path: path.join(dir, 'limber-history-2026-03-14.csv') });
    const lines = readFileSync(result.path!, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('completed');
    expect(lines[1]).toContain('cat-cow');
  });

  it('writes JSON, replacing an existing file the user chose to overwrite', async () => {
    const target = path.join(dir, 'mine.json');
    writeFileSync(target, 'old content that is longer than nothing');
    const result = await exportHistoryToFile('json', ports(() => target));
    expect(result.path).toBe(target);
    const doc = JSON.parse(readFileSync(target, 'utf8'));
    expect(doc.records).toHaveLength(2);
    expect(doc.exportedAt).toBe('2026-03-14T00:30:00+01:00');
  });

  it('cancelled: writes nothing and says so', async () => {
    expect(await exportHistoryToFile('csv', ports(() => null))).toEqual({ path: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that does not exist rejects with the reason, for the window to show', async () => {
    await expect(exportHistoryToFile('csv', ports(() => path.join(dir, 'missing', 'x.csv')))).rejects.toThrow(/ENOENT/);
  });
});
