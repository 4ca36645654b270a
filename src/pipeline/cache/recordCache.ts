// The incremental-build cache: article records keyed by a hash of the extractor version and
// everything the article's build reads. Stored as one line-based text file so that loading it
// parses no JSON: JSON text never holds a raw newline. Pure.
import { createHash } from 'node:crypto';
import type { MetricId } from '../../dataset/metrics.ts';
import type { ArticleRecord } from '../articleRecord.ts';
import type { ArticleJob } from '../buildDataset.ts';

const HEADER = 'conflict-figures extract cache 2';

export function jobKey(version: string, job: ArticleJob): string {
  const hash = createHash('sha256');
  hash.update(version);
  hash.update('\0');
  hash.update(JSON.stringify([job.id, job.file, job.meta ?? null, job.decodeWarnings]));
  hash.update('\0');
  hash.update(job.text);
  return hash.digest('hex');
}

/** The cache file's text as pieces to write one after another. */
export function* cachePieces(entries: ReadonlyMap<string, ArticleRecord>): Generator<string> {
  yield `${HEADER}\n`;
  for (const [key, r] of entries) {
    yield `${key} ${r.figures.length}\n${r.meta}\n${r.paragraphs}\n${r.index}\n`;
    for (const figure of r.figures) yield `${figure}\n`;
    yield `${JSON.stringify([r.metrics, r.warnings])}\n`;
  }
}

/** Reads a cache file; anything unreadable gives an empty cache (the cache is safe to delete). */
export function parseCache(text: string | null): Map<string, ArticleRecord> {
  const entries = new Map<string, ArticleRecord>();
  if (!text?.startsWith(HEADER)) return entries;
  const lines = text.split('\n');
  let i = 1;
  try {
    while (i < lines.length && lines[i]) {
      const [key, count] = (lines[i] ?? '').split(' ');
      const n = Number(count);
      if (!key || !Number.isInteger(n)) break;
      const [meta, paragraphs, index] = [
        lines[i + 1] ?? '',
        lines[i + 2] ?? '',
        lines[i + 3] ?? '',
      ];
      const figures = lines.slice(i + 4, i + 4 + n);
      const [metrics, warnings] = JSON.parse(lines[i + 4 + n] ?? '') as [MetricId[], string[]];
      entries.set(key, { meta, paragraphs, index, figures, metrics, warnings });
      i += 5 + n;
    }
  } catch {
    return new Map();
  }
  return entries;
}
