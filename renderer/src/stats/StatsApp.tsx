import { useCallback, useEffect, useState } from 'react';
import type { LimberBridge } from '../../../common/ipc';
import type { StatsView } from '../../../common/stats';
import { useTheme } from '../shared/theme';
import { useSnapshot } from '../shared/useSnapshot';
import { DayChart } from './DayChart';
import { EmptyHistory } from './EmptyHistory';
import { ExportPanel } from './ExportPanel';
import { StreakCard } from './StreakCard';
import { TodayFigures } from './TodayFigures';
import { FALLBACK_TIME_FORMAT, timeFormatter, type TimeFormatter } from '../../../common/timeFormat';
import { isQuiet } from './format';

type Period = 7 | 30;
type Load = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly stats: StatsView } | { readonly kind: 'failed'; readonly message: string };

export function StatsApp({ bridge }: { readonly bridge: LimberBridge }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [period, setPeriod] = useState<Period>(7);

  const refresh = useCallback(() => {
    bridge
      .getStats()
      .then((stats) => setLoad({ kind: 'ready', stats }))
      .catch((error: unknown) => setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }, [bridge]);

  // A routine done, a goal changed, a theme switched: main pushes a snapshot, we re-read. If the
  // first read fails, the theme follows the system and the stats still load.
  const { snapshot } = useSnapshot(bridge, refresh);
  useTheme(snapshot?.preferences.theme);
  const format = timeFormatter(snapshot?.timeFormat ?? FALLBACK_TIME_FORMAT);

  useEffect(() => {
    refresh();
    // A window left open over lunch or past midnight is brought up to date when looked at again.
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  return (
    <main className="stats">
      <header className="stats__header">
        <h1>Your movement</h1>
        {load.kind === 'ready' && <p className="stats__date">{format.longDate(load.stats.today.date)}</p>}
      </header>
      {load.kind === 'loading' && <p className="stats__loading">Loading your stats…</p>}
      {load.kind === 'failed' && (
        <div className="stats__failed" role="alert">
          <p>Your stats could not be loaded: {load.message}</p>
          <button type="button" onClick={refresh}>
            Try again
          </button>
        </div>
      )}
      {load.kind === 'ready' && <StatsBody stats={load.stats} period={period} onPeriod={setPeriod} format={format} />}
      <ExportPanel bridge={bridge} />
    </main>
  );
}

function StatsBody({ stats, period, onPeriod, format }: { readonly stats: StatsView; readonly period: Period; readonly onPeriod: (p: Period) => void; readonly format: TimeFormatter }) {
  const days = period === 7 ? stats.last7 : stats.last30;
  const quiet = isQuiet(stats.last30);
  return (
    <>
      <div className="stats__top">
        <TodayFigures today={stats.today} />
        <StreakCard streak={stats.streak} today={stats.today} />
      </div>
      <section className="card history" aria-labelledby="history-heading">
        <div className="history__head">
          <h2 id="history-heading">{quiet ? 'The last 30 days' : `Routines per day, last ${period} days`}</h2>
          {!quiet && (
            <div className="segmented" role="group" aria-label="Period">
              {([7, 30] as const).map((p) => (
                <button key={p} type="button" aria-pressed={period === p} onClick={() => onPeriod(p)}>
                  {p} days
                </button>
              ))}
            </div>
          )}
        </div>
        {quiet ? <EmptyHistory goal={stats.streak.goal} /> : <DayChart days={days} goal={stats.streak.goal} format={format} />}
      </section>
    </>
  );
}
