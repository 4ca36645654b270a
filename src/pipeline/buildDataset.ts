// The whole extraction, composed in one place: files read from a folder → the dataset of
// DATASET.md. Four pure steps: plan (decode, reject, read the meta and corrections files,
// assign ids), build each article (buildArticle, which may run in worker threads or come from
// the cache), apply the corrections (correctRecords), and assemble. Output order is fixed (articles by file path), so the same input always gives the
// same bytes.
import { createHash } from 'node:crypto';
import type { Correction } from '../dataset/corrections.ts';
import type { WarEvent } from '../dataset/events.ts';
import { METRICS } from '../dataset/metrics.ts';
import { SCHEMA_VERSION, type Dataset, type Rejected } from '../dataset/schema.ts';
import { buildArticle } from './buildArticle.ts';
import { decodeArticleBytes } from './input/decode.ts';
import { extensionOf, isArticleFile } from './input/parseDocument.ts';
import { META_FILE_NAME, parseMetaFile, type MetaEntry } from './metadata/metaFile.ts';
import {
  joinComposite,
  joinShares,
  joinText,
  SHARE,
  shareOf,
  recordArticle,
  type ArticleRecord,
  type JsonText,
} from './articleRecord.ts';
import {
  APP_INDEX_FORMAT,
  FIGURE_COLUMNS,
  SHARD_SIZE,
  shardFile,
  shardOf,
} from '../dataset/appData.ts';
import { parseCorrectionsFile } from './corrections/correctionsFile.ts';
import {
  correctRecords,
  NO_CORRECTIONS,
  type CorrectedRecords,
} from './corrections/correctRecords.ts';

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface CorpusInput {
  files: readonly InputFile[];
  /** Files that could not be read at all, with the reason. */
  unreadable: readonly Rejected[];
  /** The text of articles.meta.json, or null when there is none. */
  metaText: string | null;
  /** The text of corrections.json, or null (or absent) when there is none. */
  correctionsText?: string | null;
}

/** One article to build: everything buildArticle needs, and nothing else. */
export interface ArticleJob {
  id: string;
  file: string;
  /** The decoded text; absent when the file was not read because it is unchanged. */
  text?: string;
  /** sha256 of the decoded text: what the cache key depends on. */
  textHash: string;
  meta: MetaEntry | undefined;
  decodeWarnings: string[];
}

/** A corpus file after decoding: an article's text, or why it is not an article. */
export type FileOutcome =
  | { file: string; kind: 'article'; textHash: string; warnings: string[]; text?: string }
  | { file: string; kind: 'rejected'; reason: string };

export interface BuildPlan {
  jobs: ArticleJob[];
  rejected: Rejected[];
  warnings: string[];
  /** The entries of corrections.json, applied once the articles are built. */
  corrections: Correction[];
}

/** What corrections add to the outputs besides the articles' records. */
export type Reviewed = Omit<CorrectedRecords, 'records'>;

export type PlanResult = { ok: true; plan: BuildPlan } | { ok: false; error: string };

export type BuildResult =
  { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; error: string };

const byFile = <T extends { file: string }>(a: T, b: T) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

function baseName(file: string): string {
  return file.split('/').at(-1) ?? file;
}

function stemOf(file: string): string {
  return baseName(file).replace(/\.[^.]+$/, '');
}

