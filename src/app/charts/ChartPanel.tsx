// One chart with its legend, marker key, notes (figures dated by their report, undated ones,
// the value axis) and downloads; or, in table view, the same figures as a table.
import { useCallback, useMemo, useRef, type ComponentType } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { chartFileName, downloadChart } from '../export/chartImage.ts';
import { sheetFooter } from '../export/chartSheet.ts';
import { downloadBlob } from '../export/download.ts';
import { seriesCsv } from '../export/seriesExport.ts';
import { filtersLine } from '../filters/describeFilters.ts';
import { isMetricShown, toggleMetricVisibility } from '../filters/metricSelection.ts';
import { formatDay, formatNumber, timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from '../url/useViewState.ts';
import type { Scale, TimeAxis, ViewState } from '../url/viewState.ts';
import { BIN_WORDS } from './chartBins.ts';
import type { ChartGroup } from './chartGroups.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { legendModel } from './chartLegend.ts';
import { scaledChartData } from './chartScale.ts';
import { pinnedPoints, type ChartData } from './chartSeries.ts';
import type { ChartPoint } from './chartPoint.ts';
import type { MetricId } from '../../dataset/metrics.ts';
import { ChartTable } from './ChartTable.tsx';
import type { FigureChartProps } from './FigureChart.tsx';
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

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function ChartPanel({ chart, index, positions, view, setView, shapes, repeats }: Props) {
  const listHoverId = useUiStore((s) => s.listHoverId);
  const axis = view.timeAxis;
  const { data, scale } = useMemo(
    () => scaledChartData(columnsOnAxis(index.columns, axis), positions, chart.metrics, view.scale),
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
  // Legend entries for the metrics this dataset has at all, shown or hidden.
  const legendMetrics = useMemo(
    () => chart.metrics.filter((m) => index.rows.some((r) => r.metric === m)),
    [chart.metrics, index],
  );
  return (
    <ChartPanelView
      chart={chart}
      data={data}
      scale={scale}
      pinned={pinned}
      legendMetrics={legendMetrics}
      events={view.events ? index.events : NO_EVENTS}
      view={view}
      setView={setView}
      shapes={shapes}
      repeats={repeats}
    />
  );
}

interface ViewProps {
  chart: ChartGroup;
  /** The chart's data on its axis, and that axis. */
  data: ChartData;
  scale: Scale;
  /** Figures drawn on their own although summed up: the selected and the hovered one. */
  pinned: readonly ChartPoint[];
  /** The chart's metrics that the dataset has at all: the legend's entries. */
  legendMetrics: readonly MetricId[];
  /** The war's events to mark (none when they are switched off). */
  events: readonly WarEvent[];
  view: ViewState;
  setView: SetView;
  shapes: ReadonlyMap<string, MarkerShape>;
  repeats: ReadonlyMap<number, Repeats> | null;
  /** The first view (drawn before the full data is in): nothing to download yet. */
  preview?: boolean;
  /**
   * The chart to draw with in place of FigureChart, whose code loads after the page's: the
   * first view drawn at build time (StaticChart.tsx, scripts/prerender.ts).
   */
  Chart?: ComponentType<FigureChartProps> | undefined;
}

/** One chart as given: what ChartPanel computed, or the first view's precomputed data. */
export function ChartPanelView({
  chart,
  data,
  scale,
  pinned,
  legendMetrics,
  events,
  view,
  setView,
  shapes,
  repeats,
  preview = false,
  Chart,
}: ViewProps) {
  const requestScroll = useUiStore((s) => s.requestScroll);
  const loaded = useFigureChart();
  const chartCode = Chart ? { status: 'loaded' as const, Chart } : loaded;
  const axis = view.timeAxis;
  const legend = useMemo(() => legendModel(data, shapes), [data, shapes]);
  const tableEvents = useMemo(() => eventsWithin(events, data.xDomain), [events, data.xDomain]);
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

  const fileName = chartFileName(chart.title);
  function download(format: 'png' | 'svg') {
    const svg = chartBox.current?.querySelector('svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) return;
    void downloadChart(
      svg,
      fileName,
      {
        title: `${chart.title}${scale === 'log' ? ' (log scale)' : ''} — Conflict Figures`,
        legend,
        footer: sheetFooter({
          filters: filtersLine(view),
          publisherCount: data.publishers.length,
          link: window.location.href,
          day: formatDay(timeToDay(Date.now())),
        }),
      },
      format,
    );
  }
  function downloadLines() {
    const csv = seriesCsv(data);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileName}-lines.csv`);
  }

  // As FigureChart's height, with room for the events' labels (LABEL_ROOM) when they are on.
  const height = events.length > 0 ? 'h-[286px] sm:h-[326px]' : 'h-[260px] sm:h-[300px]';
  return (
    <section
      aria-labelledby={titleId}
      className="panel min-w-0"
      data-chart={chart.id}
      data-scale={data.pointCount > 0 ? scale : undefined}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id={titleId} className="font-semibold">
          {chart.title}
        </h3>
        {/* The first view has nothing to download yet, but keeps the links' room (unseen), so
            that the title does not wrap otherwise than the dashboard's. */}
        {view.chartView === 'chart' && data.pointCount > 0 && (
          <div
            className={`flex gap-1 text-sm ${preview ? 'invisible' : ''}`}
            aria-hidden={preview ? true : undefined}
          >
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
            <button
              type="button"
              className="btn-quiet px-1 py-0"
              aria-label={`Download the ${chart.title} chart’s lines of daily totals as CSV`}
              onClick={downloadLines}
            >
              CSV
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
        model={legend}
      />
      {data.pointCount === 0 ? (
        <p className="muted flex h-40 items-center justify-center rounded-md border border-dashed border-slate-300 px-4 text-center text-sm dark:border-slate-700">
          {data.undatedCount === 0
            ? 'No figures of these metrics match the filters.'
            : `No figures of these metrics with a date match the filters. ${undatedWords(data.undatedCount, axis, listed)}`}
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
        // data-chart-box: the page's first view, drawn at build time, stays until this box has
        // its marks (prerender/handover.ts).
        <div ref={chartBox} data-chart-box="">
          {chartCode.status === 'loaded' ? (
            <chartCode.Chart
              chartId={chart.id}
              data={data}
              pinned={pinned}
              scale={scale}
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
      {data.pointCount > 0 && (
        <ChartNotes
          data={data}
          scale={scale}
          view={view}
          listed={listed}
          canPickDates={selectRange !== undefined}
          onScale={(next) => {
            setView({ scale: next });
          }}
        />
      )}
    </section>
  );
}

function undatedWords(count: number, axis: TimeAxis, listed: string): string {
  const why =
    axis === 'published'
      ? `no date on this axis (${undatedWhy(axis, count === 1)})`
      : `no date at all (neither ${plural(count, 'its', 'their')} own nor ${plural(count, 'its article’s', 'their articles’')})`;
  return `${formatNumber(count)} matching ${plural(count, 'figure has', 'figures have')} ${why} and ${plural(count, 'is', 'are')} not plotted; ${plural(count, 'it is', 'they are')} in ${listed}.`;
}

/** What a reader needs to read the chart right: what marks sum up, dates, the value axis. */
function ChartNotes({
  data,
  scale,
  view,
  listed,
  canPickDates,
  onScale,
}: {
  data: ChartData;
  scale: Scale;
  view: ViewState;
  /** Where every figure is listed: the list, or the full view's (embedded). */
  listed: string;
  /** Whether dragging across the chart picks dates (not on the publication axis). */
  canPickDates: boolean;
  onScale: (scale: ViewState['scale']) => void;
}) {
  const axis = view.timeAxis;
  const [low, high] = data.valueRange;
  const span =
    low !== undefined && high !== undefined ? `${formatNumber(low)} to ${formatNumber(high)}` : '';
  return (
    <div className="muted mt-2 space-y-1 text-xs">
      <p>
        {data.binning &&
          `${formatNumber(data.pointCount)} dated figures: each translucent mark sums up the figures of ${BIN_WORDS[data.binning.unit]} and one metric${data.binning.byPublisher ? ' and publisher' : ''} (median, with a whisker over their range); lone figures and outliers are drawn singly. Click or tap a mark to zoom in to its days; ${listed} has every figure. `}
        {data.reportDatedCount > 0 &&
          `${formatNumber(data.reportDatedCount)} ${plural(data.reportDatedCount, 'figure does', 'figures do')} not say which day ${plural(data.reportDatedCount, 'it describes', 'they describe')}: ${plural(data.reportDatedCount, 'it is', 'they are')} dated by the report, drawn at the article’s publication day with a tail to the left (the day described may be earlier). `}
        {data.undatedCount > 0 && `${undatedWords(data.undatedCount, axis, listed)} `}
        {view.chartView === 'chart' && !data.binning && canPickDates && (
          <span className="pointer-coarse:hidden">Drag across the chart to pick dates.</span>
        )}
      </p>
      {view.chartView === 'chart' && scale === 'log' && view.scale === 'auto' && (
        <p data-scale-note="auto-log">
          Log scale: the values here run from {span}, so each gridline step multiplies rather than
          adds.{' '}
          <button
            type="button"
            className="btn-quiet px-0 py-0"
            onClick={() => {
              onScale('linear');
            }}
          >
            Use a linear scale
          </button>
        </p>
      )}
      {view.chartView === 'chart' && scale === 'linear' && data.decades >= 2 && (
        <p>
          Values here range over {Math.floor(data.decades)} powers of ten, so small ones hug the
          axis.{' '}
          <button
            type="button"
            className="btn-quiet px-0 py-0"
            onClick={() => {
              onScale('log');
            }}
          >
            Use the log scale
          </button>
        </p>
      )}
    </div>
  );
}
