// A chart of figures over time. It draws what it is given and reports clicks and drags; the
// view decides what they mean. Points are not tab stops: the table view and the list are the
// keyboard's way to the same figures.
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  Scatter,
  usePlotArea,
  XAxis,
  YAxis,
  type ScatterShapeProps,
  type SymbolType,
} from 'recharts';
import { formatDay, formatMonth, timeToDay } from '../format/format.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { Scale } from '../url/viewState.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import {
  linearTicks,
  logTicks,
  monthTicks,
  type ChartData,
  type ChartPoint,
} from './chartSeries.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { FigureMarker } from './FigureMarker.tsx';
import { OTHER_SHAPE } from './publisherShapes.ts';
import { useElementWidth } from './useElementWidth.ts';

interface Props {
  chartId: string;
  data: ChartData;
  scale: Scale;
  shapes: ReadonlyMap<string, SymbolType>;
  selectedId: string | null;
  onSelectFigure: (id: string) => void;
  onSelectRange: (from: string, to: string) => void;
}

interface PlotBox {
  x: number;
  width: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });
const MIN_DRAG_PX = 8;

/** Reports where the plot sits inside the chart, for turning pointer x into days. */
function PlotAreaProbe({ onChange }: { onChange: (box: PlotBox) => void }) {
  const area = usePlotArea();
  const x = area?.x;
  const width = area?.width;
  useEffect(() => {
    if (x !== undefined && width !== undefined) onChange({ x, width });
  }, [x, width, onChange]);
  return null;
}

export function FigureChart({
  chartId,
  data,
  scale,
  shapes,
  selectedId,
  onSelectFigure,
  onSelectRange,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<PlotBox | null>(null);
  const width = useElementWidth(box);
  const height = width < 500 ? 260 : 300;
  const listHoverId = useUiStore((s) => s.listHoverId);
  const hover = useUiStore((s) => s.chartHover);
  const setHover = useUiStore((s) => s.setChartHover);
  const rememberPlot = useCallback((area: PlotBox) => {
    plot.current = area;
  }, []);
  const [drag, setDrag] = useState<{ startPx: number; start: number; end: number } | null>(null);

  const [x0, x1] = data.xDomain;
  const timeAt = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect();
    const area = plot.current;
    if (!rect || !area || area.width <= 0) return null;
    const fraction = Math.min(1, Math.max(0, (clientX - rect.left - area.x) / area.width));
    return x0 + fraction * (x1 - x0);
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || event.pointerType === 'touch') return;
    if ((event.target as Element).closest('[data-figure-id]')) return;
    const t = timeAt(event.clientX);
    if (t === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ startPx: event.clientX, start: t, end: t });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    const t = timeAt(event.clientX);
    if (t !== null) setDrag({ ...drag, end: t });
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    setDrag(null);
    if (Math.abs(event.clientX - drag.startPx) < MIN_DRAG_PX) return;
    const [from, to] = [drag.start, drag.end].sort((a, b) => a - b) as [number, number];
    onSelectRange(timeToDay(from), timeToDay(to));
  }

  const hoveredPoint =
    hover?.chartId === chartId
      ? data.series.flatMap((s) => s.points).find((p) => p.id === hover.figureId)
      : undefined;
  const xTicks = monthTicks(data.xDomain, Math.max(2, Math.floor(width / 90)));
  const first = formatDay(timeToDay(x0 + (x1 - x0) * 0.04));

  const renderMarker = (props: ScatterShapeProps) => {
    const point = props.payload as ChartPoint;
    return (
      <FigureMarker
        cx={props.cx ?? 0}
        cy={props.cy ?? 0}
        point={point}
        shape={shapes.get(point.row.publisher) ?? OTHER_SHAPE}
        selected={point.id === selectedId}
        highlighted={point.id === listHoverId}
        onEnter={(p, cx, cy) => {
          setHover({ figureId: p.id, chartId, x: cx, y: cy });
        }}
        onLeave={() => {
          setHover(null);
        }}
        onSelect={onSelectFigure}
      />
    );
  };

  return (
    <div
      ref={box}
      className="relative mt-2 select-none"
      style={{ height }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        setDrag(null);
      }}
    >
      <p className="sr-only">
        {`${data.pointCount} dated figures plotted from about ${first}. The table view lists the same figures.`}
      </p>
      {width > 0 && (
        <ComposedChart
          width={width}
          height={height}
          margin={{ top: 14, right: 18, bottom: 0, left: 0 }}
          accessibilityLayer={false}
          aria-hidden="true"
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            type="number"
            dataKey="t"
            domain={data.xDomain}
            allowDataOverflow
            ticks={xTicks}
            tickFormatter={(t: number) => formatMonth(t)}
            tick={{ fill: 'var(--chart-text)', fontSize: 12 }}
            stroke="var(--chart-grid)"
          />
          <YAxis
            type="number"
            dataKey="value"
            scale={scale}
            domain={data.yDomain}
            allowDataOverflow
            ticks={scale === 'log' ? logTicks(data.yDomain) : linearTicks(data.yDomain)}
            tickFormatter={(v: number) => compact.format(v)}
            tick={{ fill: 'var(--chart-text)', fontSize: 12 }}
            stroke="var(--chart-grid)"
            width={48}
          />
          <PlotAreaProbe onChange={rememberPlot} />
          {data.series.map((series) =>
            series.totals.length > 1 ? (
              <Line
                key={`line-${series.metric}`}
                data={series.totals}
                dataKey="value"
                stroke={METRIC_COLOR[series.metric]}
                strokeWidth={1.5}
                strokeOpacity={0.75}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                legendType="none"
              />
            ) : null,
          )}
          {data.series.map((series) => (
            <Scatter
              key={`points-${series.metric}`}
              data={series.points}
              dataKey="value"
              isAnimationActive={false}
              shape={renderMarker}
            />
          ))}
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
      {hoveredPoint && hover && (
        <ChartTooltip row={hoveredPoint.row} x={hover.x} y={hover.y} chartWidth={width} />
      )}
    </div>
  );
}
