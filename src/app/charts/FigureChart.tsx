// A chart of figures over time. It draws what it is given and reports clicks and drags; the
// view decides what they mean. Recharts draws the axes and grid; lines and marks are drawn
// directly on the same scales (chartScales.ts): single figures one element each, summary marks
// a few paths (BucketMarks) that the pointer finds by position. Points are not tab stops: the
// table view and the list are the keyboard's way to the same figures.
// Loaded lazily (see ChartPanel): the charting library is not part of the first download.
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { CartesianGrid, ComposedChart, ReferenceArea, usePlotArea, XAxis, YAxis } from 'recharts';
import { formatDay, formatMonth, formatNumber, timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { Scale } from '../url/viewState.ts';
import { bucketAt, placeBuckets, type PlacedBucket } from './bucketLayout.ts';
import { BucketMarks, HoveredBucket } from './BucketMarks.tsx';
import { BucketTooltip } from './BucketTooltip.tsx';
import { BIN_DAYS, BIN_WORDS, DAY_MS } from './chartBins.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartBucket } from './chartMarks.ts';
import { plotScales, type PlotArea, type Scales } from './chartScales.ts';
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
// Props handed to Recharts are constants or memoized: a new object each render makes it
// re-dispatch its settings and redraw the axes, which would be most of a filter change's cost.
const MARGIN = { top: 14, right: 18, bottom: 0, left: 0 };
const TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const formatTime = (t: number) => formatMonth(t);
const formatValue = (v: number) => compact.format(v);

/** Reports where the plot sits inside the chart, before the frame is painted. */
function PlotAreaProbe({ onChange }: { onChange: (area: PlotArea) => void }) {
  const area = usePlotArea();
  const x = area?.x;
  const y = area?.y;
  const width = area?.width;
  const height = area?.height;
  useLayoutEffect(() => {
    if (x !== undefined && y !== undefined && width !== undefined && height !== undefined) {
      onChange({ x, y, width, height });
    }
  }, [x, y, width, height, onChange]);
  return null;
}

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

export default function FigureChart({
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
  const [area, setArea] = useState<PlotArea | null>(null);
  const rememberArea = useCallback((next: PlotArea) => {
    setArea((old) =>
      old &&
      old.x === next.x &&
      old.y === next.y &&
      old.width === next.width &&
      old.height === next.height
        ? old
        : next,
    );
  }, []);
  const [drag, setDrag] = useState<{ startPx: number; start: number; end: number } | null>(null);
  // A drag ends in a click event too; that click must not zoom into a mark.
  const dragged = useRef(false);

  // The same domains as last time are the same arrays, so Recharts sees nothing new.
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
    () => (area ? plotScales(area, xDomain, yDomain, scale) : null),
    [area, xDomain, yDomain, scale],
  );
  const placed = useMemo(() => {
    if (!scales || !data.binning) return [];
    // Marks of neighbouring spans should not cover each other: at most as wide as a span.
    const spanPx = scales.x(x0 + BIN_DAYS[data.binning.unit] * DAY_MS) - scales.x(x0);
    return placeBuckets(data.series, scales, shapes, Math.max(24, spanPx * spanPx));
  }, [scales, data, shapes, x0]);
  const points = useMemo(() => data.series.flatMap((s) => s.points), [data]);
  const drawn = useMemo(() => [...points, ...pinned], [points, pinned]);

  const mine = hover?.chartId === chartId ? hover : null;
  const hoveredPoint = mine?.kind === 'figure' ? drawn.find((p) => p.id === mine.id) : undefined;
  const hoveredBucket: PlacedBucket | undefined =
    mine?.kind === 'bucket' ? placed.find((p) => p.bucket.id === mine.id) : undefined;

  /** Pointer position inside the chart, in the chart's pixels. */
  const local = (event: MouseEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect();
    return rect ? { x: event.clientX - rect.left, y: event.clientY - rect.top } : null;
  };
  const timeAt = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || !area || area.width <= 0) return null;
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left - area.x) / area.width));
    return x0 + fraction * (x1 - x0);
  };
  const markAt = (event: MouseEvent<HTMLDivElement>): PlacedBucket | null => {
    if ((event.target as Element).closest('[data-figure-id]')) return null;
    const at = local(event);
    return at ? bucketAt(placed, at.x, at.y) : null;
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
    if (placed.length === 0) return;
    const mark = markAt(event);
    if (mark) {
      if (mine?.kind !== 'bucket' || mine.id !== mark.bucket.id) {
        setHover({ kind: 'bucket', id: mark.bucket.id, chartId, x: mark.x, y: mark.y });
      }
    } else if (mine?.kind === 'bucket') {
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
    if (mark) zoom(mark.bucket);
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
      className="relative mt-2 select-none"
      style={{ height, cursor: hoveredBucket ? 'zoom-in' : undefined }}
      data-mark-count={data.markCount}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerLeave={() => {
        if (mine?.kind === 'bucket') setHover(null);
      }}
      onPointerCancel={() => {
        setDrag(null);
      }}
      onClick={onClick}
    >
      <p className="sr-only">{description}</p>
      {width > 0 && (
        <ComposedChart
          width={width}
          height={height}
          margin={MARGIN}
          accessibilityLayer={false}
          aria-hidden="true"
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            type="number"
            dataKey="t"
            domain={xDomain}
            allowDataOverflow
            ticks={xTicks}
            tickFormatter={formatTime}
            tick={TICK}
            stroke="var(--chart-grid)"
          />
          <YAxis
            type="number"
            dataKey="value"
            scale={scale}
            domain={yDomain}
            allowDataOverflow
            ticks={yTicks}
            tickFormatter={formatValue}
            tick={TICK}
            stroke="var(--chart-grid)"
            width={48}
          />
          <PlotAreaProbe onChange={rememberArea} />
          {scales && (
            <g className="chart-marks">
              <TotalsLines series={data.series} scales={scales} />
              <BucketMarks placed={placed} />
              <FigureMarkers
                chartId={chartId}
                points={drawn}
                scales={scales}
                shapes={shapes}
                selectedId={selectedId}
                onSelectFigure={onSelectFigure}
              />
              {hoveredBucket && <HoveredBucket placed={hoveredBucket} />}
            </g>
          )}
          {drag && (
            <ReferenceArea
              x1={Math.min(drag.start, drag.end)}
              x2={Math.max(drag.start, drag.end)}
              fill="#3b82f6"
              fillOpacity={0.15}
              stroke="#3b82f6"
              ifOverflow="hidden"
            />
          )}
        </ComposedChart>
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
