// One chart with its legend, marker key, note on undated figures and downloads; or, in table
// view, the same figures as a table.
import { useCallback, useMemo, useRef } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { downloadChart } from '../export/chartImage.ts';
import { isMetricShown, toggleMetricVisibility } from '../filters/metricSelection.ts';
import { formatNumber } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { BIN_WORDS } from './chartBins.ts';
import { ChartLegend } from './ChartLegend.tsx';
import type { ChartGroup } from './chartGroups.ts';
import { cachedChartData, pinnedPoints } from './chartSeries.ts';
import { ChartTable } from './ChartTable.tsx';
import { loadFigureChart, useFigureChart } from './loadFigureChart.ts';
import type { MarkerShape } from './symbolPath.ts';
import { AXIS_TITLE, columnsOnAxis, dayOnAxis, undatedWhy } from './timeAxis.ts';
import { eventsWithin } from '../events/eventLayout.ts';
import type { WarEvent } from '../../dataset/events.ts';
import type { Repeats } from '../facts/facts.ts';

const NO_EVENTS: readonly WarEvent[] = [];

interface Props {
  chart: ChartGroup;
  index: DatasetIndex;
  /** The filtered figures' positions in index.columns. */
  positions: Uint32Array;
  view: ViewState;
  setView: SetView;
  shapes: ReadonlyMap<string, MarkerShape>;
  /** With repeated figures shown once: how often each figure drawn was reported. */
  repeats: ReadonlyMap<number, Repeats> | null;
}

