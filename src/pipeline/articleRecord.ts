// A built article as JSON text: what the cache stores, worker threads send back, and the
// assembler joins into the dataset without parsing it again. Pure.
import type { MetricId } from '../dataset/metrics.ts';
import type { BuiltArticle } from './buildArticle.ts';

export interface ArticleRecord {
  /** JSON of the article entry. */
  article: string;
  /** JSON of each of its figures, in order. */
  figures: string[];
  /** The metric of each figure, for the summary. */
  metrics: MetricId[];
  /** The article's warnings, for the summary. */
  warnings: string[];
}

export function recordArticle(built: BuiltArticle): ArticleRecord {
  return {
    article: JSON.stringify(built.article),
    figures: built.figures.map((f) => JSON.stringify(f)),
    metrics: built.figures.map((f) => f.metric),
    warnings: built.article.warnings,
  };
}
