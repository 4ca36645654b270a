import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { sortFigures } from '../excerpts/sortFigures.ts';
import { DEFAULT_VIEW, type ViewState } from '../url/viewState.ts';
import { figureOrder } from './figureColumns.ts';
import { cachedQueryFigures, filterFromKey, filterKey, queryFigures } from './figureQuery.ts';
import { filterFigures, metricCounts, publisherCounts, sourceCounts } from './filterFigures.ts';

const sorted = <K, V>(map: ReadonlyMap<K, V>) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1));

function agrees(index: ReturnType<typeof buildDatasetIndex>, view: ViewState) {
  const fast = queryFigures(index.columns, view);
  const plain = sortFigures(filterFigures(index.rows, view), view.sort);
  expect(fast.rows.map((r) => r.id)).toEqual(plain.map((r) => r.id));
  expect([...fast.positions]).toEqual(plain.map((r) => r.position));
  expect(sorted(fast.publisherCounts)).toEqual(sorted(publisherCounts(index.rows, view)));
  expect(sorted(fast.metricCounts)).toEqual(sorted(metricCounts(index.rows, view)));
  expect(sorted(fast.sourceCounts)).toEqual(sorted(sourceCounts(index.rows, view)));
}

describe('queryFigures', () => {
  it('agrees with the plain filters, counts and order on the sample', () => {
    const index = buildDatasetIndex(sampleDataset);
    agrees(index, DEFAULT_VIEW);
    agrees(index, { ...DEFAULT_VIEW, publishers: ['CNN'], metrics: ['gaza_killed'], sort: 'asc' });
    agrees(index, { ...DEFAULT_VIEW, from: '2023-12-20', to: '2024-01-31', undated: false });
    agrees(index, { ...DEFAULT_VIEW, q: 'hámas release' });
    agrees(index, { ...DEFAULT_VIEW, kind: 'incident', from: '2023-11-21', undated: false });
  });

  it('agrees with them on random data and random views', () => {
    const index = buildDatasetIndex(randomDataset(7, 300));
    const publishers = index.publishers.map((p) => p.key);
    const sources = index.sources.map((s) => s.key);
    let seed = 1;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const some = <T>(items: readonly T[]) => items.filter(() => next() < 0.3);
    const days = ['2024-01-05', '2024-01-28', '2024-02-14', '2024-02-30', '2024-03-09'];
    const queries = [
      '',
      'gaza',
      'GAZA said',
      'israeli',
      'isra',
      'ministry 12',
      'zzz',
      ' s ',
      'health ministry',
      '1,2',
      '2,345',
      '2345',
      'cnn idf',
    ];
    for (let n = 0; n < 200; n += 1) {
      const from = next() < 0.4 ? (days[Math.floor(next() * days.length)] ?? null) : null;
      const to = next() < 0.4 ? (days[Math.floor(next() * days.length)] ?? null) : null;
      agrees(index, {
        ...DEFAULT_VIEW,
        publishers: some(publishers),
        metrics: some(METRIC_IDS),
        // A start after the end too: it filters no dates.
        from,
        to,
        modality: (['all', 'reported', 'proposed'] as const)[n % 3] ?? 'all',
        kind: (['all', 'total', 'incident'] as const)[Math.floor(next() * 3)] ?? 'all',
        q: queries[n % queries.length] ?? '',
        undated: next() < 0.5,
        sort: next() < 0.5 ? 'asc' : 'desc',
        sources: some(sources),
        knownOn: next() < 0.3 ? (days[Math.floor(next() * days.length)] ?? null) : null,
      });
    }
  });

  it('agrees with them on the review filter', () => {
    const dataset = randomDataset(11, 120);
    dataset.figures.forEach((figure, i) => {
      if (i % 7 === 0) figure.review = { action: 'set', reason: 'checked', original: {} };
    });
    const index = buildDatasetIndex(dataset);
    for (const review of ['all', 'reviewed', 'unreviewed'] as const) {
      agrees(index, { ...DEFAULT_VIEW, review });
      agrees(index, { ...DEFAULT_VIEW, review, modality: 'reported', metrics: ['gaza_killed'] });
    }
    const reviewed = queryFigures(index.columns, { ...DEFAULT_VIEW, review: 'reviewed' }).rows;
    expect(reviewed.length).toBe(Math.ceil(dataset.figures.length / 7));
    expect(reviewed.every((r) => r.review)).toBe(true);
  });

  it('keeps exactly the figures of a source, and of articles published by a day', () => {
    const index = buildDatasetIndex(randomDataset(5, 200));
    const [first, second] = index.sources;
    if (!first || !second) throw new Error('the random dataset has sources');
    const bySource = queryFigures(index.columns, { ...DEFAULT_VIEW, sources: [second.key] });
    expect(bySource.rows.length).toBe(second.figureCount);
    expect(bySource.sourceCounts.get(first.key)).toBe(first.figureCount);
    const known = queryFigures(index.columns, { ...DEFAULT_VIEW, knownOn: '2024-02-10' }).rows;
    expect(known.length).toBe(
      index.rows.filter((r) => r.published !== null && r.published <= '2024-02-10').length,
    );
    expect(known.every((r) => r.published !== null && r.published <= '2024-02-10')).toBe(true);
  });

  it('orders figures as sortFigures does, ties broken by id as text', () => {
    const index = buildDatasetIndex(randomDataset(3, 200));
    for (const order of ['asc', 'desc'] as const) {
      expect([...figureOrder(index.columns, order)].map((i) => index.rows[i]?.id)).toEqual(
        sortFigures(index.rows, order).map((r) => r.id),
      );
    }
  });

  it('breaks ties by id as text whatever the article ids and the figures’ order', () => {
    const base = randomDataset(5, 120);
    // Article ids that are prefixes of others (art1, art10, art100) or hold a colon; figures
    // out of article order.
    const rename = (id: string) => (id.endsWith('7') ? `${id}:x` : id);
    const articles = base.articles.map((a) => ({ ...a, id: rename(a.id) }));
    const figures = base.figures
      .map((f) => ({
        ...f,
        articleId: rename(f.articleId),
        id: `${rename(f.articleId)}${f.id.slice(f.articleId.length)}`,
        // Every figure on one of two days: long runs of ties.
        asOf: f.value % 2 === 0 ? '2024-02-01' : null,
      }))
      .reverse();
    const index = buildDatasetIndex({ ...base, articles, figures });
    expect(new Set(index.rows.map((r) => r.id)).size).toBe(index.rows.length);
    for (const order of ['asc', 'desc'] as const) {
      expect([...figureOrder(index.columns, order)].map((i) => index.rows[i]?.id)).toEqual(
        sortFigures(index.rows, order).map((r) => r.id),
      );
    }
    // Grouped by article again, as the extractor writes them, with the same tricky ids.
    const grouped = buildDatasetIndex({ ...base, articles, figures: [...figures].reverse() });
    expect([...figureOrder(grouped.columns, 'desc')].map((i) => grouped.rows[i]?.id)).toEqual(
      sortFigures(grouped.rows, 'desc').map((r) => r.id),
    );
  });
});

