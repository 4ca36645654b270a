// Metrics by group: a group box ticks all of its metrics, a metric box narrows to it.
// Nothing ticked means every metric.
import { useEffect, useRef } from 'react';
import { METRIC_GROUPS, METRICS, type MetricGroup, type MetricId } from '../../dataset/metrics.ts';
import { METRIC_COLOR } from '../charts/chartGroups.ts';
import { formatNumber } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';
import { metricsOfGroup, toggleGroupFilter, toggleMetricFilter } from './metricSelection.ts';

interface Props {
  counts: ReadonlyMap<MetricId, number>;
  selected: readonly MetricId[];
  setView: SetView;
}

const GROUP_LABEL: Record<MetricGroup, string> = {
  casualties: 'Casualties',
  hostages: 'Hostages',
  prisoners: 'Prisoners',
};

export function MetricFilter({ counts, selected, setView }: Props) {
  return (
    <fieldset className="mt-4 min-w-0">
      <legend className="text-sm font-semibold">Metric</legend>
      {METRIC_GROUPS.map((group) => (
        <MetricGroupBoxes
          key={group}
          group={group}
          counts={counts}
          selected={selected}
          setView={setView}
        />
      ))}
    </fieldset>
  );
}

function MetricGroupBoxes({ group, counts, selected, setView }: Props & { group: MetricGroup }) {
  const members = metricsOfGroup(group);
  const ticked = members.filter((m) => selected.includes(m)).length;
  const groupBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (groupBox.current) groupBox.current.indeterminate = ticked > 0 && ticked < members.length;
  }, [ticked, members.length]);
  const total = members.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
  return (
    <div className="mt-1.5">
      <div className="flex items-center gap-2 text-sm">
        <input
          ref={groupBox}
          id={`group-${group}`}
          type="checkbox"
          className="size-4 shrink-0 accent-blue-700"
          checked={ticked === members.length}
          onChange={() => {
            setView({ metrics: toggleGroupFilter(selected, group) });
          }}
        />
        <label htmlFor={`group-${group}`} className="flex-1 py-0.5 font-medium">
          {GROUP_LABEL[group]}
        </label>
        <span className="muted text-xs tabular-nums">{formatNumber(total)}</span>
      </div>
      <ul className="mt-0.5 space-y-0.5 pl-5">
        {METRICS.filter((m) => m.group === group).map((metric) => (
          <li key={metric.id} className="flex items-center gap-2 text-sm">
            <input
              id={`metric-${metric.id}`}
              type="checkbox"
              className="size-4 shrink-0 accent-blue-700"
              checked={selected.includes(metric.id)}
              onChange={() => {
                setView({ metrics: toggleMetricFilter(selected, metric.id) });
              }}
            />
            <span
              aria-hidden="true"
              className="size-2.5 shrink-0 rounded-full"
              style={{ backgroundColor: METRIC_COLOR[metric.id] }}
            />
            <label htmlFor={`metric-${metric.id}`} className="min-w-0 flex-1 py-0.5">
              {metric.label}
            </label>
            <span className="muted text-xs tabular-nums">
              {formatNumber(counts.get(metric.id) ?? 0)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
