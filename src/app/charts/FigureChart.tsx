// A chart of figures over time. It draws what it is given and reports clicks and drags; the
// view decides what they mean. Recharts draws the chart: its frame, the time and value axes
// (linear or log), the grid and, while dragging, the range being picked. The figures, summary
// marks and each metric's line of reported totals are drawn inside it, on its scales
// (MarksLayer), so that new data is not Recharts' to take in. Points are not tab stops: the table view and the list are the keyboard's way
// to the same figures.
// Loaded lazily (see loadFigureChart.ts): Recharts is not part of the first download.
import {
  createContext,
  memo,
  use,
  useCallback,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  ReferenceArea,
  XAxis,
  YAxis,
} from 'recharts';
import type { WarEvent } from '../../dataset/events.ts';
import { EventsLayer } from '../events/EventsLayer.tsx';
import type { Repeats } from '../facts/facts.ts';
import { timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { Scale } from '../url/viewState.ts';
import { bucketAt, type PlacedBucket, type PlacedFigure } from './bucketLayout.ts';
import { BucketTooltip } from './BucketTooltip.tsx';
import {
  AXIS_TITLE_OFFSET,
  CHART_MARGIN,
  chartDescription,
  chartHeight,
  EVENTS_MARGIN,
  formatDayTick,
  formatMonthTick,
  formatValueTick,
  maxTimeTicks,
  TICK_FONT_SIZE,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
} from './chartFrame.ts';
import type { ChartBucket } from './chartMarks.ts';
import { linearTicks, logTicks, timeTicks, type ChartData } from './chartSeries.ts';
import type { ChartPoint } from './chartPoint.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { MarksContext, MarksLayer, type ChartGeometry, type MarksState } from './MarksLayer.tsx';
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
  /** Dragging across the chart (or clicking a mark) picks these days; absent, it does not. */
  onSelectRange?: ((from: string, to: string) => void) | undefined;
  /** The war's events to mark (none when they are switched off). */
  events: readonly WarEvent[];
  /** What x is: the day described or the day published. */
  xTitle: string;
  /** With repeated figures shown once: how often each figure drawn was reported, by position. */
  repeats: ReadonlyMap<number, Repeats> | null;
}

const MIN_DRAG_PX = 8;
// Props handed to Recharts are constants or memoized (chartFrame.ts): a new object each render
// makes it dispatch its settings again and redraw the axes. The axes' ticks are ours
// (niceTicks="none"): Recharts would otherwise work out "nice" ticks of its own, in decimal
// arithmetic, on every new domain, only to keep the domain (fixed) and draw our ticks.
const TICK = { fill: 'var(--chart-text)', fontSize: TICK_FONT_SIZE };
const AXIS_TITLE_STYLE = { fill: 'var(--chart-text)', fontSize: TICK_FONT_SIZE };
// Recharts sets the default cursor on its box; the chart's own box says zoom-in or pointer.
const CHART_STYLE = { cursor: 'inherit' };

interface Drag {
  startPx: number;
  start: number;
  end: number;
}

/** The range being dragged across, while it is. */
const DragContext = createContext<Drag | null>(null);

function DragArea() {
  const drag = use(DragContext);
  if (!drag) return null;
  return (
    <ReferenceArea
      x1={Math.min(drag.start, drag.end)}
      x2={Math.max(drag.start, drag.end)}
      fill="#3b82f6"
      fillOpacity={0.15}
      stroke="#3b82f6"
      ifOverflow="hidden"
      zIndex={DefaultZIndexes.activeDot}
    />
  );
}

/** Recharts' grid at the value ticks; apart from the chart, so new data does not redraw it. */
const Grid = memo(function Grid() {
  return <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />;
});

interface FrameProps {
  width: number;
  height: number;
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  /** Whether the time ticks are months or days. */
  xUnit: 'month' | 'day';
  yTicks: number[];
  scale: Scale;
  events: readonly WarEvent[];
  xTitle: string;
}

/**
 * The Recharts chart. Memoized on props that change with the data, the size or the scale
 * only: the pointer, the list and a drag reach the layers inside through context, so hovering
 * a figure in the list redraws the marks layer, not the chart.
 */
const ChartFrame = memo(function ChartFrame({
  width,
  height,
  xDomain,
  yDomain,
  xTicks,
  xUnit,
  yTicks,
  scale,
  events,
  xTitle,
}: FrameProps) {
  const axisLabel = useMemo(
    () => ({
      value: xTitle,
      position: 'insideBottom' as const,
      offset: AXIS_TITLE_OFFSET,
      ...AXIS_TITLE_STYLE,
    }),
    [xTitle],
  );
  return (
    <ComposedChart
      width={width}
      height={height}
      margin={events.length > 0 ? EVENTS_MARGIN : CHART_MARGIN}
      accessibilityLayer={false}
      style={CHART_STYLE}
    >
      <Grid />
      <EventsLayer events={events} />
      <XAxis
        type="number"
        dataKey="t"
        domain={xDomain}
        allowDataOverflow
        ticks={xTicks}
        niceTicks="none"
        interval={0}
        tickFormatter={xUnit === 'month' ? formatMonthTick : formatDayTick}
        tick={TICK}
        stroke="var(--chart-grid)"
        height={X_AXIS_HEIGHT}
        label={axisLabel}
      />
      <YAxis
        type="number"
        scale={scale}
        domain={yDomain}
        allowDataOverflow
        ticks={yTicks}
        niceTicks="none"
        interval={0}
        tickFormatter={formatValueTick}
        tick={TICK}
        stroke="var(--chart-grid)"
        width={Y_AXIS_WIDTH}
      />
      <MarksLayer />
      <DragArea />
    </ComposedChart>
  );
});

