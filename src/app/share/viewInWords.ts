// A view of the dashboard in words, for citations and embedded views: what is shown (the
// charts, a table, a comparison, the cards) and every filter and setting that changes it.
// Pure; names come from the vocabularies, never from the page.
import { METRIC_IDS, metricInfo, type MetricId } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/datasetIndex.ts';
import { sourceLabel } from '../data/sourceKeys.ts';
import { formatDay } from '../format/format.ts';
import type { ViewState } from '../url/viewState.ts';

const list = (items: readonly string[]) => items.join(', ');
const metricLabels = (ids: readonly MetricId[]) => list(ids.map((id) => metricInfo(id).label));

/** What the view shows, as a title: "Figures over time", "Killed in Gaza by source". */
export function viewTitle(view: ViewState, comparedMetric?: MetricId): string {
  if (view.embed && view.embedPanel === 'cards') return 'Latest reported totals';
  if (view.chartView === 'compare') {
    const metric = comparedMetric ?? view.metrics[0];
    const what = metric ? metricInfo(metric).label : 'One metric';
    return `${what} by ${view.compareBy}`;
  }
  const chart = view.embed
    ? view.embedPanel === 'hostages'
      ? 'Hostages and prisoners'
      : 'Casualties'
    : 'Casualty and hostage figures';
  return `${chart} over time${view.chartView === 'table' ? ' (table)' : ''}`;
}

/** One phrase per filter or setting that changes what is shown; empty for the default view. */
export function describeView(view: ViewState): string[] {
  const words: string[] = [];
  if (view.knownOn !== null) words.push(`as known on ${formatDay(view.knownOn)}`);
  if (view.q.trim() !== '') words.push(`search “${view.q.trim()}”`);
  if (view.publishers.length > 0) {
    words.push(
      `${view.publishers.length === 1 ? 'publisher' : 'publishers'}: ${list(view.publishers.map(publisherLabel))}`,
    );
  }
  if (view.sources.length > 0) {
    words.push(
      `${view.sources.length === 1 ? 'source' : 'sources'}: ${list(view.sources.map(sourceLabel))}`,
    );
  }
  if (view.metrics.length > 0 && view.chartView !== 'compare') {
    const left = METRIC_IDS.filter((id) => !view.metrics.includes(id));
    words.push(
      left.length < view.metrics.length
        ? `all metrics but ${metricLabels(left)}`
        : `${view.metrics.length === 1 ? 'metric' : 'metrics'}: ${metricLabels(view.metrics)}`,
    );
  }
  if (view.from !== null && view.to !== null) {
    words.push(`days described ${formatDay(view.from)} – ${formatDay(view.to)}`);
  } else if (view.from !== null) {
    words.push(`days described from ${formatDay(view.from)}`);
  } else if (view.to !== null) {
    words.push(`days described up to ${formatDay(view.to)}`);
  }
  if (view.modality !== 'all') words.push(`${view.modality} figures only`);
  if (view.review === 'reviewed') words.push('figures reviewed by hand only');
  if (view.review === 'unreviewed') words.push('figures not reviewed by hand');
  if (!view.undated) words.push('undated figures left out');
  if (view.timeAxis === 'published') words.push('drawn at the day of publication');
  if (view.scale === 'log') words.push('log scale');
  if (view.group) words.push('repeated figures shown once');
  if (!view.events) words.push('without the war’s events');
  return words;
}

/** The view as one sentence: its title, then what narrows or changes it. */
export function viewSentence(view: ViewState, comparedMetric?: MetricId): string {
  const words = describeView(view);
  const title = viewTitle(view, comparedMetric);
  return words.length === 0 ? `${title}, every figure` : `${title}, ${words.join('; ')}`;
}
