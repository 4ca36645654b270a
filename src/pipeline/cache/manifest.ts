// What the previous build saw of each file (size, modification time, and what decoding it
// gave) and what it wrote (the hash of each article shard). An unchanged file is not read
// again; an unchanged shard is not written again. Safe to delete. Pure.
import type { FileOutcome } from '../buildDataset.ts';

const VERSION = 1;

type StoredOutcome =
  | Exclude<FileOutcome, { kind: 'article' }>
  | Omit<Extract<FileOutcome, { kind: 'article' }>, 'text'>;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface Manifest {
  files: Map<string, FileStamp & { outcome: StoredOutcome }>;
  shards: Map<string, string>;
}

export function emptyManifest(): Manifest {
  return { files: new Map(), shards: new Map() };
}

export function parseManifest(text: string | null): Manifest {
  if (!text) return emptyManifest();
  try {
    const data = JSON.parse(text) as {
      version: number;
      files: [string, number, number, StoredOutcome][];
      shards: [string, string][];
    };
    if (data.version !== VERSION) return emptyManifest();
    return {
      files: new Map(
        data.files.map(([file, size, mtimeMs, outcome]) => [file, { size, mtimeMs, outcome }]),
      ),
      shards: new Map(data.shards),
    };
  } catch {
    return emptyManifest();
  }
}

export function serializeManifest(manifest: Manifest): string {
  return JSON.stringify({
    version: VERSION,
    files: [...manifest.files].map(([file, { size, mtimeMs, outcome }]) => [
      file,
      size,
      mtimeMs,
      outcome,
    ]),
    shards: [...manifest.shards],
  });
}

/** The outcome to remember: everything but the text itself. */
export function storedOutcome(outcome: FileOutcome): StoredOutcome {
  if (outcome.kind !== 'article') return outcome;
  const { text: _text, ...rest } = outcome;
  return rest;
}

/** What the manifest remembers for a file, if the file is as it was. */
export function unchangedOutcome(
  manifest: Manifest,
  file: string,
  stamp: FileStamp,
): StoredOutcome | undefined {
  const known = manifest.files.get(file);
  return known && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs
    ? known.outcome
    : undefined;
}

/** What to remember of each file seen: its size and time, and what decoding it gave. */
export function stampOutcomes(
  outcomes: readonly FileOutcome[],
  stamps: ReadonlyMap<string, FileStamp>,
): Manifest['files'] {
  return new Map(
    outcomes.map((o) => {
      const stamp = stamps.get(o.file);
      return [
        o.file,
        { size: stamp?.size ?? -1, mtimeMs: stamp?.mtimeMs ?? -1, outcome: storedOutcome(o) },
      ];
    }),
  );
}