/** Ids are file names without extension; where two files share one, their full paths are used. */
export function articleIds(files: readonly string[]): Map<string, string> {
  const byStem = new Map<string, string[]>();
  for (const file of files) {
    const list = byStem.get(stemOf(file)) ?? [];
    list.push(file);
    byStem.set(stemOf(file), list);
  }
  const ids = new Map<string, string>();
  for (const [stem, list] of byStem) {
    for (const file of list) ids.set(file, list.length === 1 ? stem : file);
  }
  return ids;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function hashPieces(pieces: Iterable<JsonText>): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

/** Decodes one file: an article with its text, or a rejection with the reason. */
export function decodeFile(file: string, bytes: Uint8Array): FileOutcome {
  if (!isArticleFile(file)) {
    const ext = extensionOf(file);
    return {
      file,
      kind: 'rejected',
      reason: ext ? `not an article file type (${ext})` : 'no file extension',
    };
  }
  const result = decodeArticleBytes(bytes);
  if (!result.ok) return { file, kind: 'rejected', reason: result.reason };
  return {
    file,
    kind: 'article',
    text: result.text,
    textHash: hashText(result.text),
    warnings: result.warnings,
  };
}

/** Articles, rejections, the meta file and ids: what to build. */
export function planFromOutcomes(
  outcomes: readonly FileOutcome[],
  unreadable: readonly Rejected[],
  metaText: string | null,
  correctionsText: string | null = null,
): PlanResult {
  const rejected: Rejected[] = [...unreadable];
  const articles: Extract<FileOutcome, { kind: 'article' }>[] = [];
  for (const outcome of [...outcomes].sort(byFile)) {
    if (baseName(outcome.file) === META_FILE_NAME) continue;
    if (outcome.kind === 'rejected') rejected.push({ file: outcome.file, reason: outcome.reason });
    else articles.push(outcome);
  }
  const warnings: string[] = [];
  let meta = new Map<string, MetaEntry>();
  if (metaText !== null) {
    const parsed = parseMetaFile(metaText, new Set(articles.map((a) => a.file)));
    if (!parsed.ok) return { ok: false, error: parsed.error };
    meta = parsed.entries;
    warnings.push(...parsed.warnings);
  }
  let corrections: Correction[] = [];
  if (correctionsText !== null) {
    const parsed = parseCorrectionsFile(correctionsText);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    corrections = parsed.corrections;
  }
  const ids = articleIds(articles.map((a) => a.file));
  const jobs = articles.map((a): ArticleJob => ({
    id: ids.get(a.file) ?? a.file,
    file: a.file,
    text: a.text,
    textHash: a.textHash,
    meta: meta.get(a.file),
    decodeWarnings: a.warnings,
  }));
  return { ok: true, plan: { jobs, rejected: rejected.sort(byFile), warnings, corrections } };
}

export function planBuild(input: CorpusInput): PlanResult {
  const outcomes = input.files.map(({ file, bytes }) => decodeFile(file, bytes));
  return planFromOutcomes(outcomes, input.unreadable, input.metaText, input.correctionsText);
}

export function runJob(job: ArticleJob): ArticleRecord {
  if (job.text === undefined) throw new Error(`${job.file}: text not read`);
  return recordArticle(buildArticle(job.id, job.file, job.text, job.meta, job.decodeWarnings));
}

/**
 * The dataset's JSON text from the plan and one record per job, in job order, as pieces to
 * write one after another. Joined, they are exactly JSON.stringify of the dataset: the
 * records' JSON is reused as it is, never parsed again.
 */
export function datasetJsonPieces(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
  reviewed: Reviewed = NO_CORRECTIONS,
): JsonText[] {
  const out: JsonText[] = [
    `{"schemaVersion":${SCHEMA_VERSION},"metrics":${JSON.stringify(METRICS)},"articles":[`,
  ];
  joinComposite(out, records, [SHARE.article, SHARE.text], '}');
  out.push('],"figures":[');
  joinShares(out, records, SHARE.figures);
  out.push(
    `],"rejected":${JSON.stringify(plan.rejected)}`,
    `,"dropped":${JSON.stringify(reviewed.dropped)}`,
    `,"corrections":${JSON.stringify(reviewed.summary)}}`,
  );
  return out;
}

/**
 * The dashboard's index.json (see src/dataset/appData.ts), as pieces: the articles' entries,
 * then each column of figures joined from the records' shares, as text. `events` are the war's
 * events the charts mark (data/events.json, checked by the caller).
 */
export function appIndexPieces(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
  reviewed: Reviewed = NO_CORRECTIONS,
  events: readonly WarEvent[] = [],
): JsonText[] {
  const out: JsonText[] = [
    `{"schemaVersion":${SCHEMA_VERSION},"indexFormat":${APP_INDEX_FORMAT},"metrics":${JSON.stringify(METRICS)},"articles":[`,
  ];
  records.forEach((record, i) => {
    out.push(`${i > 0 ? ',' : ''}{"shard":${shardOf(i)},`, shareOf(record, SHARE.entry));
  });
  out.push('],"figures":{');
  FIGURE_COLUMNS.forEach((column, c) => {
    out.push(`${c > 0 ? ',' : ''}"${column}":[`);
    joinShares(out, records, SHARE.columns + c);
    out.push(']');
  });
  // The entries too: the dashboard merges people's suggestions into the file as it is.
  const corrections = { ...reviewed.summary, entries: plan.corrections };
  out.push(
    `},"rejected":${JSON.stringify(plan.rejected)}`,
    `,"dropped":${JSON.stringify(reviewed.dropped)}`,
    `,"corrections":${JSON.stringify(corrections)}`,
    `,"events":${JSON.stringify(events)}}`,
  );
  return out;
}

/** The dashboard's sentences.json: every article's distinct sentences, in article order. */
export function appSentencesPieces(records: readonly ArticleRecord[]): JsonText[] {
  const out: JsonText[] = [`{"schemaVersion":${SCHEMA_VERSION},"sentences":[`];
  joinShares(out, records, SHARE.sentences);
  out.push(']}');
  return out;
}

/** The corrections of the plan applied to one record per job. */
export function applyCorrections(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
): CorrectedRecords {
  return correctRecords(plan.jobs, records, plan.corrections, plan.rejected);
}

/** The article text shards of the dashboard: file name and the pieces of its JSON text. */
export function* articleShards(records: readonly ArticleRecord[]): Generator<[string, JsonText[]]> {
  for (let start = 0; start < records.length; start += SHARD_SIZE) {
    const pieces: JsonText[] = [`{"schemaVersion":${SCHEMA_VERSION},"articles":{`];
    joinComposite(pieces, records.slice(start, start + SHARD_SIZE), [SHARE.key, SHARE.text], '');
    pieces.push('}}');
    yield [shardFile(shardOf(start)), pieces];
  }
}

/** The whole build in one thread: what tests and small corpora use. */
export function buildDataset(input: CorpusInput): BuildResult {
  const planned = planBuild(input);
  if (!planned.ok) return planned;
  const { records, ...reviewed } = applyCorrections(planned.plan, planned.plan.jobs.map(runJob));
  const dataset = JSON.parse(
    joinText(datasetJsonPieces(planned.plan, records, reviewed)),
  ) as Dataset;
  return { ok: true, dataset, warnings: planned.plan.warnings };
}
