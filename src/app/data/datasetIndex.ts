// The dataset joined once into what every view needs: one row per figure with its article's
// publisher and dates, plus lookups. Built when the dataset loads; selectors work on rows.
import { metricInfo, type MetricGroup } from '../../dataset/metrics.ts';
import type { Article, Dataset, Figure } from '../../dataset/schema.ts';
import { UNKNOWN_PUBLISHER, type KnownValues } from '../url/viewState.ts';
import { normalizeForSearch } from '../filters/searchText.ts';

export interface FigureRow extends Figure {
  /** The publisher's name, or UNKNOWN_PUBLISHER: the key publisher filters use. */
  publisher: string;
  published: string | null;
  articleTitle: string | null;
  metricLabel: string;
  group: MetricGroup;
  /** The sentence folded for search (lower case, no accents). */
  searchText: string;
}

export interface PublisherInfo {
  key: string;
  label: string;
  figureCount: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  rows: FigureRow[];
  rowById: ReadonlyMap<string, FigureRow>;
  articleById: ReadonlyMap<string, Article>;
  /** Most figures first, then by name: the order of filters and marker shapes. */
  publishers: PublisherInfo[];
  known: KnownValues;
}

export function publisherKey(article: Pick<Article, 'publisher'> | undefined): string {
  const name = article?.publisher?.trim();
  return name ? name : UNKNOWN_PUBLISHER;
}

export function publisherLabel(key: string): string {
  return key === UNKNOWN_PUBLISHER ? 'Unknown publisher' : key;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const rows = dataset.figures.map((figure): FigureRow => {
    const article = articleById.get(figure.articleId);
    const info = metricInfo(figure.metric);
    return {
      ...figure,
      publisher: publisherKey(article),
      published: article?.published ?? null,
      articleTitle: article?.title ?? null,
      metricLabel: info.label,
      group: info.group,
      searchText: normalizeForSearch(figure.sentence),
    };
  });
  const counts = new Map<string, number>();
  for (const article of dataset.articles) counts.set(publisherKey(article), 0);
  for (const row of rows) counts.set(row.publisher, (counts.get(row.publisher) ?? 0) + 1);
  const publishers = [...counts]
    .map(([key, figureCount]) => ({ key, label: publisherLabel(key), figureCount }))
    .sort((x, y) => y.figureCount - x.figureCount || x.label.localeCompare(y.label, 'en'));
  return {
    dataset,
    rows,
    rowById: new Map(rows.map((r) => [r.id, r])),
    articleById,
    publishers,
    known: {
      publishers: new Set(counts.keys()),
      figureIds: new Set(rows.map((r) => r.id)),
      articleIds: new Set(articleById.keys()),
    },
  };
}
