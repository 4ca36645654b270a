// The files the dashboard loads, written by the extractor next to dataset.json:
//   index.json          what cards, charts and list need: articles without their text, and
//                       every figure as columns (one array per field across all figures, in
//                       article order), which parse with no per-figure arrays or keys
//   sentences.json      the figures' sentences (each article's distinct ones, in article order),
//                       fetched beside index.json: the bulk of the text, kept out of the columns
//   articles/<n>.json   article text in shards of SHARD_SIZE, loaded when an article is opened
// dataset.json stays the full contract for other tools; the app never needs to load it.
// The zod schemas of these files are in appDataSchema.ts (the extractor does not load zod).
import { METRIC_IDS } from './metrics.ts';
import {
  SCHEMA_VERSION,
  type Article,
  type Dataset,
  type Figure,
  type FigureReview,
} from './schema.ts';
import type { AppIndex, AppSentences, IndexArticle } from './appDataSchema.ts';
import { APP_INDEX_FORMAT, MODALITIES, QUALIFIERS, SCOPES } from './rowCodes.ts';

export { APP_INDEX_FORMAT };

export const APP_INDEX_FILE = 'index.json';
export const APP_SENTENCES_FILE = 'sentences.json';
export const SHARD_SIZE = 100;

export function shardFile(shard: number): string {
  return `articles/${shard}.json`;
}

export function shardOf(articleIndex: number): number {
  return Math.floor(articleIndex / SHARD_SIZE);
}

/**
 * The columns of index.json's `figures`, in the order they are written. metric, qualifier,
 * modality and scope are indexes into their vocabularies; n is the figure's number in its
 * paragraph (its id is `article:paragraph:n`); sentence counts within its article's sentences,
 * which start in sentences.json where the earlier articles' (sentenceCount) end. Figures are
 * in article order, figureCount of them per article.
 */
export const FIGURE_COLUMNS = [
  'paragraph',
  'n',
  'metric',
  'value',
  'text',
  'qualifier',
  'modality',
  'scope',
  'asOf',
  'attribution',
  'sentence',
  'start',
  'end',
  'sentenceStart',
  'source',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** One value per column, as a figure's row of the columns. */
export interface FigureColumnValues {
  paragraph: number;
  n: number;
  metric: number;
  value: number;
  text: string;
  qualifier: number;
  modality: number;
  scope: number;
  asOf: string | null;
  attribution: string | null;
  sentence: number;
  start: number;
  end: number;
  sentenceStart: number;
  source: string | null;
}

export type FigureColumnArrays = { [K in FigureColumn]: FigureColumnValues[K][] };

/** One article's share of the dashboard's files, before the assembler joins them. */
export interface IndexPart {
  /** Its entry in index.json's `articles`, without its shard number. */
  entry: Omit<IndexArticle, 'shard'>;
  /** Its figures' values, column by column. */
  columns: FigureColumnArrays;
  /** Its distinct sentences, for sentences.json. */
  sentences: string[];
}

export function emptyColumns(): FigureColumnArrays {
  return Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, []])) as unknown as FigureColumnArrays;
}

/**
 * n of a figure's id `article:paragraph:n`: its last field (NaN for an id of fewer than three
 * fields). Read without splitting the id: every figure of every article is read.
 */
function figureNumber(id: string): number {
  const last = id.lastIndexOf(':');
  return last > 0 && id.lastIndexOf(':', last - 1) >= 0 ? Number(id.slice(last + 1)) : NaN;
}

/** An article and its figures as their share of index.json and sentences.json. */
export function indexPart(article: Article, figures: readonly Figure[]): IndexPart {
  const sentences: string[] = [];
  // A sentence is known by its paragraph and its start there (numbers as keys: no key text made
  // for every figure).
  const sentenceIndex = new Map<number, Map<number, number>>();
  const columns = emptyColumns();
  for (const f of figures) {
    let byStart = sentenceIndex.get(f.paragraph);
    if (!byStart) sentenceIndex.set(f.paragraph, (byStart = new Map<number, number>()));
    let s = byStart.get(f.sentenceStart);
    if (s === undefined) {
      s = sentences.push(f.sentence) - 1;
      byStart.set(f.sentenceStart, s);
    }
    columns.paragraph.push(f.paragraph);
    columns.n.push(figureNumber(f.id));
    columns.metric.push(METRIC_IDS.indexOf(f.metric));
    columns.value.push(f.value);
    columns.text.push(f.text);
    columns.qualifier.push(QUALIFIERS.indexOf(f.qualifier));
    columns.modality.push(MODALITIES.indexOf(f.modality));
    columns.scope.push(SCOPES.indexOf(f.scope));
    columns.asOf.push(f.asOf);
    columns.attribution.push(f.attribution);
    columns.sentence.push(s);
    columns.start.push(f.start);
    columns.end.push(f.end);
    columns.sentenceStart.push(f.sentenceStart);
    columns.source.push(f.source);
  }
  const { paragraphs: _text, ...meta } = article;
  // Reviewed figures are few: their reviews go beside the columns, by the article's row number.
  const reviews: [number, FigureReview][] = [];
  figures.forEach((f, i) => {
    if (f.review) reviews.push([i, f.review]);
  });
  return {
    entry: {
      ...meta,
      figureCount: figures.length,
      sentenceCount: sentences.length,
      ...(reviews.length > 0 ? { reviews } : {}),
    },
    columns,
    sentences,
  };
}

