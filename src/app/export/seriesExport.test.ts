import { describe, expect, it } from 'vitest';
import { CHART_GROUPS } from '../charts/chartGroups.ts';
import { chartData } from '../charts/chartSeries.ts';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { seriesCsv } from './seriesExport.ts';

describe('seriesCsv', () => {
  it('writes each line’s daily totals with the figure each comes from', () => {
    const index = buildDatasetIndex(sampleDataset);
    const all = Uint32Array.from(index.rows.keys());
    const casualties = CHART_GROUPS[0]?.metrics ?? [];
    const lines = seriesCsv(chartData(index.columns, all, casualties, 'linear'))
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'metric,metric_label,day,value,qualifier,text,dated_by,publisher,figure_id',
      'gaza_killed,Killed in Gaza,2023-11-21,13000,exact,"13,000",figure,CNN,a:0:0',
      'gaza_killed,Killed in Gaza,2023-12-20,20000,approx,"20,000",figure,The New York Times,b:0:0',
      // One total a day: the exact 28,473 rather than the hedged 28,000.
      'gaza_killed,Killed in Gaza,2024-02-13,28473,exact,"28,473",figure,Unknown publisher,c:1:0',
    ]);
  });

  it('keeps the days when the chart sums figures up', () => {
    const index = buildDatasetIndex(randomDataset(3, 400));
    const all = Uint32Array.from(index.rows.keys());
    const metrics = CHART_GROUPS.flatMap((c) => c.metrics);
    const summed = chartData(index.columns, all, metrics, 'linear', 50);
    expect(summed.binning).not.toBeNull();
    const rows = seriesCsv(summed).trimEnd().split('\r\n').length - 1;
    const daily = summed.series.reduce((n, s) => n + s.dailyTotals.length, 0);
    const drawn = summed.series.reduce((n, s) => n + s.totals.length, 0);
    expect(rows).toBe(daily);
    expect(daily).toBeGreaterThan(drawn);
  });
});
