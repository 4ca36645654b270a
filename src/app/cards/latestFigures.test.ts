import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { latestFigures } from './latestFigures.ts';

const { rows, columns } = buildDatasetIndex(sampleDataset);
const latestOf = (subset: readonly { position: number }[]) =>
  latestFigures(
    columns,
    Uint32Array.from(subset, (r) => r.position),
  );

describe('latestFigures', () => {
  it('gives one card per metric with dated reported totals, in vocabulary order', () => {
    expect(latestOf(rows).map((c) => c.metric)).toEqual(['gaza_killed', 'hostages_held']);
  });

  it('picks the latest total, preferring an exact figure on the same day', () => {
    const [gaza] = latestOf(rows);
    expect(gaza?.latest.id).toBe('c:1:0');
    expect(gaza?.latest.value).toBe(28473);
  });

  it('gives the range of totals in the week up to the latest date', () => {
    const [gaza, hostages] = latestOf(rows);
    expect(gaza).toMatchObject({ low: 28000, high: 28473, count: 2, publisherCount: 1 });
    // The December figure is two months older: outside the window.
    expect(hostages).toMatchObject({ low: 100, high: 100, count: 1 });
  });

  it('ignores incidents, proposals and undated figures', () => {
    const incidentsOnly = rows.filter((r) => r.scope === 'incident' || r.asOf === null);
    expect(latestOf(incidentsOnly)).toEqual([]);
  });
});
