// The incremental-build cache: article records keyed by a hash of the extractor version and
// everything the article's build reads. One file, grown by appending blocks: a line of JSON
// (per record: key, metrics, warnings and the byte length of each share), then the records'
// shares as bytes, kind by kind (see CacheBlock in articleRecord.ts), so that they go from the
// cache to the outputs as a few large pieces, never parsed. Pure.
import { createHash } from 'node:crypto';
import type { MetricId } from '../../dataset/metrics.ts';
import {
  appendShares,
  SHARE_COUNT,
  shareOf,
  type ArticleRecord,
  type CacheBlock,
  type JsonText,
} from '../articleRecord.ts';
import type { ArticleJob } from '../buildDataset.ts';

const HEADER = 'conflict-figures extract cache 7';

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

/** Per record of a block: its key, metrics, warnings and the byte length of each share. */
type BlockLine = [key: string, metrics: MetricId[], warnings: string[], lengths: number[]][];

const byteLength = (text: JsonText) =>
  typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;

/** Cache entries as one block, in pieces; the file is the header followed by blocks. */
export function cachePieces(entries: Iterable<[string, ArticleRecord]>): JsonText[] {
  const list = [...entries];
  const line: BlockLine = list.map(([key, r]) => [
    key,
    r.metrics,
    r.warnings,
    Array.from({ length: SHARE_COUNT }, (_, kind) => byteLength(shareOf(r, kind))),
  ]);
  const out: JsonText[] = [`${JSON.stringify(line)}\n`];
  const records = list.map(([, r]) => r);
  for (let kind = 0; kind < SHARE_COUNT; kind++) appendShares(out, records, kind);
  return out;
}

export interface LoadedCache {
  entries: Map<string, ArticleRecord>;
  /** Entries in the file, replaced ones included: when it is twice the live ones, compact. */
  stored: number;
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder();

/**
 * Reads the block that starts at `at`: its entries in order, and where it ends. Throws when the
 * block is cut short or broken.
 */
function readBlockAt(
  bytes: Uint8Array,
  at: number,
): { entries: [string, ArticleRecord][]; end: number } {
  const lineEnd = bytes.indexOf(NEWLINE, at);
  if (lineEnd < 0) throw new Error('truncated cache');
  const line = JSON.parse(decoder.decode(bytes.subarray(at, lineEnd))) as BlockLine;
  let end = lineEnd + 1;
  const rows = line.length;
  const block: CacheBlock = { bytes, rows, starts: new Float64Array(SHARE_COUNT * rows + 1) };
  for (let kind = 0; kind < SHARE_COUNT; kind++) {
    for (let row = 0; row < rows; row++) {
      block.starts[kind * rows + row] = end;
      const length = line[row]?.[3][kind] ?? -1;
      if (!(length >= 0)) throw new Error('broken cache');
      end += length;
    }
  }
  block.starts[SHARE_COUNT * rows] = end;
  if (!(end <= bytes.length)) throw new Error('truncated cache');
  const entries = line.map(([key, metrics, warnings], row): [string, ArticleRecord] => [
    key,
    { shares: { block, row }, metrics, warnings },
  ]);
  return { entries, end };
}

/** The entries of one block on its own (as a worker thread sends back what it built), in order. */
export function readBlock(bytes: Uint8Array): [string, ArticleRecord][] {
  return readBlockAt(bytes, 0).entries;
}

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
  try {
    while (at < bytes.length) {
      const block = readBlockAt(bytes, at);
      for (const [key, record] of block.entries) entries.set(key, record);
      stored += block.entries.length;
      at = block.end;
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
