// Picks the format parser by file extension. Pure.
import { parseHtml } from './parseHtml.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { NO_METADATA, type SourceDocument } from './sourceDocument.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export function extensionOf(file: string): string {
  const m = /\.[^./\\]+$/.exec(file);
  return m ? m[0].toLowerCase() : '';
}

export function isArticleFile(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extensionOf(file));
}

export function parseDocument(file: string, text: string): SourceDocument {
  const ext = extensionOf(file);
  if (ext === '.html' || ext === '.htm') return parseHtml(text);
  if (ext === '.md' || ext === '.markdown') return parseMarkdown(text);
  return { body: text, meta: NO_METADATA, metaSource: null, warnings: [] };
}
