// Where an article's publisher and date came from, in words for the reader.
import type { Provenance } from '../../dataset/schema.ts';

const SOURCE: Record<Provenance, string> = {
  'meta-file': 'the corpus metadata file (articles.meta.json)',
  'front-matter': 'the file’s front matter',
  'html-meta': 'the web page’s metadata',
  text: 'the article text',
};

export function describeProvenance(from: Provenance | null): string {
  return from === null ? 'not found' : `from ${SOURCE[from]}`;
}

/** Only web links become links: a `javascript:` or other scheme is shown as text. */
export function safeWebUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
