// articles.meta.json: metadata the texts lack, given by hand. Parsing is pure: text in, entries
// and warnings out, or an error that names the position of the problem.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDay, type Day } from '../dates/calendar.ts';

export const META_FILE_NAME = 'articles.meta.json';

export interface MetaEntry {
  published?: Day;
  publisher?: string;
  title?: string;
  url?: string;
  note?: string;
}

export type MetaFile =
  { ok: true; entries: Map<string, MetaEntry>; warnings: string[] } | { ok: false; error: string };

/** "PropertyNameExpected" → "property name expected". */
export function describeJsonError(code: ParseError['error']): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** "line 3, column 7" for an offset in a text. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export function parseMetaFile(text: string, knownFiles: ReadonlySet<string>): MetaFile {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    return {
      ok: false,
      error: `${META_FILE_NAME}: ${describeJsonError(first.error)} at ${lineColumn(text, first.offset)}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${META_FILE_NAME}: ${(error as Error).message}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      error: `${META_FILE_NAME}: expected an object of file names at line 1, column 1`,
    };
  }
  const entries = new Map<string, MetaEntry>();
  const warnings: string[] = [];
  for (const [file, value] of Object.entries(data as Record<string, unknown>)) {
    if (!knownFiles.has(file)) {
      warnings.push(`${META_FILE_NAME}: no article named ${JSON.stringify(file)}; entry ignored`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      warnings.push(`${META_FILE_NAME}: entry for ${file} is not an object; ignored`);
      continue;
    }
    const record = value as Record<string, unknown>;
    const entry: MetaEntry = {};
    if (record.published !== undefined) {
      const day = typeof record.published === 'string' ? parseDay(record.published) : null;
      if (day) entry.published = day;
      else {
        warnings.push(
          `${META_FILE_NAME}: ${file}: published ${JSON.stringify(record.published)} is not a valid YYYY-MM-DD date; ignored`,
        );
      }
    }
    for (const key of ['publisher', 'title', 'url', 'note'] as const) {
      const v = record[key];
      if (v === undefined) continue;
      if (typeof v === 'string' && v.trim()) entry[key] = v.trim();
      else warnings.push(`${META_FILE_NAME}: ${file}: ${key} must be a non-empty string; ignored`);
    }
    entries.set(file, entry);
  }
  return { ok: true, entries, warnings };
}
