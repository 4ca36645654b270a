// The `quote` of a suggested correction: a few words around the number, as few as still pick
// out this one place, matched by the same rule the extractor applies (dataset/corrections.ts).
// Pure.
import { numberPositions, overlaps, quotedNumberSpans } from '../../dataset/corrections.ts';
import type { Figure } from '../../dataset/schema.ts';

/** How many words on each side to try, in turn; the last is the whole sentence. */
const WIDTHS = [2, 4, 8];

/** text[start, end) widened by `words` whitespace-separated words each side, within [from, to). */
function around(
  text: string,
  start: number,
  end: number,
  words: number,
  from = 0,
  to = text.length,
) {
  let a = start;
  for (let n = 0; n < words && a > from; n++) {
    while (a > from && /\s/.test(text[a - 1] ?? '')) a--;
    while (a > from && !/\s/.test(text[a - 1] ?? '')) a--;
  }
  let b = end;
  for (let n = 0; n < words && b < to; n++) {
    while (b < to && /\s/.test(text[b] ?? '')) b++;
    while (b < to && !/\s/.test(text[b] ?? '')) b++;
  }
  // A comma or colon at the edge says nothing: leave it out (a full stop may end a number).
  while (b > end && /[,;:]/.test(text[b - 1] ?? '')) b--;
  return text.slice(a, b).trim();
}

/** How many of the figures the entry (quote, number) would match, by the extractor's rule. */
export function figuresMatched(
  figures: readonly Figure[],
  quote: string,
  number: string,
): Figure[] {
  return figures.filter((f) =>
    quotedNumberSpans(f.sentence, quote, number).some((span) =>
      overlaps(span, { start: f.start, end: f.end }),
    ),
  );
}

/**
 * The quote for a correction of `figure`: the shortest of the widths tried that matches no
 * other figure of its article, else the whole sentence.
 */
export function quoteForFigure(figure: Figure, articleFigures: readonly Figure[]): string {
  for (const width of WIDTHS) {
    const quote = around(figure.sentence, figure.start, figure.end, width);
    const matched = figuresMatched(articleFigures, quote, figure.text);
    if (matched.length === 1 && matched[0]?.id === figure.id) return quote;
  }
  return figure.sentence;
}

/** Words a full stop follows without ending the sentence: "Oct. 7", "Dr. Ashraf", "U.S. forces". */
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col sgt capt maj rep sen gov prof st no vs u.s u.n u.k'.split(
    ' ',
  ),
);

/** Where the sentence around `at` starts and ends in a paragraph, by its punctuation. */
export function sentenceAround(paragraph: string, at: number, end = at): [number, number] {
  const ends = /[.!?…]["”’)\]]*\s+(?=["“‘(]?[A-Z])/g;
  let from = 0;
  let to = paragraph.length;
  for (const m of paragraph.matchAll(ends)) {
    const word = /(\S+)$/.exec(paragraph.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const stop = m.index + m[0].length;
    // A full stop inside the number ("1.4 million") is not an end.
    if (stop <= at) from = stop;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return [from, to];
}

/**
 * The quote for a number the extractor missed, selected in paragraph `p` at [start, end):
 * the shortest of the widths tried, within its sentence, that occurs with the number at no
 * other place of the article, else the sentence.
 */
export function quoteForSelection(
  paragraphs: readonly string[],
  p: number,
  start: number,
  end: number,
): string {
  const paragraph = paragraphs[p] ?? '';
  const number = paragraph.slice(start, end);
  const [from, to] = sentenceAround(paragraph, start, end);
  let quote = paragraph.slice(from, to).trim();
  for (const width of WIDTHS) {
    const candidate = around(paragraph, start, end, width, from, to);
    const places = paragraphs.reduce(
      (n, text) => n + quotedNumberSpans(text, candidate, number).length,
      0,
    );
    if (places === 1) {
      quote = candidate;
      break;
    }
  }
  return quote;
}

/** Where a missed figure's quote and number point in the article, as the build will see it. */
export type MissedPlace =
  | { kind: 'incomplete' }
  | { kind: 'not-a-number' }
  | { kind: 'not-found' }
  | { kind: 'several'; count: number }
  | { kind: 'taken'; figureId: string }
  | { kind: 'found'; paragraph: number; start: number; end: number };

export function missedPlace(
  paragraphs: readonly string[],
  figures: readonly Figure[],
  quote: string,
  number: string,
): MissedPlace {
  if (quote.trim() === '' || number.trim() === '') return { kind: 'incomplete' };
  if (numberPositions(quote, number).length === 0) return { kind: 'not-a-number' };
  const places = paragraphs.flatMap((text, paragraph) =>
    quotedNumberSpans(text, quote, number).map((span) => ({ paragraph, ...span })),
  );
  const [place, ...more] = places;
  if (!place) return { kind: 'not-found' };
  if (more.length > 0) return { kind: 'several', count: places.length };
  const there = figures.find(
    (f) =>
      f.paragraph === place.paragraph &&
      overlaps(place, {
        start: f.sentenceStart + f.start,
        end: f.sentenceStart + f.end,
      }),
  );
  return there ? { kind: 'taken', figureId: there.id } : { kind: 'found', ...place };
}

/** The place in words, for the form. */
export function describeMissedPlace(place: MissedPlace, number: string): string {
  switch (place.kind) {
    case 'incomplete':
      return 'Select the number in the article’s text, or type the words around it and the number.';
    case 'not-a-number':
      return `“${number}” does not stand as a number of its own in these words.`;
    case 'not-found':
      return 'These words are not in the article’s text as written there.';
    case 'several':
      return `These words and number occur ${place.count} times in the article: add words so they pick out one.`;
    case 'taken':
      return 'The extractor already has a figure there: use “Suggest a correction” on it instead.';
    case 'found':
      return 'Found once in the article.';
  }
}
