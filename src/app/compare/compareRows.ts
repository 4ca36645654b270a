// One metric compared across sources or publishers (view=compare): per source (or publisher),
// the reported running totals it gave over time, one a day (chosen as the chart lines and the
// cards choose: exact before hedged, then the larger), its latest, and how far apart the
// latest figures are. One pass over the filtered figures' columns. Pure.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import {
  betterTotal,
  DAY_MS,
  metricIndex,
  NO_DAY,
  type FigureColumns,
} from '../filters/figureColumns.ts';
import type { CompareBy } from '../url/viewState.ts';

export interface ComparePoint {
  /** The day as ms since the epoch. */
  t: number;
  value: number;
  /** The figure's position in the columns. */
  position: number;
}

export interface CompareRow {
  /** The source or publisher key. */
  key: string;
  /** One total a day, in day order; the last is the latest. */
  points: ComparePoint[];
  /** Reported running totals of the metric it gave (all of them, not one a day). */
  count: number;
}

export interface Comparison {
  metric: MetricId;
  by: CompareBy;
  /** Highest latest figure first. */
  rows: CompareRow[];
  /** The rows with the lowest and the highest latest figure, and high ÷ low. */
  lowest: CompareRow | null;
  highest: CompareRow | null;
  ratio: number | null;
  /** The first and last day drawn, in ms; the largest value drawn. */
  xDomain: [number, number];
  maxValue: number;
  minValue: number;
  /** Figures of the metric left out: proposed, incidents, or with no day at all. */
  leftOut: number;
}

export const latestOf = (row: CompareRow): ComparePoint => {
  const last = row.points[row.points.length - 1];
  if (!last) throw new Error(`row ${row.key} has no points`);
  return last;
};

/** The metric with most reported, dated running totals among the figures (the default one). */
export function mostReportedMetric(columns: FigureColumns, positions: Uint32Array): MetricId {
  const counts = new Uint32Array(METRIC_IDS.length);
  for (const i of positions) {
    if (columns.incident[i] === 1 || columns.proposed[i] === 1) continue;
    if ((columns.day[i] ?? NO_DAY) === NO_DAY) continue;
    const m = columns.metric[i] ?? 0;
    counts[m] = (counts[m] ?? 0) + 1;
  }
  let best = 0;
  counts.forEach((count, m) => {
    if (count > (counts[best] ?? 0)) best = m;
  });
  return METRIC_IDS[best] ?? 'gaza_killed';
}

/**
 * positions: the filtered figures; columns: on the chart's time axis (timeAxis.ts), so that
 * x by publication day compares what was published when.
 */
export function compareRows(
  columns: FigureColumns,
  positions: Uint32Array,
  metric: MetricId,
  by: CompareBy,
): Comparison {
  const m = metricIndex.get(metric) ?? 0;
  const keys = by === 'source' ? columns.sourceKeys : columns.publisherKeys;
  const groupOf = by === 'source' ? columns.source : columns.publisher;
  const dayCount = columns.days.length;
  // The best total of each group and day: slot group × days + day rank.
  const best = new Map<number, number>();
  const counts = new Uint32Array(keys.length);
  let leftOut = 0;
  for (const i of positions) {
    if (columns.metric[i] !== m) continue;
    const day = columns.day[i] ?? NO_DAY;
    if (columns.incident[i] === 1 || columns.proposed[i] === 1 || day === NO_DAY) {
      leftOut += 1;
      continue;
    }
    const g = groupOf[i] ?? 0;
    counts[g] = (counts[g] ?? 0) + 1;
    const slot = g * dayCount + day;
    const known = best.get(slot);
    if (known === undefined || betterTotal(columns, i, known)) best.set(slot, i);
  }
  const byGroup = new Map<number, ComparePoint[]>();
  for (const [slot, i] of best) {
    const g = Math.floor(slot / dayCount);
    const point = {
      t: (columns.dayNumber[i] ?? 0) * DAY_MS,
      value: columns.value[i] ?? 0,
      position: i,
    };
    const list = byGroup.get(g);
    if (list) list.push(point);
    else byGroup.set(g, [point]);
  }
  const rows: CompareRow[] = [];
  let tMin = Infinity;
  let tMax = -Infinity;
  let maxValue = 0;
  let minValue = Infinity;
  for (const [g, points] of byGroup) {
    points.sort((a, b) => a.t - b.t);
    for (const p of points) {
      tMin = Math.min(tMin, p.t);
      tMax = Math.max(tMax, p.t);
      maxValue = Math.max(maxValue, p.value);
      minValue = Math.min(minValue, p.value);
    }
    rows.push({ key: keys[g] ?? '', points, count: counts[g] ?? 0 });
  }
  rows.sort((a, b) => latestOf(b).value - latestOf(a).value || (a.key < b.key ? -1 : 1));
  const highest = rows[0] ?? null;
  const lowest = rows[rows.length - 1] ?? null;
  return {
    metric,
    by,
    rows,
    lowest,
    highest,
    ratio: highest && lowest ? latestOf(highest).value / latestOf(lowest).value : null,
    xDomain: rows.length === 0 ? [0, 0] : [tMin, tMax],
    maxValue,
    minValue: rows.length === 0 ? 0 : minValue,
    leftOut,
  };
}
