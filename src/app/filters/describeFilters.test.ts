import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import { describeFilters, filtersLine } from './describeFilters.ts';

describe('describeFilters', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(DEFAULT_VIEW)).toEqual([]);
    expect(filtersLine(DEFAULT_VIEW)).toBe('Filters: none, every figure');
  });

  it('puts every filter in words', () => {
    expect(
      describeFilters({
        ...DEFAULT_VIEW,
        q: ' health ministry ',
        publishers: ['CNN', '(unknown)'],
        metrics: ['gaza_killed'],
        from: '2024-01-01',
        to: '2024-02-13',
        modality: 'reported',
        kind: 'total',
        review: 'unreviewed',
        undated: false,
        sources: ['Gaza Health Ministry', '(none)'],
        knownOn: '2024-03-01',
      }),
    ).toEqual([
      'as known on 1 Mar 2024',
      'search “health ministry”',
      'publishers: CNN, Unknown publisher',
      'sources: Gaza Health Ministry, No source named',
      'metric: Killed in Gaza',
      'days 1 Jan 2024 – 13 Feb 2024',
      'reported figures only',
      'running totals only',
      'figures not reviewed by hand',
      'figures without a date left out',
    ]);
  });

  it('names the metrics left out when most are kept', () => {
    const metrics = METRIC_IDS.filter((id) => id !== 'gaza_displaced');
    expect(describeFilters({ ...DEFAULT_VIEW, metrics })).toEqual([
      'all metrics but Displaced in Gaza',
    ]);
  });

  it('says a start after the end filters no dates', () => {
    expect(describeFilters({ ...DEFAULT_VIEW, from: '2024-05-01', to: '2024-01-01' })).toEqual([
      'no date filter (the start date is after the end date)',
    ]);
    expect(describeFilters({ ...DEFAULT_VIEW, to: '2024-01-01', kind: 'incident' })).toEqual([
      'days up to 1 Jan 2024',
      'one-event figures only',
    ]);
  });
});
