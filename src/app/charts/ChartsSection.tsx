// The two charts with the controls they share: chart, table or compare; scale; the day drawn
// (described or published); the war's events; repeated figures once.
import { memo, useMemo, type ReactNode } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { filterKey } from '../filters/figureQuery.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { publisherShapes } from './publisherShapes.ts';
import { ToggleGroup } from './ToggleGroup.tsx';
import { CompareView } from '../compare/CompareView.tsx';
import type { WarEvent } from '../../dataset/events.ts';
import { EventKey } from '../events/EventKey.tsx';
import type { Repeats } from '../facts/facts.ts';

const NO_EVENTS: readonly WarEvent[] = [];

interface Props {
  index: DatasetIndex;
  /** The filtered figures' positions in index.columns. */
  positions: Uint32Array;
  view: ViewState;
  setView: SetView;
  /** With repeated figures shown once: how often each figure drawn was reported. */
  repeats: ReadonlyMap<number, Repeats> | null;
}

export const ChartsSection = memo(function ChartsSection({
  index,
  positions,
  view,
  setView,
  repeats,
}: Props) {
  const shapes = useMemo(() => publisherShapes(index.publishers.map((p) => p.key)), [index]);
  const events = view.events ? index.events : NO_EVENTS;
  return (
    <ChartsFrame view={view} setView={setView} events={index.events}>
      {view.chartView === 'compare' ? (
        <CompareView
          index={index}
          positions={positions}
          view={view}
          setView={setView}
          events={events}
        />
      ) : (
        CHART_GROUPS.map((chart) => (
          <ChartPanel
            key={chart.id}
            chart={chart}
            index={index}
            positions={positions}
            view={view}
            setView={setView}
            shapes={shapes}
            repeats={repeats}
          />
        ))
      )}
    </ChartsFrame>
  );
});

/**
 * The charts' section, heading and shared controls around what `children` draw: the charts
 * of the full data, or those of the first view.
 */
export function ChartsFrame({
  view,
  setView,
  events,
  children,
}: {
  view: ViewState;
  setView: SetView;
  /** Every event of the dataset (whether the charts mark them is the view's to say). */
  events: readonly WarEvent[];
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby="charts-title"
      className="grid min-w-0 gap-3"
      // Which filter the charts show (the view is deferred while the next one is worked out).
      data-filter={filterKey(view)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="charts-title" className="text-base font-semibold">
          Figures over time
        </h2>
        <ToggleGroup
          label="Show as"
          options={[
            ['chart', 'Chart'],
            ['table', 'Table'],
            ['compare', 'Compare'],
          ]}
          value={view.chartView}
          onChange={(chartView) => {
            setView({ chartView });
          }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
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
          label="Date"
          options={[
            ['described', 'Described'],
            ['published', 'Published'],
          ]}
          value={view.timeAxis}
          onChange={(timeAxis) => {
            setView({ timeAxis });
          }}
        />
        {events.length > 0 && (
          <label className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-blue-700"
              checked={view.events}
              onChange={() => {
                setView({ events: !view.events });
              }}
            />
            The war’s events
          </label>
        )}
        {view.chartView !== 'compare' && (
          <label className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-blue-700"
              checked={view.group}
              onChange={() => {
                setView({ group: !view.group });
              }}
            />
            Repeated figures once
          </label>
        )}
      </div>
      {view.events && <EventKey events={events} />}
      {children}
    </section>
  );
}
