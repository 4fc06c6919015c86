import { describe, expect, it } from 'vitest';
import type { DayFigures } from '../../../common/stats';
import { CHART, axisMax, layoutChart, tickStep } from '../../../renderer/src/stats/chartGeometry';
import { chartSummary, formatDuration, formatMinutes, isQuiet } from '../../../renderer/src/stats/format';
import { FALLBACK_TIME_FORMAT, timeFormatter } from '../../../common/timeFormat';

const enUS = timeFormatter({ locale: 'en-US', hourCycle: 'h12' });
import { emptyStatsView, sampleStatsView } from '../../support/statsFixtures';

const day = (date: string, routines: number, breaks = routines, workDay = true): DayFigures => ({
  date,
  routines,
  heldThenTaken: 0,
  breaks,
  minutesMoved: routines * 2.5,
  longestSittingMinutes: routines ? 45 : null,
  workDay,
});

describe('the stats chart’s geometry', () => {
  it('keeps the goal line inside the plot, below the top', () => {
    expect(axisMax([day('2026-03-09', 0)], 3)).toBe(4);
    expect(axisMax([day('2026-03-09', 9, 12)], 3)).toBe(15); // steps of 5
    const layout = layoutChart([day('2026-03-09', 1)], 10, timeFormatter(FALLBACK_TIME_FORMAT));
    expect(layout.goalY).toBeGreaterThan(CHART.top);
    expect(layout.goalY).toBeLessThan(layout.baseline);
  });

  it('uses 1-2-5 steps with at most five gridlines above zero', () => {
    for (const max of [1, 3, 4, 6, 11, 24, 49, 120]) {
      const step = tickStep(max);
      expect(max / step).toBeLessThanOrEqual(5);
      expect([1, 2, 5].includes(step / 10 ** Math.floor(Math.log10(step)))).toBe(true);
    }
  });

  it('draws routines from the baseline and other breaks stacked on top', () => {
    const layout = layoutChart([day('2026-03-09', 2, 5), day('2026-03-10', 0, 0)], 3, timeFormatter(FALLBACK_TIME_FORMAT));
    const [a, b] = layout.bars;
    expect(a!.routinesY).toBeLessThan(layout.baseline);
    expect(a!.breaksY).toBeLessThan(a!.routinesY);
    expect(b!.routinesY).toBe(layout.baseline);
    expect(b!.breaksY).toBe(layout.baseline);
  });

  it('labels every day of a week, and only Mondays (by date) and today in a month', () => {
    const week = layoutChart(sampleStatsView().last7, 3, enUS);
    expect(week.bars.map((b) => b.label)).toEqual(['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Today']);
    const month = layoutChart(sampleStatsView().last30, 3, enUS);
    expect(month.bars.filter((b) => b.label).map((b) => b.label)).toEqual(['Feb 16', 'Feb 23', 'Mar 2', 'Mar 9', 'Today']);
    for (const b of month.bars) expect(b.x + b.width).toBeLessThanOrEqual(CHART.width - CHART.right);
  });
});

describe('the stats wording', () => {
  it('formats minutes and durations without fake precision', () => {
    expect([0, 0.5, 4.8, 9.96, 12.4, 75].map(formatMinutes)).toEqual(['0', '0.5', '4.8', '10', '12', '75']);
    expect([5, 59, 60, 72, 120].map(formatDuration)).toEqual(['5 min', '59 min', '1 h', '1 h 12 min', '2 h']);
  });

  it('reads a local date without shifting it by the browser’s zone', () => {
    expect(enUS.longDate('2026-03-13')).toBe('Friday, March 13');
    expect(timeFormatter({ locale: 'en-GB', hourCycle: 'h23' }).longDate('2026-03-13')).toBe('Friday 13 March');
  });

  it('tells an empty month from a month of zeros', () => {
    expect(isQuiet(emptyStatsView().last30)).toBe(true);
    expect(isQuiet(sampleStatsView().last30)).toBe(false);
  });

  it('summarises the chart for a screen reader', () => {
    expect(chartSummary([day('2026-03-09', 3), day('2026-03-10', 1), day('2026-03-14', 4, 4, false)], 3)).toBe(
      'Routines per day over the last 3 days: 8 routines in all; the goal of 3 was met on 1 of 2 work days.',
    );
  });
});
