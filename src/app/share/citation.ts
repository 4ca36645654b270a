// Citation text for a view of the dashboard: plain text for prose and BibTeX for reference
// managers, each with the title, the view in words, the day it was consulted and its address.
// Pure: the day comes in, so the same view gives the same text.
import { formatDay } from '../format/format.ts';

export const SITE_NAME = 'Conflict Figures';

export interface Citation {
  /** What is shown, in words (viewSentence). */
  view: string;
  /** The view's address. */
  url: string;
  /** The day it was consulted, YYYY-MM-DD. */
  accessed: string;
}

export function citationText({ view, url, accessed }: Citation): string {
  return `${SITE_NAME}. “${view}.” Figures as reported in news articles, not verified. Accessed ${formatDay(accessed)}. ${url}`;
}

/** Text that LaTeX reads as written: its special characters escaped. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );
}

/** An address that no BibTeX field can be broken by: braces, backslashes and spaces encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

export function citationBibtex({ view, url, accessed }: Citation): string {
  const key = `conflictfigures${accessed.replaceAll('-', '')}`;
  const fields: [string, string][] = [
    ['author', `{${bibtexText(SITE_NAME)}}`],
    ['title', `{${bibtexText(view)}}`],
    ['howpublished', 'Dashboard view of figures as reported in news articles'],
    ['year', accessed.slice(0, 4)],
    ['url', bibtexUrl(url)],
    ['urldate', accessed],
    ['note', `Accessed ${accessed}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@misc{${key},\n${body}\n}\n`;
}
