import { describe, expect, it } from 'vitest';
import { bucketArea, bucketAt, placeBuckets, type PlacedBucket } from './bucketLayout.ts';
import type { ChartBucket } from './chartMarks.ts';
import { scalesOf } from './chartScales.ts';

const bucket = (id: string) => ({ id }) as ChartBucket;
const placed = (id: string, x: number, y: number): PlacedBucket => ({
  bucket: bucket(id),
  x,
  y,
  yLow: y,
  yHigh: y,
  shape: 'circle',
  area: 100,
});

describe('bucketAt', () => {
  const marks = [placed('a', 10, 10), placed('b', 20, 10), placed('c', 100, 100)];

  it('finds the mark under the point, the nearest when two overlap', () => {
    expect(bucketAt(marks, 11, 10)?.bucket.id).toBe('a');
    expect(bucketAt(marks, 16, 10)?.bucket.id).toBe('b');
    expect(bucketAt(marks, 100, 108)?.bucket.id).toBe('c');
  });

  it('finds nothing away from the marks', () => {
    expect(bucketAt(marks, 60, 60)).toBeNull();
    expect(bucketAt([], 0, 0)).toBeNull();
  });
});

describe('placeBuckets', () => {
  // A 100 × 100 plot over the domains [0, 100] × [0, 100], y upwards.
  const scales = scalesOf(
    (t) => t as number,
    (v) => 100 - (v as number),
  );
  const series = (publisher: string | null) => [
    {
      metric: 'gaza_killed' as const,
      points: [],
      totals: [],
      dailyTotals: [],
      buckets: ['a', 'b', 'c'].map(
        (p) =>
          ({
            id: p,
            t: 50,
            median: 10,
            low: 5,
            high: 20,
            count: 4,
            publisher: publisher ?? null,
          }) as ChartBucket,
      ),
    },
  ];

  it('puts marks of all publishers in the middle of their span', () => {
    const placed = placeBuckets(series(null), scales, new Map(), 20, ['a', 'b']);
    expect(placed.map((p) => p.x)).toEqual([50, 50, 50]);
    expect(placed[0]).toMatchObject({ y: 90, yLow: 95, yHigh: 80, shape: 'circle' });
  });

  it('spreads marks of single publishers across their span, in publisher order', () => {
    const one = (p: string) =>
      placeBuckets(series(p), scales, new Map([[p, 'square']]), 20, ['a', 'b'])[0];
    expect(one('a')?.x).toBeCloseTo(45.5);
    expect(one('b')?.x).toBeCloseTo(54.5);
    expect(one('a')?.shape).toBe('square');
  });
});

describe('bucketArea', () => {
  it('grows with the count, within the space a span leaves', () => {
    expect(bucketArea(4, 1000)).toBeGreaterThan(bucketArea(2, 1000));
    expect(bucketArea(1000, 50)).toBe(50);
    expect(bucketArea(1000, 1)).toBe(24);
  });
});

describe('scalesOf', () => {
  it("reads Recharts' scales as numbers, NaN where they place nothing", () => {
    const s = scalesOf(
      (t) => (t as number) * 2,
      (v) => (v === 0 ? undefined : 10),
    );
    expect(s.x(3)).toBe(6);
    expect(s.y(5)).toBe(10);
    expect(s.y(0)).toBeNaN();
  });
});
