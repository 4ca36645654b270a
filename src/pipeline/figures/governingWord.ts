// The word that governs a count from the left ("release 40", "the deaths of at least 61"),
// followed back through coordinated counts, and any event word earlier in the clause. Pure.
import type { CountEvent } from './countEvent.ts';
import {
  ARMY_LOSSES,
  eventWord,
  HOLD_VERBS,
  takenInTheAttack,
  takesHold,
  TAKE_VERBS,
} from './eventWord.ts';
import { BODY_NOUNS, CLAUSE_BREAKERS, HARD_STOPS, HOSTAGE_NOUNS, LEFT_SKIP } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { countAt, previousCounting, type SentenceView } from './sentenceView.ts';
import { stem } from './tokens.ts';

export const EXCHANGE_WORDS = new Set(['exchange', 'return', 'swap', 'traded', 'trade']);

export const LISTS = new Set([
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

/** A hostage noun within two words after the count ("20 living hostages"). */
export function hostageAfter(view: SentenceView, mention: NumberMention): boolean {
  return [mention.to, mention.to + 1].some((k) => HOSTAGE_NOUNS.has(view.tokens[k]?.lower ?? ''));
}

/** Verbs of finding: what they find, when it is bodies, has been recovered. */
const FIND_VERBS = new Set([
  'found',
  'find',
  'finding',
  'located',
  'locate',
  'locating',
  'discovered',
  'uncovered',
  'identified',
  'unearthed',
]);

const RECEIVE_VERBS = new Set(['receive', 'received', 'receives', 'receiving']);

/** Captives or soldiers named within two words after the count ("four hostages", "two fallen soldiers"). */
function capturedAfter(view: SentenceView, mention: NumberMention): boolean {
  return [mention.to, mention.to + 1].some((k) => {
    const w = view.tokens[k]?.lower ?? '';
    return HOSTAGE_NOUNS.has(w) || ARMY_LOSSES.has(w);
  });
}

/** "five Thai workers freed": an event word within the three words after the count. */
function ownParticiple(view: SentenceView, mention: NumberMention): boolean {
  for (let k = mention.to; k < mention.to + 3; k++) {
    const t = view.tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (eventWord(view, k)) return true;
  }
  return false;
}

/** "plus", "along with", "together with", "as well as" ending at token i. */
function addedBy(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]?.lower;
  if (w === 'plus') return true;
  const before = view.tokens[i - 1]?.lower;
  if (w === 'with') return before === 'along' || before === 'together';
  return w === 'as' && before === 'well' && view.tokens[i - 2]?.lower === 'as';
}

/** The governing word of one count, or the count it is coordinated with ("… and 40"). */
export function leftHead(
  view: SentenceView,
  mention: NumberMention,
): { event: CountEvent | null; bodies: boolean; coordinatedWith?: NumberMention } {
  const { tokens } = view;
  let bodies = false;
  // "Hamas still has 20 living hostages": to have hostages is to hold them.
  // ("…, leaving 24 still in Gaza": those left, still there, are held too.)
  // ("…, leaving 24 still to be recovered": those yet to come back are still held.)
  const stillThere =
    tokens[mention.to]?.lower === 'still' &&
    (/^(?:in|held|inside|captive)$/.test(tokens[mention.to + 1]?.lower ?? '') ||
      (tokens[mention.to + 1]?.lower === 'to' &&
        tokens[mention.to + 2]?.lower === 'be' &&
        /^(?:recovered|returned|released|freed|found|repatriated|handed)$/.test(
          tokens[mention.to + 3]?.lower ?? '',
        )));
  // (After "the remains of 15 of the 28", "returned four bodies", those left are remains too.)
  if (stillThere)
    bodies = view.tokens.some(
      (t, k) =>
        k < mention.from &&
        BODY_NOUNS.has(stem(t.lower)) &&
        (view.tokens[k + 1]?.lower === 'of' || view.mentions.some((m) => m.to === k)),
    );
  // ("freed 20 hostages, leaving 28 in Gaza": those left where captives are, are held.)
  // ("… leaves 91 in the enclave", "in the Strip".)
  const placeAt = tokens[mention.to + 1]?.lower === 'the' ? mention.to + 2 : mention.to + 1;
  const leftInGaza =
    /^(?:left|leaves|leave|leaving)$/.test(tokens[mention.from - 1]?.lower ?? '') &&
    /^(?:in|inside)$/.test(tokens[mention.to]?.lower ?? '') &&
    /^(?:gaza|captivity|enclave|strip|territory)$/.test(tokens[placeAt]?.lower ?? '');
  if (hostageAfter(view, mention) || stillThere || leftInGaza) {
    for (let k = mention.from - 1; k >= 0 && k >= mention.from - 4; k--) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'has' || w === 'have' || w === 'had')
        return { event: { kind: 'hold', index: k, trust: 3 }, bodies };
      // "there are still 108 hostages in Gaza": hostages that there are, are held.
      if (/^(?:are|were|remain)$/.test(w) && tokens[k - 1]?.lower === 'there')
        return { event: { kind: 'hold', index: k, trust: 3 }, bodies };
      // "That left 97 hostages in Gaza", "the swap leaves 59 captives": those left are held.
      if (/^(?:left|leaves|leave|leaving)$/.test(w))
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
  // "33 hostages, eight of them dead, plus five Thai nationals", "along with 23 Thai farm
  // workers": a count added to the one before shares its verb (a part set off between aside).
  // ("… plus five Thai workers freed separately": a participle of its own is its verb.)
  // (The walk back above passes over "as", so "as well as" may end one word after i.)
  if ((addedBy(view, i) || addedBy(view, i + 1)) && !partitive && !ownParticiple(view, mention)) {
    let previous = previousCounting(view, mention, i);
    while (previous && tokens[previous.to]?.lower === 'of')
      previous = previousCounting(view, previous, previous.from - 1);
    return {
      event: null,
      bodies,
      coordinatedWith: previous && i - previous.to <= 12 ? previous : undefined,
    };
  }
  if (TAKE_VERBS.has(t.lower)) {
    const after = tokens.slice(mention.to, mention.to + 4).map((a) => stem(a.lower));
    // "took 251 hostages", "took about 250 back to Gaza", "taking 240 people into Gaza".
    const intoGaza = after.some(
      (w, k) => (w === 'to' || w === 'into') && after.slice(k + 1).includes('gaza'),
    );
    // ("took 251 people on October 7": the day of the attack names the taking; "took 1,200
    // lives on October 7" took lives, not people.)
    const onTheDay =
      !/^li(?:fe|ves?)$/.test(after[0] ?? '') &&
      after.slice(0, 2).some((w, k) => w === 'on' && takenInTheAttack(view, mention.to + k));
    if (after.slice(0, 2).some((w) => HOSTAGE_NOUNS.has(w)) || intoGaza || onTheDay) {
      return { event: { kind: 'take', index: i, trust: 3 }, bodies };
    }
  }
  // ("as a truce takes hold, three hostages …": what takes hold begins; no one is held.)
  if (HOLD_VERBS.has(t.lower) && !takesHold(view, i))
    return { event: { kind: 'hold', index: i, trust: 3 }, bodies };
  // "located the bodies of four hostages": the bodies of captives or soldiers found are
  // recovered (the dead of a strike, "found the bodies of 40 people", are left to the context).
  if (bodies && FIND_VERBS.has(t.lower) && capturedAfter(view, mention))
    return { event: { kind: 'rescue', index: i, trust: 3 }, bodies };
  // "Israel received the bodies of two hostages": what one side receives, the other handed over.
  if (RECEIVE_VERBS.has(t.lower) && capturedAfter(view, mention))
    return { event: { kind: 'release', index: i, trust: 3 }, bodies };

  const kind = eventWord(view, i);
  return { event: kind ? { kind, index: i, trust: 3 } : null, bodies };
}

/**
 * The word that governs the number from the left ("release 40", "the deaths of at least 61"),
 * followed back through a list of coordinated counts (at most 32, so that a sentence-long list
 * costs little).
 */
export function governingEvent(
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
export function leftEvent(view: SentenceView, mention: NumberMention): CountEvent | null {
  // "Of the 251 people taken hostage, 116 are still in Gaza": a fronted phrase's verb is the
  // larger group's, not the count's.
  // ("Before the exchange, groups counted 11,100 in prisons": a fronted time is no event.)
  const fronted = /^(?:of|among|before|after|during|until|ahead)$/.test(
    view.tokens[0]?.lower ?? '',
  );
  for (let i = mention.from - 1; i >= 0 && i >= mention.from - 16; i--) {
    const t = view.tokens[i];
    if (!t || HARD_STOPS.has(t.text) || CLAUSE_BREAKERS.has(t.lower)) break;
    if (fronted && t.text === ',') break;
    if (countAt(view, i)) continue;
    // "released the names of 20 hostages": what was released is a list, not people.
    if (LISTS.has(t.lower) && view.tokens[i + 1]?.lower === 'of') break;
    const kind = eventWord(view, i);
    if (kind) return { kind, index: i, trust: 5 };
    // "a campaign to vaccinate some 640,000 children": the count is another verb's object.
    if (
      view.tokens[i - 1]?.lower === 'to' &&
      t.kind === 'word' &&
      /^[a-z]+$/.test(t.lower) &&
      !LEFT_SKIP.has(t.lower) &&
      !NOT_VERBS.has(t.lower) &&
      // …right before it, hedges aside ("according to prisoner groups, up from 5,200" is no
      // infinitive of the count's)
      view.tokens.slice(i + 1, mention.from).every((x) => LEFT_SKIP.has(x.lower))
    )
      break;
  }
  return null;
}

/** Words after "to" that are no verb: "in addition to the four", "amount to almost 1,500". */
const NOT_VERBS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'all',
  'both',
  'each',
  'date',
  'them',
]);

export const LEAVE_VERBS = new Set(['left', 'leaving', 'leave', 'leaves']);

/** "left 1,400 people dead": the verb right before the count, hedges aside, is "leave". */
export function leftByVerb(view: SentenceView, mention: NumberMention): boolean {
  for (let k = mention.from - 1; k >= 0 && k >= mention.from - 4; k--) {
    const w = view.tokens[k]?.lower ?? '';
    if (LEAVE_VERBS.has(w)) return true;
    if (!LEFT_SKIP.has(w)) return false;
  }
  return false;
}
