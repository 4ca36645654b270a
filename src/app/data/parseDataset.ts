// Turns the text of index.json (the dashboard's half of the dataset, see src/dataset/appData.ts)
// into a checked Dataset whose articles have no text yet, or a DatasetLoadError that says in
// plain words what is wrong with it. Pure, so every broken-file case is unit-tested.
import { z } from 'zod';
import { expandIndexArticle } from '../../dataset/appData.ts';
import { appIndexSchema, type AppIndex } from '../../dataset/appDataSchema.ts';
import type { Correction } from '../../dataset/corrections.ts';
import { sortEvents, type WarEvent } from '../../dataset/events.ts';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import { MODALITIES, QUALIFIERS, SCOPES } from '../../dataset/rowCodes.ts';
import { SCHEMA_VERSION, type Dataset } from '../../dataset/schema.ts';

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

// zod checks every article's fields, but not its sentences and figure rows: 100,000 rows and
// as many sentences, 1.5 million values for 10,000 articles, which zod takes a good quarter of
// a second over. isFigureRow checks the rows as the schema does (a test holds the two to the
// same verdicts), and only when a hand check finds a fault does zod check everything, to say
// where and what.
const indexArticleSchema = appIndexSchema.shape.articles.element;
export const figureRowSchema = indexArticleSchema.shape.figures.element;
const indexWithoutRowsSchema = appIndexSchema.extend({
  articles: z.array(indexArticleSchema.extend({ sentences: z.unknown(), figures: z.unknown() })),
});

const isNat = (v: unknown, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const METRIC_MAX = METRIC_IDS.length - 1;
const QUALIFIER_MAX = QUALIFIERS.length - 1;
const MODALITY_MAX = MODALITIES.length - 1;
const SCOPE_MAX = SCOPES.length - 1;

/** What figureRowSchema accepts, checked without zod. */
export function isFigureRow(row: unknown): boolean {
  if (!Array.isArray(row) || row.length !== 15) return false;
  const r = row as unknown[];
  const value = r[3];
  const text = r[4];
  const asOf = r[8];
  const attribution = r[9];
  const source = r[14];
  return (
    isNat(r[0]) &&
    isNat(r[1]) &&
    isNat(r[2], METRIC_MAX) &&
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 0 &&
    typeof text === 'string' &&
    text.length > 0 &&
    isNat(r[5], QUALIFIER_MAX) &&
    isNat(r[6], MODALITY_MAX) &&
    isNat(r[7], SCOPE_MAX) &&
    (asOf === null || (typeof asOf === 'string' && ISO_DAY.test(asOf))) &&
    (attribution === null || typeof attribution === 'string') &&
    (source === null || typeof source === 'string') &&
    isNat(r[10]) &&
    isNat(r[11]) &&
    isNat(r[12]) &&
    isNat(r[13])
  );
}

/** Sentences and rows as the schema wants them, checked by hand. */
function rowsHold(articles: readonly { sentences: unknown; figures: unknown }[]): boolean {
  for (const { sentences, figures } of articles) {
    if (!Array.isArray(sentences) || !Array.isArray(figures)) return false;
    for (const sentence of sentences as unknown[]) if (typeof sentence !== 'string') return false;
    for (const row of figures as unknown[]) if (!isFigureRow(row)) return false;
  }
  return true;
}

function validate(json: unknown): AppIndex {
  const shallow = indexWithoutRowsSchema.safeParse(json);
  if (shallow.success && rowsHold(shallow.data.articles)) return shallow.data as AppIndex;
  const full = appIndexSchema.safeParse(json);
  if (!full.success) {
    throw invalid('The dataset does not match the expected format.', full.error.issues);
  }
  return full.data;
}

export function parseDataset(text: string): LoadedDataset {
  const index = validate(parseVersioned(text, 'dataset file'));
  const articles: Dataset['articles'] = [];
  const figures: Dataset['figures'] = [];
  const shardOf = new Map<string, number>();
  for (const entry of index.articles) {
    const expanded = expandIndexArticle(entry);
    articles.push(expanded.article);
    for (const figure of expanded.figures) figures.push(figure);
    shardOf.set(entry.id, entry.shard);
  }
  const problems = integrityProblems(articles, figures);
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
 * What the schema cannot see: article and figure ids must be unique, a figure's sentence must
 * exist (its row names one of its article's sentences) and its number must sit inside it.
 * Figure ids are an article's id with a paragraph and a number, so they are unique when those
 * pairs are within each article: compared as numbers, not as 100,000 strings.
 */
function integrityProblems(articles: Dataset['articles'], figures: Dataset['figures']): string[] {
  const problems: string[] = [];
  const articleIds = new Set<string>();
  for (const article of articles) {
    if (articleIds.has(article.id)) problems.push(`article id ${article.id} is used twice`);
    articleIds.add(article.id);
  }
  let pairs = new Set<number | string>();
  let current = '';
  for (const figure of figures) {
    if (figure.articleId !== current) {
      current = figure.articleId;
      pairs = new Set();
    }
    const n = Number(figure.id.slice(figure.id.lastIndexOf(':') + 1));
    const pair = n < 1_000_000 ? figure.paragraph * 1_000_000 + n : figure.id;
    if (pairs.has(pair)) problems.push(`figure id ${figure.id} is used twice`);
    pairs.add(pair);
    if (figure.sentence === '')
      problems.push(`figure ${figure.id} names a sentence that is missing`);
    else if (figure.end <= figure.start) problems.push(`figure ${figure.id} ends before it starts`);
  }
  return problems;
}
