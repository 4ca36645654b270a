// The view's filters over the precomputed columns, in two passes (the columns front to back,
// then the list order over the matches): the matching rows in list order and the facet counts
// beside the publisher and metric boxes. It must agree with filterFigures,
// publisherCounts and metricCounts (the plain definitions, tested against it), only faster.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { activeFilterCount, dateRange, type ViewState } from '../url/viewState.ts';
import {
  figureOrder,
  firstDayAtOrAfter,
  metricIndex,
  NO_DAY,
  searchIndexOf,
  type FigureColumns,
} from './figureColumns.ts';
import { sentencesMatching } from './searchIndex.ts';
import { searchTerms } from './searchText.ts';

export interface FigureQueryResult {
  /** Matching rows, sorted as the view asks. */
  rows: FigureRow[];
  /** Their positions in the columns, in the same order. */
  positions: Uint32Array;
  /** Figures per publisher under every filter but the publisher one (only non-zero counts). */
  publisherCounts: Map<string, number>;
  /** Figures per metric under every filter but the metric one (only non-zero counts). */
  metricCounts: Map<MetricId, number>;
  /** Figures per source under every filter but the source one (only non-zero counts). */
  sourceCounts: Map<string, number>;
}

/** The fields of the view that decide which figures match, and their order. */
export type FigureFilter = Pick<
  ViewState,
  | 'publishers'
  | 'metrics'
  | 'from'
  | 'to'
  | 'modality'
  | 'kind'
  | 'review'
  | 'q'
  | 'undated'
  | 'sort'
  | 'sources'
  | 'knownOn'
>;

/**
 * The filter as a string: equal strings, equal results. Components memoize on it, so that
 * selecting a figure or opening an article (other fields of the view) does not refilter.
 */
export function filterKey(view: FigureFilter): string {
  const { publishers, metrics, from, to, modality, kind, review, q, undated, sort } = view;
  const { sources, knownOn } = view;
  return JSON.stringify({
    publishers,
    metrics,
    from,
    to,
    modality,
    kind,
    review,
    q,
    undated,
    sort,
    sources,
    knownOn,
  });
}

export function filterFromKey(key: string): FigureFilter {
  return JSON.parse(key) as FigureFilter;
}

