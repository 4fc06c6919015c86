import type { DayFigures } from '../../../common/stats';
import { formatDuration, formatMinutes, plural } from './format';

/** Today's three numbers (PRODUCT.md §4): breaks taken, minutes moved, longest sitting stretch. */
export function TodayFigures({ today }: { readonly today: DayFigures }) {
  const sitting = today.longestSittingMinutes;
  return (
    <section className="card today" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <dl className="figures">
        <div className="figure">
          <dt>Breaks taken</dt>
          <dd className="figure__value">{today.breaks}</dd>
        </div>
        <div className="figure">
          <dt>Minutes moved</dt>
          <dd className="figure__value">{formatMinutes(today.minutesMoved)}</dd>
        </div>
        <div className="figure">
          <dt>Longest sitting</dt>
          <dd className="figure__value">
            {sitting === null ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">none recorded yet</span>
              </>
            ) : (
              formatDuration(sitting)
            )}
          </dd>
        </div>
      </dl>
      <p className="card__note">{today.workDay ? breakdown(today) : 'A day off: it doesn’t count for or against your streak.'}</p>
    </section>
  );
}

/** What the breaks were: "2 routines · 1 step away from the desk". */
function breakdown(today: DayFigures): string {
  if (today.breaks === 0) return 'No breaks on record yet today.';
  const away = today.breaks - today.routines;
  const routines = plural(today.routines, 'routine', 'routines');
  const base = away === 0 ? `${routines}, no other breaks` : `${routines} · ${plural(away, 'step', 'steps')} away from the desk`;
  // Breaks that waited for a call or a film to end, then were taken.
  return today.heldThenTaken > 0 ? `${base} · ${today.heldThenTaken} held while you were busy, then taken` : base;
}
