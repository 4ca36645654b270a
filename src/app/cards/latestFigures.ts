// The "latest figures" cards: per metric, the most recent reported running total and the
// spread of totals that publishers gave in the days up to it.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/figureRow.ts';
import {
  betterTotal,
  DAY_MS,
  firstDayAtOrAfter,
  NO_DAY,
  type FigureColumns,
} from '../filters/figureColumns.ts';
import { dayToTime, timeToDay } from '../format/format.ts';

export const RANGE_WINDOW_DAYS = 7;

export interface LatestFigure {
  metric: MetricId;
  latest: FigureRow;
  /** Lowest and highest total in the window ending on the latest date. */
  low: number;
  high: number;
  /** Figures and distinct publishers in that window. */
  count: number;
  publisherCount: number;
}

/**
 * Per metric with dated, reported running totals among the filtered figures (positions in
 * `columns`): the latest, and the totals of the RANGE_WINDOW_DAYS days up to it. Two passes
 * over the columns, so the cards cost little however many figures match.
 */
export function latestFigures(columns: FigureColumns, positions: Uint32Array): LatestFigure[] {
  const { rows, metric, incident, proposed, day, value, days, publisher } = columns;
  const isDatedTotal = (i: number) =>
    incident[i] === 0 && proposed[i] === 0 && (day[i] ?? NO_DAY) !== NO_DAY;
  // The latest day; on it, the total that reads best (betterTotal, as the chart lines pick).
  const better = (i: number, best: number) => {
    const a = day[i] ?? 0;
    const b = day[best] ?? 0;
    return a !== b ? a > b : betterTotal(columns, i, best);
  };
  const latest = new Int32Array(METRIC_IDS.length).fill(-1);
  for (const i of positions) {
    if (!isDatedTotal(i)) continue;
    const m = metric[i] ?? 0;
    const best = latest[m] ?? -1;
    if (best === -1 || better(i, best)) latest[m] = i;
  }
  // The window's first day, as a rank among the distinct days (days compare as strings).
  const windowStart = new Int32Array(METRIC_IDS.length);
  latest.forEach((i, m) => {
    if (i === -1) return;
    const latestDay = days[day[i] ?? 0] ?? '';
    const time = dayToTime(latestDay);
    const start = Number.isNaN(time) ? latestDay : timeToDay(time - RANGE_WINDOW_DAYS * DAY_MS);
    windowStart[m] = firstDayAtOrAfter(days, start);
  });
  const low = new Float64Array(METRIC_IDS.length).fill(Infinity);
  const high = new Float64Array(METRIC_IDS.length).fill(-Infinity);
  const count = new Uint32Array(METRIC_IDS.length);
  const publishers = METRIC_IDS.map(() => new Set<number>());
  for (const i of positions) {
    if (!isDatedTotal(i)) continue;
    const m = metric[i] ?? 0;
    if ((day[i] ?? 0) < (windowStart[m] ?? 0)) continue;
    const v = value[i] ?? 0;
    low[m] = Math.min(low[m] ?? v, v);
    high[m] = Math.max(high[m] ?? v, v);
    count[m] = (count[m] ?? 0) + 1;
    publishers[m]?.add(publisher[i] ?? 0);
  }
  const cards: LatestFigure[] = [];
  METRIC_IDS.forEach((id, m) => {
    const row = rows[latest[m] ?? -1];
    if (!row) return;
    cards.push({
      metric: id,
      latest: row,
      low: low[m] ?? row.value,
      high: high[m] ?? row.value,
      count: count[m] ?? 1,
      publisherCount: publishers[m]?.size ?? 1,
    });
  });
  return cards;
}

const recent = new WeakMap<Uint32Array, LatestFigure[]>();

/** latestFigures remembered per set of filtered figures (see cachedQueryFigures). */
export function cachedLatestFigures(
  columns: FigureColumns,
  positions: Uint32Array,
): LatestFigure[] {
  let cards = recent.get(positions);
  if (!cards) {
    cards = latestFigures(columns, positions);
    recent.set(positions, cards);
  }
  return cards;
}
