// The whole extraction: files read from a folder → the dataset of DATASET.md. Pure; the only
// inputs are the files' bytes and the meta file's text. Output order is fixed (articles by
// file path), so the same input always gives the same bytes.
import { METRICS } from '../dataset/metrics.ts';
import {
  SCHEMA_VERSION,
  type Article,
  type Dataset,
  type Figure,
  type Rejected,
} from '../dataset/schema.ts';
import { buildArticle } from './buildArticle.ts';
import { decodeArticleBytes } from './input/decode.ts';
import { extensionOf, isArticleFile } from './input/parseDocument.ts';
import { META_FILE_NAME, parseMetaFile, type MetaEntry } from './metadata/metaFile.ts';

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

export type BuildResult =
  { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; error: string };

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

export function buildDataset(input: CorpusInput): BuildResult {
  const candidates = [...input.files].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const rejected: Rejected[] = [...input.unreadable];
  const articleFiles: { file: string; text: string; warnings: string[] }[] = [];
  for (const { file, bytes } of candidates) {
    if (baseName(file) === META_FILE_NAME) continue;
    if (!isArticleFile(file)) {
      const ext = extensionOf(file);
      rejected.push({
        file,
        reason: ext ? `not an article file type (${ext})` : 'no file extension',
      });
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) rejected.push({ file, reason: decoded.reason });
    else articleFiles.push({ file, text: decoded.text, warnings: decoded.warnings });
  }

  const warnings: string[] = [];
  let meta = new Map<string, MetaEntry>();
  if (input.metaText !== null) {
    const parsed = parseMetaFile(input.metaText, new Set(articleFiles.map((a) => a.file)));
    if (!parsed.ok) return { ok: false, error: parsed.error };
    meta = parsed.entries;
    warnings.push(...parsed.warnings);
  }

  const ids = articleIds(articleFiles.map((a) => a.file));
  const articles: Article[] = [];
  const figures: Figure[] = [];
  for (const { file, text, warnings: decodeWarnings } of articleFiles) {
    const built = buildArticle(ids.get(file) ?? file, file, text, meta.get(file), decodeWarnings);
    articles.push(built.article);
    figures.push(...built.figures);
  }
  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    ok: true,
    dataset: { schemaVersion: SCHEMA_VERSION, metrics: [...METRICS], articles, figures, rejected },
    warnings,
  };
}
