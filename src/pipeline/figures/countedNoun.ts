// What a number counts: the noun phrase after it ("40 hostages", "90 Palestinian prisoners",
// "1.2 million displaced Palestinians", "17 of its soldiers"), or nothing when the noun is left
// out ("rose to 2,310", "230 abducted"). Pure.
import {
  BODY_NOUNS,
  COUNT_MODIFIERS,
  EVENT_WORDS,
  HOSTAGE_NOUNS,
  INJURED_NOUNS,
  KILLED_NOUNS,
  NON_PERSON_HINT,
  PERSON_NOUNS,
  PRISON_VERBS,
  PRISONER_NOUNS,
  SOLDIER_NOUNS,
  UNTRACKED_PERSON_NOUNS,
  type EventKind,
} from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import type { SentenceView } from './sentenceView.ts';
import { isCapitalized, stem } from './tokens.ts';

export type Category =
  | 'hostage'
  | 'prisoner'
  | 'soldier'
  | 'body'
  | 'person'
  | 'untracked'
  | 'non-person'
  /** No noun: what is counted must come from the context. */
  | 'unknown';

export type Demonym = 'palestinian' | 'israeli' | 'other';

export interface CountedNoun {
  category: Category;
  /** Token index one past the phrase. */
  end: number;
  /** An event named inside the phrase: "displaced Palestinians", "dead hostages", "900 dead". */
  event: EventKind | null;
  demonym: Demonym | null;
  /** "imprisoned", "detained", "jailed" in the phrase. */
  prisonerHint: boolean;
  /** "of them", "of those": the count refers back to a noun said earlier. */
  anaphoric: boolean;
  /** "bodies of Gazans": the dead of the other side, held or returned. */
  bodiesOfPalestinians: boolean;
  /** "three of the 130 hostages": the noun is reached through a larger group's number. */
  throughBase?: boolean;
  /** "35 of the hostages still held": a part of a larger group, named after "of". */
  partitive?: boolean;
}

const FUNCTION_WORDS = new Set([
  // "652 overall since October 7": an adverb of the whole, not a noun.
  'overall',
  'altogether',
  'combined',
  'of',
  'in',
  'on',
  'at',
  'from',
  'to',
  'into',
  'by',
  'for',
  'with',
  'without',
  'among',
  'and',
  'or',
  'but',
  'nor',
  'who',
  'whom',
  'that',
  'which',
  'whose',
  'as',
  'than',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'can',
  'do',
  'did',
  'does',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'more',
  'since',
  'during',
  'after',
  'before',
  'while',
  'when',
  'where',
  'including',
  'inside',
  'across',
  'near',
  'per',
  'each',
  'also',
  'still',
  'now',
  'so',
  'far',
  'then',
  'there',
  'here',
  'over',
  'under',
  'about',
  'against',
  'between',
  'until',
  'through',
  'amid',
  'despite',
  'because',
  'if',
  'not',
  'all',
  'both',
  'either',
  'they',
  'them',
  'it',
  'he',
  'she',
  'we',
  'you',
  'i',
  'only',
  'just',
  'alone',
  'later',
  'earlier',
  'already',
  'too',
  'yet',
  'ago',
  'total',
  'respectively',
  'apiece',
  'others',
  'another',
  'reportedly',
  'allegedly',
  // Time adverbs: "51 overnight", "12 today" count people all the same.
  'overnight',
  'today',
  'tonight',
  'yesterday',
  'altogether',
  'combined',
  'so',
  'back',
  'away',
]);
const DESCRIBED_AFTER = new Set([
  'still',
  'held',
  'who',
  'taken',
  'abducted',
  'kidnapped',
  'killed',
  'remaining',
  'freed',
  'released',
]);
/** Verbs that open a clause's predicate after a subject: where a description of it ends. */
const CLAUSE_VERBS = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'had', 'remain']);

const HELD_WORDS = new Set([
  'held',
  'taken',
  'abducted',
  'kidnapped',
  'captive',
  'captivity',
  'hostage',
]);
const VERB_FORMS = new Set([
  'taken',
  'took',
  'take',
  'held',
  'kept',
  'left',
  'found',
  'seen',
  'given',
  'named',
  'listed',
]);
const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'those',
  'these',
  'whom',
  'them',
]);
const BASE_HEDGES = new Set([
  'original',
  'initial',
  'remaining',
  'total',
  'more',
  'than',
  'about',
  'around',
  'roughly',
  'approximately',
  'an',
  'estimated',
  'some',
  'nearly',
  'almost',
  'over',
]);
const PALESTINIAN = new Set(['palestinian', 'palestinians', 'gazan', 'gazans', 'arab', 'arabs']);
const ISRAELI = new Set(['israeli', 'israelis', 'jewish', 'jews']);
const NOT_DEMONYM = new Set(['hamas', 'idf', 'gaza', 'un', 'u.n', 'israel', 'west', 'bank', 'red']);

