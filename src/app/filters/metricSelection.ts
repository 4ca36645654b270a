// The metric filter keeps a list of metrics, empty meaning all. These turn clicks on a
// metric, a group or a legend entry into the next list.
import { METRIC_IDS, METRICS, type MetricGroup, type MetricId } from '../../dataset/metrics.ts';

export function metricsOfGroup(group: MetricGroup): MetricId[] {
  return METRICS.filter((m) => m.group === group).map((m) => m.id);
}

/** Whether a metric is shown under the filter (an empty filter shows every metric). */
export function isMetricShown(selected: readonly MetricId[], metric: MetricId): boolean {
  return selected.length === 0 || selected.includes(metric);
}

function normalize(list: Iterable<MetricId>): MetricId[] {
  const set = new Set(list);
  const ordered = METRIC_IDS.filter((id) => set.has(id));
  // Every metric selected is the same as no metric filter: keep one spelling in the URL.
  return ordered.length === METRIC_IDS.length ? [] : ordered;
}

/** A checkbox in the filter panel: narrows to the metrics ticked. */
export function toggleMetricFilter(selected: readonly MetricId[], metric: MetricId): MetricId[] {
  return selected.includes(metric)
    ? normalize(selected.filter((m) => m !== metric))
    : normalize([...selected, metric]);
}

/** A group checkbox: ticks all of its metrics, or unticks them when all are ticked. */
export function toggleGroupFilter(selected: readonly MetricId[], group: MetricGroup): MetricId[] {
  const members = metricsOfGroup(group);
  const allTicked = members.every((m) => selected.includes(m));
  return allTicked
    ? normalize(selected.filter((m) => !members.includes(m)))
    : normalize([...selected, ...members]);
}

/**
 * A legend entry: hides or shows one metric among those shown. Hiding the last one shown is
 * refused, since an empty filter would mean "all".
 */
export function toggleMetricVisibility(
  selected: readonly MetricId[],
  metric: MetricId,
): MetricId[] {
  const shown = selected.length === 0 ? [...METRIC_IDS] : [...selected];
  if (!shown.includes(metric)) return normalize([...shown, metric]);
  const rest = shown.filter((m) => m !== metric);
  return rest.length === 0 ? [...selected] : normalize(rest);
}
