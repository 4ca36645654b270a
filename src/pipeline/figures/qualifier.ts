// How a number is hedged: "more than 300" is at least, "nearly 2,000" at most, "some 900"
// approximate, "31,488" exact. Read from the words right before the number (and "or more",
// "or so" after it). Pure.
import type { Qualifier } from '../../dataset/schema.ts';
import { QUALIFIER_PHRASES } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { rangeEnd } from './countedNoun.ts';
import type { SentenceView } from './sentenceView.ts';

const PARTICLE_VERBS = new Set([
  'handed',
  'hand',
  'hands',
  'handing',
  'turned',
  'turn',
  'turning',
  'took',
  'take',
  'taking',
  'passed',
  'ran',
  'won',
  'pulled',
]);

/** Verbs of a toll going up, after which "past" means beyond the number. */
const RISING = new Set([
  'climbed',
  'climbs',
  'climbing',
  'rose',
  'rises',
  'risen',
  'rising',
  'went',
  'surged',
  'soared',
  'jumped',
  'crept',
  'pushed',
  'moved',
]);

/** Words after which "about" means "on the subject of": "what we know about 135 hostages". */
const ABOUT_WHAT = new Set([
  'everything',
  'know',
  'knows',
  'known',
  'facts',
  'things',
  'story',
  'stories',
  'questions',
  'concerns',
  'worried',
  'fears',
  'information',
  'details',
  'news',
  'talk',
  'talks',
  'asked',
  'spoke',
]);

const BY_LENGTH = [...QUALIFIER_PHRASES]
  .map(([phrase, q]) => [phrase.split(' '), q] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Whether the words end with the phrase (asked of every hedge for every count: no copies). */
function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  const from = words.length - phrase.length;
  if (from < 0) return false;
  for (let i = 0; i < phrase.length; i++) if (words[from + i] !== phrase[i]) return false;
  return true;
}

/**
 * "between 990 and 1,650 prisoners": a range's low end is the least it may be and its high end
 * the most (the range as countedNoun.ts reads it). Null when the number is no end of one.
 */
function rangeQualifier(view: SentenceView, mention: NumberMention): Qualifier | null {
  const { tokens, mentionAt } = view;
  if (tokens[mention.from - 1]?.lower === 'between')
    return rangeEnd(view, mention) ? 'at_least' : null;
  const low = mentionAt[mention.from - 2];
  return low && tokens[low.from - 1]?.lower === 'between' && rangeEnd(view, low) === mention
    ? 'at_most'
    : null;
}

export function qualifierOf(view: SentenceView, mention: NumberMention): Qualifier {
  const { tokens } = view;
  const range = rangeQualifier(view, mention);
  if (range) return range;
  // Loops, not slice, map and filter: an optimized map makes an array of another kind than
  // the unoptimized one, and the steps after it then fall back to unoptimized code.
  const before: string[] = [];
  for (let i = Math.max(0, mention.from - 3); i < mention.from; i++) {
    const lower = tokens[i]?.lower;
    if (lower === undefined) continue;
    const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    if (w !== '.') before.push(w);
  }
  for (const [words, qualifier] of BY_LENGTH) {
    if (!endsWith(before, words)) continue;
    // "handed over three hostages": a verb's particle, not a hedge; "everything about 135
    // hostages": a preposition.
    const particle =
      (words[0] === 'over' && PARTICLE_VERBS.has(before.at(-2) ?? '')) ||
      (words[0] === 'about' && ABOUT_WHAT.has(before.at(-2) ?? ''));
    if (!particle) {
      // "a total of some" is not a hedge on its own, but "some" before a number is.
      return qualifier;
    }
  }
  // "climbed past 30,000", "rose past": beyond the mark ("in the past 24 hours" is a period).
  // "pushing the war's death toll past 30,000": past the mark a toll is pushed beyond.
  if (
    before.at(-1) === 'past' &&
    (RISING.has(before.at(-2) ?? '') || ['toll', 'tally'].includes(before.at(-2) ?? ''))
  )
    return 'at_least';
  if (tokens[mention.to]?.text === '+' && tokens[mention.to]?.start === mention.end)
    return 'at_least';
  // "~1,800": the tilde of "about".
  const tilde = tokens[mention.from - 1];
  if (tilde?.text === '~' && tilde.end === tokens[mention.from]?.start) return 'approx';
  // "or more", "five or so": the hedges after a number all have "or" first or second.
  if (tokens[mention.to]?.lower !== 'or' && tokens[mention.to + 1]?.lower !== 'or') return 'exact';
  let afterText = '';
  for (let i = mention.to; i < mention.to + 4; i++) {
    const t = tokens[i];
    if (t) afterText += i === mention.to ? t.lower : ` ${t.lower}`;
  }
  if (/^(?:\w+ )?or (?:more|above)\b/.test(afterText)) return 'at_least';
  if (/^(?:\w+ )?or (?:so|thereabouts)\b/.test(afterText)) return 'approx';
  if (/^(?:\w+ )?or (?:fewer|less)\b/.test(afterText)) return 'at_most';
  return 'exact';
}
