import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { datasetSummary, describeSummary } from './datasetSummary.ts';

describe('datasetSummary', () => {
  it('counts figures, articles and named publishers, and spans publication dates', () => {
    const summary = datasetSummary(buildDatasetIndex(sampleDataset));
    expect(summary).toEqual({
      figures: 9,
      articles: 4,
      publishers: 3,
      firstPublished: '2023-11-21',
      lastPublished: '2024-02-13',
    });
    expect(describeSummary(summary)).toBe(
      '9 figures from 4 articles by 3 publishers, published 21 Nov 2023 – 13 Feb 2024',
    );
  });

  it('speaks in the singular and without dates when it must', () => {
    expect(
      describeSummary({
        figures: 1,
        articles: 1,
        publishers: 1,
        firstPublished: null,
        lastPublished: null,
      }),
    ).toBe('1 figure from 1 article by 1 publisher');
  });
});
