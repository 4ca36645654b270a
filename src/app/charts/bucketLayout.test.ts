import { describe, expect, it } from 'vitest';
import { bucketArea, bucketAt, placeBuckets, type PlacedBucket } from './bucketLayout.ts';
import type { ChartBucket } from './chartMarks.ts';
import { plotScales } from './chartScales.ts';

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
  const scales = plotScales({ x: 0, y: 0, width: 100, height: 100 }, [0, 100], [0, 100], 'linear');
  const series = (publisher: string | null) => [
    {
      metric: 'gaza_killed' as const,
      points: [],
      totals: [],
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

describe('plotScales', () => {
  const area = { x: 50, y: 10, width: 200, height: 100 };

  it('maps the domains onto the plot, y upwards', () => {
    const s = plotScales(area, [0, 10], [0, 1000], 'linear');
    expect(s.x(0)).toBe(50);
    expect(s.x(10)).toBe(250);
    expect(s.y(0)).toBe(110);
    expect(s.y(1000)).toBe(10);
  });

  it('spaces powers of ten evenly on a log scale', () => {
    const s = plotScales(area, [0, 1], [1, 1000], 'log');
    expect(s.y(1)).toBeCloseTo(110);
    expect(s.y(10)).toBeCloseTo(110 - 100 / 3);
    expect(s.y(1000)).toBeCloseTo(10);
  });
});