function findBucket(data: ChartData, id: string): ChartBucket | undefined {
  for (const s of data.series) {
    const bucket = s.buckets.find((b) => b.id === id);
    if (bucket) return bucket;
  }
  return undefined;
}

export default function FigureChart({
  chartId,
  data,
  pinned,
  scale,
  shapes,
  selectedId,
  onSelectFigure,
  onSelectRange,
  events,
  xTitle,
  repeats,
}: FigureChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  // The plot keeps its height when the events' labels take room above it.
  const height = chartHeight(width, events.length > 0);
  // Only this chart's hover: pointing at the other chart does not redraw this one.
  const mine = useUiStore((s) => (s.chartHover?.chartId === chartId ? s.chartHover : null));
  const setHover = useUiStore((s) => s.setChartHover);
  const [drag, setDrag] = useState<Drag | null>(null);
  // A drag ends in a click event too; that click must not zoom into a mark.
  const dragged = useRef(false);
  // Where the plot and the marks are, as the marks layer last drew them on Recharts' scales.
  const geometry = useRef<ChartGeometry | null>(null);
  const onGeometry = useCallback((next: ChartGeometry) => {
    geometry.current = next;
  }, []);

  // The same domains and ticks as last time are the same arrays: Recharts sees nothing new.
  const [x0, x1] = data.xDomain;
  const [y0, y1] = data.yDomain;
  const xDomain = useMemo<[number, number]>(() => [x0, x1], [x0, x1]);
  const yDomain = useMemo<[number, number]>(() => [y0, y1], [y0, y1]);
  const maxXTicks = maxTimeTicks(width);
  const { ticks: xTicks, unit: xUnit } = useMemo(
    () => timeTicks(xDomain, maxXTicks),
    [xDomain, maxXTicks],
  );
  const yTicks = useMemo(
    () => (scale === 'log' ? logTicks(yDomain) : linearTicks(yDomain)),
    [yDomain, scale],
  );

  const points = useMemo(() => data.series.flatMap((s) => s.points), [data]);
  const hoveredPoint = useMemo(
    () =>
      mine?.kind === 'figure' ? [...points, ...pinned].find((p) => p.id === mine.id) : undefined,
    [mine, points, pinned],
  );
  const hoveredBucket = mine?.kind === 'bucket' ? findBucket(data, mine.id) : undefined;

  const marks = useMemo<MarksState>(
    () => ({
      chartId,
      data,
      pinned,
      shapes,
      selectedId,
      hover: mine,
      hoveredPoint,
      onSelectFigure,
      onGeometry,
    }),
    [chartId, data, pinned, shapes, selectedId, mine, hoveredPoint, onSelectFigure, onGeometry],
  );

  /** Pointer position inside the chart, in the chart's pixels. */
  const local = (event: MouseEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect();
    return rect ? { x: event.clientX - rect.left, y: event.clientY - rect.top } : null;
  };
  const timeAt = (event: MouseEvent<HTMLDivElement>) => {
    const at = local(event);
    return at && geometry.current ? geometry.current.timeAt(at.x) : null;
  };
  /** The single figure or summary mark under the pointer (figures first: they are smaller). */
  const markAt = (
    event: MouseEvent<HTMLDivElement>,
  ): { figure: PlacedFigure } | { bucket: PlacedBucket } | null => {
    if ((event.target as Element).closest('[data-figure-id]')) return null;
    const at = local(event);
    const drawn = geometry.current;
    if (!at || !drawn) return null;
    const figure = bucketAt(drawn.placedFigures, at.x, at.y, 2);
    if (figure) return { figure };
    const bucket = bucketAt(drawn.placed, at.x, at.y);
    return bucket ? { bucket } : null;
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    dragged.current = false;
    if (!onSelectRange || event.button !== 0 || event.pointerType === 'touch') return;
    if ((event.target as Element).closest('[data-figure-id]')) return;
    const t = timeAt(event);
    if (t === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ startPx: event.clientX, start: t, end: t });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (drag) {
      const t = timeAt(event);
      if (t !== null && t !== drag.end) setDrag({ ...drag, end: t });
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
    onSelectRange?.(timeToDay(from), timeToDay(to));
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (dragged.current) return;
    const mark = markAt(event);
    if (mark && 'figure' in mark) onSelectFigure(mark.figure.point.id);
    else if (mark && onSelectRange) zoom(mark.bucket.bucket);
  }

  function zoom(bucket: ChartBucket) {
    setHover(null);
    onSelectRange?.(bucket.from, bucket.to);
  }

  const description = chartDescription(data, scale);

  return (
    <div
      ref={box}
      className="relative mt-2 select-none [contain:layout]"
      style={{
        height,
        cursor:
          hoveredBucket && onSelectRange
            ? 'zoom-in'
            : hoveredPoint && data.binning
              ? 'pointer'
              : undefined,
      }}
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
      {width > 0 && (
        <div aria-hidden="true">
          <MarksContext value={marks}>
            <DragContext value={drag}>
              <ChartFrame
                width={width}
                height={height}
                xDomain={xDomain}
                yDomain={yDomain}
                xTicks={xTicks}
                xUnit={xUnit}
                yTicks={yTicks}
                scale={scale}
                events={events}
                xTitle={xTitle}
              />
            </DragContext>
          </MarksContext>
        </div>
      )}
      {hoveredPoint && mine && (
        <ChartTooltip
          row={hoveredPoint.row}
          x={mine.x}
          y={mine.y}
          chartWidth={width}
          repeats={repeats?.get(hoveredPoint.row.position)}
        />
      )}
      {hoveredBucket && mine && (
        <BucketTooltip bucket={hoveredBucket} x={mine.x} y={mine.y} chartWidth={width} />
      )}
    </div>
  );
}
