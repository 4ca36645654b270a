// The incremental-build cache: article records keyed by a hash of the extractor version and
// everything the article's build reads. Stored as one line-based text file so that loading it
// parses no JSON: JSON text never holds a raw newline. Pure.
import { createHash } from 'node:crypto';
import { FIGURE_COLUMNS } from '../../dataset/appData.ts';
import type { MetricId } from '../../dataset/metrics.ts';
import type { ArticleRecord, JsonText } from '../articleRecord.ts';
import type { ArticleJob } from '../buildDataset.ts';

const HEADER = 'conflict-figures extract cache 5';

export function jobKey(version: string, job: ArticleJob): string {
  const hash = createHash('sha256');
  hash.update(version);
  hash.update('\0');
  hash.update(JSON.stringify([job.id, job.file, job.meta ?? null, job.decodeWarnings]));
  hash.update('\0');
  hash.update(job.textHash);
  return hash.digest('hex');
}

/** The cache file's header, written once when the file is started. */
export const CACHE_HEADER = `${HEADER}\n`;

/** Cache entries as text pieces; the file is the header followed by these, appended over time. */
export function* cachePieces(entries: Iterable<[string, ArticleRecord]>): Generator<JsonText> {
  for (const [key, r] of entries) {
    yield `${key} ${r.figures.length}\n`;
    for (const piece of [r.meta, r.paragraphs, r.index, r.sentences, ...r.columns, ...r.figures]) {
      yield piece;
      yield '\n';
    }
    yield `${JSON.stringify([r.metrics, r.warnings])}\n`;
  }
}

export interface LoadedCache {
  entries: Map<string, ArticleRecord>;
  /** Entries in the file, replaced ones included: when it is twice the live ones, compact. */
  stored: number;
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder();

/**
 * Reads a cache file; a later entry for a key replaces an earlier one. The records' JSON stays
 * as bytes, to be written out as it is. Anything unreadable gives an empty cache (the cache is
 * safe to delete).
 */
export function parseCache(bytes: Uint8Array | null): LoadedCache {
  const entries = new Map<string, ArticleRecord>();
  let stored = 0;
  const header = new TextEncoder().encode(CACHE_HEADER);
  if (!bytes || bytes.length < header.length || !header.every((b, i) => bytes[i] === b)) {
    return { entries, stored };
  }
  let at = header.length;
  const line = (): Uint8Array => {
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) throw new Error('truncated cache');
    const slice = bytes.subarray(at, end);
    at = end + 1;
    return slice;
  };
  try {
    while (at < bytes.length) {
      const [key, count] = decoder.decode(line()).split(' ');
      const n = Number(count);
      if (!key || !Number.isInteger(n)) break;
      const [meta, paragraphs, index, sentences] = [line(), line(), line(), line()];
      const columns = Array.from({ length: FIGURE_COLUMNS.length }, line);
      const figures = Array.from({ length: n }, line);
      const [metrics, warnings] = JSON.parse(decoder.decode(line())) as [MetricId[], string[]];
      entries.set(key, { meta, paragraphs, index, sentences, columns, figures, metrics, warnings });
      stored++;
    }
  } catch {
    return { entries: new Map(), stored: 0 };
  }
  return { entries, stored };
}

/**
 * The cache grows by appending; it is written anew when it would hold more than a quarter stale
 * entries, or when most of it was rebuilt anyway.
 */
export function mustRewrite(stored: number, added: number, live: number): boolean {
  return stored === 0 || stored + added - live > live / 4 + 100 || added * 2 > live;
}
