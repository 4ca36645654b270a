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
    expect(ids({ from: '2023-12-20', to: '2023-12-20' })).toEqual(['b:0:0', 'b:1:0', 'd:0:0']);
    expect(ids({ from: '2023-12-20', to: '2023-12-20', undated: false })).toEqual([
      'b:0:0',
      'b:1:0',
    ]);
  });

  it('filters a figure without a day of its own by its report’s day', () => {
    // a:1:0 gives no day; its article was published on 21 Nov 2023.
    expect(ids({ from: '2023-11-21', to: '2023-11-21', undated: false })).toEqual([
      'a:0:0',
      'a:1:0',
    ]);
    expect(ids({ from: '2023-11-22', undated: false })).not.toContain('a:1:0');
  });

  it('applies no date filter while the start is after the end', () => {
    expect(ids({ from: '2024-01-01', to: '2023-01-01' })).toHaveLength(rows.length);
  });

  it('filters by kind: running totals or one-event figures', () => {
    expect(ids({ kind: 'incident' })).toEqual(['a:1:0', 'b:2:0', 'd:0:0']);
    expect(ids({ kind: 'total' })).toHaveLength(rows.length - 3);
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

  it('finds figures by who gave them and by numbers with or without separators', () => {
    // b:0:0's sentence names no ministry; its source is Gaza's Health Ministry.
    expect(ids({ q: 'health ministry' })).toEqual(['b:0:0']);
    expect(ids({ q: '28473' })).toEqual(['c:1:0']);
    expect(ids({ q: '28,473' })).toEqual(['c:1:0']);
    expect(ids({ q: 'new york times' })).toEqual(['b:0:0', 'b:1:0', 'b:2:0']);
    expect(ids({ q: 'unknown publisher 28,000' })).toEqual(['c:0:0']);
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
