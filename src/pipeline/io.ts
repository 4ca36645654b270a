// All file-system access of the extractor: reading a corpus folder and writing the dataset.
// Everything else in src/pipeline is pure.
import { createHash } from 'node:crypto';
import { open, readdir, readFile, realpath, stat, type FileHandle } from 'node:fs/promises';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  writev,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Rejected } from '../dataset/schema.ts';
import type { CorpusInput, InputFile } from './buildDataset.ts';
import { MAX_ARTICLE_BYTES } from './input/decode.ts';
import { CORRECTIONS_FILE_NAME } from '../dataset/corrections.ts';
import { META_FILE_NAME } from './metadata/metaFile.ts';

export class InputFolderError extends Error {}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable file (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'broken symbolic link';
  return `unreadable file (${code ?? (error as Error).message})`;
}

/**
 * Every file under root (its path, and its path from root with forward slashes), following
 * symbolic links once; loops are reported, not followed.
 */
async function listFiles(
  root: string,
): Promise<{ files: { path: string; file: string }[]; unreadable: Rejected[] }> {
  const files: { path: string; file: string }[] = [];
  const unreadable: Rejected[] = [];
  const seenDirs = new Set<string>();
  // A folder's real path is its parent's plus its name unless it is reached through a link;
  // only links need realpath (one system call per link, not per folder). `rel` is its path
  // from root, built as the walk goes down (no relative() for each of ten thousand files).
  const walk = async (dir: string, real: string, rel: string): Promise<void> => {
    if (seenDirs.has(real)) {
      unreadable.push({
        file: rel || '.',
        reason: 'symbolic link loop (folder already read)',
      });
      return;
    }
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: rel, reason: reasonOf(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path, join(real, entry.name), file);
      else if (entry.isFile()) files.push({ path, file });
      else if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          if (target.isDirectory()) await walk(path, await realpath(path), file);
          else if (target.isFile()) files.push({ path, file });
        } catch (error) {
          unreadable.push({ file, reason: reasonOf(error) });
        }
      } else {
        unreadable.push({ file, reason: 'not a regular file' });
      }
    }
  };
  await walk(root, await realpath(root), '');
  return { files, unreadable };
}

export interface CorpusEntry {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export interface CorpusListing {
  entries: CorpusEntry[];
  unreadable: Rejected[];
  metaText: string | null;
  correctionsText: string | null;
}

/**
 * Lists a corpus folder with each file's size and modification time, reading only the meta
 * and corrections files. Throws InputFolderError when the folder itself cannot be read, or
 * corrections.json cannot (a build without the corrections people made would look right and
 * be wrong).
 */
export async function listCorpus(root: string): Promise<CorpusListing> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new InputFolderError(`input is not a folder: ${root}`);
  } catch (error) {
    if (error instanceof InputFolderError) throw error;
    throw new InputFolderError(`input folder not found: ${root}`);
  }
  const { files, unreadable } = await listFiles(root);
  let metaText: string | null = null;
  let correctionsText: string | null = null;
  const entries: CorpusEntry[] = [];
  for (const { path, file } of files) {
    try {
      if (file === META_FILE_NAME) {
        metaText = await readFile(path, 'utf8');
        continue;
      }
      if (file === CORRECTIONS_FILE_NAME) {
        try {
          correctionsText = await readFile(path, 'utf8');
        } catch (error) {
          throw new InputFolderError(`${CORRECTIONS_FILE_NAME}: ${reasonOf(error)}`);
        }
        continue;
      }
      // Synchronous stat: ten thousand small calls are faster without the thread pool.
      const { size, mtimeMs } = statSync(path);
      if (size > MAX_ARTICLE_BYTES) {
        unreadable.push({
          file,
          reason: `file too large (${size} bytes; articles are at most ${MAX_ARTICLE_BYTES})`,
        });
        continue;
      }
      entries.push({ file, path, size, mtimeMs });
    } catch (error) {
      if (error instanceof InputFolderError) throw error;
      unreadable.push({ file, reason: reasonOf(error) });
    }
  }
  return { entries, unreadable, metaText, correctionsText };
}

