// The first view, worked out when the data is built (overview.json, next to index.json): what
// the default view (no parameters in the address) draws above the fold, the cards and both
// charts, so that a large dataset's first chart is painted from a few kilobytes while the
// browser is still reading the full index. The dashboard replaces it, drawn from the full
// data, as soon as that is in; the numbers are the same, computed by the same code. Pure.
import type { WarEvent } from '../../dataset/events.ts';
import type { MetricId } from '../../dataset/metrics.ts';
import { SCHEMA_VERSION } from '../../dataset/schema.ts';
import { cachedLatestFigures, type LatestFigure } from '../cards/latestFigures.ts';
import { CHART_GROUPS, type ChartGroup } from '../charts/chartGroups.ts';
import { scaledChartData } from '../charts/chartScale.ts';
import type { ChartData } from '../charts/chartSeries.ts';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { datasetSummary, type DatasetSummary } from '../header/datasetSummary.ts';
import { queryFigures } from '../filters/figureQuery.ts';
import { publishedSpan, type PublishedSpan } from '../timeline/knownOn.ts';
import type { Scale } from '../url/viewState.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';

/** overview.json's layout. */
export const OVERVIEW_FORMAT = 2;

/**
 * Below this many figures there is no first view: the full data is in about as soon as the
 * first view would be, and drawing the charts twice would only cost.
 */
export const OVERVIEW_MIN_FIGURES = 20_000;

export interface OverviewChart {
  id: ChartGroup['id'];
  /** The chart's data and axis, as ChartPanel computes them for the default view. */
  data: ChartData;
  scale: Scale;
  /** The chart's metrics that the dataset has at all (the legend's entries). */
  legendMetrics: MetricId[];
}

/** What the default view draws first. */
export interface Overview {
  /** The header's line about the whole dataset. */
  summary: DatasetSummary;
  figureCount: number;
  articleCount: number;
  /** Publisher keys, most figures first (marker shapes follow this order). */
  publishers: string[];
  events: readonly WarEvent[];
  span: PublishedSpan;
  cards: LatestFigure[];
  charts: OverviewChart[];
}

/** overview.json: the first view, or null for a dataset too small to need one. */
export interface OverviewFile {
  schemaVersion: number;
  overviewFormat: number;
  overview: Overview | null;
}

/** The first view of a dataset, computed as the dashboard computes its default view. */
export function overviewOf(index: DatasetIndex): Overview {
  const { columns } = index;
  const { positions } = queryFigures(columns, DEFAULT_VIEW);
  return {
    summary: datasetSummary(index),
    figureCount: index.rows.length,
    articleCount: index.dataset.articles.length,
    publishers: index.publishers.map((p) => p.key),
    events: index.events,
    span: publishedSpan(columns.publishedDays),
    cards: cachedLatestFigures(columns, positions),
    charts: CHART_GROUPS.map((chart) => {
      const { data, scale } = scaledChartData(
        columns,
        positions,
        chart.metrics,
        DEFAULT_VIEW.scale,
      );
      return {
        id: chart.id,
        // The lines' daily totals are for the CSV download, which the first view does not offer.
        data: { ...data, series: data.series.map((s) => ({ ...s, dailyTotals: [] })) },
        scale,
        legendMetrics: chart.metrics.filter((m) => index.rows.some((r) => r.metric === m)),
      };
    }),
  };
}

const ROW = '$row';

/** The file, next to index.json. */
export const OVERVIEW_FILE = 'overview.json';

/**
 * overview.json's text. Figure rows (the points' and cards') are written once, in `rows`, and
 * referred to by number; sentences are left out (no tooltip or card shows them).
 */
export function overviewJson(index: DatasetIndex, minFigures = OVERVIEW_MIN_FIGURES): string {
  const overview = index.rows.length >= minFigures ? overviewOf(index) : null;
  const rows: FigureRow[] = [];
  const numbers = new Map<FigureRow, number>();
  const body = JSON.stringify(overview, (key, value: unknown) => {
    if ((key === 'row' || key === 'latest') && typeof value === 'object' && value !== null) {
      const row = value as FigureRow;
      let n = numbers.get(row);
      if (n === undefined) {
        n = rows.push({ ...row, sentence: '' }) - 1;
        numbers.set(row, n);
      }
      return { [ROW]: n };
    }
    return value;
  });
  return `{"schemaVersion":${SCHEMA_VERSION},"overviewFormat":${OVERVIEW_FORMAT},"rows":${JSON.stringify(rows)},"overview":${body}}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * overview.json's text as the first view, or null when there is none or it is not one this
 * dashboard reads: it only ever speeds the first paint up, so anything amiss means none.
 */
export function readOverview(text: string): Overview | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isObject(json) ||
    json.schemaVersion !== SCHEMA_VERSION ||
    json.overviewFormat !== OVERVIEW_FORMAT ||
    !Array.isArray(json.rows) ||
    !isObject(json.overview)
  ) {
    return null;
  }
  const rows = json.rows as unknown[];
  if (!rows.every((row) => isObject(row) && typeof row.id === 'string')) return null;
  // Rows referred to by number become the row objects themselves, in place.
  const missing: unknown[] = [];
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) value[i] = resolve(value[i]);
    } else if (isObject(value)) {
      if (ROW in value) {
        const row = rows[value[ROW] as number];
        if (row === undefined) missing.push(value[ROW]);
        return row;
      }
      for (const key of Object.keys(value)) value[key] = resolve(value[key]);
    }
    return value;
  };
  const overview = resolve(json.overview) as Overview;
  const chartIds = CHART_GROUPS.map((c) => c.id);
  const chartsOk =
    Array.isArray(overview.charts) &&
    overview.charts.length === chartIds.length &&
    overview.charts.every(
      (chart, i) =>
        isObject(chart) &&
        chart.id === chartIds[i] &&
        isObject(chart.data) &&
        Array.isArray(chart.data.series) &&
        Array.isArray(chart.legendMetrics),
    );
  if (
    missing.length > 0 ||
    !chartsOk ||
    !Array.isArray(overview.cards) ||
    !Array.isArray(overview.publishers) ||
    !Array.isArray(overview.events) ||
    !isObject(overview.summary) ||
    typeof overview.summary.figures !== 'number' ||
    typeof overview.figureCount !== 'number'
  ) {
    return null;
  }
  return overview;
}
