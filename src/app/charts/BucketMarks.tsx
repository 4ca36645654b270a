// Summary marks (chartMarks.ts) as a handful of paths: per metric, one path of whiskers over
// each mark's range and one of markers per shape, translucent, at each mark's median. A
// thousand marks are a dozen elements, so a filter change redraws them within a frame. The
// chart finds the mark under the pointer with bucketAt; the hovered one is drawn on top.
import { memo } from 'react';
import type { PlacedBucket, PlacedFigure } from './bucketLayout.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import { stemPath, SUMMED_STEM_OPACITY, tailPath } from './kindMarks.ts';
import { markerPathAt, symbolPathAt } from './symbolPath.ts';

const r1 = (n: number) => n.toFixed(1);

/** Paths of one colour, added to piece by piece. */
function addTo(paths: Map<string, string[]>, color: string, d: string) {
  if (d === '') return;
  const list = paths.get(color);
  if (list) list.push(d);
  else paths.set(color, [d]);
}

/** One path per colour: stems of one-event figures, or tails of report-dated ones. */
function ColorPaths({
  paths,
  kind,
  opacity,
}: {
  paths: Map<string, string[]>;
  kind: 'stem' | 'tail';
  opacity: number;
}) {
  return [...paths].map(([color, d]) => (
    <path
      key={`${kind}-${color}`}
      data-kind-path={kind}
      d={d.join('')}
      stroke={color}
      strokeOpacity={opacity}
      strokeWidth={kind === 'tail' ? 1.5 : 1}
      fill="none"
    />
  ));
}

export const BucketMarks = memo(function BucketMarks({
  placed,
  floor,
}: {
  placed: readonly PlacedBucket[];
  /** The plot's floor, where stems end. */
  floor: number;
}) {
  // One path per colour, dash and shape: the metric, proposed or not, the publisher's shape.
  const groups = new Map<string, { color: string; dashed: boolean; d: string[] }>();
  const whiskers = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  for (const p of placed) {
    const color = METRIC_COLOR[p.bucket.metric];
    const dashed = p.bucket.modality === 'proposed';
    const key = `${p.bucket.metric}|${dashed ? 'd' : 's'}|${p.shape}`;
    let group = groups.get(key);
    if (!group) {
      group = { color, dashed, d: [] };
      groups.set(key, group);
    }
    group.d.push(markerPathAt(p.shape, p.area, p.x, p.y));
    if (p.yLow - p.yHigh >= 1) {
      const list = whiskers.get(color) ?? [];
      list.push(`M${r1(p.x)},${r1(p.yLow)}V${r1(p.yHigh)}`);
      whiskers.set(color, list);
    }
    // A mark of one-event figures stands on a stem from the bottom of its range.
    if (p.bucket.scope === 'incident') addTo(stems, color, stemPath(p.x, p.yLow, floor));
  }
  return (
    <g data-bucket-count={placed.length}>
      <ColorPaths paths={stems} kind="stem" opacity={SUMMED_STEM_OPACITY} />
      {[...whiskers].map(([color, d]) => (
        <path
          key={`w-${color}`}
          d={d.join('')}
          stroke={color}
          strokeWidth={1.5}
          strokeOpacity={0.6}
          fill="none"
        />
      ))}
      {[...groups].map(([key, group]) => (
        <path
          key={key}
          d={group.d.join('')}
          fill={group.color}
          fillOpacity={0.35}
          stroke={group.color}
          strokeWidth={1.5}
          strokeDasharray={group.dashed ? '3 2' : undefined}
        />
      ))}
    </g>
  );
});

/**
 * Single figures beside summary marks (lone figures and outliers), one path per metric, shape
 * and status: solid when reported, hollow and dashed when proposed. Hedges are in the tooltip.
 */
export const FigureMarks = memo(function FigureMarks({
  placed,
  floor,
}: {
  placed: readonly PlacedFigure[];
  /** The plot's floor, where stems end. */
  floor: number;
}) {
  const groups = new Map<string, { color: string; proposed: boolean; d: string[] }>();
  const stems = new Map<string, string[]>();
  const tails = new Map<string, string[]>();
  for (const p of placed) {
    const { row } = p.point;
    const color = METRIC_COLOR[row.metric];
    if (row.scope === 'incident') addTo(stems, color, stemPath(p.x, p.y, floor));
    if (row.dayFromReport) addTo(tails, color, tailPath(p.x, p.y));
    const proposed = p.point.row.modality === 'proposed';
    const key = `${p.point.row.metric}|${proposed ? 'p' : 'r'}|${p.shape}`;
    let group = groups.get(key);
    if (!group) {
      group = { color: METRIC_COLOR[p.point.row.metric], proposed, d: [] };
      groups.set(key, group);
    }
    group.d.push(markerPathAt(p.shape, p.area, p.x, p.y));
  }
  return (
    <g data-single-count={placed.length}>
      <ColorPaths paths={stems} kind="stem" opacity={SUMMED_STEM_OPACITY} />
      <ColorPaths paths={tails} kind="tail" opacity={1} />
      {[...groups].map(([key, group]) => (
        <path
          key={key}
          d={group.d.join('')}
          fill={group.proposed ? 'var(--chart-bg)' : group.color}
          stroke={group.color}
          strokeWidth={group.proposed ? 2 : 1}
          strokeDasharray={group.proposed ? '3 2' : undefined}
        />
      ))}
    </g>
  );
});

/** The mark under the pointer, larger and on top. */
export function HoveredBucket({ placed }: { placed: PlacedBucket }) {
  const color = METRIC_COLOR[placed.bucket.metric];
  return (
    <path
      data-bucket-id={placed.bucket.id}
      d={symbolPathAt(placed.shape, placed.area * 2, placed.x, placed.y)}
      fill={color}
      fillOpacity={0.55}
      stroke="var(--chart-text)"
      strokeWidth={1.5}
      pointerEvents="none"
    />
  );
}
