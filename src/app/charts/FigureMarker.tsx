// One figure on a chart: colour for its metric, shape for its publisher, hollow and dashed
// when proposed, a hedge sign beside it when hedged, a stem when it counts one event, a tail
// when its day is its report's (kindMarks.ts), a ring when selected or hovered.
import { memo } from 'react';
import { QUALIFIER_SYMBOL } from '../format/format.ts';
import { DODGE_PX, FIGURE_AREA } from './bucketLayout.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartPoint } from './chartPoint.ts';
import { STEM_OPACITY, stemPath, tailPath } from './kindMarks.ts';
import { symbolPath, type MarkerShape } from './symbolPath.ts';

interface Props {
  cx: number;
  cy: number;
  /** The plot's floor, in pixels: where a one-event figure's stem ends. */
  floor: number;
  point: ChartPoint;
  shape: MarkerShape;
  selected: boolean;
  highlighted: boolean;
  onEnter: (point: ChartPoint, cx: number, cy: number) => void;
  onLeave: () => void;
  onSelect: (id: string) => void;
}

export const FigureMarker = memo(function FigureMarker({
  cx,
  cy,
  floor,
  point,
  shape,
  selected,
  highlighted,
  onEnter,
  onLeave,
  onSelect,
}: Props) {
  const { row } = point;
  // Same-day figures are nudged apart; the nudge is drawing only, the day stays exact.
  const x = cx + point.dodge * DODGE_PX;
  const color = METRIC_COLOR[row.metric];
  const proposed = row.modality === 'proposed';
  const glyph = QUALIFIER_SYMBOL[row.qualifier];
  return (
    <g
      data-figure-id={row.id}
      data-kind={row.scope}
      data-dated-by={row.dayFromReport ? 'report' : 'figure'}
      data-selected={selected}
      data-highlighted={highlighted}
      className="cursor-pointer"
      onMouseEnter={() => {
        onEnter(point, x, cy);
      }}
      onMouseLeave={onLeave}
      onClick={() => {
        onSelect(row.id);
      }}
    >
      {/* A larger invisible target makes small markers easy to hit; beside figures of the
          same day a smaller one, so that each neighbour's centre stays its own. */}
      <circle cx={x} cy={cy} r={point.dodge === 0 ? 11 : 5.5} fill="transparent" />
      {row.scope === 'incident' && (
        <path d={stemPath(x, cy, floor)} stroke={color} strokeOpacity={STEM_OPACITY} />
      )}
      {row.dayFromReport && <path d={tailPath(x, cy)} stroke={color} strokeWidth={1.5} />}
      {(selected || highlighted) && (
        <circle
          cx={x}
          cy={cy}
          r={selected ? 11 : 10}
          fill={highlighted ? color : 'none'}
          fillOpacity={0.25}
          stroke={selected ? 'var(--chart-text)' : color}
          strokeWidth={2}
        />
      )}
      <path
        data-marker=""
        d={symbolPath(shape, highlighted || selected ? 110 : FIGURE_AREA)}
        transform={`translate(${x},${cy})`}
        fill={proposed ? 'var(--chart-bg)' : color}
        stroke={color}
        strokeWidth={proposed ? 2 : 1}
        strokeDasharray={proposed ? '3 2' : undefined}
      />
      {glyph && (
        <text
          x={x + 7}
          y={cy - 6}
          fontSize={12}
          fontWeight={700}
          fill="var(--chart-text)"
          aria-hidden="true"
        >
          {glyph}
        </text>
      )}
    </g>
  );
});
