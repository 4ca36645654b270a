// The event of the predicate after a counted phrase ("40 hostages were released", "four
// seriously wounded"), past asides, parentheses and "since" phrases. Pure.
import type { CountEvent } from './countEvent.ts';
import { categoryAt, type CountedNoun } from './countedNoun.ts';
import { eventWord, HOLD_VERBS, TAKE_VERBS } from './eventWord.ts';
import {
  AUXILIARIES,
  CLAUSE_BREAKERS,
  HARD_STOPS,
  REPORTING_VERBS,
  TAKING_PARTICIPLES,
  TENSE_AUXILIARIES,
  type EventKind,
} from './lexicon.ts';
import { countAt, lowerSlice, type SentenceView } from './sentenceView.ts';
import type { NumberMention } from './numberMentions.ts';
import { isPopulation } from './partsAndBases.ts';
import { isCapitalized, QUOTE_MARKS } from './tokens.ts';
import { FORCE_WORDS } from './metricContext.ts';

/** Verbs that are finite on their own after a subject: "97 remain in Gaza". */
export const FINITE_ON_THEIR_OWN = new Set([
  'remain',
  'remains',
  'remained',
  // Pasts with no passive: "four hostages died" is the clause's own verb.
  'died',
  'perished',
  'starved',
  'succumbed',
  'drowned',
]);

/** Who may open a clause of their own after ", and": "…, and Israeli forces have rescued". */
const ACTORS = new Set(['hamas', 'israel', 'militants', 'troops', 'mediators']);

/** Words after which "alive" is the state the count is in: "are alive", "to be alive". */
const ALIVE_AFTER = new Set(['are', 'is', 'be', 'remain', 'remains', 'still', 'were', 'was']);

export const APPOSITION_OPENERS = new Set([
  // ", along with 10 Thai nationals,", ", together with …,"
  'along',
  'together',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'over',
  'some',
  'or',
  'mostly',
  'mainly',
  'including',
  'many',
  'most',
  'all',
  'none',
  'among',
  'aged',
  'majority',
  'the',
  'both',
  'several',
  'half',
  'one',
  'two',
  'three',
  'who',
  'whose',
]);

export const VAGUE_AMOUNTS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'several',
  'many',
  'tens',
  'millions',
]);

export const RELATIVE_OPENERS = new Set([
  'some',
  'many',
  'most',
  'all',
  'none',
  'who',
  'whose',
  'which',
  'several',
  'both',
]);

export const NEW_SUBJECT = new Set([
  'their',
  'the',
  'his',
  'her',
  'its',
  'they',
  'he',
  'she',
  'it',
  'we',
  'this',
  'that',
  'these',
]);

/**
 * Skips an aside set off by a comma (", some of whom hold two passports,") and returns the
 * index of its closing comma; null when an aside never closes (the clause is then over), or
 * the comma's own index when no aside starts there.
 */
/** Words that make a comma's list a clause of its own, not who the count was. */
const breakdownStop = (w: string) => TENSE_AUXILIARIES.has(w) || w === 'will';

