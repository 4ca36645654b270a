// What search looks through and how it compares. A figure is found by its sentence and by who
// gave it (attribution, source, publisher): "health ministry" finds the toll whose sentence
// only says "the ministry" but whose source is Gaza's Health Ministry. Case and accents are
// folded ("gaza" finds "Gaza", "israeli" finds "Israëli"), and so are the separators inside
// numbers, in the text and in the query alike: "28473" finds "28,473" and "28,473" finds it
// too; "40 000" (a space, no-break or thin) is 40000.
import { publisherLabel, type FigureRow } from '../data/figureRow.ts';

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Thousands separators between digits, after NFKD (no-break and thin spaces are spaces). */
const DIGIT_GROUP = /(\d)[, ](?=\d{3}(?!\d))/g;

/** Numbers written with separators as plain digits. */
export function foldNumbers(text: string): string {
  return text.replace(DIGIT_GROUP, '$1');
}

/** A figure's searchable fields, one a line (a search term never holds a line break). */
export function searchFields(
  row: Pick<FigureRow, 'sentence' | 'attribution' | 'source' | 'publisher'>,
): string {
  let text = row.sentence;
  if (row.attribution !== null) text += `\n${row.attribution}`;
  if (row.source !== null && row.source !== row.attribution) text += `\n${row.source}`;
  return `${text}\n${publisherLabel(row.publisher)}`;
}

/** Searchable text as search compares it. */
export function foldForSearch(text: string): string {
  return foldNumbers(normalizeForSearch(text));
}

/** The words of a query; a figure matches when its searchable text contains every one. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}
