// A built article as JSON text: what the cache stores, worker threads send back, and the
// assembler joins into the dataset and the dashboard's files without parsing it again. Pure.
import { indexEntry } from '../dataset/appData.ts';
import type { MetricId } from '../dataset/metrics.ts';
import type { BuiltArticle } from './buildArticle.ts';

export interface ArticleRecord {
  /** JSON of the article entry without its paragraphs. */
  meta: string;
  /** JSON of the article's paragraphs. */
  paragraphs: string;
  /** JSON of the article's entry in the dashboard's index.json, without its shard number. */
  index: string;
  /** JSON of each of its figures, in order. */
  figures: string[];
  /** The metric of each figure, for the summary. */
  metrics: MetricId[];
  /** The article's warnings, for the summary. */
  warnings: string[];
}

export function recordArticle(built: BuiltArticle): ArticleRecord {
  const { paragraphs, ...meta } = built.article;
  return {
    meta: JSON.stringify(meta),
    paragraphs: JSON.stringify(paragraphs),
    index: JSON.stringify(indexEntry(built.article, built.figures)),
    figures: built.figures.map((f) => JSON.stringify(f)),
    metrics: built.figures.map((f) => f.metric),
    warnings: built.article.warnings,
  };
}

/** The article's entry in dataset.json. */
export function datasetArticleJson(record: ArticleRecord): string {
  return `${record.meta.slice(0, -1)},"paragraphs":${record.paragraphs}}`;
}

/** The article's entry in index.json. */
export function indexArticleJson(record: ArticleRecord, shard: number): string {
  return `{"shard":${shard},${record.index.slice(1)}`;
}