export function queryFigures(columns: FigureColumns, view: FigureFilter): FigureQueryResult {
  const {
    publisherKeys,
    publisher,
    metric,
    proposed,
    incident,
    reviewed,
    day: dayOf,
    days,
  } = columns;
  const publisherIds = new Map(publisherKeys.map((key, i) => [key, i]));
  // 1 where the facet keeps the value; an empty selection keeps everything.
  const publisherKept = new Uint8Array(publisherKeys.length).fill(
    view.publishers.length === 0 ? 1 : 0,
  );
  for (const key of view.publishers) {
    const id = publisherIds.get(key);
    if (id !== undefined) publisherKept[id] = 1;
  }
  const metricKept = new Uint8Array(METRIC_IDS.length).fill(view.metrics.length === 0 ? 1 : 0);
  for (const id of view.metrics) metricKept[metricIndex.get(id) ?? 0] = 1;
  const modality = view.modality === 'all' ? -1 : view.modality === 'proposed' ? 1 : 0;
  const kind = view.kind === 'all' ? -1 : view.kind === 'incident' ? 1 : 0;
  const review = view.review === 'all' ? -1 : view.review === 'reviewed' ? 1 : 0;
  const { from, to } = dateRange(view);
  const low = from === null ? 0 : firstDayAtOrAfter(days, from);
  // The first day after `to` is the first at or after `to` plus one unless `to` itself is a day.
  const high =
    to === null
      ? days.length
      : (() => {
          const at = firstDayAtOrAfter(days, to);
          return days[at] === to ? at + 1 : at;
        })();
  const { sourceKeys, source, published, publishedDays } = columns;
  const sourceIds = new Map(sourceKeys.map((key, i) => [key, i]));
  const sourceKept = new Uint8Array(sourceKeys.length).fill(view.sources.length === 0 ? 1 : 0);
  for (const key of view.sources) {
    const id = sourceIds.get(key);
    if (id !== undefined) sourceKept[id] = 1;
  }
  // As known on a day: articles published by then (ranks below knownEnd), undated ones out.
  const knownEnd =
    view.knownOn === null
      ? -1
      : (() => {
          const at = firstDayAtOrAfter(publishedDays, view.knownOn);
          return publishedDays[at] === view.knownOn ? at + 1 : at;
        })();
  const terms = searchTerms(view.q);
  const search = terms.length > 0 ? searchIndexOf(columns) : null;
  const termMasks = search ? terms.map((term) => sentencesMatching(search, term)) : [];
  const sentenceOf = search?.sentenceOf ?? new Uint32Array(0);

  const n = columns.rows.length;
  const byPublisher = new Uint32Array(publisherKeys.length);
  const byMetric = new Uint32Array(METRIC_IDS.length);
  const bySource = new Uint32Array(sourceKeys.length);
  // First in position order, so every column is read front to back: which figures match
  // (1 in `matches`) and the facet counts. Then in list order, reading only `matches` and the
  // matching rows.
  const matches = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    if (modality !== -1 && proposed[i] !== modality) continue;
    if (kind !== -1 && incident[i] !== kind) continue;
    if (review !== -1 && reviewed[i] !== review) continue;
    if (knownEnd !== -1) {
      const p = published[i] ?? NO_DAY;
      if (p === NO_DAY || p >= knownEnd) continue;
    }
    const day = dayOf[i] ?? NO_DAY;
    if (day === NO_DAY) {
      if (!view.undated) continue;
    } else if (day < low || day >= high) continue;
    if (termMasks.length > 0) {
      const s = sentenceOf[i] ?? 0;
      let all = true;
      for (const mask of termMasks) {
        if (mask[s] !== 1) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    const p = publisher[i] ?? 0;
    const m = metric[i] ?? 0;
    const src = source[i] ?? 0;
    const publisherOk = publisherKept[p] === 1;
    const metricOk = metricKept[m] === 1;
    const sourceOk = sourceKept[src] === 1;
    if (metricOk && sourceOk) byPublisher[p] = (byPublisher[p] ?? 0) + 1;
    if (publisherOk && metricOk) bySource[src] = (bySource[src] ?? 0) + 1;
    if (publisherOk && sourceOk) byMetric[m] = (byMetric[m] ?? 0) + 1;
    if (publisherOk && metricOk && sourceOk) {
      matches[i] = 1;
      count += 1;
    }
  }
  // Both made at their final size: no array grown and copied on the way (garbage that a
  // filter change would otherwise leave for the collector, as large as the result).
  const rows = new Array<FigureRow>(count);
  const positions = new Uint32Array(count);
  const order = figureOrder(columns, view.sort);
  let at = 0;
  for (let k = 0; k < order.length && at < count; k += 1) {
    const i = order[k] ?? 0;
    if (matches[i] !== 1) continue;
    const row = columns.rows[i];
    if (!row) throw new Error(`no figure at ${i}`);
    positions[at] = i;
    rows[at] = row;
    at += 1;
  }
  const publisherCounts = new Map<string, number>();
  publisherKeys.forEach((key, p) => {
    const count = byPublisher[p] ?? 0;
    if (count > 0) publisherCounts.set(key, count);
  });
  const metricCounts = new Map<MetricId, number>();
  METRIC_IDS.forEach((id, m) => {
    const count = byMetric[m] ?? 0;
    if (count > 0) metricCounts.set(id, count);
  });
  const sourceCounts = new Map<string, number>();
  sourceKeys.forEach((key, k) => {
    const count = bySource[k] ?? 0;
    if (count > 0) sourceCounts.set(key, count);
  });
  return {
    rows,
    positions,
    publisherCounts,
    metricCounts,
    sourceCounts,
  };
}

const RECENT = 8;
const recent = new WeakMap<FigureColumns, Map<string, FigureQueryResult>>();
const unfiltered = new WeakMap<FigureColumns, Map<string, FigureQueryResult>>();

/**
 * queryFigures for a filter key, remembering the last few results: turning a filter off again,
 * or stepping Back, gives the same result object at once (and the charts keep theirs too).
 * The unfiltered result, where Clear all and an emptied search box lead, is always kept:
 * typing a word fills the recent ones with its prefixes.
 */
export function cachedQueryFigures(columns: FigureColumns, key: string): FigureQueryResult {
  const filter = filterFromKey(key);
  // A filter that narrows nothing keeps every figure (only its order may differ).
  const store = activeFilterCount(filter) === 0 ? unfiltered : recent;
  let results = store.get(columns);
  if (!results) {
    results = new Map();
    store.set(columns, results);
  }
  let result = results.get(key);
  if (result) {
    results.delete(key);
  } else {
    result = queryFigures(columns, filter);
    if (results.size >= RECENT) {
      const oldest = results.keys().next().value;
      if (oldest !== undefined) results.delete(oldest);
    }
  }
  results.set(key, result);
  return result;
}
