// Who a count with no noun of its own is: from the count it is coordinated with, the
// subject of a "number of" phrase, a group named at the head of the sentence, a toll. Pure.
import { categoryAt, type Category, type CountedNoun, type Demonym } from './countedNoun.ts';
import { eventWord, type CountEvent } from './eventOfCount.ts';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  COPULAS,
  EVENT_WORDS,
  HOSTAGE_NOUNS,
  PRISONER_NOUNS,
  REPORTING_VERBS,
  SOLDIER_NOUNS,
} from './lexicon.ts';
import { CAPTIVITY_WORDS } from './metricContext.ts';
import type { NumberMention } from './numberMentions.ts';
import { bringTarget } from './scope.ts';
import {
  countAt,
  inSinceSpan,
  lowerSlice,
  onOtherSide,
  outOfBefore,
  type SentenceView,
} from './sentenceView.ts';
import { stem } from './tokens.ts';

export const TOLL_SOLDIER_WORDS = new Set([
  'troop',
  'troops',
  'military',
  'soldier',
  'soldiers',
  'army',
  'idf',
]);

/** Who a toll's subject counts, when it says: "the Palestinian death toll". */
export function subjectDemonym(view: SentenceView, [from, to]: [number, number]): Demonym | null {
  for (let i = from; i < to; i++) {
    const w = view.tokens[i]?.lower ?? '';
    if (/^(?:palestinians?|gazans?)$/.test(w) && !inSinceSpan(view, i)) return 'palestinian';
    if (w === 'israelis' && !inSinceSpan(view, i)) return 'israeli';
    // "Israel's death toll from the war", "the Israeli death toll": whose toll it is (not
    // "the toll from Israeli strikes": there Israel is who struck).
    if (/^israel(?:'s|’s|i)$/.test(w) && ownsToll(view, i + 1)) return 'israeli';
  }
  return null;
}

const TOLL_MODIFIERS = new Set(['death', 'overall', 'own', 'official', 'total', 'civilian']);

/** "death toll", "overall death toll": a toll right after its owner's name. */
function ownsToll(view: SentenceView, from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    const w = view.tokens[k]?.lower ?? '';
    // ("the Israeli death toll in Gaza": the toll Israel caused, where it caused it.)
    if (w === 'toll')
      return !PALESTINIAN_PLACE_AFTER.test(lowerSlice(view, k + 1, k + 4).join(' '));
    if (!TOLL_MODIFIERS.has(w)) return false;
  }
  return false;
}

const PALESTINIAN_PLACE_AFTER = /^(?:in|on) (?:the )?(?:gaza|west bank|occupied|palestin)/;

/** The group and event of a "the number of <group> <event> … rose to N" subject left of N. */
export function numberOfSubject(
  view: SentenceView,
  m: NumberMention,
): { category: Category; event?: CountEvent } | null {
  for (let i = m.from - 2; i >= 0 && i >= m.from - 16; i--) {
    if (countAt(view, i)) return null;
    if (view.tokens[i]?.lower !== 'number' || view.tokens[i + 1]?.lower !== 'of') continue;
    for (let g = i + 2; g < Math.min(i + 6, m.from); g++) {
      // "killed by soldiers": the killers, not the group counted.
      if (view.tokens[g]?.lower === 'by') return null;
      const found = categoryAt(view, g);
      // "the number of Palestinians killed": people are the group.
      if (found === 'person') return { category: 'person' };
      if (found !== 'soldier' && found !== 'hostage' && found !== 'prisoner') continue;
      const category: Category = found;
      for (let e = g + 1; e < Math.min(g + 5, m.from); e++) {
        const kind = eventWord(view, e);
        if (kind) return { category, event: { kind, index: e, trust: 3 } };
      }
      return { category };
    }
    return null;
  }
  return null;
}

/** "Of the 251, …", "Among the 130, …": a bare base that opens the sentence, before the count. */
export function frontedBase(view: SentenceView, mention: NumberMention): NumberMention | undefined {
  const t = view.tokens;
  if (!/^(?:of|among)$/.test(t[0]?.lower ?? '') || t[1]?.lower !== 'the') return undefined;
  const base = countAt(view, 2);
  return base && base !== mention && t[base.to]?.text === ',' ? base : undefined;
}

/**
 * "the prisoners freed on Sunday were 39 women and teenagers", "the released detainees, 69
 * women and 21 boys": people a copula (or an apposition) says a group was are of the group
 * it names (a plural, not a count's: those are breakdowns); the second of a pair too.
 */
export function copulaSubject(view: SentenceView, m: NumberMention): Category | null {
  const { tokens } = view;
  // ("… 39 women and 21 teenagers": the second of a pair is of the first's group.)
  if (tokens[m.from - 1]?.lower === 'and') {
    const first = view.mentions.findLast((x) => x.to < m.from && x.excluded === null);
    return first && m.from - first.to <= 4 ? copulaSubject(view, first) : null;
  }
  // "the released detainees, 69 women and 21 boys, arrived": people set beside the group in
  // apposition are of it, as a copula's are.
  if (tokens[m.from - 1]?.text === ',') {
    const w = tokens[m.from - 2]?.lower ?? '';
    if (PRISONER_NOUNS.has(w) && w.endsWith('s')) return 'prisoner';
    if (HOSTAGE_NOUNS.has(w) && w.endsWith('s')) return 'hostage';
    return null;
  }
  if (!COPULAS.has(tokens[m.from - 1]?.lower ?? '')) return null;
  for (let i = m.from - 2; i >= 0 && i >= m.from - 8; i--) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || countAt(view, i)) return null;
    const w = t.lower;
    if (!w.endsWith('s')) continue;
    if (PRISONER_NOUNS.has(w)) return 'prisoner';
    if (HOSTAGE_NOUNS.has(w)) return 'hostage';
  }
  return null;
}