describe('filterKey', () => {
  it('changes with the filters and the order only', () => {
    const key = filterKey(DEFAULT_VIEW);
    const other: ViewState = { ...DEFAULT_VIEW, figure: 'a:0:0', scale: 'log', article: 'a' };
    expect(filterKey(other)).toBe(key);
    expect(filterKey({ ...DEFAULT_VIEW, q: 'x' })).not.toBe(key);
    expect(filterKey({ ...DEFAULT_VIEW, sort: 'asc' })).not.toBe(key);
    expect(filterFromKey(filterKey({ ...DEFAULT_VIEW, from: '2024-01-01' })).from).toBe(
      '2024-01-01',
    );
  });
});

describe('cachedQueryFigures', () => {
  it('gives the same result object for a filter seen lately, and a fresh one otherwise', () => {
    const index = buildDatasetIndex(sampleDataset);
    const all = filterKey(DEFAULT_VIEW);
    const first = cachedQueryFigures(index.columns, all);
    const cnn = cachedQueryFigures(
      index.columns,
      filterKey({ ...DEFAULT_VIEW, publishers: ['CNN'] }),
    );
    expect(cnn.rows.map((r) => r.publisher)).toEqual(['CNN', 'CNN']);
    expect(cachedQueryFigures(index.columns, all)).toBe(first);
    for (let i = 0; i < 10; i += 1) {
      cachedQueryFigures(index.columns, filterKey({ ...DEFAULT_VIEW, q: `x${i}` }));
    }
    // The unfiltered result stays, however many others came since.
    expect(cachedQueryFigures(index.columns, all)).toBe(first);
    const again = cachedQueryFigures(
      index.columns,
      filterKey({ ...DEFAULT_VIEW, publishers: ['CNN'] }),
    );
    expect(again).not.toBe(cnn);
    expect(again.rows).toEqual(cnn.rows);
  });
});
