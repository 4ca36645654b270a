// What one chart draws, computed from the filtered rows: points per metric, the line joining
// each metric's reported totals, the axes' domains and ticks, and how many figures are left
// off for want of a date.
import type { MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/datasetIndex.ts';
import { dayToTime } from '../format/format.ts';
import type { Scale } from '../url/viewState.ts';

export interface ChartPoint {
  id: string;
  /** asOf as milliseconds since the epoch: the x value. */
  t: number;
  value: number;
  row: FigureRow;
  /** Sideways nudge, in marker widths, so figures of the same day do not hide each other. */
  dodge: number;
}

export interface ChartSeries {
  metric: MetricId;
  points: ChartPoint[];
  /** Reported running totals in date order, joined by a line. */
  totals: ChartPoint[];
}

export interface ChartData {
  series: ChartSeries[];
  pointCount: number;
  /** Figures of the chart's metrics that match the filters but have no asOf. */
  undatedCount: number;
  xDomain: [number, number];
  yDomain: [number, number];
}

const DAY_MS = 86_400_000;

export function chartData(
  rows: readonly FigureRow[],
  metrics: readonly MetricId[],
  scale: Scale,
): ChartData {
  const wanted = new Set(metrics);
  const byMetric = new Map<MetricId, ChartPoint[]>();
  let undatedCount = 0;
  for (const row of rows) {
    if (!wanted.has(row.metric)) continue;
    if (row.asOf === null) {
      undatedCount += 1;
      continue;
    }
    const point = { id: row.id, t: dayToTime(row.asOf), value: row.value, row, dodge: 0 };
    byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), point]);
  }
  const series = metrics
    .filter((metric) => byMetric.has(metric))
    .map((metric) => {
      const points = byMetric.get(metric) ?? [];
      return { metric, points, totals: dailyTotals(points) };
    });
  const all = series.flatMap((s) => s.points);
  spreadSameDay(all);
  return {
    series,
    pointCount: all.length,
    undatedCount,
    xDomain: timeDomain(all.map((p) => p.t)),
    yDomain: valueDomain(
      all.map((p) => p.value),
      scale,
    ),
  };
}

const QUALIFIER_RANK = { exact: 0, approx: 1, at_least: 2, at_most: 2 } as const;

/**
 * The line of a metric: one reported total per day, chosen as the cards choose the latest
 * (exact before hedged, then the larger), so a stray small figure does not zigzag the line.
 */
export function dailyTotals(points: readonly ChartPoint[]): ChartPoint[] {
  const byDay = new Map<number, ChartPoint>();
  for (const point of points) {
    if (point.row.scope !== 'total' || point.row.modality !== 'reported') continue;
    const best = byDay.get(point.t);
    if (
      !best ||
      QUALIFIER_RANK[point.row.qualifier] < QUALIFIER_RANK[best.row.qualifier] ||
      (QUALIFIER_RANK[point.row.qualifier] === QUALIFIER_RANK[best.row.qualifier] &&
        point.value > best.value)
    ) {
      byDay.set(point.t, point);
    }
  }
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

const MAX_DODGE = 2.5;

/** Figures of one day sit side by side, in value order, centred on their day. */
function spreadSameDay(points: ChartPoint[]): void {
  const byDay = new Map<number, ChartPoint[]>();
  for (const point of points) byDay.set(point.t, [...(byDay.get(point.t) ?? []), point]);
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
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * 0.04, 16 * DAY_MS);
  return [min - pad, max + pad];
}

/** Linear charts start at zero; log charts span whole powers of ten around the values. */
export function valueDomain(values: readonly number[], scale: Scale): [number, number] {
  const max = values.length > 0 ? Math.max(...values) : 1;
  if (scale === 'log') {
    const min = values.length > 0 ? Math.min(...values) : 1;
    // A little headroom above the largest value rather than a whole empty power of ten.
    return [10 ** Math.floor(Math.log10(min)), Math.max(10, max * 1.6)];
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
  return Math.log10(Math.max(...values) / Math.min(...values));
}

/** Powers of ten within a log domain. */
export function logTicks([min, max]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let p = Math.round(Math.log10(min)); 10 ** p <= max; p += 1) ticks.push(10 ** p);
  return ticks;
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
