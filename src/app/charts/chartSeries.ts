// What one chart draws, computed from the filtered figures (their positions in the columns):
// points per metric, the line joining each metric's reported totals, the axes' domains and
// ticks, and how many figures are left off for want of a date. Past MARK_BUDGET points a chart
// sums crowded figures up into marks (chartMarks.ts), so it stays legible and quick however
// many figures match.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import type { RowLookup } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import {
  betterTotal,
  DAY_MS,
  metricIndex,
  NO_DAY,
  type FigureColumns,
} from '../filters/figureColumns.ts';
import { dayToTime, timeToDay } from '../format/format.ts';
import type { Scale } from '../url/viewState.ts';
import { binOf } from './chartBins.ts';
import { summarize, type Binning, type ChartBucket } from './chartMarks.ts';
import { pointAt, type ChartPoint } from './chartPoint.ts';

export interface ChartSeries {
  metric: MetricId;
  /** Figures drawn one by one: all of them, or when summed up, lone figures and outliers. */
  points: ChartPoint[];
  /** Marks that each stand for several figures (empty unless the chart sums up). */
  buckets: ChartBucket[];
  /** Reported running totals in date order, joined by a line (one vertex per span when summed up). */
  totals: ChartPoint[];
  /** The line's totals day by day, as the line would join them unsummed (for the CSV). */
  dailyTotals: ChartPoint[];
}

export interface ChartData {
  series: ChartSeries[];
  /** Dated figures that match: drawn one by one or summed up in a mark. */
  pointCount: number;
  /** Marks drawn: single figures plus summary marks. */
  markCount: number;
  /** How figures are summed up, or null when every figure is its own mark. */
  binning: Binning | null;
  /** Drawn figures whose day is their article's publication day ("dated by the report"). */
  reportDatedCount: number;
  /** Figures of the chart's metrics that match the filters but have no day at all. */
  undatedCount: number;
  /** The first and last day drawn, YYYY-MM-DD (null when nothing is). */
  firstDay: string | null;
  lastDay: string | null;
  /** Publisher keys with a dated figure here, most figures in the dataset first. */
  publishers: string[];
  /** Powers of ten between the smallest and largest value (see decadesSpanned). */
  decades: number;
  xDomain: [number, number];
  /** The smallest and largest value drawn (empty when none): the value axis follows from it. */
  valueRange: readonly number[];
  yDomain: [number, number];
}

/**
 * At most this many marks per chart (1,200 on the page): enough for a mark a week over two
 * years for each of a chart's metrics, few enough to read and to redraw within a frame or two.
 */
export const MARK_BUDGET = 600;

// By columns too: a chart on the publication axis has columns of its own (timeAxis.ts).
const recent = new WeakMap<FigureColumns, WeakMap<Uint32Array, Map<string, ChartData>>>();

/**
 * chartData remembered per set of filtered figures (the same positions array when a filter is
 * turned off again; see cachedQueryFigures), chart and scale. The scale changes only the value
 * axis: switching it reuses the other scale's series and marks.
 */
export function cachedChartData(
  columns: FigureColumns,
  positions: Uint32Array,
  metrics: readonly MetricId[],
  scale: Scale,
): ChartData {
  let forColumns = recent.get(columns);
  if (!forColumns) {
    forColumns = new WeakMap();
    recent.set(columns, forColumns);
  }
  let forPositions = forColumns.get(positions);
  if (!forPositions) {
    forPositions = new Map();
    forColumns.set(positions, forPositions);
  }
  const key = `${metrics.join()}|${scale}`;
  let data = forPositions.get(key);
  if (!data) {
    const other = forPositions.get(`${metrics.join()}|${scale === 'log' ? 'linear' : 'log'}`);
    data = other
      ? { ...other, yDomain: valueDomain(other.valueRange, scale) }
      : chartData(columns, positions, metrics, scale);
    forPositions.set(key, data);
  }
  return data;
}

/**
 * positions: the filtered figures, as positions in `columns` (any order).
 * budget: past this many dated figures, crowded ones are summed up.
 */