export function skipAside(view: SentenceView, i: number): number | null {
  const opener = view.tokens[i + 1]?.lower ?? '';
  // (", and two of them, both farm hands, were killed": "and" joins a clause; no aside opens.)
  if (opener === 'and') return i;
  let relative = RELATIVE_OPENERS.has(opener);
  let close = -1;
  for (let j = i + 1; j < view.tokens.length && j < i + 40; j++) {
    const text = view.tokens[j]?.text ?? '';
    if (text === ',') {
      close = j;
      break;
    }
    if (HARD_STOPS.has(text)) {
      // (Gelienor "Jimmy" Pacheco: a nickname inside a name stops nothing.)
      const nickname = nicknameEnd(view, j);
      if (nickname === null) break;
      j = nickname;
      continue;
    }
    // ", a third of whom are believed dead": a relative clause about a part of them.
    if (
      (text === 'whom' || text === 'which' || text === 'them') &&
      view.tokens[j - 1]?.lower === 'of'
    ) {
      relative = true;
    }
  }
  // ", executed by Hamas shortly before troops reached them,": a participle phrase.
  const participle = /ed$/.test(opener) && view.tokens[i + 2]?.lower === 'by';
  // ", nine in ten of the population,", ", about 90 percent of Gazans,": the count's share.
  const share =
    close > 0 &&
    view.mentions.some(
      (m) => m.from > i && m.to <= close && (m.excluded === 'ratio' || m.excluded === 'percentage'),
    );
  // ("39 Palestinian prisoners, 24 women and 15 teenage boys, had been released": who the
  // count was, set beside it with no verb of its own.)
  // (Only where the predicate follows the aside at once: ", 73 remain in Gaza, about half …"
  // is a clause, and ", some of whom had been held" after one is about a part.)
  const breakdown =
    close > 0 &&
    countAt(view, i + 1) !== undefined &&
    breakdownStop(view.tokens[close + 1]?.lower ?? '') &&
    view.tokens
      .slice(i + 1, close)
      .every(
        (t) =>
          t.kind === 'digits' ||
          (t.kind === 'word' && !breakdownStop(t.lower) && !/ed$/.test(t.lower)),
      );
  // (", out of the Strip's 2.3 million population,": the whole the count is taken from.)
  const whole = opener === 'out' && view.tokens[i + 2]?.lower === 'of';
  const isAside =
    relative ||
    participle ||
    share ||
    breakdown ||
    whole ||
    APPOSITION_OPENERS.has(opener) ||
    /^[A-Z]/.test(view.tokens[i + 1]?.text ?? '');
  if (!isAside) return i;
  if (close > 0) return close;
  return relative ? null : i;
}

const capitalized = (view: SentenceView, k: number) => {
  const t = view.tokens[k];
  return t?.kind === 'word' && /^[A-Z]/.test(t.text);
};

/**
 * Where a nickname quoted inside a name ends (its closing quote mark), when one opens at j:
 * one or two capitalised words in quote marks, between capitalised words.
 */
function nicknameEnd(view: SentenceView, j: number): number | null {
  if (!QUOTE_MARKS.has(view.tokens[j]?.text ?? '') || !capitalized(view, j - 1)) return null;
  for (let k = j + 2; k <= j + 3; k++) {
    if (!capitalized(view, k - 1)) return null;
    if (QUOTE_MARKS.has(view.tokens[k]?.text ?? '')) return capitalized(view, k + 1) ? k : null;
  }
  return null;
}

/** Whether the count whose phrase the noun ends was opened as a part: "including 364 …". */
function partOpened(view: SentenceView, noun: CountedNoun): boolean {
  const count = view.mentions.findLast((m) => m.to <= noun.end);
  return count !== undefined && PART_OPENERS.has(view.tokens[count.from - 1]?.lower ?? '');
}
const PART_OPENERS = new Set(['including', 'among']);

/** "…, and seven have been rescued": a count with an auxiliary of its own opens a clause. */
function verbOfItsOwn(view: SentenceView, count: NumberMention | undefined): boolean {
  if (!count) return false;
  const next = view.tokens[count.to]?.lower ?? '';
  const after = view.tokens[count.to + 1]?.lower ?? '';
  return (
    OWN_AUXILIARIES.has(next) ||
    (view.tokens[count.to]?.kind === 'word' && OWN_AUXILIARIES.has(after))
  );
}
const OWN_AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'remain',
  'remained',
]);

/** "… work in Israel, and two of them were killed": a part of the count with a verb of its own. */
function ofThemAfter(view: SentenceView, count: NumberMention | undefined): boolean {
  if (!count) return false;
  return (
    view.tokens[count.to]?.lower === 'of' &&
    ['them', 'those', 'whom', 'these'].includes(view.tokens[count.to + 1]?.lower ?? '')
  );
}

/**
 * An auxiliary or relative word right before the event word makes it a finite predicate
 * ("were killed", "who remain"); "were taken hostage" and "are being held captive" too.
 */
