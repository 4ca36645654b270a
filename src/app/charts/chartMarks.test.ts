import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { DAY_MS } from '../filters/figureColumns.ts';
import { binOf } from './chartBins.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { BINNINGS, keptRange } from './chartMarks.ts';
import { chartData, pinnedPoints } from './chartSeries.ts';

const big = buildDatasetIndex(randomDataset(11, 600));
const all = Uint32Array.from(big.rows.keys());
const metrics = CHART_GROUPS.flatMap((c) => c.metrics);
// Drawn: figures with a day of their own or their article's.
const dated = big.rows.filter((r) => r.day !== null);

describe('summary marks', () => {
  it('leave a chart within its budget of figures alone', () => {
    const data = chartData(big.columns, all, metrics, 'linear', dated.length);
    expect(data.binning).toBeNull();
    expect(data.markCount).toBe(dated.length);
    expect(data.series.every((s) => s.buckets.length === 0)).toBe(true);
  });

  it('sum figures up past the budget, and every dated figure is in a mark or drawn', () => {
    for (const budget of [200, 400, 800]) {
      const data = chartData(big.columns, all, metrics, 'linear', budget);
      expect(data.binning).not.toBeNull();
      expect(data.markCount).toBeLessThanOrEqual(budget);
      const summed = data.series.flatMap((s) => s.buckets).reduce((n, b) => n + b.count, 0);
      const single = data.series.flatMap((s) => s.points).length;
      expect(summed + single).toBe(dated.length);
      expect(data.pointCount).toBe(dated.length);
    }
  });

  it('fall back to a year a mark when nothing fits', () => {
    const data = chartData(big.columns, all, metrics, 'linear', 10);
    expect(data.binning).toEqual({ unit: 'year', byPublisher: false });
  });

  it('take the finest binning that fits, publishers apart first', () => {
    const loose = chartData(big.columns, all, metrics, 'linear', 800);
    const tight = chartData(big.columns, all, metrics, 'linear', 200);
    const rank = (b: (typeof BINNINGS)[number] | null) =>
      BINNINGS.findIndex((x) => x.unit === b?.unit && x.byPublisher === b.byPublisher);
    expect(rank(loose.binning)).toBeLessThan(rank(tight.binning));
  });

  it('hold figures of one span, metric and kind, and say which days', () => {
    const data = chartData(big.columns, all, metrics, 'linear', 200);
    for (const bucket of data.series.flatMap((s) => s.buckets)) {
      const unit = data.binning?.unit ?? 'day';
      const [start, end] = binOf(unit, Date.parse(`${bucket.from}T00:00:00Z`) / DAY_MS);
      expect(bucket.to).toBe(new Date(end * DAY_MS).toISOString().slice(0, 10));
      expect(bucket.t).toBe(((start + end) / 2) * DAY_MS);
      expect(bucket.low).toBeLessThanOrEqual(bucket.median);
      expect(bucket.median).toBeLessThanOrEqual(bucket.high);
      expect(bucket.count).toBeGreaterThan(1);
    }
  });

  it('keep figures far off the rest of their mark as single points', () => {
    expect(keptRange([100, 101, 102, 103, 104, 1000])).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
    const [low, high] = keptRange([100, 101, 102, 103, 104, 1000]);
    expect(low).toBeLessThan(100);
    expect(high).toBeLessThan(1000);
    expect(high).toBeGreaterThanOrEqual(104);
    // A quarter off the middle is not an outlier; fewer than five figures have none.
    const [, near] = keptRange([100, 100, 100, 100, 124]);
    expect(near).toBeGreaterThanOrEqual(124);
    expect(keptRange([1, 1000])).toEqual([1, 1000]);
  });

  it('bin the line of totals too: one vertex per span', () => {
    const data = chartData(big.columns, all, metrics, 'linear', 50);
    for (const s of data.series) {
      const times = s.totals.map((p) => p.t);
      expect(new Set(times).size).toBe(times.length);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
  });
});

describe('pinnedPoints', () => {
  it('draw the selected figure on its own when it is summed up in a mark', () => {
    const data = chartData(big.columns, all, metrics, 'linear', 50);
    const summed = dated.find((r) => !data.series.some((s) => s.points.some((p) => p.id === r.id)));
    if (!summed) throw new Error('every figure is drawn');
    expect(pinnedPoints(data, [summed.id, null], all, big.rowById).map((p) => p.id)).toEqual([
      summed.id,
    ]);
    // Not when it does not match the filters.
    expect(pinnedPoints(data, [summed.id], new Uint32Array(0), big.rowById)).toEqual([]);
  });

  it('add nothing when every figure is drawn', () => {
    const small = buildDatasetIndex(sampleDataset);
    const data = chartData(small.columns, Uint32Array.from(small.rows.keys()), metrics, 'linear');
    expect(pinnedPoints(data, ['a:0:0'], Uint32Array.of(0), small.rowById)).toEqual([]);
  });
});