/**
 * A dataset as the extractor writes index.json and sentences.json: for tests, and for the
 * end-to-end tests that serve a changed dataset. (The extractor joins the same parts as text.)
 */
export function appFiles(
  dataset: Pick<Dataset, 'metrics' | 'articles' | 'figures' | 'rejected'> &
    Partial<Pick<Dataset, 'dropped' | 'corrections'>>,
  /** What the index has beside articles and figures, as the extractor would write it. */
  envelope: Partial<Omit<AppIndex, 'articles' | 'figures'>> = {},
): { index: AppIndex; sentences: AppSentences } {
  const figuresOf = new Map<string, Figure[]>();
  for (const f of dataset.figures) {
    const list = figuresOf.get(f.articleId) ?? [];
    list.push(f);
    figuresOf.set(f.articleId, list);
  }
  const columns = emptyColumns();
  const sentences: string[] = [];
  const articles = dataset.articles.map((article, i): IndexArticle => {
    const part = indexPart(article, figuresOf.get(article.id) ?? []);
    for (const c of FIGURE_COLUMNS) (columns[c] as unknown[]).push(...part.columns[c]);
    sentences.push(...part.sentences);
    return { shard: shardOf(i), ...part.entry };
  });
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      indexFormat: APP_INDEX_FORMAT,
      metrics: dataset.metrics,
      articles,
      figures: columns,
      rejected: dataset.rejected,
      ...(dataset.dropped ? { dropped: dataset.dropped } : {}),
      ...envelope,
    },
    sentences: { schemaVersion: SCHEMA_VERSION, sentences },
  };
}

/**
 * index.json and sentences.json back to the dataset's articles (paragraphs left empty) and
 * figures: the plain, unhurried reading, for tests and tools. (The dashboard reads the columns
 * straight into its rows: src/app/data/parseDataset.ts.)
 */
export function expandAppFiles(
  index: AppIndex,
  sentences: AppSentences,
): { articles: Article[]; figures: Figure[] } {
  const articles: Article[] = [];
  const figures: Figure[] = [];
  const c = index.figures;
  let row = 0;
  let sentenceBase = 0;
  for (const entry of index.articles) {
    const { shard: _shard, figureCount, sentenceCount, reviews, ...meta } = entry;
    articles.push({ ...meta, paragraphs: [] });
    const reviewOf = new Map(reviews ?? []);
    for (let k = 0; k < figureCount; k += 1, row += 1) {
      const review = reviewOf.get(k);
      figures.push({
        id: `${entry.id}:${c.paragraph[row]}:${c.n[row]}`,
        articleId: entry.id,
        metric: METRIC_IDS[c.metric[row] ?? 0] ?? 'gaza_killed',
        value: c.value[row] ?? 0,
        text: c.text[row] ?? '',
        qualifier: QUALIFIERS[c.qualifier[row] ?? 0] ?? 'exact',
        modality: MODALITIES[c.modality[row] ?? 0] ?? 'reported',
        scope: SCOPES[c.scope[row] ?? 0] ?? 'total',
        asOf: c.asOf[row] ?? null,
        attribution: c.attribution[row] ?? null,
        source: c.source[row] ?? null,
        paragraph: c.paragraph[row] ?? 0,
        sentence: sentences.sentences[sentenceBase + (c.sentence[row] ?? 0)] ?? '',
        start: c.start[row] ?? 0,
        end: c.end[row] ?? 0,
        sentenceStart: c.sentenceStart[row] ?? 0,
        ...(review ? { review } : {}),
      });
    }
    sentenceBase += sentenceCount;
  }
  return { articles, figures };
}
