// Where summary marks (chartMarks.ts), and the single figures drawn beside them, sit in the
// plot, how big they are, and which one the pointer is on. Pure: the chart draws them as a few
// paths (BucketMarks) and finds the one under the pointer here, instead of keeping a thousand
// elements in the page.
import type { ChartBucket } from './chartMarks.ts';
import type { Scales } from './chartScales.ts';
import type { ChartPoint } from './chartPoint.ts';
import type { ChartSeries } from './chartSeries.ts';
import { OTHER_SHAPE } from './publisherShapes.ts';
import type { MarkerShape } from './symbolPath.ts';

export interface PlacedBucket {
  bucket: ChartBucket;
  x: number;
  y: number;
  /** Pixel rows of the lowest and highest value: the whisker. */
  yLow: number;
  yHigh: number;
  shape: MarkerShape;
  /** Marker area in square pixels. */
  area: number;
}

/**
 * Marker area in square pixels: a single figure's for two, growing slowly with the count, and
 * no wider than a span so that neighbouring marks stay apart.
 */
export function bucketArea(count: number, maxArea: number): number {
  return Math.max(24, Math.min(maxArea, 40 + 20 * Math.log2(count)));
}

/**
 * spanPx: how wide a span of the binning is on screen. publishers: the chart's publishers in
 * order; marks of one publisher each sit side by side across their span, in that order, so
 * that who reported what can be told apart.
 */
export function placeBuckets(
  series: readonly ChartSeries[],
  scales: Scales,
  shapes: ReadonlyMap<string, MarkerShape>,
  spanPx: number,
  publishers: readonly string[],
): PlacedBucket[] {
  const slot = new Map(publishers.map((p, i) => [p, i]));
  const width = spanPx * 0.9;
  const slotPx = width / Math.max(1, publishers.length);
  const placed: PlacedBucket[] = [];
  for (const s of series) {
    for (const bucket of s.buckets) {
      const at = bucket.publisher === null ? undefined : slot.get(bucket.publisher);
      const offset = at === undefined ? 0 : (at + 0.5) * slotPx - width / 2;
      placed.push({
        bucket,
        x: scales.x(bucket.t) + offset,
        y: scales.y(bucket.median),
        yLow: scales.y(bucket.low),
        yHigh: scales.y(bucket.high),
        shape: bucket.publisher === null ? 'circle' : (shapes.get(bucket.publisher) ?? OTHER_SHAPE),
        area: bucketArea(
          bucket.count,
          Math.max(40, (bucket.publisher === null ? spanPx : slotPx) ** 2),
        ),
      });
    }
  }
  return placed;
}

export interface PlacedFigure {
  point: ChartPoint;
  /** Where it is drawn: its day, nudged sideways from figures of the same day. */
  x: number;
  y: number;
  shape: MarkerShape;
  area: number;
}

/** A single figure's marker area, as FigureMarker draws it. */
export const FIGURE_AREA = 70;
/** Pixels between figures of the same day (ChartPoint.dodge is in these). */
export const DODGE_PX = 7;

export function placeFigures(
  points: readonly ChartPoint[],
  scales: Scales,
  shapes: ReadonlyMap<string, MarkerShape>,
): PlacedFigure[] {
  return points.map((point) => ({
    point,
    x: scales.x(point.t) + point.dodge * DODGE_PX,
    y: scales.y(point.value),
    shape: shapes.get(point.row.publisher) ?? OTHER_SHAPE,
    area: FIGURE_AREA,
  }));
}

/** The mark whose marker (give or take `slack` pixels) is nearest to the point, if any. */
export function bucketAt<T extends { x: number; y: number; area: number }>(
  placed: readonly T[],
  px: number,
  py: number,
  slack = 3,
): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const p of placed) {
    const reach = Math.sqrt(p.area / Math.PI) + slack;
    const distance = (p.x - px) ** 2 + (p.y - py) ** 2;
    if (distance <= reach * reach && distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}
