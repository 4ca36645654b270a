// A chart of figures over time. It draws what it is given and reports clicks and drags; the
// view decides what they mean. Axes, lines and marks are plain SVG on scales of our own
// (chartScales.ts): a charting library's store and layout passes cost more than the drawing
// itself at 100,000 figures. When every figure is drawn, each is an element of its own; when
// the chart sums figures up, marks and the single figures beside them are a few paths
// (BucketMarks) that the pointer finds by position, and only the figure pointed at, selected
// or hovered in the list is an element. Points are not tab stops: the table view and the list
// are the keyboard's way to the same figures.
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { formatDay, formatMonth, formatNumber, timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { Scale } from '../url/viewState.ts';
import {
  bucketAt,
  placeBuckets,
  placeFigures,
  type PlacedBucket,
  type PlacedFigure,
} from './bucketLayout.ts';
import { BucketMarks, FigureMarks, HoveredBucket } from './BucketMarks.tsx';
import { BucketTooltip } from './BucketTooltip.tsx';
import { BIN_DAYS, BIN_WORDS, DAY_MS } from './chartBins.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartBucket } from './chartMarks.ts';
import { ChartAxes } from './ChartAxes.tsx';
import { plotArea, plotScales, type Scales } from './chartScales.ts';
import {
  linearTicks,
  logTicks,
  monthTicks,
  type ChartData,
  type ChartPoint,
  type ChartSeries,
} from './chartSeries.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { FigureMarker } from './FigureMarker.tsx';
import { OTHER_SHAPE } from './publisherShapes.ts';
import type { MarkerShape } from './symbolPath.ts';
import { useElementWidth } from './useElementWidth.ts';

export interface FigureChartProps {
  chartId: string;
  data: ChartData;
  /** Figures drawn on top although summed up in a mark: the selected and the hovered one. */
  pinned: readonly ChartPoint[];
  scale: Scale;
  shapes: ReadonlyMap<string, MarkerShape>;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
  onSelectRange: (from: string, to: string) => void;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });
const MIN_DRAG_PX = 8;
const formatTime = (t: number) => formatMonth(t);
const formatValue = (v: number) => compact.format(v);

/** Each metric's line of reported totals. */
const TotalsLines = memo(function TotalsLines({
  series,
  scales,
}: {
  series: readonly ChartSeries[];
  scales: Scales;
}) {
  return series.map((s) =>
    s.totals.length > 1 ? (
      <path
        key={`line-${s.metric}`}
        d={`M${s.totals.map((p) => `${scales.x(p.t).toFixed(1)},${scales.y(p.value).toFixed(1)}`).join('L')}`}
        fill="none"
        stroke={METRIC_COLOR[s.metric]}
        strokeWidth={1.5}
        strokeOpacity={0.75}
      />
    ) : null,
  );
});

interface MarksProps {
  chartId: string;
  points: readonly ChartPoint[];
  scales: Scales;
  shapes: ReadonlyMap<string, MarkerShape>;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
}

