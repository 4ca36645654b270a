// The chart's frame in numbers: its height for a width, the margins and axis sizes around the
// plot, the plot's place, the axes' scales and tick labels, and the words a screen reader hears
// for it. FigureChart hands these to Recharts; the first view drawn at build time
// (StaticChart.tsx) draws its own axes with them, so both frames are one frame. Pure.
import { formatDay, formatDayMonth, formatMonth, formatNumber } from '../format/format.ts';
import { LABEL_ROOM } from '../events/eventLayout.ts';
import type { Scale } from '../url/viewState.ts';
import { BIN_WORDS } from './chartBins.ts';
import type { PlotArea } from './chartScales.ts';
import type { ChartData } from './chartSeries.ts';

export const CHART_MARGIN = { top: 14, right: 18, bottom: 0, left: 0 };
/** With the war's events, their labels sit above the plot, clear of the figures. */
export const EVENTS_MARGIN = { ...CHART_MARGIN, top: CHART_MARGIN.top + LABEL_ROOM };
/** The value axis' width and the time axis' height (tick labels and the axis title). */
export const Y_AXIS_WIDTH = 48;
export const X_AXIS_HEIGHT = 48;
/** Below this width a chart is drawn lower. */
export const NARROW_CHART_WIDTH = 500;
/** Tick labels' size, and where the time axis' title sits above the axis' bottom. */
export const TICK_FONT_SIZE = 12;
export const AXIS_TITLE_OFFSET = 5;
/** Recharts' defaults: a tick's line, and the gap between it and its label. */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;

/** The chart's height: the plot keeps its height when the events' labels take room above it. */
export function chartHeight(width: number, withEvents: boolean): number {
  return (width < NARROW_CHART_WIDTH ? 260 : 300) + (withEvents ? LABEL_ROOM : 0);
}

/** At most this many time ticks: one per 90 px. */
export function maxTimeTicks(width: number): number {
  return Math.max(2, Math.floor(width / 90));
}

/** Where the plot is inside a chart of this size, as Recharts lays it out with the axes above. */
export function plotAreaOf(width: number, height: number, withEvents: boolean): PlotArea {
  const margin = withEvents ? EVENTS_MARGIN : CHART_MARGIN;
  const x = margin.left + Y_AXIS_WIDTH;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, width - x - margin.right),
    height: Math.max(0, height - y - margin.bottom - X_AXIS_HEIGHT),
  };
}

/**
 * A value → pixel scale over `domain` onto `range`, linear or base-10 log, as Recharts' axes
 * (d3's scaleLinear and scaleLog with an explicit domain) map it; NaN where a log axis places
 * nothing (zero or less).
 */
export function axisScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  scale: Scale,
): (value: number) => number {
  if (scale === 'log') {
    const l0 = Math.log10(d0);
    const span = Math.log10(d1) - l0;
    return (value) =>
      value > 0
        ? span === 0
          ? (r0 + r1) / 2
          : r0 + ((Math.log10(value) - l0) / span) * (r1 - r0)
        : NaN;
  }
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });
export const formatMonthTick = (t: number) => formatMonth(t);
export const formatDayTick = (t: number) => formatDayMonth(t);
export const formatValueTick = (v: number) => compact.format(v);

/** What a screen reader hears for a chart: how many figures, which days, how they are drawn. */
export function chartDescription(data: ChartData, scale: Scale): string {
  const days =
    data.firstDay === null || data.lastDay === null
      ? ''
      : data.firstDay === data.lastDay
        ? ` on ${formatDay(data.firstDay)}`
        : ` from ${formatDay(data.firstDay)} to ${formatDay(data.lastDay)}`;
  const axis = scale === 'log' ? ', on a log scale' : '';
  return data.binning
    ? `${formatNumber(data.pointCount)} dated figures${days}${axis}, shown as ${formatNumber(data.markCount)} marks: figures of ${BIN_WORDS[data.binning.unit]} and one metric${data.binning.byPublisher ? ' and publisher' : ''} are summed up as their median and range. The table view lists the marks; the list has every figure.`
    : `${formatNumber(data.pointCount)} dated ${data.pointCount === 1 ? 'figure' : 'figures'} plotted${days}${axis}. The table view lists the same figures.`;
}