function headCategory(lower: string): Category | null {
  if (HOSTAGE_NOUNS.has(lower)) return 'hostage';
  if (PRISONER_NOUNS.has(lower)) return 'prisoner';
  if (SOLDIER_NOUNS.has(lower)) return 'soldier';
  if (BODY_NOUNS.has(lower)) return 'body';
  if (UNTRACKED_PERSON_NOUNS.has(lower)) return 'untracked';
  if (PERSON_NOUNS.has(lower) || KILLED_NOUNS.has(lower) || INJURED_NOUNS.has(lower))
    return 'person';
  if (NON_PERSON_HINT.has(lower)) return 'non-person';
  return null;
}

const FORCES = new Set(['forces', 'army', 'military', 'idf', 'troops', 'brigade', 'unit']);

/** Officers and personnel who are not an army's: "police officers", "civil defence personnel". */
const NOT_ARMY = new Set(['police', 'civil', 'defence', 'defense', 'medical', 'rescue']);

/** The category of the noun at token k, read with the word before it. */
export function categoryAt(view: SentenceView, k: number): Category | null {
  const category = headCategory(stem(view.tokens[k]?.lower ?? ''));
  const before = stem(view.tokens[k - 1]?.lower ?? '');
  return category === 'soldier' && NOT_ARMY.has(before) ? 'person' : category;
}

function demonymOf(lower: string, capitalized: boolean): Demonym | null {
  if (PALESTINIAN.has(lower)) return 'palestinian';
  if (ISRAELI.has(lower)) return 'israeli';
  if (capitalized && !NOT_DEMONYM.has(lower)) return 'other';
  return null;
}

