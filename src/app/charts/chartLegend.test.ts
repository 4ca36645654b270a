import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { CHART_GROUPS } from './chartGroups.ts';
import { keyGlyph, legendModel, legendPublishers } from './chartLegend.ts';
import { chartData } from './chartSeries.ts';
import { publisherShapes } from './publisherShapes.ts';

const index = buildDatasetIndex(sampleDataset);
const all = Uint32Array.from(index.rows.keys());
const shapes = publisherShapes(index.publishers.map((p) => p.key));
const [casualties, hostages] = CHART_GROUPS;
if (!casualties || !hostages) throw new Error('two charts expected');

describe('legendModel', () => {
  it('keys what the chart draws: hedges, the line of totals, one-event stems', () => {
    const model = legendModel(chartData(index.columns, all, casualties.metrics, 'linear'), shapes);
    expect(model.metrics.map((m) => m.label)).toEqual(['Killed in Gaza', 'Killed in Israel']);
    expect(model.keys).toEqual(['hedged', 'line', 'stem']);
    expect(model.publishers.map((p) => p.label)).toEqual([
      'The New York Times',
      'Unknown publisher',
      'CNN',
    ]);
  });

  it('keys proposals and figures dated by their report where there are some', () => {
    const model = legendModel(chartData(index.columns, all, hostages.metrics, 'linear'), shapes);
    expect(model.keys).toEqual(['proposed', 'hedged', 'line', 'stem', 'tail']);
  });

  it('names the publishers that share a shape as a count', () => {
    const many = new Map(['A', 'B'].map((p) => [p, 'cross' as const]));
    expect(legendPublishers(['A', 'B'], many)).toEqual([
      { shape: 'cross', label: '2 other publishers' },
    ]);
  });

  it('draws every key but the hedge signs, which are their own glyph', () => {
    expect(keyGlyph('hedged')).toEqual([]);
    for (const key of ['proposed', 'line', 'stem', 'tail', 'summary'] as const) {
      expect(keyGlyph(key).length).toBeGreaterThan(0);
    }
  });
});
