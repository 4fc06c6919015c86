import { useId } from 'react';
import type { DayFigures } from '../../../common/stats';
import { CHART, layoutChart } from './chartGeometry';
import type { TimeFormatter } from '../../../common/timeFormat';
import { chartSummary, formatDuration, formatMinutes } from './format';

interface DayChartProps {
  readonly days: readonly DayFigures[];
  readonly goal: number;
  /** The user's locale and hour cycle (from the snapshot). */
  readonly format: TimeFormatter;
}

/**
 * Routines (and other breaks) per day as bars, with the streak goal as a line. The SVG is a
 * picture for the eye; screen readers get its summary and the same numbers as a table.
 */
export function DayChart({ days, goal, format }: DayChartProps) {
  const ids = useId();
  const layout = layoutChart(days, goal, format);
  const dense = days.length > 7;
  const { left, width, top } = CHART;
  const right = width - CHART.right;
  return (
    <figure className="chart">
      <svg
        className={dense ? 'chart__svg chart__svg--dense' : 'chart__svg'}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${ids}-summary`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${ids}-summary`}>{chartSummary(days, goal)}</title>
        {layout.bars.map((b) =>
          b.workDay ? null : <rect key={`off-${b.date}`} className="chart__off" x={b.x - (layout.band - b.width) / 2} y={top} width={layout.band} height={layout.baseline - top} />,
        )}
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line className="chart__grid" x1={left} x2={right} y1={t.y} y2={t.y} />
            <text className="chart__tick" x={left - 8} y={t.y} dy="0.35em" textAnchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {layout.bars.map((b) => (
          <g key={b.date} className={b.today ? 'chart__day chart__day--today' : 'chart__day'}>
            {b.breaksY < b.routinesY && <rect className="chart__breaks" x={b.x} y={b.breaksY} width={b.width} height={b.routinesY - b.breaksY} rx={2} />}
            {b.routinesY < layout.baseline && <rect className="chart__routines" x={b.x} y={b.routinesY} width={b.width} height={layout.baseline - b.routinesY} rx={2} />}
            {!dense && b.routines > 0 && (
              <text className="chart__value" x={b.x + b.width / 2} y={b.routinesY + 14} textAnchor="middle">
                {b.routines}
              </text>
            )}
            {b.label && (
              <text className="chart__label" x={b.x + b.width / 2} y={layout.baseline + 17} textAnchor="middle">
                {b.label}
              </text>
            )}
          </g>
        ))}
        <line className="chart__axis" x1={left} x2={right} y1={layout.baseline} y2={layout.baseline} />
        <line className="chart__goal" x1={left} x2={right} y1={layout.goalY} y2={layout.goalY} />
        <text className="chart__goal-label" x={right + 6} y={layout.goalY} dy="0.35em">
          goal {goal}
        </text>
      </svg>
      <figcaption className="chart__legend" aria-hidden="true">
        <span className="legend legend--routines">Routines</span>
        <span className="legend legend--breaks">Other breaks</span>
        <span className="legend legend--off">Day off</span>
      </figcaption>
      {/* The wrapper hides it: a table ignores the 1 px height it is given and would take room. */}
      <div className="visually-hidden">
        <table>
          <caption>Your last {days.length} days, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Routines</th>
              <th scope="col">Breaks</th>
              <th scope="col">Minutes moved</th>
              <th scope="col">Longest sitting</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  {format.longDate(d.date)}
                  {d.workDay ? '' : ' (day off)'}
                </th>
                <td>{d.routines}</td>
                <td>{d.breaks}</td>
                <td>{formatMinutes(d.minutesMoved)}</td>
                <td>{d.longestSittingMinutes === null ? 'none recorded' : formatDuration(d.longestSittingMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