export function countedNoun(view: SentenceView, mention: NumberMention): CountedNoun {
  // "between 990 and 1,650 prisoners", "from 30 to 40 hostages": a range's first end counts
  // what its second does.
  const upper = rangeEnd(view, mention);
  if (upper) return countedNoun(view, upper);
  const { tokens } = view;
  const result: CountedNoun = {
    category: 'unknown',
    end: mention.to,
    event: null,
    demonym: null,
    prisonerHint: false,
    anaphoric: false,
    bodiesOfPalestinians: false,
  };
  let k = mention.to;
  // "888 soldiers have been killed, of whom 450 fell after …": a part of the group just
  // named, set after "of whom" with no noun of its own.
  if (
    tokens[mention.from - 1]?.lower === 'whom' &&
    tokens[mention.from - 2]?.lower === 'of' &&
    headCategory(stem(tokens[k]?.lower ?? '')) === null
  ) {
    result.anaphoric = true;
    return result;
  }
  // '"almost 50" Israeli hostages': a closing quotation mark between number and noun.
  if (/^["”’']$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'word') k++;
  // "17 of its soldiers", "80 of them", "12 of the hostages"
  if (tokens[k]?.lower === 'of') {
    let j = k + 1;
    let pronoun = false;
    while (j < tokens.length && DETERMINERS.has(tokens[j]?.lower ?? '')) {
      if (['them', 'those', 'these', 'whom'].includes(tokens[j]?.lower ?? '')) pronoun = true;
      j++;
    }
    // "one of which", "two of which": parts of things just named ("four strikes, one of
    // which killed 18"); people are "of whom".
    if (tokens[j - 1]?.lower === 'which' || tokens[j]?.lower === 'which') {
      result.category = 'non-person';
      result.end = j;
      return result;
    }
    // "42 of those still held": a group described after it, not a word pointing back.
    const described = DESCRIBED_AFTER.has(tokens[j]?.lower ?? '');
    if (pronoun && tokens[j - 1]?.lower === 'those' && described) {
      const after = tokens.slice(j, j + 5).map((t) => t.lower);
      result.category = after.some((w) => HELD_WORDS.has(w)) ? 'hostage' : 'person';
      // The description belongs to the phrase, up to the next comma or the clause's own verb
      // ("42 of those still held are believed dead").
      let end = j;
      while (
        end < tokens.length &&
        end < j + 8 &&
        !/^[,;:.]$/.test(tokens[end]?.text ?? '') &&
        !(end > j && CLAUSE_VERBS.has(tokens[end]?.lower ?? ''))
      )
        end++;
      result.end = end;
      return result;
    }
    // "101 of those hostages": "those" before a noun is a determiner; the noun says who.
    const determiner = tokens[j - 1]?.lower === 'those' || tokens[j - 1]?.lower === 'these';
    const named =
      determiner &&
      ['hostage', 'prisoner', 'soldier'].includes(headCategory(stem(tokens[j]?.lower ?? '')) ?? '');
    if (pronoun && !named) {
      result.anaphoric = true;
      result.end = j;
      return result;
    }
    result.partitive = true;
    // "64 of the Knesset's 120 seats", "1.9 million of Gaza's 2.2 million people": a possessor
    // before the base is part of the phrase.
    while (tokens[j]?.lower.endsWith("'s") ?? false) j++;
    // ("1.7 million of the Gaza Strip's 2.4 million people": a name of two words before it.)
    if (
      /^\p{Lu}/u.test(tokens[j]?.text ?? '') &&
      /['’]s$/.test(tokens[j + 1]?.lower ?? '') &&
      view.mentionAt[j + 2]
    )
      j += 2;
    // "three of more than 100 hostages": a hedge may stand before the base.
    let h = j;
    while (h < j + 3 && BASE_HEDGES.has(tokens[h]?.lower ?? '')) h++;
    if (view.mentionAt[h]) j = h;
    // "30 of the 136 hostages": the count is of the noun after the base number.
    const base = view.mentionAt[j];
    if (base && j > k + 1) {
      j = base.to;
      result.throughBase = true;
    }
    if (j > k + 1) k = j;
  }
  // "rescued eight alive in military operations": whether they live says no noun follows.
  if (tokens[k]?.lower === 'alive' && k === mention.to) return result;
  // "10,000 missing under the rubble": people, but counted in no metric.
  if (tokens[k]?.lower === 'missing') {
    result.category = 'untracked';
    result.end = k + 1;
    return result;
  }
  // "three 42-day phases": a length set before the noun says which ones.
  if (view.mentionAt[k]?.excluded === 'unit compound' && tokens[k + 1]?.text === '-') k += 3;
  let head: number | null = null;
  let run = 0;
  for (; k < tokens.length && run < 6; k++, run++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || view.mentionAt[k] !== undefined) break;
    const lower = stem(t.lower);
    const category = categoryAt(view, k);
    const modifier = COUNT_MODIFIERS.has(lower);
    const next = tokens[k + 1];
    // "soldiers killed", "individuals wounded": after a noun these words are participles.
    const nextLower = next?.kind === 'word' ? stem(next.lower) : '';
    const nextIsNoun =
      headCategory(nextLower) !== null &&
      !KILLED_NOUNS.has(nextLower) &&
      !INJURED_NOUNS.has(nextLower);
    // "98 Israeli and foreign hostages": a word joined to another before the noun of both.
    if (
      head === null &&
      // (an adjective, "Israeli", not a plural noun: "50 Palestinians and foreign nationals")
      !lower.endsWith('s') &&
      isCapitalized(t) &&
      (nextLower === 'and' || nextLower === 'or') &&
      tokens[k + 2]?.kind === 'word' &&
      view.mentionAt[k + 2] === undefined &&
      !headCategory(stem(tokens[k + 2]?.lower ?? '')) &&
      (headCategory(stem(tokens[k + 3]?.lower ?? '')) ?? 'non-person') !== 'non-person'
    ) {
      result.demonym = demonymOf(lower, true) ?? result.demonym;
      k++;
      run++;
      continue;
    }
    if (category === 'non-person' && head === null) {
      result.category = 'non-person';
      result.end = k + 1;
      return result;
    }
    // "two rescue flights", "five release phases": a word before a noun of things, whatever
    // event it names, only says which things.
    if (
      run === 0 &&
      !category &&
      EVENT_WORDS[lower] !== undefined &&
      headCategory(nextLower) === 'non-person'
    ) {
      result.category = 'non-person';
      result.end = k + 2;
      return result;
    }
    if (category && category !== 'non-person' && !(modifier && nextIsNoun)) {
      head = k;
      result.category = category;
      // "900 dead", "41,000 wounded": the noun is the event; who they were comes from context.
      if (KILLED_NOUNS.has(lower) || INJURED_NOUNS.has(lower)) {
        result.event = KILLED_NOUNS.has(lower) ? 'kill' : 'injure';
        if (!PERSON_NOUNS.has(lower)) result.category = 'unknown';
      }
      // "Soldiers killed: 299": a capital at the head of a label names no nationality.
      result.demonym = demonymOf(lower, false) ?? result.demonym;
      if (!nextIsNoun) break;
      continue;
    }
    if (modifier || (category && nextIsNoun)) {
      const event = EVENT_WORDS[lower];
      // "dead hostages", "displaced Palestinians", "17 freed hostages", "kidnapped Israelis"
      if (event && event !== 'hold' && event !== 'imprison') result.event = event;
      if (PRISON_VERBS.has(lower)) result.prisonerHint = true;
      result.demonym =
        demonymOf(lower, isCapitalized(t) && !category && !modifier) ?? result.demonym;
      continue;
    }
    if (isCapitalized(t) && !FUNCTION_WORDS.has(t.lower)) {
      // "eight Thais", "one Filipino" name people; "Thai nationals" is a modifier before a noun.
      result.demonym = demonymOf(lower, true) ?? result.demonym;
      // "Thai farm workers", "Nepali agriculture students": a noun before the head noun.
      const after = tokens[k + 2];
      const compound =
        next?.kind === 'word' &&
        !isCapitalized(next) &&
        !FUNCTION_WORDS.has(next.lower) &&
        !EVENT_WORDS[next.lower] &&
        after?.kind === 'word' &&
        headCategory(stem(after.lower)) === 'person';
      if (!nextIsNoun && !(next && isCapitalized(next)) && !compound) {
        head = k;
        result.category = 'person';
        break;
      }
      continue;
    }
    // "20 sick people": an unknown adjective; "250 taken hostage" is a verb, not one.
    const verb = VERB_FORMS.has(lower);
    if (
      (run === 0 || (head === null && result.demonym !== null)) &&
      nextIsNoun &&
      !FUNCTION_WORDS.has(t.lower) &&
      !EVENT_WORDS[lower] &&
      !verb
    )
      continue;
    if (
      head === null &&
      run === 0 &&
      !FUNCTION_WORDS.has(t.lower) &&
      !/(?:ed|ing|ly)$/.test(lower) &&
      !verb &&
      !EVENT_WORDS[lower]
    ) {
      // An unknown noun right after the number counts something other than people.
      result.category = 'non-person';
      result.end = k + 1;
      return result;
    }
    break;
  }
  result.end = head !== null ? head + 1 : mention.to;
  // "with the remaining 35 believed dead", "the other 24 are alive": the rest of a group
  // just counted, named by no noun of its own.
  if (
    head === null &&
    result.category === 'unknown' &&
    /^(?:remaining|other)$/.test(tokens[mention.from - 1]?.lower ?? '') &&
    tokens[mention.from - 2]?.lower === 'the'
  )
    result.anaphoric = true;
  // "130 Israeli prisoners in Gaza", "40 Israeli detainees": Hamas's words for its hostages
  // (the prisoners of the metrics are Palestinians held by Israel).
  if (result.category === 'prisoner' && result.demonym === 'israeli') result.category = 'hostage';
  // "four members of the Israeli forces", "two members of the security forces": soldiers.
  if (head !== null && /^(?:members|member)$/.test(tokens[head]?.lower ?? '')) {
    const after = tokens.slice(head + 1, head + 6).map((t) => stem(t.lower));
    const of = after[0] === 'of';
    if (of && after.some((w) => FORCES.has(w)) && !after.some((w) => NOT_ARMY.has(w))) {
      result.category = 'soldier';
    }
  }
  if (result.category === 'body' && head !== null && tokens[head + 1]?.lower === 'of') {
    // "150 bodies of Palestinians": the dead of the other side, not hostages.
    const owners = [tokens[head + 2]?.lower ?? '', tokens[head + 3]?.lower ?? ''];
    if (owners.some((w) => PALESTINIAN.has(w))) result.bodiesOfPalestinians = true;
  }
  return result;
}

/** The other end of a range whose first end is the mention: "between 990 and 1,650". */
export function rangeEnd(view: SentenceView, mention: NumberMention): NumberMention | undefined {
  const before = view.tokens[mention.from - 1]?.lower ?? '';
  const link = view.tokens[mention.to]?.lower ?? '';
  const ranged = (before === 'between' && link === 'and') || (before === 'from' && link === 'to');
  if (!ranged) return undefined;
  const next = view.mentions.find((m) => m.from === mention.to + 1);
  // "between 2 and 3 million": the first end's scale is the second's, not a count of its own.
  const scaled = (m: NumberMention) =>
    /(?:million|thousand|billion|\d[mk])$/i.test(view.text.slice(m.start, m.end));
  if (!next || next.excluded !== null || (scaled(next) && !scaled(mention))) return undefined;
  return next;
}
