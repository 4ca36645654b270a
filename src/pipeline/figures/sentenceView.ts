// One sentence prepared for the figure rules: tokens, numbers, and the spans that rules skip.
import { findDateMentions, type DateMention } from '../dates/dateMentions.ts';
import { findNumberMentions, type NumberMention } from './numberMentions.ts';
import { tokenize, type Token } from './tokens.ts';

export interface SentenceView {
  text: string;
  tokens: Token[];
  mentions: NumberMention[];
  /** Token index → the number mention that token belongs to (an array: looked up for every token). */
  mentionAt: (NumberMention | undefined)[];
  /** Token ranges [from, to) of "since …" phrases: they date the start of a total, not it. */
  sinceSpans: [number, number][];
  /** The date expressions of the sentence, found on first use (most sentences need none). */
  readonly dates: DateMention[];
}

// A full stop inside a sentence ends an abbreviation ("Oct. 7"), not the phrase.
const SPAN_END = new Set([',', ';', ':', '—', '–', '(', ')']);

function findSinceSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (t.lower !== 'since') return;
    let j = i + 1;
    while (j < tokens.length && !SPAN_END.has(tokens[j]?.text ?? '')) j++;
    spans.push([i, j]);
  });
  return spans;
}

export function viewSentence(text: string): SentenceView {
  const tokens = tokenize(text);
  const mentions = findNumberMentions(tokens, text);
  const mentionAt = new Array<NumberMention | undefined>(tokens.length);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) mentionAt[i] = m;
  let dates: DateMention[] | undefined;
  return {
    text,
    tokens,
    mentions,
    mentionAt,
    sinceSpans: findSinceSpans(tokens),
    get dates() {
      dates ??= findDateMentions(tokens);
      return dates;
    },
  };
}

/**
 * Whether a token stands in a "since …" phrase. When `mention` is given, the phrase the
 * mention itself stands in does not count: "since the raid that left 900 dead".
 */
export function inSinceSpan(view: SentenceView, index: number, mention?: NumberMention): boolean {
  return view.sinceSpans.some(
    ([from, to]) =>
      index >= from && index < to && !(mention && mention.from >= from && mention.from < to),
  );
}

/** The counting mention (not excluded) whose tokens include index, if any. */
export function countAt(view: SentenceView, index: number): NumberMention | undefined {
  const m = view.mentionAt[index];
  return m && m.excluded === null ? m : undefined;
}
