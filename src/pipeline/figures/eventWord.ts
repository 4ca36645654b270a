// The event a word names where it stands: "killed", "in captivity", "fled their homes",
// "fell in combat", "turned over", "the army has lost 330 soldiers". Pure.
import {
  EVENT_WORDS,
  HOSTAGE_NOUNS,
  LEFT_SKIP,
  OCTOBER_ATTACK_NOUNS,
  PRISON_PLACES,
  type EventKind,
} from './lexicon.ts';
import { countAt, lowerSlice, outOfBefore, type SentenceView } from './sentenceView.ts';
import { stem } from './tokens.ts';

export const HOLD_VERBS = new Set([
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

/** What falls without dying: "rockets fell in open areas", "prices fell in …". */
const FALLING_THINGS =
  /^(?:rockets?|shells?|missiles?|bombs?|debris|shrapnel|prices|numbers|rates?|it|that|which)$/;

export const LEAVE_WORDS = new Set(['left', 'leave', 'leaves', 'leaving']);

export const TAKE_VERBS = new Set([
  'took',
  'taken',
  'take',
  'taking',
  'seized',
  'dragged',
  'carried',
]);

/** "into Gaza", "back to the Gaza Strip", "off to Gaza": where hostages were carried. */
// ("dragged back across the fence": into the strip; not any border, "across the border to
// Egypt for treatment".)
// ("taken across the border on Saturday": the border crossed with no other country named.)
const INTO_GAZA =
  /^(?:back |off |away )?(?:(?:into|to) (?:the )?gaza\b|across the (?:fence|border)\b(?! (?:to|into) (?!gaza\b)))/;

/** The verb "take" itself (TAKE_VERBS are the verbs of taking people). */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * "as a truce takes hold", "Gaza ceasefire holds as …": the "hold" at i is a thing beginning or
 * lasting; no one is held.
 */
export function takesHold(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1]?.lower ?? '';
  return TAKE_FORMS.has(before) || (view.tokens[i]?.lower !== 'hold' && TRUCE_WORDS.has(before));
}
const TRUCE_WORDS = new Set(['ceasefire', 'truce', 'calm', 'deal', 'pause', 'agreement']);

const LEAVE_HOME = new Set(['leave', 'flee', 'abandon', 'evacuate']);

/** "… men, women and children into Gaza": "into Gaza" within a list of who was carried off. */
function carriedIntoGaza(view: SentenceView, from: number): boolean {
  for (let k = from; k < Math.min(view.tokens.length, from + 10); k++) {
    const w = view.tokens[k]?.lower ?? '';
    if (w === '.' || w === ';') return false;
    if ((w === 'into' || w === 'to') && INTO_GAZA.test(lowerSlice(view, k, k + 4).join(' ')))
      return true;
  }
  return false;
}

/** Words that keep "alive" a statement that someone is still held. */
export const ALIVE_MARKERS = new Set([
  'still',
  'believed',
  'thought',
  'remain',
  'remaining',
  'presumed',
]);

/** Who an army loses: its soldiers (not "personnel" or "officers" of an agency). */
export const ARMY_LOSSES = new Set([
  'soldiers',
  'troops',
  'reservists',
  'servicemen',
  'servicemembers',
]);

/**
 * The noun of a count right after i, hedges aside ("lost more than 330 soldiers" →
 * "soldiers"); '' when something else comes first ("lost contact with 3 soldiers").
 */
export function soldierAfterCount(view: SentenceView, i: number): string {
  for (let k = i + 1; k <= i + 4; k++) {
    const count = countAt(view, k);
    if (count) return view.tokens[count.to]?.lower ?? '';
    if (!LEFT_SKIP.has(view.tokens[k]?.lower ?? '')) return '';
  }
  return '';
}

/** Verbs of carrying people off: "whisked away", "dragged into Gaza". */
const CARRIED_OFF = new Set([
  'taken',
  'whisked',
  'dragged',
  'carried',
  'spirited',
  'abducted',
  'kidnapped',
  'brought',
  'driven',
  'led',
]);

/** Words that say what kind of prison: "Israeli jails", "administrative detention". */
const PRISON_KINDS = new Set(['israeli', "israel's", 'administrative', 'military', 'occupation']);

/** Verbs before "free" that make it a release: "set free", "walked free", "went free". */
const SET_FREE = /^(?:set|walked|walk|walks|walking|went|go|goes)$/;

/** What people hold that makes no captives: "dual citizenship", "Israeli passports". */
const PAPERS = /\b(?:citizenship|nationality|nationalities|passports?|citizenships)\b/;

/** Verbs of bringing someone somewhere: "brought back", "bring home". */
const BRING = /^(?:brought|bring|brings|bringing)$/;

/**
 * The words eventWord reads with their neighbours (each test below starts from one of them):
 * any other word's event is its entry in EVENT_WORDS.
 */
const READ_IN_CONTEXT: ReadonlySet<string> = new Set([
  ...['alive', 'lost', 'lose', 'hostages', 'captives', 'captive', 'hostage', 'homes'],
  ...['brought', 'bring', 'brings', 'bringing', 'came', 'come', 'comes', 'coming', 'back'],
  ...['fell', 'go', 'free', 'captivity', 'lives', ...PRISON_PLACES, 'remains', 'remain'],
  ...['turn', 'turns', 'turned', 'turning', 'hand', 'hands', 'handing', 'taken', 'took'],
  ...['dragged', 'dragging', 'carried', 'spirited', 'reunited', 'saved', 'rescue'],
  'transferred',
  ...[
    'forced',
    'driven',
    'pushed',
    'coffins',
    'bodies',
    'murder',
    'holding',
    'hold',
    'holds',
    'held',
  ],
  'crossed',
  'walked',
  'walk',
  'walks',
  'walking',
  ...LEAVE_WORDS,
]);

/**
 * EVENT_WORDS as a map, for the word-by-word reading below: a map finds a word by the hash the
 * string keeps, where a table's key is first looked up among all the strings V8 interns.
 */
const EVENT_OF_WORD: ReadonlyMap<string, EventKind> = new Map(Object.entries(EVENT_WORDS));

/** The event a word names where it stands ("killed", "in captivity", "fled their homes"). */
export function eventWord(view: SentenceView, i: number): EventKind | null {
  const t = view.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const lower = stem(t.lower);
  // Most words are read alone (eventWord is asked of most words of a sentence).
  if (!READ_IN_CONTEXT.has(lower)) return EVENT_OF_WORD.get(lower) ?? null;
  return eventInContext(view, i, lower);
}

/** What a "rescue" before it only describes: "rescue flights", "rescue teams", "rescue workers". */
const RESCUE_THINGS =
  /^(?:flights?|planes?|teams?|workers|crews?|services|personnel|vehicles?|equipment|efforts|boats?|ships?|centres?|centers?)$/;

/** eventWord read the long way: every test, for any word (exported for a test). */
export function eventInContext(view: SentenceView, i: number, lower: string): EventKind | null {
  // "most of them holding dual citizenship": what they hold is a passport, not a captive.
  if (
    (lower === 'holding' || lower === 'hold' || lower === 'holds') &&
    PAPERS.test(lowerSlice(view, i + 1, i + 3).join(' '))
  )
    return null;
  if ((lower === 'hold' || lower === 'holds') && takesHold(view, i)) return null;
  // "The handover took place in Khan Younis": an event happening, no one taken.
  if (TAKE_FORMS.has(lower) && view.tokens[i + 1]?.lower === 'place') return null;
  // "have been transferred to the International Committee of the Red Cross": handed over.
  if (lower === 'transferred')
    return lowerSlice(view, i + 1, i + 9).some((w) => w === 'icrc' || w === 'cross')
      ? 'release'
      : null;
  // "the murder of about 1,200 people" (not "serving sentences for murder").
  if (lower === 'murder') return view.tokens[i + 1]?.lower === 'of' ? 'kill' : null;
  // "33 hostages, eight of them in coffins": come back dead.
  if (lower === 'coffins') return view.tokens[i - 1]?.lower === 'in' ? 'kill' : null;
  // "25 of them alive and eight as bodies": came back dead.
  if (lower === 'bodies') return view.tokens[i - 1]?.lower === 'as' ? 'kill' : null;
  // "have been forced out of northern Gaza", "driven out of their homes": displaced.
  // ("… have been forced to leave their homes", "forced to flee": displaced too.)
  if (lower === 'forced' || lower === 'driven' || lower === 'pushed')
    return (view.tokens[i + 1]?.lower === 'out' && view.tokens[i + 2]?.lower === 'of') ||
      (view.tokens[i + 1]?.lower === 'to' && LEAVE_HOME.has(view.tokens[i + 2]?.lower ?? ''))
      ? 'displace'
      : null;
  // "on two rescue flights", "civil defence rescue teams": a word of the thing, no rescue.
  if (lower === 'rescue')
    return RESCUE_THINGS.test(view.tokens[i + 1]?.lower ?? '') ? null : 'rescue';
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
  // "whisked away to Gaza as hostages", "dragged into Gaza as captives": taken.
  if (
    (lower === 'hostages' || lower === 'captives') &&
    view.tokens[i - 1]?.lower === 'as' &&
    view.tokens.slice(Math.max(0, i - 7), i - 1).some((t) => CARRIED_OFF.has(t.lower))
  )
    return 'take';
  // "251 were dragged into Gaza", "taken to the Gaza Strip": carried off into the strip.
  if (
    (lower === 'dragged' || lower === 'taken' || lower === 'carried' || lower === 'spirited') &&
    INTO_GAZA.test(
      view.tokens
        .slice(i + 1, i + 7)
        .map((t) => t.lower)
        .join(' '),
    )
  )
    return 'take';
  // "the second group of 13 hostages has crossed into Israel": captives across are free.
  if (lower === 'crossed')
    return /^(?:back )?into israel\b/.test(lowerSlice(view, i + 1, i + 4).join(' ')) &&
      view.tokens.slice(Math.max(0, i - 6), i).some((t) => HOSTAGE_NOUNS.has(t.lower))
      ? 'release'
      : null;
  // "dragged 251 men, women and children into Gaza": the people carried off between.
  // ("killing 1,200 people and dragging 253 hostages into Gaza": as the clause goes on.)
  if (
    (lower === 'dragged' || lower === 'dragging' || lower === 'carried' || lower === 'spirited') &&
    countAt(view, i + 1) &&
    carriedIntoGaza(view, i + 2)
  )
    return 'take';
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
  // "the number of hostages who left Gaza": out of the captors' hands (a relative clause that
  // describes them; "12 freed hostages have left Gaza" is read at "freed").
  if (
    LEAVE_WORDS.has(lower) &&
    /^(?:who|that)$/.test(view.tokens[i - 1]?.lower ?? '') &&
    /^(?:gaza|captivity)$/.test(view.tokens[i + 1]?.lower ?? '') &&
    view.tokens.some((t) => HOSTAGE_NOUNS.has(t.lower))
  )
    return 'release';
  // "for not bringing them home", "failed to bring them back": no return happened.
  const negated =
    /^(?:not|never)$/.test(view.tokens[i - 1]?.lower ?? '') ||
    (view.tokens[i - 1]?.lower === 'to' && /^fail/.test(view.tokens[i - 2]?.lower ?? ''));
  // "brought home the bodies", "bring them home", "have come home alive": a return, read at
  // its verb.
  // ("citizens brought home from Israel": an evacuation, not captives coming back.)
  const fromIsrael = lowerSlice(view, i + 1, i + 4)
    .join(' ')
    .startsWith('home from israel');
  if (
    !negated &&
    !fromIsrael &&
    /^(?:brought|bring|brings|bringing|came|come|comes|coming)$/.test(lower) &&
    (view.tokens[i + 1]?.lower === 'home' ||
      (BRING.test(lower) && view.tokens[i + 1]?.lower === 'back') ||
      (/^(?:them|him|her|us)$/.test(view.tokens[i + 1]?.lower ?? '') &&
        view.tokens[i + 2]?.lower === 'home'))
  )
    return 'release';
  // "105 hostages came out of Gaza", "walked out of captivity", "walked out of Israeli
  // jails": out of the captors' hands.
  if (
    /^(?:came|come|comes|coming|walked|walk|walks|walking)$/.test(lower) &&
    view.tokens[i + 1]?.lower === 'out' &&
    view.tokens[i + 2]?.lower === 'of' &&
    outOfCaptivity(view, i + 3)
  )
    return 'release';
  // "the bodies were brought back": the particle after the verb names the return too.
  if (lower === 'back' && BRING.test(view.tokens[i - 1]?.lower ?? '')) return 'release';
  // "fell in battle", "who fell in the drone strike", "405 fell in the ground offensive":
  // soldiers' deaths (not "rockets fell in open areas").
  if (
    lower === 'fell' &&
    // ("of whom 450 fell after the ground invasion began", "fell since the offensive began")
    /^(?:in|during|after|since)$/.test(view.tokens[i + 1]?.lower ?? '') &&
    !FALLING_THINGS.test(view.tokens[i - 1]?.lower ?? '') &&
    view.tokens
      .slice(i + 2, i + 8)
      .some((t) =>
        /^(?:battle|combat|action|strike|attack|fighting|offensive|operation|war|ambush|explosion|clashes|invasion|incursion)$/.test(
          t.lower,
        ),
      )
  )
    return 'kill';
  // "let go", "set free"
  // ("walked free", "went free")
  if (
    (lower === 'go' && view.tokens[i - 1]?.lower === 'let') ||
    (lower === 'free' && SET_FREE.test(view.tokens[i - 1]?.lower ?? ''))
  ) {
    return 'release';
  }
  // "in captivity" is held; "from captivity" is a way out of it.
  // "killed in captivity", "died in captivity": where they died, not an event of its own.
  if (lower === 'captivity') {
    // "in Hamas's captivity": a possessor may stand between.
    const possessor = /'s?$/.test(view.tokens[i - 1]?.lower ?? '');
    const before = view.tokens[possessor ? i - 2 : i - 1]?.lower ?? '';
    if (before === 'in' && eventWord(view, i - 2) === 'kill') return null;
    return before === 'from' ? 'release' : before === 'in' ? 'hold' : null;
  }
  // "claimed the lives of 30,000", "lost their lives", "has claimed more than 33,000
  // Palestinian lives": the verb a few words before, over the count and its hedge.
  if (lower === 'lives') {
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      const t = view.tokens[k];
      if (!t || (t.kind === 'punct' && t.text !== ',')) break;
      if (LIVES_VERBS.has(t.lower)) return 'kill';
    }
  }
  // "9,500 Palestinians in Israeli jails"
  // "in administrative detention", "in Israeli military detention": the kind of prison between.
  if (PRISON_PLACES.has(lower)) {
    let k = i - 1;
    while (k > i - 3 && PRISON_KINDS.has(view.tokens[k]?.lower ?? '')) k--;
    if (view.tokens[k]?.lower === 'in') return 'imprison';
  }
  // "1.9 million people remain displaced": the state they remain in is the event.
  if (
    (lower === 'remains' || lower === 'remain') &&
    /^(?:displaced|homeless|uprooted)$/.test(view.tokens[i + 1]?.lower ?? '')
  )
    return 'displace';
  // "hostages or remains", "the remains of": the noun (bodies), not the verb.
  if (
    (lower === 'remains' || lower === 'remain') &&
    /^(?:or|and|the|their|his|her|its|of|human|mortal)$/.test(view.tokens[i - 1]?.lower ?? '')
  )
    return null;
  // "turned over 20 hostages", "hand them over": a handover is a release.
  if (/^(?:turn|turns|turned|turning|hand|hands|handing)$/.test(lower)) {
    const next = view.tokens.slice(i + 1, i + 4).map((n) => n.lower);
    return next.includes('over') ? 'release' : null;
  }
  // "were reunited with their families": captives come home, freed, unless the sentence tells
  // how they came out before ("the four rescued in Nuseirat were reunited …").
  if (lower === 'reunited')
    return view.tokens.slice(0, i).some((t) => EVENT_OF_WORD.get(t.lower) === 'rescue')
      ? null
      : 'release';
  // "the number of hostages saved by Israeli forces": a rescue of captives ("doctors saved 12
  // children" is none).
  if (lower === 'saved')
    return view.tokens.some((t) => HOSTAGE_NOUNS.has(t.lower)) ? 'rescue' : null;
  // "hostages taken on Oct. 7", "taken into Gaza"
  if (lower === 'taken' || lower === 'took') {
    const prev = stem(view.tokens[i - 1]?.lower ?? '');
    const next = view.tokens[i + 1]?.lower ?? '';
    // ("taken to Re'im base", "taken to Israel": brought out, not carried off; only Gaza, or
    // a place in it, is where captives were taken to.)
    const to = next === 'to' || next === 'into';
    if (
      HOSTAGE_NOUNS.has(prev) ||
      ['hostage', 'captive', 'hostages', 'captives'].includes(next) ||
      (to && !takenOutTo(view, i + 2)) ||
      (takenInTheAttack(view, i + 1) && !/^li(?:fe|ves?)$/.test(prev)) ||
      takenBesideTheDead(view, i) ||
      wholeTaken(view, i)
    )
      return 'take';
  }
  // "around 30 people held photographs of the hostages", "held a vigil": what is held is a
  // thing or a gathering, not people.
  if (HOLD_VERBS.has(lower) && heldThing(view, i)) return null;
  return EVENT_OF_WORD.get(lower) ?? null;
}

