// The one-line description of the whole dataset in the header.
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { formatDay } from '../format/format.ts';

export interface DatasetSummary {
  figures: number;
  articles: number;
  publishers: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

export function datasetSummary(index: DatasetIndex): DatasetSummary {
  const days = index.dataset.articles
    .map((a) => a.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    figures: index.rows.length,
    articles: index.dataset.articles.length,
    // Articles without a publisher are not a publisher of their own.
    publishers: new Set(index.dataset.articles.map((a) => a.publisher?.trim()).filter(Boolean))
      .size,
    firstPublished: days[0] ?? null,
    lastPublished: days.at(-1) ?? null,
  };
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function describeSummary(s: DatasetSummary): string {
  const span =
    s.firstPublished === null || s.lastPublished === null
      ? ''
      : s.firstPublished === s.lastPublished
        ? `, published ${formatDay(s.firstPublished)}`
        : `, published ${formatDay(s.firstPublished)} – ${formatDay(s.lastPublished)}`;
  return `${plural(s.figures, 'figure', 'figures')} from ${plural(s.articles, 'article', 'articles')} by ${plural(s.publishers, 'publisher', 'publishers')}${span}`;
}