/**
 * Reads the files of a listing; a file that fails is reported, not thrown. Synchronous, as the
 * listing's stat calls are: ten thousand small files read in 0.1 s this way, against 0.5 to
 * 0.8 s through the thread pool (four calls per file, each a round trip to this thread).
 */
export function readEntries<T>(
  entries: readonly CorpusEntry[],
  handle: (entry: CorpusEntry, bytes: Uint8Array | { error: string }) => T,
): T[] {
  return entries.map((entry) => {
    try {
      return handle(entry, readFileSync(entry.path));
    } catch (error) {
      return handle(entry, { error: reasonOf(error) });
    }
  });
}

/** Reads a whole corpus folder. Throws InputFolderError when the folder itself cannot be read. */
export async function readCorpus(root: string): Promise<CorpusInput> {
  const listing = await listCorpus(root);
  const unreadable = [...listing.unreadable];
  const files = readEntries(listing.entries, ({ file }, bytes): InputFile | null => {
    if (bytes instanceof Uint8Array) return { file, bytes };
    unreadable.push({ file, reason: bytes.error });
    return null;
  });
  return {
    files: files.filter((f): f is InputFile => f !== null),
    unreadable,
    metaText: listing.metaText,
    correctionsText: listing.correctionsText,
  };
}

/** Appends pieces of text to a file, creating it (and its folder) when missing. */
export function appendText(path: string, pieces: Iterable<string | Uint8Array>): void {
  mkdirSync(dirname(path), { recursive: true });
  const chunks = [...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p) : p));
  const fd = openSync(path, 'a');
  try {
    writeAll(fd, Buffer.concat(chunks));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's bytes, or null when it does not exist or cannot be read. Read whole, in one call on
 * libuv's threads (readFile takes half a megabyte at a time, each part waiting for this
 * thread): a large file is read while this thread goes on with other work.
 */
export async function readBytesIfExists(path: string): Promise<Uint8Array | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** A file's text, or null when it does not exist or cannot be read. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** A hash of the given files' contents: the extractor's version for the cache. */
export async function hashFiles(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) hash.update(await readFile(path));
  return hash.digest('hex');
}

/** Every .ts file under the given folders (the extractor's sources when run unbundled). */
export async function sourceFiles(dirs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        found.push(join(entry.parentPath, entry.name));
      }
    }
  }
  return found;
}

// The outputs are written with synchronous calls: a build has nothing else to do meanwhile,
// and a hundred shards written through the thread pool cost six round trips to this thread
// each (folder, cleanup, open, write, close, rename), which on a busy machine took longer than
// the writing itself.

/** Bytes of one write, all of them (a write may take fewer than it is given). */
function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Where pieces are gathered before a write: 1 MB, the size of each write. */
const CHUNK = 1 << 20;

/** Writes `content` to `temp`, then renames it to `path` (no temporary file is left behind). */
function writeViaTemp(
  temp: string,
  path: string,
  content: string | Iterable<string | Uint8Array>,
): void {
  const fd = openSync(temp, 'w');
  try {
    // Large outputs arrive as pieces (text, or bytes straight from the cache), many of them
    // short: they are encoded or copied into one buffer and written a megabyte at a time, never
    // as one huge string. Large pieces go as they are.
    const buffer = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const flush = () => {
      if (used > 0) writeAll(fd, buffer.subarray(0, used));
      used = 0;
    };
    for (const piece of typeof content === 'string' ? [content] : content) {
      if (typeof piece === 'string') {
        // A UTF-16 unit takes at most 3 bytes in UTF-8.
        if (piece.length * 3 > CHUNK / 4) {
          flush();
          writeAll(fd, Buffer.from(piece));
          continue;
        }
        if (used + piece.length * 3 > CHUNK) flush();
        used += buffer.write(piece, used);
      } else {
        if (piece.length > CHUNK / 4) {
          flush();
          writeAll(fd, piece);
          continue;
        }
        if (used + piece.length > CHUNK) flush();
        buffer.set(piece, used);
        used += piece.length;
      }
    }
    flush();
  } catch (error) {
    abandonTemp(fd, temp);
    throw error;
  }
  closeSync(fd);
  renameIntoPlace(temp, path);
}

