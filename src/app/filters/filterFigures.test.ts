import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { DEFAULT_VIEW, UNKNOWN_PUBLISHER, type ViewState } from '../url/viewState.ts';
import { filterFigures, metricCounts, publisherCounts } from './filterFigures.ts';

const { rows } = buildDatasetIndex(sampleDataset);
const ids = (view: Partial<ViewState>) =>
  filterFigures(rows, { ...DEFAULT_VIEW, ...view }).map((r) => r.id);

describe('filterFigures', () => {
  it('keeps everything by default', () => {
    expect(ids({})).toHaveLength(rows.length);
  });

  it('filters by publisher, the unknown publisher included', () => {
    expect(ids({ publishers: ['CNN'] })).toEqual(['a:0:0', 'a:1:0']);
    expect(ids({ publishers: [UNKNOWN_PUBLISHER] })).toEqual(['c:0:0', 'c:1:0', 'c:2:0']);
  });

  it('filters by metric', () => {
    expect(ids({ metrics: ['hostages_held'] })).toEqual(['b:1:0', 'c:2:0']);
  });

  it('filters by date, inclusive, and keeps undated figures only when asked', () => {
    expect(ids({ from: '2023-12-20', to: '2023-12-20' })).toEqual(['a:1:0', 'b:0:0', 'b:1:0']);
    expect(ids({ from: '2023-12-20', to: '2023-12-20', undated: false })).toEqual([
      'b:0:0',
      'b:1:0',
    ]);
  });

  it('filters by modality', () => {
    expect(ids({ modality: 'proposed' })).toEqual(['a:1:0']);
    expect(ids({ modality: 'reported' })).not.toContain('a:1:0');
  });

  it('searches sentences for every word, ignoring case and accents', () => {
    expect(ids({ q: 'HAMAS release' })).toEqual(['a:1:0']);
    expect(ids({ q: 'hámas' })).toEqual(['a:1:0']);
    expect(ids({ q: 'hamas nothing' })).toEqual([]);
    expect(ids({ q: '   ' })).toHaveLength(rows.length);
  });

  it('counts facets under the other filters only', () => {
    const view = { ...DEFAULT_VIEW, publishers: ['CNN'], metrics: ['gaza_killed' as const] };
    expect(publisherCounts(rows, view)).toEqual(
      new Map([
        ['CNN', 1],
        ['The New York Times', 1],
        [UNKNOWN_PUBLISHER, 2],
      ]),
    );
    expect(metricCounts(rows, view)).toEqual(
      new Map([
        ['gaza_killed', 1],
        ['hostages_released', 1],
      ]),
    );
  });
});
