// The files the dashboard loads, written by the extractor next to dataset.json:
//   index.json          everything charts, cards and list need: articles without their text,
//                       and every figure as a compact row (no repeated keys, sentences shared)
//   articles/<n>.json   article text in shards of SHARD_SIZE, loaded when an article is opened
// dataset.json stays the full contract for other tools; the app never needs to load it.
// The zod schemas of these files are in appDataSchema.ts (the extractor does not load zod).
import { METRIC_IDS } from './metrics.ts';
import type { Article, Figure, FigureReview } from './schema.ts';
import type { IndexArticle } from './appDataSchema.ts';
import { MODALITIES, QUALIFIERS, SCOPES } from './rowCodes.ts';

export const APP_INDEX_FILE = 'index.json';
export const SHARD_SIZE = 100;

export function shardFile(shard: number): string {
  return `articles/${shard}.json`;
}

export function shardOf(articleIndex: number): number {
  return Math.floor(articleIndex / SHARD_SIZE);
}

/**
 * One figure as a row:
 * [paragraph, n, metric, value, text, qualifier, modality, scope, asOf, attribution,
 *  sentence, start, end, sentenceStart, source] — metric, qualifier, modality and scope as indexes into
 * their vocabularies, sentence as an index into the article's `sentences`.
 */
export type FigureRow = [
  number,
  number,
  number,
  number,
  string,
  number,
  number,
  number,
  string | null,
  string | null,
  number,
  number,
  number,
  number,
  string | null,
];

/** The index entry of one article, without its shard number (the assembler adds it). */
export function indexEntry(
  article: Article,
  figures: readonly Figure[],
): Omit<IndexArticle, 'shard'> {
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const rows = figures.map((f): FigureRow => {
    const key = `${f.paragraph}:${f.sentenceStart}`;
    let s = sentenceIndex.get(key);
    if (s === undefined) {
      s = sentences.push(f.sentence) - 1;
      sentenceIndex.set(key, s);
    }
    const [, , n] = f.id.split(':').slice(-3);
    return [
      f.paragraph,
      Number(n),
      METRIC_IDS.indexOf(f.metric),
      f.value,
      f.text,
      QUALIFIERS.indexOf(f.qualifier),
      MODALITIES.indexOf(f.modality),
      SCOPES.indexOf(f.scope),
      f.asOf,
      f.attribution,
      s,
      f.start,
      f.end,
      f.sentenceStart,
      f.source,
    ];
  });
  const { paragraphs: _text, ...meta } = article;
  // Reviewed figures are few: their reviews go beside the rows, by row number.
  const reviews: [number, FigureReview][] = [];
  figures.forEach((f, i) => {
    if (f.review) reviews.push([i, f.review]);
  });
  return { ...meta, sentences, figures: rows, ...(reviews.length > 0 ? { reviews } : {}) };
}

/** An article of the index and its figures as the dataset has them (paragraphs left empty). */
export function expandIndexArticle(entry: IndexArticle): { article: Article; figures: Figure[] } {
  const { shard: _shard, sentences, figures: rows, reviews, ...meta } = entry;
  const reviewOf = new Map(reviews ?? []);
  const figures = rows.map((row, i): Figure => {
    const [
      paragraph,
      n,
      metric,
      value,
      text,
      qualifier,
      modality,
      scope,
      asOf,
      attribution,
      s,
      start,
      end,
      sentenceStart,
      source,
    ] = row;
    const review = reviewOf.get(i);
    return {
      id: `${entry.id}:${paragraph}:${n}`,
      articleId: entry.id,
      metric: METRIC_IDS[metric] ?? 'gaza_killed',
      value,
      text,
      qualifier: QUALIFIERS[qualifier] ?? 'exact',
      modality: MODALITIES[modality] ?? 'reported',
      scope: SCOPES[scope] ?? 'total',
      asOf,
      attribution,
      source,
      paragraph,
      sentence: sentences[s] ?? '',
      start,
      end,
      sentenceStart,
      ...(review ? { review } : {}),
    };
  });
  return { article: { ...meta, paragraphs: [] }, figures };
}