/** Single figures, one element each, so they can be pointed at, clicked and found by tests. */
const FigureMarkers = memo(function FigureMarkers({
  chartId,
  points,
  scales,
  shapes,
  selectedId,
  onSelectFigure,
}: MarksProps) {
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

export function FigureChart({
  chartId,
  data,
  pinned,
  scale,
  shapes,
  selectedId,
  onSelectFigure,
  onSelectRange,
}: FigureChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const height = width < 500 ? 260 : 300;
  const hover = useUiStore((s) => s.chartHover);
  const setHover = useUiStore((s) => s.setChartHover);
  const area = useMemo(() => plotArea(width, height), [width, height]);
  const [drag, setDrag] = useState<{ startPx: number; start: number; end: number } | null>(null);
  // A drag ends in a click event too; that click must not zoom into a mark.
  const dragged = useRef(false);

  // The same domains as last time are the same arrays, so the axes are not redrawn.
  const [x0, x1] = data.xDomain;
  const [y0, y1] = data.yDomain;
  const xDomain = useMemo<[number, number]>(() => [x0, x1], [x0, x1]);
  const yDomain = useMemo<[number, number]>(() => [y0, y1], [y0, y1]);
  const maxXTicks = Math.max(2, Math.floor(width / 90));
  const xTicks = useMemo(() => monthTicks(xDomain, maxXTicks), [xDomain, maxXTicks]);
  const yTicks = useMemo(
    () => (scale === 'log' ? logTicks(yDomain) : linearTicks(yDomain)),
    [yDomain, scale],
  );
  const scales = useMemo(
    () => (width > 0 ? plotScales(area, xDomain, yDomain, scale) : null),
    [width, area, xDomain, yDomain, scale],
  );
  const placed = useMemo(() => {
    if (!scales || !data.binning) return [];
    // Marks of neighbouring spans should not cover each other: at most as wide as a span.
    const spanPx = scales.x(x0 + BIN_DAYS[data.binning.unit] * DAY_MS) - scales.x(x0);
    return placeBuckets(data.series, scales, shapes, spanPx, data.publishers);
  }, [scales, data, shapes, x0]);
  const points = useMemo(() => data.series.flatMap((s) => s.points), [data]);
  // Summed up: single figures are paths too, found by position like the marks.
  const placedFigures = useMemo(
    () => (scales && data.binning ? placeFigures(points, scales, shapes) : []),
    [scales, data.binning, points, shapes],
  );

  const mine = hover?.chartId === chartId ? hover : null;
  const hoveredPoint =
    mine?.kind === 'figure' ? [...points, ...pinned].find((p) => p.id === mine.id) : undefined;
  const hoveredBucket: PlacedBucket | undefined =
    mine?.kind === 'bucket' ? placed.find((p) => p.bucket.id === mine.id) : undefined;
  // Figures drawn as elements: all of them, or when summed up the ones that need to stand out.
  const elements = useMemo(() => {
    if (!data.binning) return [...points, ...pinned];
    const extra = hoveredPoint && !pinned.includes(hoveredPoint) ? [hoveredPoint] : [];
    const selected = selectedId === null ? [] : points.filter((p) => p.id === selectedId);
    return [...new Set([...selected, ...pinned, ...extra])];
  }, [data.binning, points, pinned, hoveredPoint, selectedId]);

  /** Pointer position inside the chart, in the chart's pixels. */
  const local = (event: MouseEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect();
    return rect ? { x: event.clientX - rect.left, y: event.clientY - rect.top } : null;
  };
  const timeAt = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || area.width <= 0) return null;
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left - area.x) / area.width));
    return x0 + fraction * (x1 - x0);
  };
  /** The single figure or summary mark under the pointer (figures first: they are smaller). */
  const markAt = (
    event: MouseEvent<HTMLDivElement>,
  ): { figure: PlacedFigure } | { bucket: PlacedBucket } | null => {
    if ((event.target as Element).closest('[data-figure-id]')) return null;
    const at = local(event);
    if (!at) return null;
    const figure = bucketAt(placedFigures, at.x, at.y, 2);
    if (figure) return { figure };
    const bucket = bucketAt(placed, at.x, at.y);
    return bucket ? { bucket } : null;
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    dragged.current = false;
    if (event.button !== 0 || event.pointerType === 'touch') return;
    if ((event.target as Element).closest('[data-figure-id]')) return;
    const t = timeAt(event.clientX);
    if (t === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ startPx: event.clientX, start: t, end: t });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (drag) {
      const t = timeAt(event.clientX);
      if (t !== null) setDrag({ ...drag, end: t });
      return;
    }
    if (!data.binning) return;
    const mark = markAt(event);
    if (mark && 'figure' in mark) {
      const { figure } = mark;
      if (mine?.kind !== 'figure' || mine.id !== figure.point.id) {
        setHover({ kind: 'figure', id: figure.point.id, chartId, x: figure.x, y: figure.y });
      }
    } else if (mark) {
      const { bucket } = mark;
      if (mine?.kind !== 'bucket' || mine.id !== bucket.bucket.id) {
        setHover({ kind: 'bucket', id: bucket.bucket.id, chartId, x: bucket.x, y: bucket.y });
      }
    } else if (mine && !(event.target as Element).closest('[data-figure-id]')) {
      setHover(null);
    }
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    setDrag(null);
    if (Math.abs(event.clientX - drag.startPx) < MIN_DRAG_PX) return;
    dragged.current = true;
    const [from, to] = [drag.start, drag.end].sort((a, b) => a - b) as [number, number];
    onSelectRange(timeToDay(from), timeToDay(to));
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (dragged.current) return;
    const mark = markAt(event);
    if (mark && 'figure' in mark) onSelectFigure(mark.figure.point.id);
    else if (mark) zoom(mark.bucket.bucket);
  }

  function zoom(bucket: ChartBucket) {
    setHover(null);
    onSelectRange(bucket.from, bucket.to);
  }

  const first = formatDay(timeToDay(x0 + (x1 - x0) * 0.04));
  const description = data.binning
    ? `${formatNumber(data.pointCount)} dated figures from about ${first}, shown as ${formatNumber(data.markCount)} marks: figures of ${BIN_WORDS[data.binning.unit]} and one metric${data.binning.byPublisher ? ' and publisher' : ''} are summed up as their median and range. The table view lists the marks; the list has every figure.`
    : `${data.pointCount} dated figures plotted from about ${first}. The table view lists the same figures.`;

  return (
    <div
      ref={box}
      className="relative mt-2 select-none [contain:layout]"
      style={{
        height,
        cursor: hoveredBucket ? 'zoom-in' : hoveredPoint && data.binning ? 'pointer' : undefined,
      }}
      data-mark-count={data.markCount}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerLeave={() => {
        if (mine && data.binning) setHover(null);
      }}
      onPointerCancel={() => {
        setDrag(null);
      }}
      onClick={onClick}
    >
      <p className="sr-only">{description}</p>
      {scales && (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="chart-surface block"
          aria-hidden="true"
        >
          <ChartAxes
            area={area}
            scales={scales}
            xTicks={xTicks}
            yTicks={yTicks}
            formatX={formatTime}
            formatY={formatValue}
          />
          <g className="chart-marks">
            <TotalsLines series={data.series} scales={scales} />
            <BucketMarks placed={placed} />
            <FigureMarks placed={placedFigures} />
            <FigureMarkers
              chartId={chartId}
              points={elements}
              scales={scales}
              shapes={shapes}
              selectedId={selectedId}
              onSelectFigure={onSelectFigure}
            />
            {hoveredBucket && <HoveredBucket placed={hoveredBucket} />}
          </g>
          {drag && (
            <rect
              x={Math.max(area.x, scales.x(Math.min(drag.start, drag.end)))}
              y={area.y}
              width={Math.abs(scales.x(drag.end) - scales.x(drag.start))}
              height={area.height}
              fill="#3b82f6"
              fillOpacity={0.15}
              stroke="#3b82f6"
            />
          )}
        </svg>
      )}
      {hoveredPoint && mine && (
        <ChartTooltip row={hoveredPoint.row} x={mine.x} y={mine.y} chartWidth={width} />
      )}
      {hoveredBucket && mine && (
        <BucketTooltip bucket={hoveredBucket.bucket} x={mine.x} y={mine.y} chartWidth={width} />
      )}
    </div>
  );
}
