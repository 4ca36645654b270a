// Which event a counted phrase belongs to: killed, wounded, displaced, abducted, held, released,
// rescued… Found in the phrase itself, in the predicate after it ("were released"), in the verb
// or noun that governs it ("release 40 hostages", "the deaths of 61"), or nearby in its clause,
// in that order of trust. Pure.
import type { CountedNoun } from './countedNoun.ts';
import {
  AUXILIARIES,
  BODY_NOUNS,
  CLAUSE_BREAKERS,
  EVENT_WORDS,
  HOSTAGE_NOUNS,
  PRISON_PLACES,
  type EventKind,
} from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { countAt, previousCounting, type SentenceView } from './sentenceView.ts';
import { stem } from './tokens.ts';

export interface CountEvent {
  kind: EventKind;
  /** Token index of the event word. */
  index: number;
  /** 1 = named in the phrase … 6 = somewhere later in the clause. */
  trust: number;
}

/** Words that may stand between a governing word and its number: "release of some of the roughly 90". */
const LEFT_SKIP = new Set([
  'of',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'some',
  'all',
  'only',
  'just',
  'another',
  'additional',
  'further',
  'more',
  'than',
  'over',
  'at',
  'least',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'up',
  'to',
  'estimated',
  'total',
  'fewer',
  'less',
  'upwards',
  'excess',
  'in',
  'no',
  'as',
  'many',
  'much',
  'close',
  'also',
  'mistakenly',
  'reportedly',
  'still',
  'already',
  'had',
  'has',
  'have',
  'remaining',
  'first',
  'last',
  'final',
  'other',
  'latest',
]);
// No full stop: sentences are already split, so one inside a sentence ends an abbreviation.
const HARD_STOPS = new Set([';', ':', '?', '!', '(', ')', '"', '“', '”']);
const EXCHANGE_WORDS = new Set(['exchange', 'return', 'swap', 'traded', 'trade']);
const CAPTIVE_WORDS = new Set(['captive', 'hostage', 'hostages', 'captives']);
const TAKE_VERBS = new Set(['took', 'taken', 'take', 'taking', 'seized', 'dragged', 'carried']);
const HOLD_VERBS = new Set([
  'held',
  'holding',
  'hold',
  'holds',
  'keeping',
  'kept',
  'keeps',
  'remain',
  'remains',
]);
/** Verbs that are finite on their own after a subject: "97 remain in Gaza". */
const FINITE_ON_THEIR_OWN = new Set([
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
const APPOSITION_OPENERS = new Set([
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
/** Words that keep "alive" a statement that someone is still held. */
const ALIVE_MARKERS = new Set(['still', 'believed', 'thought', 'remain', 'remaining', 'presumed']);

/** Who an army loses: its soldiers (not "personnel" or "officers" of an agency). */
const ARMY_LOSSES = new Set(['soldiers', 'troops', 'reservists', 'servicemen', 'servicemembers']);

/**
 * The noun of a count right after i, hedges aside ("lost more than 330 soldiers" →
 * "soldiers"); '' when something else comes first ("lost contact with 3 soldiers").
 */
function soldierAfterCount(view: SentenceView, i: number): string {
  for (let k = i + 1; k <= i + 4; k++) {
    const count = countAt(view, k);
    if (count) return view.tokens[count.to]?.lower ?? '';
    if (!LEFT_SKIP.has(view.tokens[k]?.lower ?? '')) return '';
  }
  return '';
}

/** A hostage noun within two words after the count ("20 living hostages"). */
function hostageAfter(view: SentenceView, mention: NumberMention): boolean {
  return [mention.to, mention.to + 1].some((k) => HOSTAGE_NOUNS.has(view.tokens[k]?.lower ?? ''));
}

/** The event a word names where it stands ("killed", "in captivity", "fled their homes"). */
export function eventWord(view: SentenceView, i: number): EventKind | null {
  const t = view.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const lower = stem(t.lower);
  // "no longer alive": dead.
  if (
    lower === 'alive' &&
    view.tokens[i - 1]?.lower === 'longer' &&
    view.tokens[i - 2]?.lower === 'no'
  )
    return 'kill';
  // "the army has lost 330 soldiers": an army's losses are its dead.
  if ((lower === 'lost' || lower === 'lose') && ARMY_LOSSES.has(soldierAfterCount(view, i)))
    return 'kill';
  if (lower === 'alive') {
    const before = [view.tokens[i - 1], view.tokens[i - 2], view.tokens[i - 3]].map(
      (x) => x?.lower ?? '',
    );
    return before.some((w) => ALIVE_MARKERS.has(w)) ? 'hold' : null;
  }
  if (lower === 'captive' || lower === 'hostage') {
    // "held captive", "taken hostage"; alone these words name no event.
    const before = view.tokens[i - 1]?.lower ?? '';
    if (HOLD_VERBS.has(before) || before === 'being') return 'hold';
    if (TAKE_VERBS.has(before)) return 'take';
    return null;
  }
  // "forced from their homes", "fled their homes"
  if (lower === 'homes' && /^(?:their|his|her)$/.test(view.tokens[i - 1]?.lower ?? '')) {
    const verb = view.tokens[i - 2]?.lower ?? '';
    if (['from', 'fled', 'left', 'of', 'abandoned'].includes(verb)) return 'displace';
  }
  // "brought home the bodies", "bring them home", "have come home alive": a return, read at
  // its verb.
  if (
    /^(?:brought|bring|brings|bringing|came|come|comes|coming)$/.test(lower) &&
    (view.tokens[i + 1]?.lower === 'home' ||
      (/^(?:them|him|her|us)$/.test(view.tokens[i + 1]?.lower ?? '') &&
        view.tokens[i + 2]?.lower === 'home'))
  )
    return 'release';
  // "fell in battle", "fell in combat": soldiers' deaths.
  if (
    lower === 'fell' &&
    view.tokens[i + 1]?.lower === 'in' &&
    /^(?:battle|combat|action)$/.test(view.tokens[i + 2]?.lower ?? '')
  )
    return 'kill';
  // "let go", "set free"
  if (
    (lower === 'go' && view.tokens[i - 1]?.lower === 'let') ||
    (lower === 'free' && view.tokens[i - 1]?.lower === 'set')
  ) {
    return 'release';
  }
  // "in captivity" is held; "from captivity" is a way out of it.
  // "killed in captivity", "died in captivity": where they died, not an event of its own.
  if (lower === 'captivity') {
    const before = view.tokens[i - 1]?.lower ?? '';
    if (before === 'in' && eventWord(view, i - 2) === 'kill') return null;
    return before === 'from' ? 'release' : before === 'in' ? 'hold' : null;
  }
  // "claimed the lives of 30,000", "lost their lives"
  if (lower === 'lives') {
    const verb = view.tokens[i - 2]?.lower ?? '';
    if (['claimed', 'claiming', 'lost', 'cost', 'costing', 'taken'].includes(verb)) return 'kill';
  }
  // "9,500 Palestinians in Israeli jails"
  if (PRISON_PLACES.has(lower)) {
    const before = [view.tokens[i - 1]?.lower, view.tokens[i - 2]?.lower];
    if (before[0] === 'in' || (before[1] === 'in' && before[0] === 'israeli')) return 'imprison';
  }
  // "hostages or remains", "the remains of": the noun (bodies), not the verb.
  if (
    (lower === 'remains' || lower === 'remain') &&
    /^(?:or|and|the|their|his|her|its|of|human|mortal)$/.test(view.tokens[i - 1]?.lower ?? '')
  )
    return null;
  // "turned over 20 hostages", "hand them over": a handover is a release.
  if (/^(?:turn|turns|turned|turning)$/.test(lower)) {
    const next = view.tokens.slice(i + 1, i + 4).map((n) => n.lower);
    return next.includes('over') ? 'release' : null;
  }
  // "hostages taken on Oct. 7", "taken into Gaza"
  if (lower === 'taken' || lower === 'took') {
    const prev = stem(view.tokens[i - 1]?.lower ?? '');
    const next = view.tokens[i + 1]?.lower ?? '';
    if (
      HOSTAGE_NOUNS.has(prev) ||
      ['hostage', 'captive', 'into', 'to', 'hostages', 'captives'].includes(next)
    )
      return 'take';
  }
  return EVENT_WORDS[lower] ?? null;
}

const LISTS = new Set([
  'video',
  'videos',
  'footage',
  'recording',
  'recordings',
  'clip',
  'photo',
  'picture',
  'image',
  'names',
  'list',
  'lists',
  'photos',
  'pictures',
  'images',
  'identities',
  'details',
]);
const VAGUE_AMOUNTS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'several',
  'many',
  'tens',
  'millions',
]);
const RELATIVE_OPENERS = new Set([
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
const NEW_SUBJECT = new Set([
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
function skipAside(view: SentenceView, i: number): number | null {
  const opener = view.tokens[i + 1]?.lower ?? '';
  let relative = RELATIVE_OPENERS.has(opener);
  let close = -1;
  for (let j = i + 1; j < view.tokens.length && j < i + 40; j++) {
    const text = view.tokens[j]?.text ?? '';
    if (text === ',') {
      close = j;
      break;
    }
    if (HARD_STOPS.has(text)) break;
    // ", a third of whom are believed dead": a relative clause about a part of them.
    if (
      (text === 'whom' || text === 'which' || text === 'them') &&
      view.tokens[j - 1]?.lower === 'of'
    ) {
      relative = true;
    }
  }
  const isAside =
    relative || APPOSITION_OPENERS.has(opener) || /^[A-Z]/.test(view.tokens[i + 1]?.text ?? '');
  if (!isAside) return i;
  if (close > 0) return close;
  return relative ? null : i;
}

/**
 * An auxiliary or relative word right before the event word makes it a finite predicate
 * ("were killed", "who remain"); "were taken hostage" and "are being held captive" too.
 */
function isFinite(view: SentenceView, index: number): boolean {
  let i = index - 1;
  const word = view.tokens[index]?.lower ?? '';
  if (
    (word === 'hostage' || word === 'captive') &&
    (TAKE_VERBS.has(view.tokens[i]?.lower ?? '') || HOLD_VERBS.has(view.tokens[i]?.lower ?? ''))
  ) {
    i--;
  }
  return AUXILIARIES.has(view.tokens[i]?.lower ?? '') || FINITE_ON_THEIR_OWN.has(word);
}

/** The event of the predicate after the phrase: first a finite one, else one right after it. */
function rightEvent(view: SentenceView, noun: CountedNoun): CountEvent | null {
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
  for (let i = noun.end; i < tokens.length && distance < reach; i++, distance++) {
    const t = tokens[i];
    if (!t) break;
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
    if (HARD_STOPS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) break;
    if (t.text === ',') {
      const end = skipAside(view, i);
      if (end === null) break;
      i = end;
      continue;
    }
    // "1.9 million people — about 90% of the population — have been displaced"
    if (t.text === '—' || t.text === '–') {
      let close = -1;
      for (let j = i + 1; j < Math.min(tokens.length, i + 16) && close < 0; j++)
        if (tokens[j]?.text === t.text) close = j;
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (t.lower === 'and' && NEW_SUBJECT.has(tokens[i + 1]?.lower ?? '')) break;
    // "freed 13 hostages on Friday and will free more": a second verb phrase of its own.
    if (t.lower === 'and' && AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) break;
    // ", with dozens still held": an absolute clause or a vague amount has a subject of its own.
    if (t.lower === 'with' && tokens[i - 1]?.text === ',') break;
    if (VAGUE_AMOUNTS.has(t.lower)) break;
    const other = countAt(view, i);
    if (other) {
      const before = tokens[other.from - 1]?.lower ?? '';
      if (before === 'and' || before === 'or') {
        i = other.to - 1;
        continue;
      }
      break;
    }
    const kind = eventWord(view, i);
    if (!kind) continue;
    if (isFinite(view, i) && distance <= finiteReach)
      return { kind, index: i, trust: relative ? 3.5 : 2 };
    if (noun.throughBase) continue;
    // Right after the phrase, adverbs aside: "four seriously wounded".
    const adjacent = tokens.slice(noun.end, i).every((a) => /ly$/.test(a.lower));
    if (adjacent) bare ??= { kind, index: i, trust: 4 };
    else if (distance <= 6) later ??= { kind, index: i, trust: 6 };
  }
  return bare ?? later ?? stillThere(view, noun);
}

/** "hostages still in Gaza", "believed to still be in captivity": held, when nothing else is said. */
function stillThere(view: SentenceView, noun: CountedNoun): CountEvent | null {
  if (noun.category !== 'hostage') return null;
  for (let i = noun.end; i < Math.min(view.tokens.length, noun.end + 8); i++) {
    const t = view.tokens[i];
    if (!t || HARD_STOPS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) break;
    if (t.lower === 'still' && ['in', 'be', 'inside'].includes(view.tokens[i + 1]?.lower ?? '')) {
      return { kind: 'hold', index: i, trust: 7 };
    }
  }
  return null;
}

/** The governing word of one count, or the count it is coordinated with ("… and 40"). */
function leftHead(
  view: SentenceView,
  mention: NumberMention,
): { event: CountEvent | null; bodies: boolean; coordinatedWith?: NumberMention } {
  const { tokens } = view;
  let bodies = false;
  // "Hamas still has 20 living hostages": to have hostages is to hold them.
  if (hostageAfter(view, mention)) {
    for (let k = mention.from - 1; k >= 0 && k >= mention.from - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'has' || w === 'have' || w === 'had')
        return { event: { kind: 'hold', index: k, trust: 3 }, bodies };
      if (!LEFT_SKIP.has(w)) break;
    }
  }
  let i = mention.from - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    const lower = stem(t.lower);
    if (BODY_NOUNS.has(lower) && tokens[i + 1]?.lower === 'of') {
      bodies = true;
      continue;
    }
    if (lower === 'for' && EXCHANGE_WORDS.has(tokens[i - 1]?.lower ?? '')) continue;
    if (LEFT_SKIP.has(lower)) continue;
    break;
  }
  // "the bodies of a mother and her two sons": bodies named before a list of names.
  for (let k = i; !bodies && k >= 0 && k >= mention.from - 10; k--) {
    const w = tokens[k];
    if (!w || /^[,;:.]$/.test(w.text) || countAt(view, k)) break;
    if (BODY_NOUNS.has(stem(w.lower)) && tokens[k + 1]?.lower === 'of') bodies = true;
  }
  const t = tokens[i];
  if (!t) return { event: null, bodies };
  // "killing some 900 people and abducting about 230": coordinated counts share a verb
  const partitive = tokens[mention.to]?.lower === 'of';
  if ((t.lower === 'and' || t.lower === ',' || t.lower === 'or') && !partitive) {
    const previous = previousCounting(view, mention, i);
    return {
      event: null,
      bodies,
      coordinatedWith: previous && i - previous.to <= 6 ? previous : undefined,
    };
  }
  if (TAKE_VERBS.has(t.lower)) {
    const after = tokens.slice(mention.to, mention.to + 4).map((a) => stem(a.lower));
    // "took 251 hostages", "took about 250 back to Gaza", "taking 240 people into Gaza".
    const intoGaza = after.some(
      (w, k) => (w === 'to' || w === 'into') && after.slice(k + 1).includes('gaza'),
    );
    if (after.slice(0, 2).some((w) => CAPTIVE_WORDS.has(w)) || intoGaza) {
      return { event: { kind: 'take', index: i, trust: 3 }, bodies };
    }
  }
  if (HOLD_VERBS.has(t.lower)) return { event: { kind: 'hold', index: i, trust: 3 }, bodies };

  const kind = eventWord(view, i);
  return { event: kind ? { kind, index: i, trust: 3 } : null, bodies };
}

/**
 * The word that governs the number from the left ("release 40", "the deaths of at least 61"),
 * followed back through a list of coordinated counts (at most 32, so that a sentence-long list
 * costs little).
 */
function governingEvent(
  view: SentenceView,
  mention: NumberMention,
): { event: CountEvent | null; bodies: boolean; coordinated: boolean } {
  let bodies = false;
  let current = mention;
  for (let hop = 0; hop < 32; hop++) {
    const step = leftHead(view, current);
    bodies ||= step.bodies;
    if (!step.coordinatedWith) return { event: step.event, bodies, coordinated: hop > 0 };
    current = step.coordinatedWith;
  }
  return { event: null, bodies, coordinated: true };
}

/** Any event word earlier in the clause, nearest first. */
function leftEvent(view: SentenceView, mention: NumberMention): CountEvent | null {
  for (let i = mention.from - 1; i >= 0 && i >= mention.from - 16; i--) {
    const t = view.tokens[i];
    if (!t || HARD_STOPS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) break;
    if (countAt(view, i)) continue;
    // "released the names of 20 hostages": what was released is a list, not people.
    if (LISTS.has(t.lower) && view.tokens[i + 1]?.lower === 'of') break;
    const kind = eventWord(view, i);
    if (kind) return { kind, index: i, trust: 5 };
  }
  return null;
}

const RELEASE_KINDS = new Set<EventKind>(['release', 'rescue', 'return-bodies']);
const RESULT_STATES = new Set<EventKind>(['kill', 'injure', 'displace']);
const LEAVE_VERBS = new Set(['left', 'leaving', 'leave', 'leaves']);

/** "left 1,400 people dead": the verb right before the count, hedges aside, is "leave". */
function leftByVerb(view: SentenceView, mention: NumberMention): boolean {
  for (let k = mention.from - 1; k >= 0 && k >= mention.from - 4; k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (LEAVE_VERBS.has(w)) return true;
    if (!LEFT_SKIP.has(w)) return false;
  }
  return false;
}
const TENSE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
const PARTS = new Set(['some', 'many', 'most', 'half', 'several', 'few', 'rest', 'part', 'all']);

/** "the release of some of the 100 people still held": what is released is a part of them. */
function partitiveBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    if (PARTS.has(view.tokens[i]?.lower ?? '') && view.tokens[i + 1]?.lower === 'of') return true;
  }
  return false;
}

export interface EventOfCount {
  event: CountEvent | null;
  /** The verb or noun the count is the subject or object of, when the event came from the
   * phrase itself ("seven dead hostages would be handed over": the event is a death, the
   * predicate a release). Modality and scope are read from it. */
  predicate: CountEvent | null;
  /** "the bodies of 11 dead hostages": the count is of bodies. */
  bodies: boolean;
}

export function eventOfCount(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): EventOfCount {
  const found = governingEvent(view, mention);
  // A verb borrowed from a coordinated count yields to the count's own participle when the
  // count names no one ("Two were killed and four wounded"); after a noun, a participle
  // describes ("… and 940 detainees held since …").
  const governing =
    found.coordinated && found.event && noun.end <= mention.to
      ? { ...found, event: { ...found.event, trust: found.event.trust + 2 } }
      : found;
  const npTrust =
    noun.event === 'kill' || noun.event === 'injure' || noun.event === 'displace' ? 1 : 2.5;
  // "released four hostages being held by Hamas", "handed over 20 hostages held in Gaza":
  // after a release, "held" only describes the people released.
  let right = rightEvent(view, noun);
  if (
    right?.kind === 'hold' &&
    governing.event &&
    governing.event.trust <= 3 &&
    RELEASE_KINDS.has(governing.event.kind) &&
    !partitiveBetween(view, governing.event.index, mention.from)
  )
    right = null;
  // "killed three of the 130 hostages still held": a participle after the larger group
  // describes it; the verb before the count is what happened to the three.
  if (
    right &&
    noun.throughBase &&
    governing.event &&
    governing.event.trust <= 3 &&
    !TENSE_AUXILIARIES.has(view.tokens[right.index - 1]?.lower ?? '')
  )
    right = null;
  // "the attack that left 1,400 people, mostly civilians, dead": the state the verb leaves
  // them in is what happened to them.
  if (right && RESULT_STATES.has(right.kind) && leftByVerb(view, mention))
    right = { ...right, trust: Math.min(right.trust, 2.5) };
  const candidates: (CountEvent | null)[] = [
    noun.event ? { kind: noun.event, index: mention.from, trust: npTrust } : null,
    right,
    governing.event,
    leftEvent(view, mention),
  ];
  const ranked = candidates
    .filter((c): c is CountEvent => c !== null)
    .sort((a, b) => a.trust - b.trust);
  const best = ranked[0] ?? null;
  const predicate =
    best && best.trust <= 2.5 && best.index === mention.from ? (ranked[1] ?? best) : best;
  return { event: best, predicate, bodies: governing.bodies };
}
