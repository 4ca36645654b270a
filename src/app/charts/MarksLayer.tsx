// The figures and summary marks of a chart, drawn inside the Recharts chart on its own scales
// (useXAxisScale, useYAxisScale), in a z-index layer above Recharts' lines and axes. When every
// figure is drawn, each is an element of its own (FigureMarker); when the chart sums figures
// up, marks and the single figures beside them are a few paths (BucketMarks) that the chart
// finds under the pointer by position, and only the figure pointed at, selected or hovered in
// the list is an element. What changes with the pointer or the list (hover, pinned figures,
// the selection) comes through MarksContext, so that only this layer redraws for it: the
// Recharts chart around it does not.
import {
  createContext,
  memo,
  use,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import {
  DefaultZIndexes,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import { useUiStore, type ChartHover } from '../ui/uiStore.ts';
import {
  placeBuckets,
  placeFigures,
  type PlacedBucket,
  type PlacedFigure,
} from './bucketLayout.ts';
import { BucketMarks, FigureMarks, HoveredBucket } from './BucketMarks.tsx';
import { METRIC_COLOR } from './chartGroups.ts';
import { DAY_MS } from '../filters/figureColumns.ts';
import { BIN_DAYS } from './chartBins.ts';
import { scalesOf, type PlotArea, type Scales } from './chartScales.ts';
import type { ChartPoint } from './chartPoint.ts';
import type { ChartData, ChartSeries } from './chartSeries.ts';
import { FigureMarker } from './FigureMarker.tsx';
import { OTHER_SHAPE } from './publisherShapes.ts';
import type { MarkerShape } from './symbolPath.ts';
import { totalsPath } from './totalsLine.ts';

/** Where things are in the chart, for the pointer handlers around it. */
export interface ChartGeometry {
  /** The time at a horizontal pixel (Recharts' inverse x scale). */
  timeAt: (px: number) => number | null;
  placed: readonly PlacedBucket[];
  placedFigures: readonly PlacedFigure[];
}

export interface MarksState {
  chartId: string;
  data: ChartData;
  /** Figures drawn on top although summed up in a mark: the selected and the hovered one. */
  pinned: readonly ChartPoint[];
  shapes: ReadonlyMap<string, MarkerShape>;
  selectedId: string | null;
  /** What the pointer is on in this chart, if anything. */
  hover: ChartHover | null;
  /** The figure the pointer is on, found among the chart's and the pinned figures. */
  hoveredPoint: ChartPoint | undefined;
  onSelectFigure: (id: string) => void;
  onGeometry: (geometry: ChartGeometry) => void;
}

export const MarksContext = createContext<MarksState | null>(null);

/** Single figures, one element each, so they can be pointed at, clicked and found by tests. */
const FigureMarkers = memo(function FigureMarkers({
  chartId,
  points,
  scales,
  floor,
  shapes,
  selectedId,
  onSelectFigure,
}: {
  chartId: string;
  points: readonly ChartPoint[];
  scales: Scales;
  floor: number;
  shapes: ReadonlyMap<string, MarkerShape>;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
}) {
  const listHoverId = useUiStore((s) => s.listHoverId);
  const setHover = useUiStore((s) => s.setChartHover);
  const enter = useCallback(
    (p: ChartPoint, x: number, y: number) => {
      setHover({ kind: 'figure', id: p.id, chartId, x, y });
    },
    [setHover, chartId],
  );
  const leave = useCallback(() => {
    setHover(null);
  }, [setHover]);
  return points.map((p) => (
    <FigureMarker
      key={p.id}
      cx={scales.x(p.t)}
      cy={scales.y(p.value)}
      floor={floor}
      point={p}
      shape={shapes.get(p.row.publisher) ?? OTHER_SHAPE}
      selected={p.id === selectedId}
      highlighted={p.id === listHoverId}
      onEnter={enter}
      onLeave={leave}
      onSelect={onSelectFigure}
    />
  ));
});

/**
 * Each metric's line of reported totals (two or more), joined in day order. Drawn here on
 * Recharts' scales rather than as Recharts' own Line: a Line takes its data through the
 * library's store (an update, its selectors and a render of every line a commit later) on
 * every filter change, which cost more than drawing the paths. data-vertices says how many
 * totals a line joins (bench:ui waits for it).
 */
export const TotalsLines = memo(function TotalsLines({
  series,
  scales,
  plot,
}: {
  series: readonly ChartSeries[];
  scales: Scales;
  plot: PlotArea;
}) {
  // Clipped to the plot, as Recharts clips its lines: a summed-up line's first and last
  // vertices sit in the middle of their spans, which may lie beyond the axis' ends.
  const clipId = useId();
  const lines = series.map((s) => {
    if (s.totals.length < 2) return null;
    const d = totalsPath(s.totals, scales);
    return (
      <g key={s.metric} data-vertices={s.totals.length}>
        <path
          className="chart-totals-line"
          d={d}
          fill="none"
          stroke={METRIC_COLOR[s.metric]}
          strokeWidth={1.5}
          strokeOpacity={0.75}
        />
      </g>
    );
  });
  return (
    <g className="chart-lines" clipPath={`url(#${clipId})`}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      {lines}
    </g>
  );
});

/**
 * Whether Recharts' scales are those of these domains: the domains' ends fall on the plot's
 * edges. After new data, Recharts takes its new domains through its store, a render later.
 */
function scalesFit(scales: Scales, plot: PlotArea, data: ChartData): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  const [x0, x1] = data.xDomain;
  const [y0, y1] = data.yDomain;
  return (
    near(scales.x(x0), plot.x) &&
    near(scales.x(x1), plot.x + plot.width) &&
    near(scales.y(y0), plot.y + plot.height) &&
    near(scales.y(y1), plot.y)
  );
}

/** The marks layer: the figures and summary marks of the chart's data, on Recharts' scales. */
export function MarksLayer() {
  const state = use(MarksContext);
  return state ? <Marks state={state} /> : null;
}

const Marks = memo(function Marks({ state }: { state: MarksState }) {
  const { data: latest, pinned: latestPinned, shapes, selectedId, hover, onGeometry } = state;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xInverse = useXAxisInverseScale();
  const plotArea = usePlotArea();
  const px = plotArea?.x;
  const py = plotArea?.y;
  const pw = plotArea?.width;
  const ph = plotArea?.height;
  const plot = useMemo(
    () =>
      px === undefined || py === undefined || pw === undefined || ph === undefined
        ? null
        : { x: px, y: py, width: pw, height: ph },
    [px, py, pw, ph],
  );
  const scales = useMemo(
    () => (xScale && yScale ? scalesOf(xScale, yScale) : null),
    [xScale, yScale],
  );
  // New data whose domains Recharts has not taken yet would be drawn on the old scales. Until
  // it has (a render later: before that frame is painted, unless the render was deferred),
  // the data drawn last stays, so that marks and axes always agree.
  const [held, setHeld] = useState({ data: latest, pinned: latestPinned });
  const fits = scales !== null && plot !== null && scalesFit(scales, plot, latest);
  if (fits && held.data !== latest) setHeld({ data: latest, pinned: latestPinned });
  const data = fits ? latest : held.data;
  const pinned = fits ? latestPinned : held.pinned;

  const placed = useMemo(
    () => (scales && data.binning ? placeMarks(data, scales, shapes) : []),
    [scales, data, shapes],
  );
  const { binning } = data;
  const points = useMemo(() => data.series.flatMap((s) => s.points), [data]);
  // Summed up: single figures are paths too, found by position like the marks.
  const placedFigures = useMemo(
    () => (scales && binning ? placeFigures(points, scales, shapes) : []),
    [scales, binning, points, shapes],
  );
  // Summed up, the figure pointed at is drawn as an element too (when not, it already is).
  const pointed = binning ? state.hoveredPoint : undefined;
  // Figures drawn as elements: all of them, or when summed up the ones that need to stand out.
  const elements = useMemo(() => {
    if (!binning) return [...points, ...pinned];
    const extra = pointed && !pinned.includes(pointed) ? [pointed] : [];
    const selected = selectedId === null ? [] : points.filter((p) => p.id === selectedId);
    return [...new Set([...selected, ...pinned, ...extra])];
  }, [binning, points, pinned, pointed, selectedId]);

  useLayoutEffect(() => {
    if (!plot || !xInverse) return;
    const left = plot.x;
    const right = plot.x + plot.width;
    onGeometry({
      timeAt: (at) => {
        const t = xInverse(Math.min(right, Math.max(left, at)));
        return typeof t === 'number' && Number.isFinite(t) ? t : null;
      },
      placed,
      placedFigures,
    });
  }, [onGeometry, plot, xInverse, placed, placedFigures]);

  if (!scales || !plot) return null;
  const floor = plot.y + plot.height;
  const hoveredBucket =
    hover?.kind === 'bucket' ? placed.find((p) => p.bucket.id === hover.id) : undefined;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <TotalsLines series={data.series} scales={scales} plot={plot} />
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        <MarkGroups
          markCount={data.markCount}
          placed={placed}
          placedFigures={placedFigures}
          floor={floor}
          chartId={state.chartId}
          elements={elements}
          scales={scales}
          shapes={shapes}
          selectedId={selectedId}
          onSelectFigure={state.onSelectFigure}
          hoveredBucket={hoveredBucket}
        />
      </ZIndexLayer>
    </>
  );
});