const ONE = new Set(['a', 'an', 'one', 'another']);

/**
 * The group of the one person named before a token, in its clause ("A soldier", "one Israeli
 * hostage"): not troops who act ("troops killed a gunman and three others").
 */
export function groupNamedBefore(view: SentenceView, before: number): Category | null {
  for (let i = before - 1; i >= 0; i--) {
    if (view.tokens[i]?.text === ';') return null;
    const category = categoryAt(view, i);
    if (category !== 'soldier' && category !== 'hostage' && category !== 'prisoner') continue;
    const one = [1, 2].some((k) => ONE.has(view.tokens[i - k]?.lower ?? ''));
    return one ? category : null;
  }
  return null;
}

/**
 * A sentence that opens on words for the group counted last, its count a part of it: "Of
 * these, 372 have been killed …", "That number includes 33 whom the army says are dead".
 */
export function opensOnGroupCountedLast(view: SentenceView, m: NumberMention): boolean {
  const t = view.tokens;
  const start = t[0]?.kind === 'punct' ? 1 : 0;
  const [a, b, c] = [t[start], t[start + 1], t[start + 2]].map((x) => x?.lower ?? '');
  const ofThese = a === 'of' && /^(?:these|those|them)$/.test(b ?? '') && c === ',';
  const includes =
    /^(?:that|this|the)$/.test(a ?? '') &&
    /^(?:number|figure|total|tally|count)$/.test(b ?? '') &&
    /^includ(?:es|ed|e)$/.test(c ?? '') &&
    m.from === start + 3;
  return (ofThese && m.from > start + 2) || includes;
}

