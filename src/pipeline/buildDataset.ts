// The whole extraction, composed in one place: files read from a folder → the dataset of
// DATASET.md. Three pure steps: plan (decode, reject, read the meta file, assign ids), build
// each article (buildArticle, which may run in worker threads or come from the cache), and
// assemble. Output order is fixed (articles by file path), so the same input always gives the
// same bytes.
import { METRICS } from '../dataset/metrics.ts';
import { SCHEMA_VERSION, type Dataset, type Rejected } from '../dataset/schema.ts';
import { buildArticle } from './buildArticle.ts';
import { decodeArticleBytes } from './input/decode.ts';
import { extensionOf, isArticleFile } from './input/parseDocument.ts';
import { META_FILE_NAME, parseMetaFile, type MetaEntry } from './metadata/metaFile.ts';
import {
  datasetArticleJson,
  indexArticleJson,
  recordArticle,
  type ArticleRecord,
} from './articleRecord.ts';
import { SHARD_SIZE, shardFile, shardOf } from '../dataset/appData.ts';

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
}

/** One article to build: everything buildArticle needs, and nothing else. */
export interface ArticleJob {
  id: string;
  file: string;
  text: string;
  meta: MetaEntry | undefined;
  decodeWarnings: string[];
}

export interface BuildPlan {
  jobs: ArticleJob[];
  rejected: Rejected[];
  warnings: string[];
}

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

export function planBuild(input: CorpusInput): PlanResult {
  const rejected: Rejected[] = [...input.unreadable];
  const decoded: { file: string; text: string; warnings: string[] }[] = [];
  for (const { file, bytes } of [...input.files].sort(byFile)) {
    if (baseName(file) === META_FILE_NAME) continue;
    if (!isArticleFile(file)) {
      const ext = extensionOf(file);
      rejected.push({
        file,
        reason: ext ? `not an article file type (${ext})` : 'no file extension',
      });
      continue;
    }
    const result = decodeArticleBytes(bytes);
    if (!result.ok) rejected.push({ file, reason: result.reason });
    else decoded.push({ file, text: result.text, warnings: result.warnings });
  }

  const warnings: string[] = [];
  let meta = new Map<string, MetaEntry>();
  if (input.metaText !== null) {
    const parsed = parseMetaFile(input.metaText, new Set(decoded.map((a) => a.file)));
    if (!parsed.ok) return { ok: false, error: parsed.error };
    meta = parsed.entries;
    warnings.push(...parsed.warnings);
  }

  const ids = articleIds(decoded.map((a) => a.file));
  const jobs = decoded.map(({ file, text, warnings: decodeWarnings }) => ({
    id: ids.get(file) ?? file,
    file,
    text,
    meta: meta.get(file),
    decodeWarnings,
  }));
  return { ok: true, plan: { jobs, rejected: rejected.sort(byFile), warnings } };
}

export function runJob(job: ArticleJob): ArticleRecord {
  return recordArticle(buildArticle(job.id, job.file, job.text, job.meta, job.decodeWarnings));
}

/**
 * The dataset's JSON text from the plan and one record per job, in job order, as pieces to
 * write one after another. Joined, they are exactly JSON.stringify of the dataset: the
 * records' JSON is reused as it is, never parsed again.
 */
export function* datasetJsonPieces(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"metrics":${JSON.stringify(METRICS)},"articles":[`;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record) yield (i > 0 ? ',' : '') + datasetArticleJson(record);
  }
  yield '],"figures":[';
  let first = true;
  for (const record of records) {
    for (const figure of record.figures) {
      yield first ? figure : `,${figure}`;
      first = false;
    }
  }
  yield `],"rejected":${JSON.stringify(plan.rejected)}}`;
}

/** The dashboard's index.json (see src/dataset/appData.ts), as pieces. */
export function* appIndexPieces(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
): Generator<string> {
  yield `{"schemaVersion":${SCHEMA_VERSION},"metrics":${JSON.stringify(METRICS)},"articles":[`;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record) yield (i > 0 ? ',' : '') + indexArticleJson(record, shardOf(i));
  }
  yield `],"rejected":${JSON.stringify(plan.rejected)}}`;
}

/** The article text shards of the dashboard: file name and JSON text of each. */
export function* articleShards(
  plan: BuildPlan,
  records: readonly ArticleRecord[],
): Generator<[string, string]> {
  for (let start = 0; start < records.length; start += SHARD_SIZE) {
    const entries: string[] = [];
    for (let i = start; i < Math.min(records.length, start + SHARD_SIZE); i++) {
      const record = records[i];
      const id = plan.jobs[i]?.id;
      if (record && id !== undefined) entries.push(`${JSON.stringify(id)}:${record.paragraphs}`);
    }
    yield [
      shardFile(shardOf(start)),
      `{"schemaVersion":${SCHEMA_VERSION},"articles":{${entries.join(',')}}}`,
    ];
  }
}

/** The whole build in one thread: what tests and small corpora use. */
export function buildDataset(input: CorpusInput): BuildResult {
  const planned = planBuild(input);
  if (!planned.ok) return planned;
  const records = planned.plan.jobs.map(runJob);
  const dataset = JSON.parse([...datasetJsonPieces(planned.plan, records)].join('')) as Dataset;
  return { ok: true, dataset, warnings: planned.plan.warnings };
}