/** Things and gatherings people hold: "photographs", "placards", "a vigil", "talks". */
const HELD_THINGS = new Set([
  ...['photographs', 'photos', 'pictures', 'portraits', 'posters', 'placards', 'signs'],
  ...['banners', 'flags', 'candles', 'vigil', 'vigils', 'rally', 'rallies', 'talks', 'meeting'],
  ...['meetings', 'conference', 'hands', 'prayers', 'minute', 'ceremony', 'funeral', 'march'],
]);

function heldThing(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1]?.lower ?? '';
  const after = /^(?:a|an|the|up|their|his|her)$/.test(next)
    ? (view.tokens[i + 2]?.lower ?? '')
    : next;
  return HELD_THINGS.has(after);
}

/**
 * "1,200 people were murdered in a single morning and 251 were taken": a count taken, its
 * clause ending there, joined by "and" to the count of the dead before it.
 */
function takenBesideTheDead(view: SentenceView, i: number): boolean {
  const t = view.tokens;
  const ends = i + 1 >= t.length || t[i + 1]?.kind === 'punct';
  if (!ends || !/^(?:were|was|been)$/.test(t[i - 1]?.lower ?? '')) return false;
  // "… and 251 were taken": the count right before its verb, "and" before the count.
  const count = t[i - 2];
  if (count?.kind !== 'digits' && count?.kind !== 'word') return false;
  if (t[i - 3]?.lower !== 'and') return false;
  return t.slice(0, i - 3).some((x) => KILLED_WORDS.has(x.lower));
}
const KILLED_WORDS = new Set(['killed', 'murdered', 'slaughtered', 'massacred', 'dead']);