/** "Of those still held, …", "Of the hostages taken, …": the group a sentence opens with. */
export function frontedGroup(view: SentenceView, m: NumberMention): Category | null {
  const { tokens } = view;
  // A bullet or dash may stand before it: "• Of those still in captivity, …".
  let start = tokens[0]?.kind === 'punct' ? 1 : 0;
  if (tokens[start]?.lower !== 'of') {
    // ("Israel says that of the 133 hostages still in Gaza, 30 …": after who says it.)
    let that = -1;
    for (let k = 1; k < 8 && k < tokens.length; k++)
      if (tokens[k]?.lower === 'that' && tokens[k + 1]?.lower === 'of') {
        that = k;
        break;
      }
    if (that < 1 || !tokens.slice(0, that).some((t) => REPORTING_VERBS.has(t.lower))) return null;
    start = that + 1;
  }
  for (let i = start + 1; i < m.from && i < 12; i++) {
    const w = stem(tokens[i]?.lower ?? '');
    // "Of the 251 seized on October 7, 2023, 94 remain": a date's comma does not end the group.
    if (tokens[i]?.text === ',' && !view.dates.some((d) => d.from < i && i < d.to)) return null;
    // People "seized" or "abducted" are the hostages.
    // ("Of the 129 believed to remain in Gaza, …": those who remain there are the captives.)
    if (
      HOSTAGE_NOUNS.has(w) ||
      CAPTIVITY_WORDS.has(w) ||
      w === 'held' ||
      EVENT_WORDS[tokens[i]?.lower ?? ''] === 'take' ||
      ((w === 'remain' || w === 'remaining') &&
        tokens[i + 1]?.lower === 'in' &&
        tokens[i + 2]?.lower === 'gaza' &&
        // (not "Of the 2.1 million remaining in Gaza": its people, not its captives)
        !view.mentions.some((g) => g.from < i && g.value >= 10_000))
    )
      return 'hostage';
    if (PRISONER_NOUNS.has(w)) return 'prisoner';
    if (SOLDIER_NOUNS.has(w)) return 'soldier';
    // "Of those freed by Israel, …": whom Israel frees are prisoners; whom Hamas frees, hostages.
    if (EVENT_WORDS[tokens[i]?.lower ?? ''] === 'release' && tokens[i + 1]?.lower === 'by') {
      const freer = tokens[i + 2]?.lower ?? '';
      if (freer === 'israel') return 'prisoner';
      if (freer === 'hamas') return 'hostage';
    }
  }
  return null;
}

const HEDGES_BEFORE = new Set([
  'at',
  'least',
  'more',
  'than',
  'over',
  'about',
  'some',
  'around',
  'nearly',
  'almost',
  'roughly',
  'an',
  'estimated',
  'up',
  'to',
  'another',
]);

/**
 * ", with 35 presumed dead", ", with at least 40 …": the count opens a "with" clause; "out of
 * a total of 846", "of a total of 846": it is the whole the count before is part of.
 */
function afterWith(view: SentenceView, m: NumberMention): boolean {
  let k = m.from - 1;
  const at = (i: number) => view.tokens[i]?.lower ?? '';
  if (at(k) === 'of' && at(k - 1) === 'total' && at(k - 2) === 'a') k -= 3;
  // ("405 soldiers have fallen in Gaza, out of more than 840 killed on all fronts": a hedge may
  // stand before the whole.)
  if (outOfBefore(view, m.from)) return true;
  if (at(k + 1) === 'a' && at(k) === 'of' && at(k + 2) === 'total') return true;
  while (k > 0 && HEDGES_BEFORE.has(at(k))) k--;
  return at(k) === 'with' && view.tokens[k - 1]?.text === ',';
}

/**
 * "59 hostages are still in Gaza, 24 of whom are believed to be alive, while 35 are believed to
 * be dead": a bare count opened by "while", "and" or a semicolon, whose predicate is only whether
 * they live, is a part of the group counted before it.
 */
function stateOfGroup(view: SentenceView, m: NumberMention): boolean {
  const before = view.tokens[m.from - 1]?.lower ?? '';
  if (!STATE_OPENERS.has(before)) return false;
  return LIFE_STATE.test(lowerSlice(view, m.to, m.to + 6).join(' '));
}
/** Nouns for those who hold people captive. */
const CAPTOR_NOUNS = new Set(['captors', 'captor', 'kidnappers', 'abductors', 'jailers', 'guards']);
const STATE_OPENERS = new Set(['while', 'whereas', ';', 'and']);
const LIFE_STATE =
  /^(?:are|were|is|was) (?:(?:believed|thought|presumed|confirmed|feared|said|declared|known) (?:to be |to have been )?)?(?:dead|alive|deceased|living)\b/;

/**
 * "frees four hostages as officials say 274 killed": a clause opened between two counts, with a
 * verb of saying of its own, counts its own people, not the group of the clause before it.
 */
function saidClauseBetween(view: SentenceView, from: number, to: number): boolean {
  const opener = view.tokens.slice(from, to).findIndex((t) => CLAUSE_OPENERS.has(t.lower));
  return (
    opener >= 0 &&
    view.tokens.slice(from + opener + 1, to).some((t) => REPORTING_VERBS.has(t.lower))
  );
}

