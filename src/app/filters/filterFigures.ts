// The filters of the view applied to figure rows: the plain definition. The app runs the same
// filters as one pass over typed columns (figureQuery.ts), tested against this one.
import type { MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { dateRange, type ViewState } from '../url/viewState.ts';
import { sourceKey } from '../data/sourceKeys.ts';
import { foldForSearch, searchFields, searchTerms } from './searchText.ts';

type Facet = 'publishers' | 'metrics' | 'sources';

function predicate(view: ViewState, ignore?: Facet): (row: FigureRow) => boolean {
  const publishers = ignore === 'publishers' ? new Set() : new Set(view.publishers);
  const metrics = ignore === 'metrics' ? new Set() : new Set<string>(view.metrics);
  const sources = ignore === 'sources' ? new Set() : new Set(view.sources);
  const terms = searchTerms(view.q);
  const { from, to } = dateRange(view);
  return (row) => {
    if (publishers.size > 0 && !publishers.has(row.publisher)) return false;
    if (sources.size > 0 && !sources.has(sourceKey(row))) return false;
    // As known on a day: only articles published by then.
    if (view.knownOn !== null && (row.published === null || row.published > view.knownOn)) {
      return false;
    }
    if (metrics.size > 0 && !metrics.has(row.metric)) return false;
    if (view.modality !== 'all' && row.modality !== view.modality) return false;
    if (view.kind !== 'all' && row.scope !== view.kind) return false;
    if (view.review !== 'all' && (row.review !== undefined) !== (view.review === 'reviewed')) {
      return false;
    }
    // The day a figure is drawn at: its own, or its article's publication day.
    if (row.day === null) {
      if (!view.undated) return false;
    } else {
      if (from !== null && row.day < from) return false;
      if (to !== null && row.day > to) return false;
    }
    return (
      terms.length === 0 || terms.every((term) => foldForSearch(searchFields(row)).includes(term))
    );
  };
}

export function filterFigures(rows: readonly FigureRow[], view: ViewState): FigureRow[] {
  return rows.filter(predicate(view));
}

/** Figures per publisher under every other filter, as facet counts beside the checkboxes. */
export function publisherCounts(rows: readonly FigureRow[], view: ViewState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows.filter(predicate(view, 'publishers'))) {
    counts.set(row.publisher, (counts.get(row.publisher) ?? 0) + 1);
  }
  return counts;
}

/** Figures per metric under every other filter. */
export function metricCounts(rows: readonly FigureRow[], view: ViewState): Map<MetricId, number> {
  const counts = new Map<MetricId, number>();
  for (const row of rows.filter(predicate(view, 'metrics'))) {
    counts.set(row.metric, (counts.get(row.metric) ?? 0) + 1);
  }
  return counts;
}

/** Figures per source under every other filter. */
export function sourceCounts(rows: readonly FigureRow[], view: ViewState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows.filter(predicate(view, 'sources'))) {
    counts.set(sourceKey(row), (counts.get(sourceKey(row)) ?? 0) + 1);
  }
  return counts;
}