export function isFinite(view: SentenceView, index: number): boolean {
  let i = index - 1;
  const word = view.tokens[index]?.lower ?? '';
  if (
    (word === 'hostage' || word === 'captive') &&
    (TAKE_VERBS.has(view.tokens[i]?.lower ?? '') || HOLD_VERBS.has(view.tokens[i]?.lower ?? ''))
  ) {
    i--;
  }
  // "have been driven from their homes": the verb stands before "from their homes".
  if (word === 'homes' && view.tokens[index - 2]?.lower === 'from') i = index - 4;
  // "were shot dead", "were found dead": the verb before "dead" carries the auxiliary.
  const before = view.tokens[i]?.lower ?? '';
  if (word === 'dead' && !AUXILIARIES.has(before) && /^(?:shot|found|\w+ed)$/.test(before)) i--;
  // "were mistakenly shot", "have reportedly been killed", "were reported injured", "are no
  // longer alive": adverbs and verbs of report between.
  while (
    i > index - 4 &&
    /^(?:[a-z]{3,}ly|reported|confirmed|feared|thought|said|longer|no)$/.test(
      view.tokens[i]?.lower ?? '',
    )
  )
    i--;
  return AUXILIARIES.has(view.tokens[i]?.lower ?? '') || FINITE_ON_THEIR_OWN.has(word);
}

