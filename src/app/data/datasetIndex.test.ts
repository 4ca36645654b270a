import { describe, expect, it } from 'vitest';
import { UNKNOWN_PUBLISHER } from '../url/viewState.ts';
import { buildDatasetIndex } from './datasetIndex.ts';
import { sampleDataset } from './sampleDataset.ts';

describe('buildDatasetIndex', () => {
  const index = buildDatasetIndex(sampleDataset);

  it('joins each figure with its article', () => {
    expect(index.rowById.get('b:0:0')).toMatchObject({
      publisher: 'The New York Times',
      published: '2023-12-20',
      metricLabel: 'Killed in Gaza',
      group: 'casualties',
      day: '2023-12-20',
      dayFromReport: false,
    });
  });

  it('draws a figure without a day of its own at its article’s publication day', () => {
    expect(index.rowById.get('a:1:0')).toMatchObject({
      asOf: null,
      day: '2023-11-21',
      dayFromReport: true,
    });
    // An undated article's figure without a day has none at all.
    expect(index.rowById.get('d:0:0')).toMatchObject({ day: null, dayFromReport: false });
    expect(index.columns.fromReport[index.rowById.get('a:1:0')?.position ?? -1]).toBe(1);
  });

  it('orders publishers by figure count, then name, and names the unknown one', () => {
    expect(index.publishers).toEqual([
      { key: 'The New York Times', label: 'The New York Times', figureCount: 3 },
      { key: UNKNOWN_PUBLISHER, label: 'Unknown publisher', figureCount: 3 },
      { key: 'CNN', label: 'CNN', figureCount: 2 },
      { key: 'UPI', label: 'UPI', figureCount: 1 },
    ]);
  });

  it('knows the valid publishers and ids for links', () => {
    expect(index.known.publishers.has('CNN')).toBe(true);
    expect(index.known.figureIds.has('c:2:0')).toBe(true);
    expect(index.known.articleIds.has('a')).toBe(true);
  });
});
