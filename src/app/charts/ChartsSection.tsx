// The two charts with the controls they share: scale and chart-or-table.
import { memo, useMemo } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { filterKey } from '../filters/figureQuery.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { publisherShapes } from './publisherShapes.ts';

interface Props {
  index: DatasetIndex;
  /** The filtered figures' positions in index.columns. */
  positions: Uint32Array;
  view: ViewState;
  setView: SetView;
}

export const ChartsSection = memo(function ChartsSection({
  index,
  positions,
  view,
  setView,
}: Props) {
  const shapes = useMemo(() => publisherShapes(index.publishers.map((p) => p.key)), [index]);
  return (
    <section
      aria-labelledby="charts-title"
      className="grid min-w-0 gap-4"
      // Which filter the charts show (the view is deferred while the next one is worked out).
      data-filter={filterKey(view)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="charts-title" className="text-base font-semibold">
          Figures over time
        </h2>
        <div className="flex flex-wrap gap-2">
          <ToggleGroup
            label="Scale"
            options={[
              ['auto', 'Auto'],
              ['linear', 'Linear'],
              ['log', 'Log'],
            ]}
            value={view.scale}
            onChange={(scale) => {
              setView({ scale });
            }}
          />
          <ToggleGroup
            label="Show as"
            options={[
              ['chart', 'Chart'],
              ['table', 'Table'],
            ]}
            value={view.chartView}
            onChange={(chartView) => {
              setView({ chartView });
            }}
          />
        </div>
      </div>
      {CHART_GROUPS.map((chart) => (
        <ChartPanel
          key={chart.id}
          chart={chart}
          index={index}
          positions={positions}
          view={view}
          setView={setView}
          shapes={shapes}
        />
      ))}
    </section>
  );
});

function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: [T, string][];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1.5 text-sm">
      <span aria-hidden="true" className="muted">
        {label}
      </span>
      <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {options.map(([option, text]) => (
          <button
            key={option}
            type="button"
            className="toggle"
            aria-pressed={value === option}
            onClick={() => {
              onChange(option);
            }}
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
