// The frame of a chart: horizontal grid lines at the value ticks, the value axis on the left
// and the month axis below, in the chart's text and grid colours. Drawn directly (as the marks
// are) from the same scales; it only changes when the domains or the size do.
import { memo } from 'react';
import type { PlotArea, Scales } from './chartScales.ts';

interface Props {
  area: PlotArea;
  scales: Scales;
  xTicks: readonly number[];
  yTicks: readonly number[];
  formatX: (t: number) => string;
  formatY: (value: number) => string;
}

const TICK = 6;
const GAP = 2;

export const ChartAxes = memo(function ChartAxes({
  area,
  scales,
  xTicks,
  yTicks,
  formatX,
  formatY,
}: Props) {
  const left = area.x;
  const right = area.x + area.width;
  const top = area.y;
  const bottom = area.y + area.height;
  return (
    <g fontSize={12}>
      <g stroke="var(--chart-grid)" strokeDasharray="3 3">
        {yTicks.map((v) => (
          <line key={v} x1={left} x2={right} y1={scales.y(v)} y2={scales.y(v)} />
        ))}
      </g>
      <g stroke="var(--chart-grid)">
        <line x1={left} x2={left} y1={top} y2={bottom} />
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        {yTicks.map((v) => (
          <line key={v} x1={left - TICK} x2={left} y1={scales.y(v)} y2={scales.y(v)} />
        ))}
        {xTicks.map((t) => (
          <line key={t} x1={scales.x(t)} x2={scales.x(t)} y1={bottom} y2={bottom + TICK} />
        ))}
      </g>
      <g fill="var(--chart-text)">
        {yTicks.map((v) => (
          <text key={v} x={left - TICK - GAP} y={scales.y(v)} dy="0.355em" textAnchor="end">
            {formatY(v)}
          </text>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={scales.x(t)} y={bottom + TICK + GAP} dy="0.71em" textAnchor="middle">
            {formatX(t)}
          </text>
        ))}
      </g>
    </g>
  );
});
