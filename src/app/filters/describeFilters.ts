// The view's filters in words, for readers of an exported chart who cannot see the page:
// "publishers: CNN, UPI; all metrics but Displaced in Gaza; days 1 Jan 2024 – 13 Feb 2024".
// Citations and embedded views say the same (share/viewInWords.ts adds the view's settings).
import { METRIC_IDS, metricInfo, type MetricId } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { sourceLabel } from '../data/sourceKeys.ts';
import { formatDay } from '../format/format.ts';
import { datesInverted, type ViewState } from '../url/viewState.ts';

type Filters = Pick<
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
  | 'sources'
  | 'knownOn'
>;

const list = (items: readonly string[]) => items.join(', ');

/** One phrase per active filter, in the filter panel's order; empty when nothing is filtered. */
export function describeFilters(view: Filters): string[] {
  const words: string[] = [];
  if (view.knownOn !== null) words.push(`as known on ${formatDay(view.knownOn)}`);
  if (view.q.trim() !== '') words.push(`search “${view.q.trim()}”`);
  if (view.publishers.length > 0) {
    const label = view.publishers.length === 1 ? 'publisher' : 'publishers';
    words.push(`${label}: ${list(view.publishers.map(publisherLabel))}`);
  }
  if (view.sources.length > 0) {
    const label = view.sources.length === 1 ? 'source' : 'sources';
    words.push(`${label}: ${list(view.sources.map(sourceLabel))}`);
  }
  if (view.metrics.length > 0) {
    const left = METRIC_IDS.filter((id) => !view.metrics.includes(id));
    const label = (ids: readonly MetricId[]) => list(ids.map((id) => metricInfo(id).label));
    words.push(
      left.length < view.metrics.length
        ? `all metrics but ${label(left)}`
        : `${view.metrics.length === 1 ? 'metric' : 'metrics'}: ${label(view.metrics)}`,
    );
  }
  if (datesInverted(view)) {
    words.push('no date filter (the start date is after the end date)');
  } else if (view.from !== null && view.to !== null) {
    words.push(`days ${formatDay(view.from)} – ${formatDay(view.to)}`);
  } else if (view.from !== null) {
    words.push(`days from ${formatDay(view.from)}`);
  } else if (view.to !== null) {
    words.push(`days up to ${formatDay(view.to)}`);
  }
  if (view.modality !== 'all') words.push(`${view.modality} figures only`);
  if (view.kind === 'total') words.push('running totals only');
  if (view.kind === 'incident') words.push('one-event figures only');
  if (view.review === 'reviewed') words.push('figures reviewed by hand only');
  if (view.review === 'unreviewed') words.push('figures not reviewed by hand');
  if (!view.undated) words.push('figures without a date left out');
  return words;
}

/** The filters as one line: "Filters: …", or that every figure is shown. */
export function filtersLine(view: Filters): string {
  const words = describeFilters(view);
  return words.length === 0 ? 'Filters: none, every figure' : `Filters: ${words.join('; ')}`;
}
