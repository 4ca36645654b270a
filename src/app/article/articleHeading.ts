// The heading of an article in the reader. Many saved articles have no title in their
// metadata (a .txt copied from a site keeps only the text); a file name such as
// "003_c686ee0278e77195.txt" tells a reader nothing, so the text's first line stands in: its
// first sentence, cut at a word if long. The reader says where the heading came from.
import type { Article } from '../../dataset/schema.ts';

export interface ArticleHeading {
  text: string;
  /** The article's own title, its first line, or (with no text either) its file name. */
  from: 'title' | 'first-line' | 'file';
}

const MAX_LENGTH = 100;

/** The first sentence of a line: up to a full stop, question or exclamation mark and a space. */
function firstSentence(line: string): string {
  const end = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/.exec(line);
  return end ? line.slice(0, end.index + end[0].trimEnd().length) : line;
}

/** A line shortened to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(line: string, max = MAX_LENGTH): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function articleHeading(
  article: Pick<Article, 'title' | 'file' | 'paragraphs'>,
): ArticleHeading {
  const title = article.title?.trim();
  if (title) return { text: title, from: 'title' };
  const line = article.paragraphs
    .map((p) => p.trim())
    .find((p) => p !== '')
    ?.split('\n')[0]
    ?.trim();
  if (line) return { text: shorten(firstSentence(line)), from: 'first-line' };
  return { text: article.file, from: 'file' };
}
