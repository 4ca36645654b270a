// The first view's chart as drawn at build time (scripts/prerender.ts), into the page's HTML:
// the same frame (chartFrame.ts), marks, lines of totals and events as FigureChart draws on
// Recharts' scales, but on scales of our own, since Recharts draws nothing outside a browser.
// A width cannot be measured at build time, so it is drawn at two widths, each an SVG whose
// viewBox scales to its box, and the chart's box shows the one for its own width (a container
// query at the width where FigureChart draws its plot lower): a phone's and a desktop's
// column. No inline styles: the page's Content-Security-Policy would block them.
import { EventMarks } from '../events/EventsLayer.tsx';
import type { FigureChartProps } from './FigureChart.tsx';
import {
  AXIS_TITLE_OFFSET,
  axisScale,
  chartDescription,
  chartHeight,
  formatDayTick,
  formatMonthTick,
  formatValueTick,
  maxTimeTicks,
  plotAreaOf,
  TICK_FONT_SIZE,
  TICK_MARGIN,
  TICK_SIZE,
  X_AXIS_HEIGHT,
} from './chartFrame.ts';
import type { PlotArea, Scales } from './chartScales.ts';
import { linearTicks, logTicks, timeTicks, type ChartData } from './chartSeries.ts';
import { placeFigures } from './bucketLayout.ts';
import { MarkGroups, placeMarks, TotalsLines } from './MarksLayer.tsx';
import type { MarkerShape } from './symbolPath.ts';
import type { Scale } from '../url/viewState.ts';

/**
 * The widths drawn, and the classes that show each in its range and give its box the height
 * FigureChart has there (with and without the events' labels). The narrow one is a phone's
 * chart (390 px wide screen), the wide one a desktop's (1280 px wide screen).
 */
export const STATIC_CHART_WIDTHS = [
  {
    width: 340,
    show: '@min-[500px]:hidden',
    heights: { events: 'h-[286px]', plain: 'h-[260px]' },
  },
  {
    width: 512,
    show: 'hidden @min-[500px]:block',
    heights: { events: 'h-[326px]', plain: 'h-[300px]' },
  },
] as const;

const NO_SELECTION = () => undefined;

export function StaticChart({ chartId, data, scale, shapes, events, xTitle }: FigureChartProps) {
  return (
    <div className="@container relative mt-2 select-none">
      <p className="sr-only">{chartDescription(data, scale)}</p>
      <div aria-hidden="true">
        {STATIC_CHART_WIDTHS.map(({ width, show, heights }) => (
          <div
            key={width}
            className={`${show} ${events.length > 0 ? heights.events : heights.plain}`}
          >
            <ChartDrawing
              chartId={chartId}
              width={width}
              data={data}
              scale={scale}
              shapes={shapes}
              events={events}
              xTitle={xTitle}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

interface DrawingProps {
  chartId: string;
  width: number;
  data: ChartData;
  scale: Scale;
  shapes: ReadonlyMap<string, MarkerShape>;
  events: FigureChartProps['events'];
  xTitle: string;
}

/** One width's chart: grid, events, lines of totals, axes, marks (Recharts' order). */
function ChartDrawing({ chartId, width, data, scale, shapes, events, xTitle }: DrawingProps) {
  const withEvents = events.length > 0;
  const height = chartHeight(width, withEvents);
  const plot = plotAreaOf(width, height, withEvents);
  const floor = plot.y + plot.height;
  const scales: Scales = {
    x: axisScale(data.xDomain, [plot.x, plot.x + plot.width], 'linear'),
    y: axisScale(data.yDomain, [floor, plot.y], scale),
  };
  const { ticks: xTicks, unit } = timeTicks(data.xDomain, maxTimeTicks(width));
  const yTicks = scale === 'log' ? logTicks(data.yDomain) : linearTicks(data.yDomain);
  const xLabel = unit === 'month' ? formatMonthTick : formatDayTick;
  // Recharts' grid: a line at each value tick, and at the plot's top and bottom edges.
  const gridLines = [...new Set([...yTicks.map(scales.y), plot.y, floor])];
  const points = data.series.flatMap((s) => s.points);
  const placed = placeMarks(data, scales, shapes);
  const placedFigures = data.binning ? placeFigures(points, scales, shapes) : [];
  return (
    <svg
      width="100%"
      height="100%"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      data-static-width={width}
    >
      <g className="chart-grid">
        {gridLines.map((y) => (
          <line
            key={y}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y}
            y2={y}
            stroke="var(--chart-grid)"
            strokeDasharray="3 3"
          />
        ))}
      </g>
      {withEvents && <EventMarks events={events} x={scales.x} plot={plot} />}
      <TotalsLines series={data.series} scales={scales} plot={plot} />
      <TimeAxis plot={plot} ticks={xTicks} x={scales.x} label={xLabel} title={xTitle} />
      <ValueAxis plot={plot} ticks={yTicks} y={scales.y} />
      <MarkGroups
        markCount={data.markCount}
        placed={placed}
        placedFigures={placedFigures}
        floor={floor}
        chartId={chartId}
        elements={data.binning ? [] : points}
        scales={scales}
        shapes={shapes}
        selectedId={null}
        onSelectFigure={NO_SELECTION}
      />
    </svg>
  );
}

const TEXT = { fill: 'var(--chart-text)', fontSize: TICK_FONT_SIZE };

function TimeAxis({
  plot,
  ticks,
  x,
  label,
  title,
}: {
  plot: PlotArea;
  ticks: readonly number[];
  x: (t: number) => number;
  label: (t: number) => string;
  title: string;
}) {
  const y = plot.y + plot.height;
  return (
    <g className="chart-x-axis">
      <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke="var(--chart-grid)" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={y} y2={y + TICK_SIZE} stroke="var(--chart-grid)" />
          <text x={x(t)} y={y + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle" {...TEXT}>
            {label(t)}
          </text>
        </g>
      ))}
      <text
        x={plot.x + plot.width / 2}
        y={y + X_AXIS_HEIGHT - AXIS_TITLE_OFFSET}
        textAnchor="middle"
        {...TEXT}
      >
        {title}
      </text>
    </g>
  );
}

function ValueAxis({
  plot,
  ticks,
  y,
}: {
  plot: PlotArea;
  ticks: readonly number[];
  y: (value: number) => number;
}) {
  return (
    <g className="chart-y-axis">
      <line
        x1={plot.x}
        x2={plot.x}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke="var(--chart-grid)"
      />
      {ticks.map((v) => (
        <g key={v}>
          <line
            x1={plot.x - TICK_SIZE}
            x2={plot.x}
            y1={y(v)}
            y2={y(v)}
            stroke="var(--chart-grid)"
          />
          <text
            x={plot.x - TICK_SIZE - TICK_MARGIN}
            y={y(v)}
            dy="0.355em"
            textAnchor="end"
            {...TEXT}
          >
            {formatValueTick(v)}
          </text>
        </g>
      ))}
    </g>
  );
}
