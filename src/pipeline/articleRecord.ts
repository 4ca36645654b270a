// A built article as JSON text: what the cache stores, worker threads send back, and the
// assembler joins into the dataset and the dashboard's files without parsing it again. Pure.
import { FIGURE_COLUMNS, indexPart } from '../dataset/appData.ts';
import type { MetricId } from '../dataset/metrics.ts';
import type { BuiltArticle } from './buildArticle.ts';

/**
 * JSON text as a string (freshly built) or as UTF-8 bytes (read from the cache): cached records
 * go from the cache file to the output files without being decoded and encoded again.
 */
export type JsonText = string | Uint8Array;

export interface ArticleRecord {
  /** JSON of the article entry without its paragraphs. */
  meta: JsonText;
  /** JSON of the article's paragraphs. */
  paragraphs: JsonText;
  /** JSON of the article's entry in the dashboard's index.json, without its shard number. */
  index: JsonText;
  /** Its distinct sentences for sentences.json: JSON array items, each followed by a comma. */
  sentences: JsonText;
  /** Its figures' values for index.json's columns (FIGURE_COLUMNS), as `sentences` is. */
  columns: JsonText[];
  /** JSON of each of its figures, in order. */
  figures: JsonText[];
  /** The metric of each figure, for the summary. */
  metrics: MetricId[];
  /** The article's warnings, for the summary. */
  warnings: string[];
}

export function recordArticle(built: BuiltArticle): ArticleRecord {
  const { paragraphs, ...meta } = built.article;
  const part = indexPart(built.article, built.figures);
  return {
    meta: JSON.stringify(meta),
    paragraphs: JSON.stringify(paragraphs),
    index: JSON.stringify(part.entry),
    sentences: items(part.sentences),
    columns: FIGURE_COLUMNS.map((c) => items(part.columns[c])),
    figures: built.figures.map((f) => JSON.stringify(f)),
    metrics: built.figures.map((f) => f.metric),
    warnings: built.article.warnings,
  };
}

/**
 * A JSON array's items without its brackets, each followed by a comma (nothing when there are
 * none): shares of a longer array that join by plain concatenation, the last comma cut.
 */
const items = (values: readonly unknown[]) =>
  values.length === 0 ? '' : `${JSON.stringify(values).slice(1, -1)},`;

export function cut(text: JsonText, start: number, end?: number): JsonText {
  return typeof text === 'string' ? text.slice(start, end) : text.subarray(start, end);
}

/** The article's entry in dataset.json, as pieces. */
export function datasetArticleJson(record: ArticleRecord): JsonText[] {
  return [cut(record.meta, 0, -1), ',"paragraphs":', record.paragraphs, '}'];
}

/** The article's entry in index.json, as pieces. */
export function indexArticleJson(record: ArticleRecord, shard: number): JsonText[] {
  return [`{"shard":${shard},`, cut(record.index, 1)];
}

const decoder = new TextDecoder();

/** Pieces of JSON text joined into one string. */
export function joinText(pieces: Iterable<JsonText>): string {
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : decoder.decode(piece);
  return text;
}