export function chartData(
  columns: FigureColumns,
  positions: Uint32Array,
  metrics: readonly MetricId[],
  scale: Scale,
  budget = MARK_BUDGET,
): ChartData {
  const wanted = new Uint8Array(METRIC_IDS.length);
  for (const metric of metrics) wanted[metricIndex.get(metric) ?? 0] = 1;
  const mine = new Uint32Array(positions.length);
  const hasPublisher = new Uint8Array(columns.publisherKeys.length);
  const perMetric = new Uint32Array(METRIC_IDS.length);
  let count = 0;
  let undatedCount = 0;
  let reportDatedCount = 0;
  let min = Infinity;
  let max = -Infinity;
  let dayMin = Infinity;
  let dayMax = -Infinity;
  for (let k = 0; k < positions.length; k += 1) {
    const i = positions[k] ?? 0;
    const m = columns.metric[i] ?? 0;
    if (wanted[m] !== 1) continue;
    if (columns.day[i] === NO_DAY) {
      undatedCount += 1;
      continue;
    }
    mine[count] = i;
    count += 1;
    reportDatedCount += columns.fromReport[i] ?? 0;
    perMetric[m] = (perMetric[m] ?? 0) + 1;
    hasPublisher[columns.publisher[i] ?? 0] = 1;
    const value = columns.value[i] ?? 0;
    const day = columns.dayNumber[i] ?? 0;
    if (value < min) min = value;
    if (value > max) max = value;
    if (day < dayMin) dayMin = day;
    if (day > dayMax) dayMax = day;
  }
  const dated = mine.subarray(0, count);
  const present = metrics.filter((metric) => (perMetric[metricIndex.get(metric) ?? 0] ?? 0) > 0);
  const summary = count > budget ? summarize(columns, dated, budget) : null;
  const all = summary ? null : groupByMetric(columns, dated);
  const daily = dailyTotals(columns, dated);
  const series = present.map((metric): ChartSeries => {
    const days = daily.get(metric) ?? [];
    return {
      metric,
      points: (summary ? summary.points : all)?.get(metric) ?? [],
      buckets: summary?.buckets.get(metric) ?? [],
      totals: summary ? binnedLine(days, summary.binning) : days,
      dailyTotals: days,
    };
  });
  // Single figures of one day sit side by side; summary marks sit in the middle of their span.
  spreadSameDay(series.flatMap((s) => s.points));
  const valueRange = count === 0 ? [] : [min, max];
  return {
    series,
    pointCount: count,
    markCount: series.reduce((sum, s) => sum + s.points.length + s.buckets.length, 0),
    binning: summary?.binning ?? null,
    reportDatedCount,
    undatedCount,
    firstDay: count === 0 ? null : timeToDay(dayMin * DAY_MS),
    lastDay: count === 0 ? null : timeToDay(dayMax * DAY_MS),
    publishers: columns.publisherKeys.filter((_, p) => hasPublisher[p] === 1),
    decades: count === 0 ? 0 : decadesSpanned([min, max]),
    xDomain: timeDomain(count === 0 ? [] : [dayMin * DAY_MS, dayMax * DAY_MS]),
    valueRange,
    yDomain: valueDomain(valueRange, scale),
  };
}

function groupByMetric(columns: FigureColumns, dated: Uint32Array): Map<MetricId, ChartPoint[]> {
  const byMetric = new Map<MetricId, ChartPoint[]>();
  for (const i of dated) {
    const point = pointAt(columns, i);
    const list = byMetric.get(point.row.metric);
    if (list) list.push(point);
    else byMetric.set(point.row.metric, [point]);
  }
  return byMetric;
}

/**
 * The line of each metric: one reported total per day, chosen as the cards choose the latest
 * (exact before hedged, then the larger), so a stray small figure does not zigzag the line.
 * When the chart sums figures up, the line has one vertex per span instead (binnedLine).
 */