/** Who an elided count is: from the count it is coordinated with, a "number of" phrase, a toll. */
export function contextCategory(
  view: SentenceView,
  m: NumberMention,
  earlier: readonly { mention: NumberMention; category: Category; noun: CountedNoun }[],
  /** A toll's group may be named across a semicolon ("two more soldiers die; toll reaches 161"). */
  acrossClauses = false,
): { category: Category; noun?: CountedNoun; event?: CountEvent } {
  const previous = earlier.at(-1);
  // "230 abducted" after "900 people were killed"; "bringing the toll to 229" after
  // "two more soldiers were killed": the same people as the count before.
  const bringing = bringTarget(view) === m;
  if (
    previous &&
    ((m.from - previous.noun.end <= 4 && !saidClauseBetween(view, previous.noun.end, m.from)) ||
      bringing)
  ) {
    return { category: previous.category, noun: previous.noun };
  }
  // "101 hostages remain in Gaza, with 35 presumed dead": a bare count in an absolute "with"
  // clause is a part of the group counted before it.
  if (previous && (afterWith(view, m) || stateOfGroup(view, m)))
    return { category: previous.category, noun: previous.noun };
  // "the number of hostages killed in captivity has risen to 41": the group is the one the
  // subject counts, named after "number of", and what happened to them follows it (the verb
  // after the group is theirs, not a killer's).
  const subject = numberOfSubject(view, m);
  if (subject) return subject;
  // "Of those still in captivity, 116 remain…", "Of the hostages taken, 105 were released":
  // a group named at the head of the sentence.
  const fronted = frontedGroup(view, m);
  if (fronted) return { category: fronted };
  // "all Palestinian prisoners, estimated at 7,000": a group named just before without a number.
  // Only a plural names a group ("hostage rescue operation" uses the noun as a modifier), and
  // not the subject of a verb: in "Israeli troops killed 40" the troops are the killers.
  for (let i = m.from - 1; i >= 0 && i >= m.from - 10; i--) {
    const w = view.tokens[i]?.lower ?? '';
    const after = view.tokens[i + 1]?.lower ?? '';
    // "… four hostages in a raid; officials say 274 killed": another clause's group.
    if (w === ';' && !acrossClauses) break;
    // "rescued four hostages in a raid that officials say killed 274": the count is the
    // object of the relative clause's own verb; the group before the clause is not it.
    if (
      (w === 'that' || w === 'which') &&
      view.tokens.slice(i + 1, m.from).some((t) => EVENT_WORDS[t.lower] === 'kill')
    )
      break;
    if (CLAUSE_OPENERS.has(w) && saidClauseBetween(view, i, m.from)) break;
    if (
      !w.endsWith('s') ||
      EVENT_WORDS[after] ||
      AUXILIARIES.has(after) ||
      REPORTING_VERBS.has(after)
    )
      continue;
    if (PRISONER_NOUNS.has(w)) return { category: 'prisoner' };
    if (HOSTAGE_NOUNS.has(w)) return { category: 'hostage' };
    // ("during clashes with Israeli troops, bringing the number killed there to 51": the
    // other side of a clash or of fire is no group counted.)
    if (SOLDIER_NOUNS.has(w) && !onOtherSide(view, i)) return { category: 'soldier' };
  }
  const right = lowerSlice(view, m.to, m.to + 8);
  const numberOf = right.findIndex((w, i) => w === 'number' && right[i + 1] === 'of');
  if (numberOf >= 0) {
    const noun = right.slice(numberOf + 2, numberOf + 6);
    if (noun.some((w) => SOLDIER_NOUNS.has(w))) return { category: 'soldier' };
    if (noun.some((w) => HOSTAGE_NOUNS.has(w))) return { category: 'hostage' };
    if (noun.some((w) => PRISONER_NOUNS.has(w))) return { category: 'prisoner' };
  }
  // "Six were executed by their captors": people someone held captive are hostages.
  const by = right.indexOf('by');
  if (
    by >= 0 &&
    /^(?:their|his|her|the)$/.test(right[by + 1] ?? '') &&
    CAPTOR_NOUNS.has(right[by + 2] ?? '')
  )
    return { category: 'hostage' };
  // "the army's death toll in the Gaza ground offensive rose to 330": whose toll it is.
  const start = Math.max(0, m.from - 12);
  const left = lowerSlice(view, start, m.from);
  const toll = left.lastIndexOf('toll');
  if (
    toll >= 0 &&
    lowerSlice(view, Math.max(0, start + toll - 3), start + toll).some((w) =>
      TOLL_SOLDIER_WORDS.has(stem(w)),
    )
  ) {
    return { category: 'soldier' };
  }
  return { category: 'person' };
}
