// All file-system access of the extractor: reading a corpus folder and writing the dataset.
// Everything else in src/pipeline is pure.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Rejected } from '../dataset/schema.ts';
import type { CorpusInput, InputFile } from './buildDataset.ts';
import { MAX_ARTICLE_BYTES } from './input/decode.ts';
import { META_FILE_NAME } from './metadata/metaFile.ts';

export class InputFolderError extends Error {}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable file (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'broken symbolic link';
  return `unreadable file (${code ?? (error as Error).message})`;
}

/** Every file under root, following symbolic links once; loops are reported, not followed. */
async function listFiles(root: string): Promise<{ paths: string[]; unreadable: Rejected[] }> {
  const paths: string[] = [];
  const unreadable: Rejected[] = [];
  const seenDirs = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) {
      unreadable.push({
        file: toPosix(relative(root, dir)) || '.',
        reason: 'symbolic link loop (folder already read)',
      });
      return;
    }
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: toPosix(relative(root, dir)), reason: reasonOf(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          unreadable.push({ file: toPosix(relative(root, path)), reason: reasonOf(error) });
          continue;
        }
      }
      if (isDir) await walk(path);
      else if (isFile) paths.push(path);
    }
  };
  await walk(root);
  return { paths, unreadable };
}

/** Runs tasks with at most `limit` in flight; results in input order. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Reads a corpus folder. Throws InputFolderError when the folder itself cannot be read. */
export async function readCorpus(root: string): Promise<CorpusInput> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new InputFolderError(`input is not a folder: ${root}`);
  } catch (error) {
    if (error instanceof InputFolderError) throw error;
    throw new InputFolderError(`input folder not found: ${root}`);
  }
  const { paths, unreadable } = await listFiles(root);
  const rejected = [...unreadable];
  let metaText: string | null = null;
  const read = await mapLimit(paths, 64, async (path): Promise<InputFile | null> => {
    const file = toPosix(relative(root, path));
    try {
      if (file === META_FILE_NAME) {
        metaText = await readFile(path, 'utf8');
        return null;
      }
      const { size } = await stat(path);
      if (size > MAX_ARTICLE_BYTES) {
        rejected.push({
          file,
          reason: `file too large (${size} bytes; articles are at most ${MAX_ARTICLE_BYTES})`,
        });
        return null;
      }
      return { file, bytes: await readFile(path) };
    } catch (error) {
      rejected.push({ file, reason: reasonOf(error) });
      return null;
    }
  });
  return { files: read.filter((f): f is InputFile => f !== null), unreadable: rejected, metaText };
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

/**
 * Writes via a temporary file and a rename, so readers never see half a file and a killed
 * build leaves the previous file as it was. Temporary files a killed build left are removed.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const prefix = `${basename(path)}.`;
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dir, name), { force: true });
  }
  const temp = join(dir, `${prefix}${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    // Large outputs arrive as pieces and are written in ~1 MB batches: never one huge string.
    let batch: string[] = [];
    let size = 0;
    for (const piece of typeof content === 'string' ? [content] : content) {
      batch.push(piece);
      size += piece.length;
      if (size >= 1 << 20) {
        await handle.write(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await handle.write(batch.join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a folder of files, each atomically, then removes the files of that folder that were
 * not written (shards a larger corpus left behind).
 */
export async function writeFolder(dir: string, files: Iterable<[string, string]>): Promise<void> {
  const written = new Set<string>();
  for (const [name, content] of files) {
    await writeFileAtomic(join(dir, name), content);
    written.add(basename(name));
  }
  for (const name of await readdir(dir)) {
    if (!written.has(name)) await rm(join(dir, name), { force: true });
  }
}