/** The event of the predicate after the phrase: first a finite one, else one right after it. */
export function rightEvent(view: SentenceView, noun: CountedNoun): CountEvent | null {
  const { tokens } = view;
  let bare: CountEvent | null = null;
  let later: CountEvent | null = null;
  let distance = 0;
  // "released 24 hostages who had been abducted": a relative clause describes the count; the
  // verb before it, when there is one, says what happened to them.
  let relative = false;
  // "130 of the original 250 captives taken by Hamas months ago are still held": after a
  // larger group, participles describe it; the count's own verb is the finite one, further on.
  const reach = noun.throughBase ? 16 : 12;
  const finiteReach = noun.throughBase ? 15 : 9;
  // "Two hostages, Fernando Marman, 60, and Louis Har, 70, were rescued": names, their ages
  // and the commas between them do not push the verb out of reach.
  let passed = 0;
  let stillHeld: CountEvent | null = null;
  const among = amongThose(view, noun.end);
  if (among) return among;
  for (let i = noun.end; i < tokens.length && distance - passed < reach; i++, distance++) {
    const t = tokens[i];
    if (!t) break;
    if (
      t.kind === 'punct' ||
      view.mentionAt[i]?.excluded === 'age' ||
      (isCapitalized(t) && i > noun.end)
    )
      passed++;
    // "including 41 whose deaths have been confirmed": the relative clause says they died.
    if (t.lower === 'whose' && /^deaths?$/.test(tokens[i + 1]?.lower ?? ''))
      return { kind: 'kill', index: i + 1, trust: 2 };
    if (t.lower === 'who' || t.lower === 'that' || t.lower === 'which') relative = true;
    if (t.text === ')') continue;
    if (t.text === '(') {
      let close = -1;
      for (let j = i + 1; j < tokens.length && close < 0; j++)
        if (tokens[j]?.text === ')') close = j;
      if (close < 0) break;
      i = close;
      continue;
    }
    // "held since the October 7 attacks have been killed": a "since" phrase is passed over.
    const since = t.lower === 'since' ? view.sinceSpans.find(([f]) => f === i) : undefined;
    if (since && since[1] < tokens.length) {
      i = since[1] - 1;
      continue;
    }
    // "have since been killed": "since" as an adverb opens no phrase.
    if (t.lower === 'since' && !since) continue;
    // "dragged into Gaza as hostages": "as" before what they became is no new clause.
    // ("eight as bodies": came back dead.)
    const asWhat =
      t.lower === 'as' && /^(?:hostages?|captives?|bodies)$/.test(tokens[i + 1]?.lower ?? '');
    if (HARD_STOPS.has(t.text)) {
      const nickname = nicknameEnd(view, i);
      if (nickname === null) break;
      i = nickname;
      continue;
    }
    if (CLAUSE_BREAKERS.has(t.lower) && !asWhat) break;
    // "the attack that saw 251 taken hostage, has killed 67,806 Palestinians": a count in a
    // clause opened before it has its own participle; the comma after it closes the clause.
    if (t.text === ',' && bare && inClauseOpenedBefore(view, noun)) break;
    // "rescued two hostages held in Rafah, freeing them from an apartment": a participle whose
    // object points back at the count tells how the clause's verb was done.
    if (
      t.text === ',' &&
      /ing$/.test(tokens[i + 1]?.lower ?? '') &&
      /^(?:them|him|her)$/.test(tokens[i + 2]?.lower ?? '')
    )
      break;
    if (t.text === ',') {
      const end = skipAside(view, i);
      if (end === null) break;
      i = end;
      continue;
    }
    // "1.9 million people — about 90% of the population — have been displaced"
    if (t.text === '—' || t.text === '–' || t.text === '-') {
      let close = -1;
      // Long enough for a list of names with their ages between the dashes.
      for (let j = i + 1; j < Math.min(tokens.length, i + 32) && close < 0; j++)
        if (tokens[j]?.text === t.text) close = j;
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (
      t.lower === 'and' &&
      NEW_SUBJECT.has(tokens[i + 1]?.lower ?? '') &&
      // ("… hostages and the bodies of eight others were returned": the same subject, joined.)
      !(BODY_WORDS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of')
    )
      break;
    // "freed 13 hostages on Friday and will free more": a second verb phrase of its own.
    if (t.lower === 'and' && AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) break;
    // "Hamas freed 105 hostages in November, and Israeli forces have rescued eight": after
    // ", and" a named subject opens a clause of its own.
    // (Not a list of names: "two hostages, Fernando Marman, 60, and Louis Har, 70, were freed".)
    // ("including 364 at the festival, and 251 people had been dragged into Gaza": after a
    // part, a count of its own opens a new clause; the part's event is its whole's.)
    if (
      t.lower === 'and' &&
      tokens[i - 1]?.text === ',' &&
      (ACTORS.has(tokens[i + 1]?.lower ?? '') ||
        FORCE_WORDS.has(tokens[i + 2]?.lower ?? '') ||
        (countAt(view, i + 1) !== undefined &&
          (partOpened(view, noun) ||
            ofThemAfter(view, countAt(view, i + 1)) ||
            verbOfItsOwn(view, countAt(view, i + 1)))))
    )
      break;
    // ", with dozens still held": an absolute clause or a vague amount has a subject of its own.
    if (t.lower === 'with' && tokens[i - 1]?.text === ',') break;
    if (VAGUE_AMOUNTS.has(t.lower)) break;
    // "Israel believes 20 are alive and 38 are dead": the living have no event of their own;
    // the next clause's state is the next count's.
    // ("100 hostages held in Gaza are still alive": the participle still tells what they are.)
    if (t.lower === 'alive' && ALIVE_AFTER.has(tokens[i - 1]?.lower ?? ''))
      return stillHeld ?? bare;
    const other = countAt(view, i);
    // "eight of the 33 are dead": the bare number of the group the count is a part of.
    if (other && bareBaseOf(view, noun, other)) {
      i = other.to - 1;
      continue;
    }
    if (other) {
      const before = tokens[other.from - 1]?.lower ?? '';
      // "25 living hostages and the bodies of eight others were returned": a subject joined
      // by "and" that counts the dead by their bodies.
      const bodiesJoined =
        before === 'of' &&
        BODY_WORDS.has(tokens[other.from - 2]?.lower ?? '') &&
        lowerSlice(view, other.from - 4, other.from - 2).includes('and');
      // "… people in the enclave of 2.3 million had fled": a place's size is no subject.
      if (before === 'and' || before === 'or' || bodiesJoined || isPopulation(view, other)) {
        i = other.to - 1;
        continue;
      }
      break;
    }
    const kind = eventWord(view, i) ?? evacuation(view, i, noun);
    if (!kind) continue;
    // "… the bodies of 28, leaving 24 still to be recovered": remains yet to come back are
    // still held. (The living "yet to be released" under a deal are its proposed releases.)
    if (
      tokens[i - 1]?.lower === 'be' &&
      tokens[i - 2]?.lower === 'to' &&
      /^(?:still|yet)$/.test(tokens[i - 3]?.lower ?? '') &&
      tokens.some((t) => BODY_WORDS.has(t.lower) || /^(?:dead|died|deceased)$/.test(t.lower))
    )
      return { kind: 'hold', index: i, trust: 2 };
    // "10 living hostages and 18 bodies of deceased hostages released": a word of death set
    // before the noun of a later phrase says who they are, not what befell the count.
    if (tokens[i - 1]?.lower === 'of' && categoryAt(view, i + 1) === 'hostage') continue;
    // "Five workers held hostage in the Gaza Strip for 15 months were freed": a "held"
    // participle only describes them; the finite verb further on is their own.
    // "274 Palestinians killed in a raid to free four hostages": after the count's own
    // participle, "to" and a verb tell what the raid was for.
    if (bare && bare.kind !== 'hold' && tokens[i - 1]?.lower === 'to') continue;
    const describedHeld = bare?.kind === 'hold' || stillHeld !== null;
    const finite = isFinite(view, i);
    // "35 of the hostages still held are believed dead": after a part's larger group, "still
    // held" describes the group; the clause's own verb, if one follows, is the part's.
    if (finite && kind === 'hold' && noun.partitive && tokens[i - 1]?.lower === 'still') {
      stillHeld ??= { kind, index: i, trust: relative ? 3.5 : 2 };
      continue;
    }
    // "the 20 living hostages still held in Gaza walked free": right after the noun, "still
    // held" says who they were; a way out of captivity after it is what befell them.
    if (finite && kind === 'hold' && i === noun.end + 1 && tokens[i - 1]?.lower === 'still') {
      const out = wayOut(view, i + 1, noun);
      if (out) return out;
    }
    // "eight of whom were returned dead", "were handed over as bodies": they came back dead.
    if (
      finite &&
      kind === 'release' &&
      RETURNED_DEAD.test(lowerSlice(view, i + 1, i + 4).join(' '))
    )
      return { kind: 'kill', index: i, trust: relative ? 3.5 : 2 };
    if (finite && (distance - passed <= finiteReach || describedHeld)) {
      // "five men who had been held for 15 months had been handed over": the relative clause
      // describes them; the finite verb after it is their own.
      // (Only a clause of their captivity: "28 hostages who died in captivity were to be
      // returned" are the dead, whatever became of their remains.)
      const main =
        relative && (kind === 'hold' || kind === 'take') ? verbAfterRelative(view, i) : null;
      return main ?? { kind, index: i, trust: relative ? 3.5 : 2 };
    }
    // "20 hostages held in Gaza returned to Israel on Monday": after a "held" that describes
    // them, the next verb is theirs, with or without an auxiliary.
    if (bare?.kind === 'hold' && AFTER_HELD.has(kind) && !relative)
      return { kind, index: i, trust: 2 };
    if (noun.throughBase) continue;
    // Right after the phrase, adverbs aside: "four seriously wounded".
    // "eight of them in coffins": the phrase of how they came back is their predicate.
    if ((t.lower === 'coffins' || t.lower === 'bodies') && i === noun.end + 1)
      return { kind, index: i, trust: 2 };
    const adjacent = tokens.slice(noun.end, i).every((a) => /ly$/.test(a.lower));
    if (adjacent) bare ??= { kind, index: i, trust: 4 };
    else if (distance - passed <= 6) later ??= { kind, index: i, trust: 6 };
  }
  // "94 captives seized on 7 October were still in Gaza": a participle that describes them
  // yields to where they still are.
  if (bare?.kind === 'take' && !isFinite(view, bare.index)) {
    const still = stillThere(view, noun);
    if (still && still.index > bare.index) return { ...still, trust: 2 };
  }
  // ("41,909 Palestinians Killed, 97 Hostages Still In Captivity": "still" right after the
  // noun says where they are, whatever verb the count before had.)
  if (!stillHeld && !bare && later?.kind === 'hold' && tokens[noun.end]?.lower === 'still')
    return { ...later, trust: 2 };
  return stillHeld ?? bare ?? later ?? stillThere(view, noun);
}

/** Words that end a relative clause's reach: a new clause, or a verb joined to its own. */
const RELATIVE_ENDS = new Set(['and', 'or', 'but', 'while', 'as', 'when', 'after', 'before']);

/**
 * The main clause's finite verb right after a relative clause whose verb is at `verb`, with
 * only the relative clause's own phrases between ("who had been held by Hamas for more than
 * 15 months had been handed over"); none past a comma or a joined verb.
 */
function verbAfterRelative(view: SentenceView, verb: number): CountEvent | null {
  const { tokens } = view;
  for (let j = verb + 1; j < tokens.length && j < verb + 14; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct' || RELATIVE_ENDS.has(t.lower) || CLAUSE_BREAKERS.has(t.lower))
      return null;
    const kind = eventWord(view, j);
    if (kind && isFinite(view, j)) return { kind, index: j, trust: 2 };
  }
  return null;
}

/** Words that open a clause the count may sit in: "the attack that saw 251 taken". */
const RELATIVE_CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'when', 'where', 'whom']);