export function ChartPanel({ chart, index, positions, view, setView, shapes, repeats }: Props) {
  const requestScroll = useUiStore((s) => s.requestScroll);
  const chartCode = useFigureChart();
  const listHoverId = useUiStore((s) => s.listHoverId);
  const axis = view.timeAxis;
  const data = useMemo(
    () => cachedChartData(columnsOnAxis(index.columns, axis), positions, chart.metrics, view.scale),
    [index, positions, chart.metrics, view.scale, axis],
  );
  // Summed-up figures still show when selected or hovered in the list.
  const pinned = useMemo(
    () =>
      pinnedPoints(data, [view.figure, listHoverId], positions, index.rowById, (row) =>
        dayOnAxis(row, axis),
      ),
    [data, view.figure, listHoverId, positions, index, axis],
  );
  const events = view.events ? index.events : NO_EVENTS;
  const tableEvents = useMemo(() => eventsWithin(events, data.xDomain), [events, data.xDomain]);
  // Legend entries for the metrics this dataset has at all, shown or hidden.
  const legendMetrics = useMemo(
    () => chart.metrics.filter((m) => index.rows.some((r) => r.metric === m)),
    [chart.metrics, index],
  );
  const wideSpread = data.decades >= 2;
  // Embedded (embed=1), the list is in the full view, a link away.
  const listed = view.embed ? 'the full view’s list' : 'the list';
  const chartBox = useRef<HTMLDivElement>(null);
  const titleId = `chart-${chart.id}-title`;

  const selectFigure = useCallback(
    (id: string) => {
      setView({ figure: id });
      requestScroll({ id, movePage: true });
    },
    [setView, requestScroll],
  );
  const pickDates = useCallback(
    (from: string, to: string) => {
      setView({ from, to });
    },
    [setView],
  );
  // The date filter is on the day described: on the publication axis, dragging picks nothing.
  const selectRange = axis === 'described' ? pickDates : undefined;

  function download(format: 'png' | 'svg') {
    const svg = chartBox.current?.querySelector('svg.recharts-surface');
    if (svg instanceof SVGSVGElement) void downloadChart(svg, chart.title, format);
  }

  const height = 'h-[260px] sm:h-[300px]';
  return (
    <section aria-labelledby={titleId} className="panel min-w-0" data-chart={chart.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id={titleId} className="font-semibold">
          {chart.title}
        </h3>
        {view.chartView === 'chart' && data.pointCount > 0 && (
          <div className="flex gap-1 text-sm">
            <span className="muted">Download</span>
            <button
              type="button"
              className="btn-quiet px-1 py-0"
              aria-label={`Download the ${chart.title} chart as PNG`}
              onClick={() => {
                download('png');
              }}
            >
              PNG
            </button>
            <button
              type="button"
              className="btn-quiet px-1 py-0"
              aria-label={`Download the ${chart.title} chart as SVG`}
              onClick={() => {
                download('svg');
              }}
            >
              SVG
            </button>
          </div>
        )}
      </div>
      <ChartLegend
        metrics={legendMetrics}
        isShown={(metric) => isMetricShown(view.metrics, metric)}
        onToggle={(metric) => {
          setView({ metrics: toggleMetricVisibility(view.metrics, metric) });
        }}
        publishers={data.publishers}
        summed={data.binning !== null}
        shapes={shapes}
      />
      {data.pointCount === 0 ? (
        <p className="muted flex h-40 items-center justify-center rounded-md border border-dashed border-slate-300 text-center text-sm dark:border-slate-700">
          No dated figures of these metrics match the filters.
        </p>
      ) : view.chartView === 'table' ? (
        <ChartTable
          title={chart.title}
          data={data}
          selectedId={view.figure}
          onSelectFigure={selectFigure}
          onZoom={selectRange}
          events={tableEvents}
          dateTitle={AXIS_TITLE[axis]}
          repeats={repeats}
        />
      ) : (
        <div ref={chartBox}>
          {chartCode.status === 'loaded' ? (
            <chartCode.Chart
              chartId={chart.id}
              data={data}
              pinned={pinned}
              scale={view.scale}
              shapes={shapes}
              selectedId={view.figure}
              onSelectFigure={selectFigure}
              onSelectRange={selectRange}
              events={events}
              xTitle={AXIS_TITLE[axis]}
              repeats={repeats}
            />
          ) : chartCode.status === 'failed' ? (
            <div
              role="alert"
              className={`mt-2 flex flex-col items-center justify-center gap-2 rounded-md border border-dashed border-slate-300 text-center text-sm dark:border-slate-700 ${height}`}
            >
              <p>The chart could not be loaded: the connection may have dropped.</p>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  void loadFigureChart();
                }}
              >
                Retry
              </button>
            </div>
          ) : (
            <div
              className={`mt-2 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800 ${height}`}
            />
          )}
        </div>
      )}
      <p className="muted mt-2 text-xs">
        {data.binning &&
          `${formatNumber(data.pointCount)} dated figures: each translucent mark sums up the figures of ${BIN_WORDS[data.binning.unit]} and one metric${data.binning.byPublisher ? ' and publisher' : ''} (median, with a whisker over their range); lone figures and outliers are drawn singly. Click or tap a mark to zoom in to its days; ${listed} has every figure. `}
        {data.undatedCount > 0
          ? `${data.undatedCount} matching ${data.undatedCount === 1 ? 'figure has' : 'figures have'} no date and ${data.undatedCount === 1 ? 'is' : 'are'} not plotted: ${undatedWhy(axis, data.undatedCount === 1)}. ${data.undatedCount === 1 ? 'It is' : 'They are'} in ${listed}.`
          : view.undated
            ? 'Every matching figure has a date and is plotted.'
            : 'Undated figures are filtered out.'}
        {view.chartView === 'chart' && data.pointCount > 0 && !data.binning && selectRange && (
          <span className="pointer-coarse:hidden"> Drag across the chart to pick dates.</span>
        )}
      </p>
      {view.scale === 'linear' && view.chartView === 'chart' && wideSpread && (
        <p className="mt-1 text-xs">
          Values here range over {Math.floor(data.decades)} powers of ten, so small ones hug the
          axis.{' '}
          <button
            type="button"
            className="btn-quiet px-0 py-0"
            onClick={() => {
              setView({ scale: 'log' });
            }}
          >
            Use the log scale
          </button>
        </p>
      )}
    </section>
  );
}
