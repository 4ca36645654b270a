import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../dataset/schema.ts';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { queryFigures } from '../filters/figureQuery.ts';
import { dayToTime } from '../format/format.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import { compareRows, latestOf, mostReportedMetric } from './compareRows.ts';

const all = (index: ReturnType<typeof buildDatasetIndex>) =>
  queryFigures(index.columns, DEFAULT_VIEW).positions;

describe('compareRows', () => {
  it('gives each source its totals over time, its latest, and the spread of the latest', () => {
    const index = buildDatasetIndex(sampleDataset);
    const comparison = compareRows(index.columns, all(index), 'gaza_killed', 'source');
    // c's two totals of one day: the exact one (28,473) wins over "at least 28,000".
    expect(comparison.rows.map((r) => [r.key, r.points.map((p) => p.value), r.count])).toEqual([
      ['(none)', [13000, 28473], 3],
      ['Gaza Health Ministry', [20000], 1],
    ]);
    expect(comparison.highest?.key).toBe('(none)');
    expect(comparison.lowest?.key).toBe('Gaza Health Ministry');
    expect(comparison.ratio).toBeCloseTo(28473 / 20000);
    expect(comparison.xDomain).toEqual([dayToTime('2023-11-21'), dayToTime('2024-02-13')]);
    expect(comparison.maxValue).toBe(28473);
  });

  it('compares publishers too, and leaves out incidents, proposals and undated figures', () => {
    const index = buildDatasetIndex(sampleDataset);
    const byPublisher = compareRows(index.columns, all(index), 'gaza_killed', 'publisher');
    expect(byPublisher.rows.map((r) => [r.key, latestOf(r).value])).toEqual([
      ['(unknown)', 28473],
      ['The New York Times', 20000],
      ['CNN', 13000],
    ]);
    expect(byPublisher.ratio).toBeCloseTo(28473 / 13000);
    const israel = compareRows(index.columns, all(index), 'israel_killed', 'publisher');
    expect(israel.rows).toEqual([]);
    expect(israel.leftOut).toBe(1);
    expect(israel.ratio).toBeNull();
  });

  it('agrees with a plain count of reported, dated totals per source on random data', () => {
    const dataset: Dataset = randomDataset(13, 300);
    const index = buildDatasetIndex(dataset);
    const comparison = compareRows(index.columns, all(index), 'gaza_killed', 'source');
    // Dated as the charts date them: asOf, else the article's publication day.
    const totals = (f: FigureRow) =>
      f.metric === 'gaza_killed' && f.scope === 'total' && f.modality === 'reported' && f.day;
    const plain = new Map<string, { count: number; days: Set<string> }>();
    for (const f of index.rows.filter(totals)) {
      const key = f.source ?? '(none)';
      const entry = plain.get(key) ?? { count: 0, days: new Set() };
      entry.count += 1;
      entry.days.add(f.day ?? '');
      plain.set(key, entry);
    }
    expect(comparison.rows.map((r) => [r.key, r.count, r.points.length]).sort()).toEqual(
      [...plain].map(([key, e]) => [key, e.count, e.days.size]).sort(),
    );
  });

  it('defaults to the metric with most reported, dated totals', () => {
    const index = buildDatasetIndex(sampleDataset);
    expect(mostReportedMetric(index.columns, all(index))).toBe('gaza_killed');
  });
});
