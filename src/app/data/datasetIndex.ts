// The dataset joined once into what every view needs: one row per figure with its article's
// publisher and dates, plus lookups and the columns filters run on. Built when the dataset
// loads; selectors work on rows.
import type { Correction } from '../../dataset/corrections.ts';
import type { WarEvent } from '../../dataset/events.ts';
import type { Article, Dataset } from '../../dataset/schema.ts';
import { buildFigureColumns, type FigureColumns } from '../filters/figureColumns.ts';
import type { KnownValues } from '../url/viewState.ts';
import { figureRow, publisherKey, publisherLabel, type FigureRow } from './figureRow.ts';
import { sourcesOf, type SourceInfo } from './sourceKeys.ts';

/** Rows by id, answering `has` too (it serves as the known figure ids of links). */
export interface RowLookup {
  get: (id: string) => FigureRow | undefined;
  has: (id: string) => boolean;
}

export interface PublisherInfo {
  key: string;
  label: string;
  figureCount: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  rows: FigureRow[];
  rowById: RowLookup;
  articleById: ReadonlyMap<string, Article>;
  /** Most figures first, then by name: the order of filters and marker shapes. */
  publishers: PublisherInfo[];
  known: KnownValues;
  /** The rows as typed columns with a search index, for filtering (figureQuery.ts). */
  columns: FigureColumns;
  /** Article id → the shard file that holds its text (empty when text comes with articles). */
  shardOf: ReadonlyMap<string, number>;
  /** The entries of corrections.json the dataset was built with (review/, suggestions). */
  correctionEntries: readonly Correction[];
  /** Most figures first, then by name: the order of the source filter. */
  sources: SourceInfo[];
  /** The war's events the charts mark (data/events.json), by day. */
  events: readonly WarEvent[];
}

export function buildDatasetIndex(
  dataset: Dataset,
  shardOf: ReadonlyMap<string, number> = new Map(),
  correctionEntries: readonly Correction[] = [],
  events: readonly WarEvent[] = [],
): DatasetIndex {
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const rows = dataset.figures.map((figure, position) =>
    figureRow(figure, position, articleById.get(figure.articleId)),
  );
  const counts = new Map<string, number>();
  for (const article of dataset.articles) counts.set(publisherKey(article), 0);
  for (const row of rows) counts.set(row.publisher, (counts.get(row.publisher) ?? 0) + 1);
  const publishers = [...counts]
    .map(([key, figureCount]) => ({ key, label: publisherLabel(key), figureCount }))
    .sort((x, y) => y.figureCount - x.figureCount || x.label.localeCompare(y.label, 'en'));
  const rowById = lazyRowById(rows);
  const sources = sourcesOf(rows);
  return {
    sources,
    events,
    dataset,
    shardOf,
    correctionEntries,
    columns: buildFigureColumns(
      rows,
      publishers.map((p) => p.key),
      sources.map((s) => s.key),
    ),
    rows,
    rowById,
    articleById,
    publishers,
    // The maps answer `has` as well as sets would, without a second copy of 100,000 ids.
    known: {
      publishers: counts,
      sources: new Set(sources.map((s) => s.key)),
      figureIds: rowById,
      articleIds: articleById,
    },
  };
}

/** Rows by id, the map built on first use: most visits never look a figure up by id. */
function lazyRowById(rows: readonly FigureRow[]): RowLookup {
  let map: Map<string, FigureRow> | null = null;
  const built = () => {
    if (!map) {
      map = new Map();
      for (const row of rows) map.set(row.id, row);
    }
    return map;
  };
  return { get: (id) => built().get(id), has: (id) => built().has(id) };
}