/** "seven rescued out of about 250 taken": the whole that was taken, right after its count. */
function wholeTaken(view: SentenceView, i: number): boolean {
  const count = view.mentionAt[i - 1];
  return count !== undefined && outOfBefore(view, count.from);
}

/** Who takes people by force: "taken by Hamas", "taken by gunmen". */
const CAPTORS = new Set(['hamas', 'hamas-led', 'militants', 'gunmen', 'fighters', 'terrorists']);

/**
 * "the 251 people taken on October 7", "taken by Hamas", "taken in the attack": people taken
 * on the day of the attack, by its men or in it, were carried off as captives.
 */
export function takenInTheAttack(view: SentenceView, k: number): boolean {
  const at = (offset: number) => view.tokens[k + offset]?.lower ?? '';
  if (at(0) === 'on')
    return (
      ((at(1) === 'october' || at(1) === 'oct') && (at(2) === '7' || at(3) === '7')) ||
      (at(1) === '7' && (at(2) === 'october' || at(2) === 'oct'))
    );
  if (at(0) === 'by') return CAPTORS.has(at(1)) || CAPTORS.has(at(2));
  return (
    (at(0) === 'in' || at(0) === 'during') &&
    at(1) === 'the' &&
    [at(2), at(3), at(4)].some((w) => OCTOBER_ATTACK_NOUNS.has(w))
  );
}

