import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { resolveScale, scaledChartData } from './chartScale.ts';

describe('resolveScale', () => {
  it('draws a chart whose values span a hundredfold or more on a log axis', () => {
    expect(resolveScale('auto', 0)).toBe('linear');
    expect(resolveScale('auto', 1.99)).toBe('linear');
    expect(resolveScale('auto', 2)).toBe('log');
    // 1.4 million displaced beside a toll of 232.
    expect(resolveScale('auto', Math.log10(1_400_000 / 232))).toBe('log');
  });

  it('keeps the axis the reader asked for', () => {
    expect(resolveScale('linear', 5)).toBe('linear');
    expect(resolveScale('log', 0)).toBe('log');
  });
});

describe('scaledChartData', () => {
  const { columns, rows } = buildDatasetIndex(sampleDataset);
  const all = Uint32Array.from(rows.keys());
  const [casualties, hostages] = CHART_GROUPS;

  it('gives each chart its own axis under auto', () => {
    if (!casualties || !hostages) throw new Error('two charts expected');
    // Casualties: 1,200 to 28,473, under a hundredfold. Hostages: 50 to 129.
    expect(scaledChartData(columns, all, casualties.metrics, 'auto').scale).toBe('linear');
    expect(scaledChartData(columns, all, hostages.metrics, 'log').scale).toBe('log');
    const wide = scaledChartData(
      columns,
      all,
      [...casualties.metrics, ...hostages.metrics],
      'auto',
    );
    // 50 to 28,473: log, with the log axis's domain.
    expect(wide.scale).toBe('log');
    expect(wide.data.yDomain[0]).toBe(10);
    expect(wide.data.yDomain[1]).toBeCloseTo(28473 * 1.6);
  });
});
