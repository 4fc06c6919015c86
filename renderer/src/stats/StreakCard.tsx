import type { StatsView } from '../../../common/stats';
import { plural } from './format';

/** The streak, and how today stands against the goal. */
export function StreakCard({ streak, today }: Pick<StatsView, 'streak' | 'today'>) {
  const left = Math.max(0, streak.goal - today.routines);
  const status = !today.workDay
    ? 'Days off don’t break it.'
    : left === 0
      ? 'Today counts: goal met.'
      : streak.current > 0
        ? `${left} more today ${left === 1 ? 'keeps' : 'keep'} it going.`
        : today.routines === 0
          ? `${plural(streak.goal, 'routine', 'routines')} today ${streak.goal === 1 ? 'starts' : 'start'} a streak.`
          : `${left} more today ${left === 1 ? 'starts' : 'start'} a streak.`;
  return (
    <section className="card streak" aria-labelledby="streak-heading">
      <h2 id="streak-heading">Streak</h2>
      <div className="streak__line">
        <p className="streak__value">
          <span className="figure__value">{streak.current}</span> {streak.current === 1 ? 'work day' : 'work days'}
        </p>
        {today.workDay && (
          <p className="streak__dots" aria-hidden="true">
            {Array.from({ length: streak.goal }, (_, i) => (
              <span key={i} className={i < today.routines ? 'dot dot--done' : 'dot'} />
            ))}
          </p>
        )}
      </div>
      <p className="streak__status">{status}</p>
      <p className="card__note">
        {streak.best > 0 ? `Best ${plural(streak.best, 'day', 'days')} · goal ${streak.goal} a work day` : `Goal: ${plural(streak.goal, 'routine', 'routines')} a work day`}
      </p>
    </section>
  );
}
