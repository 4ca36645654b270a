// The second measure of one toll or event ("…, with 68,000 wounded", "12 dead and 30
// wounded") shares the first one's scope and day. Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { CountedNoun } from './countedNoun.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import type { SentenceView } from './sentenceView.ts';

/**
 * ", with 68,000 wounded" just after the previous figure (its day may stand between: "stood
 * at 36,000 on Sunday, with …"): an absolute clause adding to it, unless it gives a time of
 * its own ("with 40 killed since Sunday").
 */
export function addsToPrevious(view: SentenceView, m: NumberMention, previousEnd: number): boolean {
  const { tokens } = view;
  let comma = -1;
  for (let i = m.from - 1; i >= 1 && i >= m.from - 4; i--) {
    if (tokens[i]?.lower === 'with' && tokens[i - 1]?.text === ',') comma = i - 1;
  }
  if (comma < 0) return false;
  const previous = tokens.findLastIndex((t, i) => i < comma && t.end <= previousEnd);
  // "reached 43,391 on Sunday, the health ministry said, with 102,347 injured": a reporting
  // aside may stand between as well.
  const reach = REPORTING_VERBS.has(tokens[comma - 1]?.lower ?? '') ? 12 : 5;
  if (previous < 0 || comma - previous > reach || (tokens[previous]?.end ?? 0) !== previousEnd)
    return false;
  for (let i = m.to; i < tokens.length && !/^[,.;:]$/.test(tokens[i]?.text ?? ''); i++) {
    if (OWN_TIME.has(tokens[i]?.lower ?? '') || view.dates.some((d) => d.from === i)) return false;
  }
  return true;
}

/**
 * The count follows the previous figure's phrase after "and", with at most two words between,
 * or after "and" and the other measure's verb ("killed 37,084 Palestinians and wounded 84,494").
 */
export function joinedByAnd(view: SentenceView, m: NumberMention, previousEnd: number): boolean {
  const between = view.tokens.filter((t) => t.start >= previousEnd && t.end <= m.start);
  const verbAfterAnd =
    between.at(-2)?.lower === 'and' && SECOND_MEASURE_VERBS.has(between.at(-1)?.lower ?? '');
  // ("At least 20 people were killed and 155 others injured": the first count's own verb, in
  // the passive, between it and "and".)
  const verbBeforeAnd =
    between.at(-1)?.lower === 'and' &&
    between.slice(0, -1).some((t) => SECOND_MEASURE_VERBS.has(t.lower)) &&
    between
      .slice(0, -1)
      .every(
        (t) =>
          PASSIVE_WORDS.has(t.lower) ||
          SECOND_MEASURE_VERBS.has(t.lower) ||
          PLAIN_PEOPLE.has(t.lower),
      );
  return (
    between.length >= 1 &&
    between.length <= (verbAfterAnd ? 4 : verbBeforeAnd ? 6 : 3) &&
    (between.at(-1)?.lower === 'and' || verbAfterAnd) &&
    between.every((t) => t.kind === 'word')
  );
}

/** Auxiliaries of a passive: "were killed", "have been wounded". */
const PASSIVE_WORDS = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'is']);
/** Plain nouns of people between a count and its verb: "20 people were killed". */
const PLAIN_PEOPLE = new Set(['people', 'persons', 'palestinians', 'israelis', 'civilians']);

/** The verbs of a toll's other measure: "and wounded 84,494", "and injuring 100". */
const SECOND_MEASURE_VERBS = new Set([
  'wounded',
  'injured',
  'wounding',
  'injuring',
  'killed',
  'killing',
  'displaced',
]);

/**
 * "30,631 had been killed in Gaza and 423 in the West Bank": a bare count after "and", with
 * only a place of its own, borrows the verb of the count before and shares its scope and day.
 */
export function elliptical(view: SentenceView, m: NumberMention, noun: CountedNoun): boolean {
  const at = (i: number) => view.tokens[i]?.lower ?? '';
  // "…, and to 655 since October 7", "…, and 652 overall since October 7"
  const and =
    at(m.from - 1) === 'and' || (/^(?:to|at)$/.test(at(m.from - 1)) && at(m.from - 2) === 'and');
  const next = /^(?:overall|altogether|in all)$/.test(at(noun.end)) ? noun.end + 1 : noun.end;
  return (
    noun.category === 'unknown' &&
    noun.event === null &&
    and &&
    /^(?:in|on|across|inside|since)$/.test(at(next))
  );
}

/** The dead and the wounded of one place: "killed 12, with 30 others wounded". */
export function casualtyPair(a: MetricId, b: MetricId): boolean {
  const place = (m: MetricId) => m.replace(/_(?:killed|injured)$/, '');
  return a !== b && place(a) === place(b) && /_(?:killed|injured)$/.test(a + ' ' + b);
}

/** Words that give a "with" clause a time of its own: "with 143 wounded over the past day". */
export const OWN_TIME = new Set([
  'since',
  'past',
  'last',
  'previous',
  'overnight',
  'yesterday',
  'alone',
]);
