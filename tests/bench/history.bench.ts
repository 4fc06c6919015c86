/**
 * Loading a year of heavy use: 365 days × 20 records (routines with exercises, snoozes, skips,
 * natural breaks) from a real file in a temporary folder, through the store's full load path
 * (read, parse, validate every record, retention). The figure is the median of several loads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeHistoryDocument, type HistoryRecord } from '../../main/core/history';
import { HISTORY_FILE_NAME, openHistoryStore } from '../../main/platform/historyStore';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 13, 16, 0);

export function heavyYear(): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  for (let d = 364; d >= 0; d--) {
    for (let i = 0; i < 20; i++) {
      const at = NOW - d * DAY - (8 - i * 0.4) * 3_600_000;
      const kind = i % 5;
      if (kind === 1 || kind === 3) {
        records.push({ at, offsetMinutes: 60, outcome: kind === 1 ? 'snoozed' : 'natural', reminderId: d * 20 + i, sittingSeconds: 2700 + i, routine: null });
      } else {
        records.push({
          at,
          offsetMinutes: 60,
          outcome: 'completed',
          reminderId: d * 20 + i,
          sittingSeconds: 2790,
          routine: {
            trigger: 'reminder',
            ended: 'completed',
            activeSeconds: 150,
            countsAsBreak: true,
            exerciseIds: ['box-breathing', 'seated-figure-four-stretch', 'thread-the-needle', 'open-book-rotation', 'glute-bridge-hold'],
          },
        });
      }
    }
  }
  return records;
}

export async function measure(): Promise<{ historyLoadMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'limber-bench-history-'));
  try {
    const records = heavyYear();
    writeFileSync(path.join(dir, HISTORY_FILE_NAME), serializeHistoryDocument(records));
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      const store = openHistoryStore({ directory: dir, now: () => NOW });
      times.push(performance.now() - start);
      if (store.records().length !== records.length) throw new Error(`loaded ${store.records().length} of ${records.length} records`);
    }
    times.sort((a, b) => a - b);
    return { historyLoadMs: Math.round(times[3]! * 10) / 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