const tempOf = (path: string) => `${path}.${process.pid}.tmp`;

/** Closes and removes a temporary file whose writing failed. */
function abandonTemp(fd: number, temp: string): void {
  closeSync(fd);
  rmSync(temp, { force: true });
}

/** Moves a written temporary file over `path`; a failed move leaves no temporary file. */
function renameIntoPlace(temp: string, path: string): void {
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The temporary file to write `path` through, in a folder made if missing, after removing the
 * temporary files a killed build left beside it.
 */
function freshTemp(path: string): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  }
  return tempOf(path);
}

/**
 * Writes via a temporary file and a rename, so readers never see half a file and a killed
 * build leaves the previous file as it was (no fsync: that guards against power loss, at a
 * cost of a tenth of a second per large file). Temporary files a killed build left are removed.
 */
export function writeFileAtomic(
  path: string,
  content: string | Iterable<string | Uint8Array>,
): void {
  writeViaTemp(freshTemp(path), path, content);
}

/**
 * writeFileAtomic on libuv's threads: the bytes are handed over in one call, so the whole file is
 * written by another thread while this one goes on (the build writes its cache so, beside the
 * outputs it writes itself: the writes take two cores instead of one). The pieces must not
 * change until the promise settles.
 */
export async function writeFileAtomicInBackground(
  path: string,
  content: Iterable<string | Uint8Array>,
): Promise<void> {
  const buffers = [...content].map((p) => (typeof p === 'string' ? Buffer.from(p) : p));
  const temp = freshTemp(path);
  // (A descriptor opened here, not a FileHandle: the first write is handed over now, not when
  // this thread next has time to answer an open.)
  const fd = openSync(temp, 'w');
  try {
    let written = 0;
    const size = buffers.reduce((n, b) => n + b.length, 0);
    // (libuv writes every buffer of one call before it answers; a short write is rare.)
    while (written < size) {
      const bytes = await writevTo(fd, written === 0 ? buffers : bytesAfter(buffers, written));
      if (bytes === 0) throw new Error(`no bytes written to ${temp}`);
      written += bytes;
    }
  } catch (error) {
    abandonTemp(fd, temp);
    throw error;
  }
  closeSync(fd);
  renameIntoPlace(temp, path);
}

/** fs.writev as a promise, handed to libuv's threads as it is called. */
const writevTo = (fd: number, buffers: readonly Uint8Array[]) =>
  new Promise<number>((resolve, reject) => {
    writev(fd, buffers, (error, bytes) => {
      if (error) reject(error);
      else resolve(bytes);
    });
  });

/** The buffers' bytes after the first `skip` of them (what a short write left). */
export function bytesAfter(buffers: readonly Uint8Array[], skip: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = skip;
  for (const b of buffers) {
    if (left >= b.length) {
      left -= b.length;
      continue;
    }
    out.push(left > 0 ? b.subarray(left) : b);
    left = 0;
  }
  return out;
}

/**
 * Writes a folder of files, each atomically, skipping those `unchanged` says are already there
 * as they should be; then removes the files of that folder that are not in the list (shards a
 * larger corpus left behind, and temporary files a killed build left).
 */
export function writeFolder(
  dir: string,
  files: readonly [string, readonly (string | Uint8Array)[]][],
  unchanged: (name: string) => boolean = () => false,
): void {
  mkdirSync(dir, { recursive: true });
  const present = new Set(readdirSync(dir));
  for (const [name, content] of files) {
    if (present.has(name) && unchanged(name)) continue;
    const path = join(dir, name);
    writeViaTemp(tempOf(path), path, content);
  }
  const wanted = new Set(files.map(([name]) => name));
  for (const name of present) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
}
