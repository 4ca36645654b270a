// All file-system access of the extractor: reading a corpus folder and writing the dataset.
// Everything else in src/pipeline is pure.
import {
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
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
  const files: InputFile[] = [];
  let metaText: string | null = null;
  const rejected = [...unreadable];
  for (const path of paths) {
    const file = toPosix(relative(root, path));
    try {
      if (file === META_FILE_NAME) {
        metaText = await readFile(path, 'utf8');
        continue;
      }
      const size = (await lstat(path)).isSymbolicLink()
        ? (await stat(path)).size
        : (await lstat(path)).size;
      if (size > MAX_ARTICLE_BYTES) {
        rejected.push({
          file,
          reason: `file too large (${size} bytes; articles are at most ${MAX_ARTICLE_BYTES})`,
        });
        continue;
      }
      files.push({ file, bytes: await readFile(path) });
    } catch (error) {
      rejected.push({ file, reason: reasonOf(error) });
    }
  }
  return { files, unreadable: rejected, metaText };
}

/** Writes via a temporary file and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
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