function dailyTotals(columns: FigureColumns, dated: Uint32Array): Map<MetricId, ChartPoint[]> {
  // The best total of each day and metric, by day rank: days come out in order.
  const metrics = METRIC_IDS.length;
  const best = new Int32Array(columns.days.length * metrics).fill(-1);
  for (const i of dated) {
    if (columns.incident[i] === 1 || columns.proposed[i] === 1) continue;
    const slot = (columns.day[i] ?? 0) * metrics + (columns.metric[i] ?? 0);
    const known = best[slot] ?? -1;
    if (known === -1 || betterTotal(columns, i, known)) best[slot] = i;
  }
  const byMetric = new Map<MetricId, ChartPoint[]>();
  for (const i of best) {
    if (i === -1) continue;
    const point = pointAt(columns, i);
    const list = byMetric.get(point.row.metric);
    if (list) list.push(point);
    else byMetric.set(point.row.metric, [point]);
  }
  return byMetric;
}

/**
 * A line of daily totals summed up by span: one vertex in the middle of each span, the median
 * of its days' totals, which follows the summary marks instead of every day's noise.
 */
function binnedLine(daily: readonly ChartPoint[], binning: Binning): ChartPoint[] {
  const line: ChartPoint[] = [];
  let start = 0;
  while (start < daily.length) {
    const [first, last] = binOf(binning.unit, Math.round((daily[start]?.t ?? 0) / DAY_MS));
    let end = start;
    while (end < daily.length && Math.round((daily[end]?.t ?? 0) / DAY_MS) <= last) end += 1;
    const span = daily.slice(start, Math.max(end, start + 1)).sort((a, b) => a.value - b.value);
    const median = span[Math.floor((span.length - 1) / 2)];
    if (median) line.push({ ...median, t: ((first + last) / 2) * DAY_MS });
    start = Math.max(end, start + 1);
  }
  return line;
}

/**
 * Figures to draw on their own although the chart sums them up: the selected one and the one
 * hovered in the list, when they match the filters and belong to this chart.
 */
export function pinnedPoints(
  data: ChartData,
  ids: readonly (string | null)[],
  positions: Uint32Array,
  rowById: RowLookup,
  dayOf: (row: FigureRow) => string | null = (row) => row.day,
): ChartPoint[] {
  if (!data.binning) return [];
  const pinned: ChartPoint[] = [];
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const row = rowById.get(id);
    const day = row ? dayOf(row) : null;
    if (!row || day === null) continue;
    if (!data.series.some((s) => s.metric === row.metric)) continue;
    if (data.series.some((s) => s.points.some((p) => p.id === id))) continue;
    if (!positions.includes(row.position)) continue;
    pinned.push({ id, t: dayToTime(day), value: row.value, row, dodge: 0 });
  }
  return pinned;
}

const MAX_DODGE = 2.5;

/** Figures of one day sit side by side, in value order, centred on their day. */
function spreadSameDay(points: ChartPoint[]): void {
  const byDay = new Map<number, ChartPoint[]>();
  for (const point of points) {
    const group = byDay.get(point.t);
    if (group) group.push(point);
    else byDay.set(point.t, [point]);
  }
  for (const group of byDay.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : 1));
    const step = Math.min(1, (2 * MAX_DODGE) / (group.length - 1));
    group.forEach((point, i) => {
      point.dodge = (i - (group.length - 1) / 2) * step;
    });
  }
}

/** The days shown, padded so no point sits on the plot's edge; a month around a lone day. */
export function timeDomain(times: readonly number[]): [number, number] {
  if (times.length === 0) {
    const now = Date.UTC(2024, 0, 1);
    return [now - 30 * DAY_MS, now + 30 * DAY_MS];
  }
  const min = times.reduce((a, b) => Math.min(a, b));
  const max = times.reduce((a, b) => Math.max(a, b));
  const pad = Math.max((max - min) * 0.04, 16 * DAY_MS);
  return [min - pad, max + pad];
}

