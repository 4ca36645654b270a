// The "latest figures" cards: per metric, the most recent reported running total and the
// spread of totals that publishers gave in the days up to it.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/datasetIndex.ts';
import { dayToTime } from '../format/format.ts';

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

const DAY_MS = 86_400_000;
const QUALIFIER_RANK = { exact: 0, approx: 1, at_least: 2, at_most: 2 } as const;

/** Reported running totals with a date are what a "latest total" can be made of. */
function isDatedTotal(row: FigureRow): row is FigureRow & { asOf: string } {
  return row.scope === 'total' && row.modality === 'reported' && row.asOf !== null;
}

export function latestFigures(rows: readonly FigureRow[]): LatestFigure[] {
  const byMetric = new Map<MetricId, (FigureRow & { asOf: string })[]>();
  for (const row of rows) {
    if (!isDatedTotal(row)) continue;
    byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
  }
  const cards: LatestFigure[] = [];
  for (const metric of METRIC_IDS) {
    const totals = byMetric.get(metric);
    if (!totals) continue;
    // On the latest day, prefer an exact figure, then the larger one, then a stable id.
    const latest = totals.reduce((best, row) =>
      row.asOf > best.asOf ||
      (row.asOf === best.asOf &&
        (QUALIFIER_RANK[row.qualifier] < QUALIFIER_RANK[best.qualifier] ||
          (QUALIFIER_RANK[row.qualifier] === QUALIFIER_RANK[best.qualifier] &&
            (row.value > best.value || (row.value === best.value && row.id < best.id)))))
        ? row
        : best,
    );
    const windowStart = dayToTime(latest.asOf) - RANGE_WINDOW_DAYS * DAY_MS;
    const inWindow = totals.filter((row) => dayToTime(row.asOf) >= windowStart);
    const values = inWindow.map((row) => row.value);
    cards.push({
      metric,
      latest,
      low: Math.min(...values),
      high: Math.max(...values),
      count: inWindow.length,
      publisherCount: new Set(inWindow.map((row) => row.publisher)).size,
    });
  }
  return cards;
}
