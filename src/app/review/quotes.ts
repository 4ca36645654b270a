// The `quote` of a suggested correction: a few words around the number, as few as still pick
// out this one place, matched by the same rule the extractor applies (dataset/corrections.ts).
// Pure.
import { overlaps, quotedNumberSpans } from '../../dataset/corrections.ts';
import type { Figure } from '../../dataset/schema.ts';

/** How many words on each side to try, in turn; the last is the whole sentence. */
const WIDTHS = [3, 6, 12];

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

/** Where the sentence around `at` starts and ends in a paragraph, by its punctuation. */
export function sentenceAround(paragraph: string, at: number, end = at): [number, number] {
  const ends = /[.!?…]["”’)\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  let from = 0;
  let to = paragraph.length;
  for (const m of paragraph.matchAll(ends)) {
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