/**
 * The count stands in a clause opened before it, with no comma between ("the attack that
 * killed 1,200 people and saw 251 …"); "that" after a reporting verb opens what was said.
 */
function inClauseOpenedBefore(view: SentenceView, noun: CountedNoun): boolean {
  const mention = view.mentions.findLast((m) => m.to <= noun.end);
  if (!mention) return false;
  for (let k = mention.from - 1; k >= 0 && k >= mention.from - 12; k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (w === ',' || HARD_STOPS.has(w)) return false;
    if (RELATIVE_CLAUSE_OPENERS.has(w))
      return w !== 'that' || !REPORTING_VERBS.has(view.tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** "eight of the 33": the bare number a partitive count is taken from, right after "of the". */
export function bareBaseOf(view: SentenceView, noun: CountedNoun, other: NumberMention): boolean {
  return (
    noun.partitive === true &&
    view.tokens[other.from - 1]?.lower === 'the' &&
    view.tokens[other.from - 2]?.lower === 'of' &&
    other.from - 2 === noun.end &&
    // (Bare: "of the 33 are dead", not "of the 94 taken on October 7 are dead".)
    (AUXILIARIES.has(view.tokens[other.to]?.lower ?? '') || view.tokens[other.to]?.kind === 'punct')
  );
}

/** "returned dead", "handed over as bodies", "freed in coffins": how they came back. */
const RETURNED_DEAD = /^(?:over )?(?:dead|as bodies|in coffins)\b/;

/** Words of a way out not yet taken: "must be freed", "to be released", "would go free". */
const NOT_YET = new Set(['must', 'would', 'will', 'should', 'could', 'to', 'may', 'might']);

/** Ways out of captivity: what may befall people described as still held. */
const WAYS_OUT = new Set<EventKind>(['release', 'rescue']);

/** The first release or rescue in the clause after `from`, within a few words. */
function wayOut(view: SentenceView, from: number, noun: CountedNoun): CountEvent | null {
  for (let i = from; i < Math.min(view.tokens.length, from + 6); i++) {
    const t = view.tokens[i];
    if (!t || HARD_STOPS.has(t.text) || t.text === ',' || CLAUSE_BREAKERS.has(t.lower)) break;
    // ("… still held in Gaza must be freed": a release asked for leaves them held.)
    if (NOT_YET.has(t.lower)) return null;
    const kind = eventWord(view, i) ?? evacuation(view, i, noun);
    if (kind && WAYS_OUT.has(kind)) return { kind, index: i, trust: 2 };
  }
  return null;
}

/** Groups named by their state after "among the": the dead, the wounded. */
const AMONG_GROUPS = new Map<string, EventKind>([
  ['dead', 'kill'],
  ['killed', 'kill'],
  ['fallen', 'kill'],
  ['wounded', 'injure'],
  ['injured', 'injure'],
]);

const COPULAS_OF_MEMBERSHIP = new Set(['were', 'was', 'are', 'is']);

/**
 * "31 Thais were among those abducted", "11 Americans are among the dead": the count is a
 * part of the group the words after "among" name, and that group's event is its own.
 */
function amongThose(view: SentenceView, at: number): CountEvent | null {
  const { tokens } = view;
  if (!COPULAS_OF_MEMBERSHIP.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'among')
    return null;
  const head = tokens[at + 2]?.lower;
  if (head !== 'those' && head !== 'the') return null;
  // ("309 of its soldiers are among the dead", "… among the wounded": the group the noun names.)
  const group = tokens[at + 3]?.lower ?? '';
  if (head === 'the' && AMONG_GROUPS.has(group))
    return { kind: AMONG_GROUPS.get(group) ?? 'kill', index: at + 3, trust: 2 };
  const kind = eventWord(view, at + 3);
  return kind ? { kind, index: at + 3, trust: 2 } : null;
}

const EVACUATE = new Set(['evacuated', 'evacuate', 'evacuating']);
/** People moved for treatment are patients, not the displaced. */
const CARED_FOR = new Set([
  'patients',
  'patient',
  'wounded',
  'injured',
  'sick',
  'babies',
  'infants',
  'casualties',
  'medical',
  'treatment',
]);

/**
 * "640,000 people have evacuated Gaza City", "100,000 were evacuated from Rafah": people who
 * leave a place are displaced (the count is the verb's subject; "medics evacuated 40 wounded"
 * is a transfer of patients, and so is anyone evacuated for treatment).
 */
function evacuation(view: SentenceView, i: number, noun: CountedNoun): EventKind | null {
  if (!EVACUATE.has(view.tokens[i]?.lower ?? '') || !isFinite(view, i)) return null;
  const around = [
    ...view.tokens.slice(Math.max(0, noun.end - 4), noun.end),
    ...view.tokens.slice(i + 1, i + 10),
  ];
  return around.some((t) => CARED_FOR.has(t.lower)) ? null : 'displace';
}

/** Where captives are held, at k: "Gaza", "captivity", "the Strip", "the enclave". */
// ("615 were in the vicinity of aid sites": "the" before any other place is none of them.)
const isGazaWord = (view: SentenceView, k: number) => {
  const w = view.tokens[k]?.lower;
  return (
    w === 'gaza' ||
    w === 'captivity' ||
    (w === 'the' &&
      /^(?:gaza|strip|enclave|territory|tunnels|hands|captivity)$/.test(
        view.tokens[k + 1]?.lower ?? '',
      ))
  );
};

/** Verbs of counting or listing people: "Israel counted 48 hostages in Gaza". */
const COUNTING = new Set(['counted', 'counts', 'count', 'listed', 'lists', 'numbered', 'tallied']);

/** What follows "still" to say where captives are: "still in Gaza", "still there". */
const STILL_WHERE = new Set(['in', 'be', 'inside', 'there']);

const IN_PLACE_VERBS = new Set(['are', 'were', 'remain', 'remained']);
const BODY_WORDS = new Set(['bodies', 'remains']);
/** What may befall people described as held ("held in Gaza returned to Israel"). */
const AFTER_HELD = new Set<EventKind>(['release', 'rescue', 'kill', 'injure', 'return-bodies']);

/**
 * "hostages still in Gaza", "believed to still be in captivity", "50 hostages are still there":
 * held, when nothing else is said.
 */
export function stillThere(view: SentenceView, noun: CountedNoun): CountEvent | null {
  // A bare number ("Of the 251 taken, 116 are still in Gaza") takes its group from the context.
  // ("24 bodies of hostages are still in Gaza": bodies too; whose they are is the metric's.)
  // ("116 of the 250 people abducted on October 7 are still in Gaza": people carried off are
  // captives.)
  const captives =
    noun.category === 'person' &&
    noun.throughBase &&
    TAKING_PARTICIPLES.has(view.tokens[noun.end]?.lower ?? '');
  if (
    noun.category !== 'hostage' &&
    noun.category !== 'unknown' &&
    noun.category !== 'body' &&
    !captives
  )
    return null;
  for (let i = noun.end; i < Math.min(view.tokens.length, noun.end + 8); i++) {
    const t = view.tokens[i];
    if (!t || HARD_STOPS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) break;
    if (t.lower === 'still' && STILL_WHERE.has(view.tokens[i + 1]?.lower ?? '')) {
      return { kind: 'hold', index: i, trust: 7 };
    }
    // "Israel counted 48 hostages in Gaza": captives counted where they are held.
    if (
      i === noun.end &&
      noun.category === 'hostage' &&
      t.lower === 'in' &&
      isGazaWord(view, i + 1)
    ) {
      const verb = view.tokens.findLast((x, k) => k < noun.end && COUNTING.has(x.lower));
      if (verb) return { kind: 'hold', index: i, trust: 7 };
    }
    // "the bodies of 28 hostages are in Gaza", "59 remain inside Gaza": the captives' place.
    if (
      i === noun.end &&
      IN_PLACE_VERBS.has(t.lower) &&
      ['in', 'inside'].includes(view.tokens[i + 1]?.lower ?? '') &&
      isGazaWord(view, i + 2)
    )
      return { kind: 'hold', index: i, trust: 7 };
    // "some 240 hostages were believed to be in Gaza": where captives are, they are held.
    if (t.lower === 'be' && view.tokens[i + 1]?.lower === 'in' && isGazaWord(view, i + 2))
      return { kind: 'hold', index: i, trust: 7 };
  }
  return null;
}
