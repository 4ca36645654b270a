// Where a figure's number sits in its sentence and in its paragraph, checked against the
// text itself: offsets that do not point at the number are not trusted.
import type { Figure } from '../../dataset/schema.ts';

export interface TextPart {
  text: string;
  /** The figure whose number this part is, if it is one. */
  figureId?: string;
}

/** The sentence as [before, number, after]; the whole sentence if the offsets are off. */
export function sentenceParts(figure: Figure): TextPart[] {
  const { sentence, start, end, text } = figure;
  let from = start;
  if (sentence.slice(start, end) !== text) {
    from = sentence.indexOf(text);
    if (from === -1) return [{ text: sentence }];
  }
  const to = from + text.length;
  return [
    { text: sentence.slice(0, from) },
    { text: sentence.slice(from, to), figureId: figure.id },
    { text: sentence.slice(to) },
  ].filter((part) => part.text !== '');
}

/** A paragraph cut into plain text and the numbers of the figures found in it. */
export function paragraphParts(paragraph: string, figures: readonly Figure[]): TextPart[] {
  const spans: { from: number; to: number; figureId: string }[] = [];
  for (const figure of figures) {
    let from = figure.sentenceStart + figure.start;
    if (paragraph.slice(from, from + figure.text.length) !== figure.text) {
      const sentenceAt = paragraph.indexOf(figure.sentence);
      const inSentence = figure.sentence.indexOf(figure.text);
      if (sentenceAt === -1 || inSentence === -1) continue;
      from =
        sentenceAt +
        (figure.sentence.slice(figure.start, figure.end) === figure.text
          ? figure.start
          : inSentence);
    }
    spans.push({ from, to: from + figure.text.length, figureId: figure.id });
  }
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.from < cursor) continue; // overlapping numbers: the first one wins
    if (span.from > cursor) parts.push({ text: paragraph.slice(cursor, span.from) });
    parts.push({ text: paragraph.slice(span.from, span.to), figureId: span.figureId });
    cursor = span.to;
  }
  if (cursor < paragraph.length) parts.push({ text: paragraph.slice(cursor) });
  return parts;
}
