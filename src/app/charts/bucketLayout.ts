// Where summary marks (chartMarks.ts) sit in the plot, how big they are, and which one the
// pointer is on. Pure: the chart draws them as a few paths (BucketMarks) and finds the one
// under the pointer here, instead of keeping a thousand elements in the page.
import type { ChartBucket } from './chartMarks.ts';
import type { Scales } from './chartScales.ts';
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

export function placeBuckets(
  series: readonly ChartSeries[],
  scales: Scales,
  shapes: ReadonlyMap<string, MarkerShape>,
  maxArea: number,
): PlacedBucket[] {
  const placed: PlacedBucket[] = [];
  for (const s of series) {
    for (const bucket of s.buckets) {
      placed.push({
        bucket,
        x: scales.x(bucket.t),
        y: scales.y(bucket.median),
        yLow: scales.y(bucket.low),
        yHigh: scales.y(bucket.high),
        shape: bucket.publisher === null ? 'circle' : (shapes.get(bucket.publisher) ?? OTHER_SHAPE),
        area: bucketArea(bucket.count, maxArea),
      });
    }
  }
  return placed;
}

/** The mark whose marker (give or take `slack` pixels) is nearest to the point, if any. */
export function bucketAt(
  placed: readonly PlacedBucket[],
  px: number,
  py: number,
  slack = 3,
): PlacedBucket | null {
  let best: PlacedBucket | null = null;
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
