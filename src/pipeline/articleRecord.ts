// A built article as JSON text: what the cache stores, worker threads send back, and the
// assembler joins into the dataset and the dashboard's files without parsing it again. Pure.
import { FIGURE_COLUMNS, indexPart } from '../dataset/appData.ts';
import type { MetricId } from '../dataset/metrics.ts';
import type { Article, Figure } from '../dataset/schema.ts';
import type { BuiltArticle } from './buildArticle.ts';

/**
 * JSON text as a string (freshly built) or as UTF-8 bytes (read from the cache): cached records
 * go from the cache file to the output files without being decoded and encoded again.
 */
export type JsonText = string | Uint8Array;

/**
 * An article's share of each output, as JSON text. Shares that are items of an output's array
 * are each followed by a comma (nothing when there are none), so that the shares of many
 * articles join by plain concatenation, the last comma cut.
 */
export const SHARE = {
  /** Its entry in dataset.json's articles up to its paragraphs: `{…,"paragraphs":`. */
  article: 0,
  /** Its figures for dataset.json's figures: items, each followed by a comma. */
  figures: 1,
  /** Its entry in index.json's articles without the opening brace, where the shard goes. */
  entry: 2,
  /** Its distinct sentences for sentences.json: items, each followed by a comma. */
  sentences: 3,
  /** Its paragraphs, `[…]`: the end of its dataset entry, and its text in its shard of
   * articles/. Stored once: they are a fifth of the cache. */
  text: 4,
  /** Its key in its shard of articles/: `"id":`. */
  key: 5,
  /** Its figures' values for index.json's first column (FIGURE_COLUMNS), as `sentences` is;
   * the other columns follow. */
  columns: 6,
} as const;
export const SHARE_COUNT = SHARE.columns + FIGURE_COLUMNS.length;

/**
 * Records read from the cache keep their shares where they lie in the cache's bytes: a block
 * holds its rows' shares kind by kind (every row's `article`, then every row's `figures`, …),
 * so share s of row r runs from starts[s * rows + r] to the next start, and the shares of rows
 * that follow one another go out as one piece (appendShares).
 */
export interface CacheBlock {
  bytes: Uint8Array;
  rows: number;
  /** SHARE_COUNT * rows + 1 offsets into bytes. */
  starts: Float64Array;
}

export interface ArticleRecord {
  /** Its shares, indexed by SHARE: as text when freshly built, else where the cache holds them. */
  shares: readonly string[] | { block: CacheBlock; row: number };
  /** The metric of each figure, for the summary. */
  metrics: MetricId[];
  /** The article's warnings, for the summary. */
  warnings: string[];
}

export function recordArticle(built: BuiltArticle): ArticleRecord {
  const { paragraphs, ...meta } = built.article;
  const part = indexPart(built.article, built.figures);
  const paragraphsJson = JSON.stringify(paragraphs);
  // "paragraphs" last, whatever the article's own key order.
  const metaJson = JSON.stringify(meta);
  const shares: string[] = [];
  shares[SHARE.article] = `${metaJson.slice(0, -1)},"paragraphs":`;
  shares[SHARE.figures] = items(built.figures);
  shares[SHARE.entry] = JSON.stringify(part.entry).slice(1);
  shares[SHARE.sentences] = items(part.sentences);
  shares[SHARE.text] = paragraphsJson;
  shares[SHARE.key] = `${JSON.stringify(built.article.id)}:`;
  FIGURE_COLUMNS.forEach((c, i) => (shares[SHARE.columns + i] = items(part.columns[c])));
  return {
    shares,
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

/** Share `kind` (a SHARE) of a record, as text. */
export function shareOf(record: ArticleRecord, kind: number): JsonText {
  const { shares } = record;
  if (!('block' in shares)) return shares[kind] ?? '';
  const { block, row } = shares;
  const at = kind * block.rows + row;
  return block.bytes.subarray(block.starts[at], block.starts[at + 1]);
}

export function cut(text: JsonText, start: number, end?: number): JsonText {
  return typeof text === 'string' ? text.slice(start, end) : text.subarray(start, end);
}

/** The article of a record, read back (for the few articles corrections change). */
export function readArticle(record: ArticleRecord): Article {
  return JSON.parse(
    joinText([shareOf(record, SHARE.article), shareOf(record, SHARE.text), '}']),
  ) as Article;
}

/** The figures of a record, read back (for the few articles corrections change). */
export function readFigures(record: ArticleRecord): Figure[] {
  return JSON.parse(`[${joinText([cut(shareOf(record, SHARE.figures), 0, -1)])}]`) as Figure[];
}

/**
 * Share `kind` of each record, appended to `out` as pieces: shares that lie one after the other
 * in the cache's bytes go as one piece, so an unchanged corpus is a handful of pieces, not one
 * per article.
 */
export function appendShares(out: JsonText[], records: readonly ArticleRecord[], kind: number) {
  // The run of cached bytes being extended, not yet in `out`.
  let bytes: Uint8Array | null = null;
  let runStart = 0;
  let runEnd = 0;
  const endRun = () => {
    if (bytes !== null && runEnd > runStart) out.push(bytes.subarray(runStart, runEnd));
    bytes = null;
  };
  for (const { shares } of records) {
    if (!('block' in shares)) {
      const text = shares[kind] ?? '';
      if (text.length === 0) continue;
      endRun();
      out.push(text);
      continue;
    }
    const { block, row } = shares;
    const at = kind * block.rows + row;
    const start = block.starts[at] ?? 0;
    const end = block.starts[at + 1] ?? 0;
    if (end === start) continue;
    if (block.bytes !== bytes || start !== runEnd) {
      endRun();
      bytes = block.bytes;
      runStart = start;
    }
    runEnd = end;
  }
  endRun();
}

/**
 * One array's items made of several shares of each record, separated by commas: `before`,
 * then the shares of `kinds` in turn, then `after`, per record.
 */
export function joinComposite(
  out: JsonText[],
  records: readonly ArticleRecord[],
  kinds: readonly number[],
  after: string,
) {
  records.forEach((record, i) => {
    if (i > 0) out.push(',');
    for (const kind of kinds) out.push(shareOf(record, kind));
    out.push(after);
  });
}

/** The items of one array from each record's share of it, as appendShares; the last comma cut. */
export function joinShares(out: JsonText[], records: readonly ArticleRecord[], kind: number) {
  const start = out.length;
  appendShares(out, records, kind);
  const last = out.length - 1;
  if (last >= start) out[last] = cut(out[last] as JsonText, 0, -1);
}

const decoder = new TextDecoder();

/** Pieces of JSON text as one array of UTF-8 bytes, with a buffer of its own (to transfer). */
export function encodeText(pieces: readonly JsonText[]): Uint8Array<ArrayBuffer> {
  let size = 0;
  for (const piece of pieces)
    size += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') at += bytes.write(piece, at);
    else {
      bytes.set(piece, at);
      at += piece.byteLength;
    }
  }
  return bytes;
}

/** Pieces of JSON text joined into one string. */
export function joinText(pieces: Iterable<JsonText>): string {
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : decoder.decode(piece);
  return text;
}