/** Verbs that take lives: "claimed the lives of", "cost 300 lives". */
const LIVES_VERBS = new Set(['claimed', 'claiming', 'claims', 'lost', 'cost', 'costing', 'taken']);

/** Words between "out of" and the place of captivity: "out of the Israeli jails". */
const CAPTIVITY_PLACE_GAP = new Set(['the', 'israeli', 'israel’s', "israel's", 'its', 'their']);

/** "Gaza", "captivity", "(Israeli) jails", "Ofer prison" at k: where captives are held. */
function outOfCaptivity(view: SentenceView, k: number): boolean {
  for (let at = k; at < k + 3; at++) {
    const w = view.tokens[at]?.lower ?? '';
    if (w === 'gaza' || w === 'captivity' || PRISON_PLACES.has(w)) return true;
    // ("Ofer prison": one name before the prison's noun.)
    if (!CAPTIVITY_PLACE_GAP.has(w) && !(at === k && /^[A-Z]/.test(view.tokens[at]?.text ?? '')))
      return false;
  }
  return false;
}

/** Places people freed are taken to: "taken to Re'im base", "to Israel" (hospitals: takenToCare). */
const PLACES_OUT = new Set(['israel', 'base', 'egypt', 'ramallah', 'ofer']);

/** Whether the words after "taken to" name a place out of captivity, within a few words. */
function takenOutTo(view: SentenceView, k: number): boolean {
  return lowerSlice(view, k, k + 4).some((w) => PLACES_OUT.has(w));
}
