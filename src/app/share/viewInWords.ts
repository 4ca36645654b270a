// A view of the dashboard in words, for citations and embedded views: what is shown (the
// charts, a table, a comparison, the cards) and every filter and setting that changes it.
// Pure; names come from the vocabularies, never from the page.
import { metricInfo, type MetricId } from '../../dataset/metrics.ts';
import { describeFilters } from '../filters/describeFilters.ts';
import type { ViewState } from '../url/viewState.ts';

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
  // A comparison names its one metric in its title.
  const metrics = view.chartView === 'compare' ? [] : view.metrics;
  const words = describeFilters({ ...view, metrics });
  if (view.timeAxis === 'published') words.push('drawn at the day of publication');
  if (view.scale !== 'auto') words.push(`${view.scale} scale`);
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