/** Linear charts start at zero; log charts span whole powers of ten around the values. */
export function valueDomain(values: readonly number[], scale: Scale): [number, number] {
  const max = values.length > 0 ? values.reduce((a, b) => Math.max(a, b)) : 1;
  if (scale === 'log') {
    const min = values.length > 0 ? values.reduce((a, b) => Math.min(a, b)) : 1;
    const power = 10 ** Math.floor(Math.log10(min));
    // The power of ten below the smallest value, or half of it when that value is (nearly) the
    // power itself, so that no figure sits on the axis (a release of 1 on a floor of 1).
    const floor = min < power * 1.5 ? power / 2 : power;
    // A little headroom above the largest value rather than a whole empty power of ten, but
    // room for three ticks when the values are few or close (one value: 232 gets 100–371).
    return [floor, Math.max(10, max * 1.6, floor * 3.5)];
  }
  return [0, niceCeiling(max * 1.05)];
}

function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** Four or five evenly spaced round ticks from zero to the top of a linear domain. */
export function linearTicks([min, max]: [number, number]): number[] {
  const power = 10 ** Math.floor(Math.log10(max));
  const step =
    [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5]
      .map((m) => m * power)
      .find(
        (s) => (max - min) / s <= 5 && Number.isInteger(Math.round(((max - min) / s) * 1e9) / 1e9),
      ) ?? max - min;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** How many powers of ten the values span: a wide spread reads better on a log axis. */
export function decadesSpanned(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return Math.log10(
    values.reduce((a, b) => Math.max(a, b)) / values.reduce((a, b) => Math.min(a, b)),
  );
}

/**
 * Ticks of a log domain: its powers of ten; where that gives fewer than three (a chart of one
 * value, or values within a hundredfold), 1, 2 and 5 times them, then every step between.
 */
export function logTicks([min, max]: [number, number]): number[] {
  const first = Math.floor(Math.log10(min) + 1e-9);
  const at = (multiples: readonly number[]) => {
    const ticks: number[] = [];
    for (let p = first; 10 ** p <= max; p += 1) {
      for (const m of multiples) {
        const t = Math.round(m * 10 ** p * 1e6) / 1e6;
        if (t >= min * (1 - 1e-9) && t <= max) ticks.push(t);
      }
    }
    return ticks;
  };
  for (const multiples of [[1], [1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]]) {
    const ticks = at(multiples);
    if (ticks.length >= 3) return ticks;
  }
  return at([1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

/**
 * Ticks of the time axis: first days of months, or, when fewer than two months begin within
 * the domain (a chart of one day or a few weeks), Mondays, thinned to at most maxTicks.
 */
export function timeTicks(
  domain: [number, number],
  maxTicks: number,
): { unit: 'month' | 'day'; ticks: number[] } {
  const months = monthTicks(domain, maxTicks);
  if (months.length >= 2) return { unit: 'month', ticks: months };
  const [start, end] = domain;
  const firstDay = Math.ceil(start / DAY_MS);
  // 1970-01-01 was a Thursday; day 4 was a Monday.
  const monday = firstDay + ((((4 - firstDay) % 7) + 7) % 7);
  const mondays: number[] = [];
  for (let day = monday; day * DAY_MS <= end; day += 7) mondays.push(day * DAY_MS);
  const stride = Math.max(1, Math.ceil(mondays.length / Math.max(1, maxTicks)));
  return { unit: 'day', ticks: mondays.filter((_, i) => i % stride === 0) };
}

/** First days of months within the domain, thinned to at most maxTicks. */
export function monthTicks([start, end]: [number, number], maxTicks: number): number[] {
  const first = new Date(start);
  const months: number[] = [];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  for (;;) {
    if (month > 11) {
      year += 1;
      month = 0;
    }
    const t = Date.UTC(year, month, 1);
    if (t > end) break;
    if (t >= start) months.push(t);
    month += 1;
  }
  const stride = Math.max(1, Math.ceil(months.length / Math.max(1, maxTicks)));
  return months.filter((_, i) => i % stride === 0);
}
