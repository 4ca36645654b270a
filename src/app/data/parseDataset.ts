// Turns the text of index.json and sentences.json (the dashboard's half of the dataset, see
// src/dataset/appData.ts) into a checked Dataset whose articles have no text yet, or a DatasetLoadError that says in
// plain words what is wrong with it. Pure, so every broken-file case is unit-tested.
import { z } from 'zod';
import { APP_INDEX_FORMAT, FIGURE_COLUMNS, type FigureColumn } from '../../dataset/appData.ts';
import {
  appIndexSchema,
  appSentencesSchema,
  type AppIndex,
  type AppSentences,
} from '../../dataset/appDataSchema.ts';
import type { Correction } from '../../dataset/corrections.ts';
import { sortEvents, type WarEvent } from '../../dataset/events.ts';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import { MODALITIES, QUALIFIERS, SCOPES } from '../../dataset/rowCodes.ts';
import {
  provenanceSchema,
  SCHEMA_VERSION,
  type Dataset,
  type Figure,
} from '../../dataset/schema.ts';

// zod compiles validators with `new Function` unless told not to; the site's CSP forbids eval
// and even zod's probe for it would be reported as a violation.
z.config({ jitless: true });

export type DatasetProblem = 'missing' | 'network' | 'not-json' | 'schema-version' | 'invalid';

export class DatasetLoadError extends Error {
  readonly problem: DatasetProblem;
  /** Specifics for the curious: HTTP status, the first validation issues. */
  readonly details: string[];

  constructor(problem: DatasetProblem, message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.problem = problem;
    this.details = details;
  }
}

/** The dataset as the dashboard loads it: articles without paragraphs, and where their text is. */
export interface LoadedDataset {
  dataset: Dataset;
  /** Article id → the number of the shard file that holds its paragraphs. */
  shardOf: ReadonlyMap<string, number>;
  /** The entries of corrections.json the dataset was built with. */
  correctionEntries: Correction[];
  /** The war's events the charts mark, by day. */
  events: WarEvent[];
}

const MAX_DETAILS = 5;

/** JSON text → a value with the expected schema version, or the error that says why not. */
export function parseVersioned(text: string, what: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError(
      'not-json',
      `The ${what} is not valid JSON: it may be truncated or corrupted.`,
      [error instanceof Error ? error.message : String(error)],
    );
  }
  const version =
    typeof json === 'object' && json !== null && 'schemaVersion' in json
      ? json.schemaVersion
      : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DatasetLoadError(
      'schema-version',
      `The ${what} has schema version ${version === undefined ? 'none' : JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}.`,
      ['Rebuild it with `npm run build:data`, or use the dashboard that matches it.'],
    );
  }
  return json;
}

