/**
 * The bar chart's geometry, apart from React so it can be reasoned about (and tested) alone.
 * Coordinates are SVG user units in a fixed viewBox; the SVG scales to its box.
 */
import type { DayFigures } from '../../../common/stats';
import type { TimeFormatter } from '../../../common/timeFormat';
import { isoWeekday } from './format';

export const CHART = { width: 640, height: 196, left: 28, right: 44, top: 14, bottom: 26 } as const;

export interface Bar {
  readonly date: string;
  readonly x: number;
  readonly width: number;
  /** Top of the routines segment and of the whole (breaks) bar; equal to `baseline` when zero. */
  readonly routinesY: number;
  readonly breaksY: number;
  readonly workDay: boolean;
  readonly today: boolean;
  readonly label: string | null;
  readonly routines: number;
}

export interface ChartLayout {
  readonly bars: readonly Bar[];
  readonly baseline: number;
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly goalY: number;
  /** Width of the band behind a day (bars are narrower than their band). */
  readonly band: number;
}

/** A top for the axis: at least the goal plus one, so the goal line never sits on the top edge. */
export function axisMax(days: readonly DayFigures[], goal: number): number {
  const peak = Math.max(goal + 1, ...days.map((d) => d.breaks));
  const step = tickStep(peak);
  return Math.ceil(peak / step) * step;
}

/** 1, 2 or 5 × 10ⁿ, giving at most 5 gridlines. */
export function tickStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const s of [1, 2, 5]) if (max / (s * magnitude) <= 5) return s * magnitude;
  }
}

export function layoutChart(days: readonly DayFigures[], goal: number, format: TimeFormatter): ChartLayout {
  const { width, height, left, right, top, bottom } = CHART;
  const plotWidth = width - left - right;
  const baseline = height - bottom;
  const max = axisMax(days, goal);
  const y = (v: number) => baseline - (v / max) * (baseline - top);
  const band = plotWidth / days.length;
  const barWidth = Math.min(band * (days.length <= 7 ? 0.56 : 0.68), 48);
  const dense = days.length > 7;
  const bars = days.map((d, i): Bar => {
    const today = i === days.length - 1;
    return {
      date: d.date,
      x: left + i * band + (band - barWidth) / 2,
      width: barWidth,
      routinesY: y(d.routines),
      breaksY: y(Math.max(d.breaks, d.routines)),
      workDay: d.workDay,
      today,
      // Thirty labels do not fit: name Mondays by their date, and today.
      // (A Monday just before today would collide with "Today", so it goes unlabelled.)
      label: today ? 'Today' : !dense ? format.dateWeekdayShort(d.date) : isoWeekday(d.date) === 1 && i < days.length - 3 ? format.shortDate(d.date) : null,
      routines: d.routines,
    };
  });
  const step = tickStep(max);
  const ticks = [];
  for (let v = 0; v <= max; v += step) ticks.push({ value: v, y: y(v) });
  return { bars, baseline, ticks, goalY: y(goal), band };
}