/**
 * Summary marks placed on the scales: at most as wide as a span of the chart's binning, so
 * that marks of neighbouring spans do not cover each other. None when nothing is summed up.
 */
export function placeMarks(
  data: ChartData,
  scales: Scales,
  shapes: ReadonlyMap<string, MarkerShape>,
): PlacedBucket[] {
  if (!data.binning) return [];
  const x0 = data.xDomain[0];
  const spanPx = scales.x(x0 + BIN_DAYS[data.binning.unit] * DAY_MS) - scales.x(x0);
  return placeBuckets(data.series, scales, shapes, spanPx, data.publishers);
}

/** What is drawn of a chart's figures: summary marks, summed-up figures, figures as elements. */
export function MarkGroups({
  markCount,
  placed,
  placedFigures,
  floor,
  chartId,
  elements,
  scales,
  shapes,
  selectedId,
  onSelectFigure,
  hoveredBucket,
}: {
  markCount: number;
  placed: readonly PlacedBucket[];
  placedFigures: readonly PlacedFigure[];
  /** The plot's floor, where stems end. */
  floor: number;
  chartId: string;
  /** Figures drawn as elements of their own. */
  elements: readonly ChartPoint[];
  scales: Scales;
  shapes: ReadonlyMap<string, MarkerShape>;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
  hoveredBucket?: PlacedBucket | undefined;
}) {
  return (
    // What is drawn: the chart's marks once they are on the chart's scales (bench:ui and the
    // end-to-end tests read this).
    <g data-mark-count={markCount}>
      <g className="chart-marks">
        <BucketMarks placed={placed} floor={floor} />
        <FigureMarks placed={placedFigures} floor={floor} />
        <FigureMarkers
          chartId={chartId}
          points={elements}
          scales={scales}
          floor={floor}
          shapes={shapes}
          selectedId={selectedId}
          onSelectFigure={onSelectFigure}
        />
        {hoveredBucket && <HoveredBucket placed={hoveredBucket} />}
      </g>
    </g>
  );
}