/** zod's verdict as a DatasetLoadError naming the first fields at fault. */
export function invalid(message: string, issues: z.ZodError['issues']): DatasetLoadError {
  return new DatasetLoadError(
    'invalid',
    message,
    issues
      .slice(0, MAX_DETAILS)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

// zod checks the envelope; the 10,000 articles' fields, the figure columns (1.5 million values
// for 100,000 figures) and the sentences are checked by hand exactly as the schemas would (a
// test holds them to the same verdicts): zod takes a good quarter of a second over them. Only
// when a hand check finds a fault does zod check everything, to say where and what.
const envelopeSchema = appIndexSchema.extend({ articles: z.unknown(), figures: z.unknown() });
const sentencesEnvelopeSchema = appSentencesSchema.extend({ sentences: z.unknown() });

const isNat = (v: unknown, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDayOrNull = (v: unknown) => v === null || (typeof v === 'string' && ISO_DAY.test(v));
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const PROVENANCES: readonly unknown[] = provenanceSchema.options;
const isProvenance = (v: unknown) => v === null || PROVENANCES.includes(v);
const reviewsSchema = appIndexSchema.shape.articles.element.shape.reviews;

/** What the index's article schema accepts, checked without zod (reviews, being few, by zod). */
export function isIndexArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const a = value as Record<string, unknown>;
  return (
    isText(a.id) &&
    isText(a.file) &&
    isStringOrNull(a.title) &&
    isStringOrNull(a.publisher) &&
    isProvenance(a.publisherFrom) &&
    isDayOrNull(a.published) &&
    isProvenance(a.publishedFrom) &&
    isStringOrNull(a.url) &&
    isStrings(a.notes) &&
    isStrings(a.warnings) &&
    isNat(a.shard) &&
    isNat(a.figureCount) &&
    isNat(a.sentenceCount) &&
    (a.reviews === undefined || reviewsSchema.safeParse(a.reviews).success)
  );
}

type ColumnCheck = { nat: number } | ((v: unknown) => boolean);
/** Each column's check, as figureColumnsSchema has it: whole numbers up to a bound, or a test. */
const COLUMN_CHECKS: Record<FigureColumn, ColumnCheck> = {
  paragraph: { nat: Number.MAX_SAFE_INTEGER },
  n: { nat: Number.MAX_SAFE_INTEGER },
  metric: { nat: METRIC_IDS.length - 1 },
  value: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
  text: isText,
  qualifier: { nat: QUALIFIERS.length - 1 },
  modality: { nat: MODALITIES.length - 1 },
  scope: { nat: SCOPES.length - 1 },
  asOf: isDayOrNull,
  attribution: isStringOrNull,
  sentence: { nat: Number.MAX_SAFE_INTEGER },
  start: { nat: Number.MAX_SAFE_INTEGER },
  end: { nat: Number.MAX_SAFE_INTEGER },
  sentenceStart: { nat: Number.MAX_SAFE_INTEGER },
  source: isStringOrNull,
};

/** Whether every value is a whole number from 0 to max: one tight loop per column. */
function allNat(column: readonly unknown[], max: number): boolean {
  for (let i = 0; i < column.length; i += 1) {
    const v = column[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= max) || !Number.isSafeInteger(v)) return false;
  }
  return true;
}

/** What figureColumnsSchema accepts, checked without zod. */
export function areFigureColumns(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const columns = value as Record<string, unknown>;
  for (const name of FIGURE_COLUMNS) {
    const column = columns[name];
    if (!Array.isArray(column)) return false;
    const check = COLUMN_CHECKS[name];
    if (typeof check === 'function') {
      for (let i = 0; i < column.length; i += 1) if (!check(column[i])) return false;
    } else if (!allNat(column, check.nat)) return false;
  }
  return true;
}

const areSentences = (v: unknown) => Array.isArray(v) && v.every(isText);

function validate(json: unknown, sentencesJson: unknown): [AppIndex, AppSentences] {
  const shallow = envelopeSchema.safeParse(json);
  const sentences = sentencesEnvelopeSchema.safeParse(sentencesJson);
  if (
    shallow.success &&
    sentences.success &&
    Array.isArray(shallow.data.articles) &&
    (shallow.data.articles as unknown[]).every(isIndexArticle) &&
    areFigureColumns(shallow.data.figures) &&
    areSentences(sentences.data.sentences)
  ) {
    return [shallow.data as AppIndex, sentences.data as AppSentences];
  }
  const full = appIndexSchema.safeParse(json);
  if (!full.success) {
    throw invalid('The dataset does not match the expected format.', full.error.issues);
  }
  const fullSentences = appSentencesSchema.safeParse(sentencesJson);
  if (!fullSentences.success) {
    throw invalid(
      'The sentences file does not match the expected format.',
      fullSentences.error.issues,
    );
  }
  return [full.data, fullSentences.data];
}

/** The columns' lengths and the sentences' count, against what the articles say they hold. */
function shapeProblems(index: AppIndex, sentences: AppSentences): string[] {
  let figures = 0;
  let sentenceCount = 0;
  for (const a of index.articles) {
    figures += a.figureCount;
    sentenceCount += a.sentenceCount;
  }
  const problems: string[] = [];
  for (const name of FIGURE_COLUMNS) {
    const length = index.figures[name].length;
    if (length !== figures) {
      problems.push(`figures.${name} has ${length} values for ${figures} figures`);
    }
  }
  if (sentences.sentences.length !== sentenceCount) {
    problems.push(
      `sentences.json has ${sentences.sentences.length} sentences; the articles name ${sentenceCount}`,
    );
  }
  return problems;
}

/**
 * The two files the dashboard loads first, index.json and sentences.json, as a checked dataset
 * whose articles have no text yet, or a DatasetLoadError saying what is wrong.
 */
export function parseDataset(indexText: string, sentencesText: string): LoadedDataset {
  const json = parseVersioned(indexText, 'dataset file');
  const format =
    typeof json === 'object' && json !== null && 'indexFormat' in json
      ? json.indexFormat
      : undefined;
  if (format !== APP_INDEX_FORMAT) {
    throw new DatasetLoadError(
      'schema-version',
      `The dataset file has layout ${format === undefined ? '1' : JSON.stringify(format)}; this dashboard reads layout ${APP_INDEX_FORMAT}.`,
      ['Rebuild it with `npm run build:data`, or use the dashboard that matches it.'],
    );
  }
  const [index, sentences] = validate(json, parseVersioned(sentencesText, 'sentences file'));
  const shape = shapeProblems(index, sentences);
  if (shape.length > 0) {
    throw new DatasetLoadError(
      'invalid',
      'The dataset contradicts itself.',
      shape.slice(0, MAX_DETAILS),
    );
  }
  const { articles, figures } = readColumns(index, sentences.sentences);
  const shardOf = new Map<string, number>();
  for (const entry of index.articles) shardOf.set(entry.id, entry.shard);
  const problems = integrityProblems(index, articles, figures);
  if (problems.length > 0) {
    throw new DatasetLoadError(
      'invalid',
      'The dataset contradicts itself.',
      problems.slice(0, MAX_DETAILS),
    );
  }
  return {
    dataset: {
      schemaVersion: index.schemaVersion,
      metrics: index.metrics,
      articles,
      figures,
      rejected: index.rejected,
      dropped: index.dropped ?? [],
      corrections: {
        applied: index.corrections?.applied ?? 0,
        unmatched: index.corrections?.unmatched ?? [],
      },
    },
    shardOf,
    correctionEntries: index.corrections?.entries ?? [],
    events: sortEvents(index.events ?? []),
  };
}

/**
 * The columns read into the dataset's articles and figures, in one pass. A figure whose sentence
 * lies outside its article's sentences gets none (integrityProblems names it).
 */
function readColumns(
  index: AppIndex,
  sentences: readonly string[],
): { articles: Dataset['articles']; figures: Dataset['figures'] } {
  const c = index.figures;
  const articles: Dataset['articles'] = [];
  const figures: Dataset['figures'] = [];
  let row = 0;
  let sentenceBase = 0;
  for (const entry of index.articles) {
    // Spelled out rather than spread: the entry holds fields the article does not.
    articles.push({
      id: entry.id,
      file: entry.file,
      title: entry.title,
      publisher: entry.publisher,
      publisherFrom: entry.publisherFrom,
      published: entry.published,
      publishedFrom: entry.publishedFrom,
      url: entry.url,
      notes: entry.notes,
      paragraphs: [],
      warnings: entry.warnings,
    });
    const reviewOf = entry.reviews ? new Map(entry.reviews) : null;
    for (let k = 0; k < entry.figureCount; k += 1, row += 1) {
      const paragraph = c.paragraph[row] ?? 0;
      const s = c.sentence[row] ?? 0;
      const figure: Figure = {
        id: `${entry.id}:${paragraph}:${c.n[row] ?? 0}`,
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
        paragraph,
        sentence: s < entry.sentenceCount ? (sentences[sentenceBase + s] ?? '') : '',
        start: c.start[row] ?? 0,
        end: c.end[row] ?? 0,
        sentenceStart: c.sentenceStart[row] ?? 0,
      };
      const review = reviewOf?.get(k);
      if (review) figure.review = review;
      figures.push(figure);
    }
    sentenceBase += entry.sentenceCount;
  }
  return { articles, figures };
}

/**
 * What the schema cannot see: article ids must be unique, and a figure's id (its article, its
 * paragraph and its number there) too; its sentence must exist (within its article's) and its
 * number must sit inside it. Figure ids are checked as numbers per article, not as 100,000
 * strings.
 */
function integrityProblems(
  index: AppIndex,
  articles: Dataset['articles'],
  figures: Dataset['figures'],
): string[] {
  const problems: string[] = [];
  const articleIds = new Set<string>();
  for (const article of articles) {
    if (articleIds.has(article.id)) problems.push(`article id ${article.id} is used twice`);
    articleIds.add(article.id);
  }
  const { paragraph, n } = index.figures;
  let keys = new Float64Array(64);
  let row = 0;
  for (const entry of index.articles) {
    const count = entry.figureCount;
    if (keys.length < count) keys = new Float64Array(count);
    for (let k = 0; k < count; k += 1) {
      keys[k] = (paragraph[row + k] ?? 0) * 2 ** 26 + (n[row + k] ?? 0);
    }
    const sorted = keys.subarray(0, count).sort();
    for (let k = 1; k < count; k += 1) {
      if (sorted[k] === sorted[k - 1]) {
        const twice = figures
          .slice(row, row + count)
          .find((f, j, all) => all.some((g, i) => i < j && g.id === f.id));
        problems.push(`figure id ${twice?.id ?? entry.id} is used twice`);
        break;
      }
    }
    row += count;
  }
  for (const figure of figures) {
    if (figure.sentence === '')
      problems.push(`figure ${figure.id} names a sentence that is missing`);
    else if (figure.end <= figure.start) problems.push(`figure ${figure.id} ends before it starts`);
    if (problems.length > MAX_DETAILS) break;
  }
  return problems;
}
