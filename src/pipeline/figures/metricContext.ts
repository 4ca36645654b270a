// What a sentence says around a count that decides its metric: whether it speaks of
// captivity, of bodies brought in, of forces that free captives. Pure.
import { isWarStartDay } from '../dates/resolveDate.ts';
import { BODY_NOUNS, CLAUSE_BREAKERS, REPORTING_VERBS } from './lexicon.ts';
import { lowerSlice, type SentenceView } from './sentenceView.ts';
import { inGazaAt } from './victimLocation.ts';

export const CAPTIVITY_WORDS = new Set([
  'hostage',
  'hostages',
  'captive',
  'captives',
  'captivity',
  'abducted',
  'abductees',
  'kidnapped',
  'prison',
  'prisons',
  'jail',
  'jails',
  'detention',
  'custody',
]);

/** Where the bodies of the day's dead are brought or found: "taken to hospitals", "rubble". */
export const ARRIVAL_PLACES = new Set([
  'hospital',
  'hospitals',
  'morgue',
  'morgues',
  'rubble',
  'debris',
]);

/** "held in Gaza", "held by Hamas": people held there are captives. */
export const CAPTORS = new Set(['gaza', 'hamas', 'militants', 'gunmen', 'islamic', 'the']);

export function speaksOfCaptivity(view: SentenceView): boolean {
  return view.tokens.some(
    (t, i) =>
      CAPTIVITY_WORDS.has(t.lower) ||
      // "the 251 people taken on October 7": those taken that day were taken captive.
      ((t.lower === 'taken' || t.lower === 'seized') &&
        view.dates.some((d) => d.from > i && d.from - i <= 3 && isWarStartDay(d))) ||
      (t.lower === 'held' &&
        ['in', 'by'].includes(view.tokens[i + 1]?.lower ?? '') &&
        CAPTORS.has(view.tokens[i + 2]?.lower ?? '') &&
        (view.tokens[i + 2]?.lower !== 'the' || view.tokens[i + 3]?.lower === 'gaza')) ||
      // "24 more bodies remain to be returned", "bodies yet to be handed over": the dead still
      // in captors' hands.
      (TO_BE_HANDED.has(t.lower) &&
        view.tokens[i - 1]?.lower === 'be' &&
        view.tokens[i - 2]?.lower === 'to' &&
        lowerSlice(view, Math.max(0, i - 6), i - 2).some((w) => BODY_NOUNS.has(w))) ||
      // "24 bodies remain in Gaza", "24 bodies are still in the Strip": the dead still held
      // there (not "under the rubble").
      stillInGaza(view, i),
  );
}

const TO_BE_HANDED = new Set(['returned', 'released', 'freed', 'handed', 'repatriated']);

/** Bodies (a body noun before the verb at i) that remain, or are still, in Gaza. */
function stillInGaza(view: SentenceView, i: number): boolean {
  const w = view.tokens[i]?.lower ?? '';
  let k = i + 1;
  if (STATE_VERBS.has(w) && view.tokens[k]?.lower === 'still') k++;
  else if (!REMAIN.has(w)) return false;
  if (!inGazaAt(view, k)) return false;
  // The body noun is the verb's subject: right before it, or "the bodies of 24 others".
  return lowerSlice(view, Math.max(0, i - 4), i).some((x) => BODY_NOUNS.has(x));
}
const STATE_VERBS = new Set(['are', 'is', 'were', 'was', 'remain', 'remains']);
const REMAIN = new Set(['remain', 'remains', 'remained']);

export const FORCE_WORDS = new Set([
  'military',
  'army',
  'troops',
  'forces',
  'idf',
  'soldiers',
  'commandos',
]);

// (Module-level, not made at each count: a loader that keeps names names every closure made.)
/** A raid, or a rescue, military or special operation. */
/** What "that freed" hangs on when it is an operation's: "the operation in Nuseirat that freed". */
const RELATIVE_OPERATIONS = new Set(['operation', 'mission', 'assault']);

function isOperation(w: string, before: string | undefined): boolean {
  return (
    RAID_WORDS.has(w) ||
    ((w === 'operation' || w === 'operations') &&
      ['rescue', 'military', 'special'].includes(before ?? ''))
  );
}

/**
 * "freed by the army", "freed alive by military operations" ("alive" tells how, not by whom),
 * "freed in a raid", "freed by force": the words after a verb of freeing.
 */
function freedByForce(view: SentenceView, verb: number): boolean {
  const skip = view.tokens[verb + 1]?.lower === 'alive' ? 1 : 0;
  const after = lowerSlice(view, verb + 1 + skip, verb + 8 + skip);
  // ("freed by force": force itself, not a force that acts.)
  const byForces =
    after[0] === 'by' &&
    (after[1] === 'force' || after.slice(1, 4).some((w) => FORCE_WORDS.has(w)));
  return byForces || after.some((w, i) => isOperation(w, after[i - 1]));
}

export function rescueContext(
  view: SentenceView,
  eventIndex: number,
  countFrom: number,
  countTo = countFrom,
): boolean {
  if (freedByForce(view, eventIndex)) return true;
  // "brings the number of hostages freed alive by military operations to seven": the verb
  // of freeing inside a toll's subject.
  for (let k = countFrom - 1; k > eventIndex && k >= countFrom - 16; k--) {
    const w = view.tokens[k]?.lower ?? '';
    if ((CLAUSE_BREAKERS.has(w) && w !== 'since') || view.tokens[k]?.text === ';') break;
    if (FREEING.has(w) && freedByForce(view, k)) return true;
  }
  // "117 freed alive, 109 in exchange deals and eight in military operations": the phrase
  // right after a later count says how those were freed.
  if (countFrom > eventIndex) {
    const own = lowerSlice(view, countTo, countTo + 4);
    if (own[0] === 'in' && own.some((w, i) => i > 0 && isOperation(w, own[i - 1]))) return true;
  }
  // "carried out one of its largest hostage rescue operations, freeing four captives": a
  // participle after the comma tells what the rescue did.
  if (
    /ing$/.test(view.tokens[eventIndex]?.lower ?? '') &&
    view.tokens[eventIndex - 1]?.text === ',' &&
    lowerSlice(view, Math.max(0, eventIndex - 16), eventIndex).some(
      (w, k, all) => w === 'rescue' && /^(?:operations?|raids?|mission)$/.test(all[k + 1] ?? ''),
    )
  )
    return true;
  // "the operation to free the four hostages": a military operation's purpose is a rescue.
  const purpose = lowerSlice(view, eventIndex - 2, eventIndex);
  if (purpose[1] === 'to' && ['operation', 'raid'].includes(purpose[0] ?? '')) return true;
  // "the Israeli operation in Nuseirat that freed four hostages": a relative clause on a raid.
  const relative = view.tokens[eventIndex - 1]?.lower;
  // ("an Israeli military operation in the Nuseirat refugee camp in central Gaza that freed
  // four hostages": places after the raid's noun, up to a comma.)
  if (relative === 'that' || relative === 'which') {
    let from = eventIndex - 2;
    while (from > 0 && from > eventIndex - 14 && !/^[,;:]$/.test(view.tokens[from - 1]?.text ?? ''))
      from--;
    const antecedent = lowerSlice(view, from, eventIndex - 1);
    if (antecedent.some((w) => RAID_WORDS.has(w) || RELATIVE_OPERATIONS.has(w))) return true;
  }
  // "Israeli special forces in a dramatic overnight raid freed two captives": the clause's
  // subject, read back from the verb past a phrase of place or manner.
  if (eventIndex < countFrom) {
    for (let k = eventIndex - 1; k >= 0 && k >= eventIndex - 12; k--) {
      const t = view.tokens[k];
      if (!t || /^[;:,]$/.test(t.text) || REPORTING_VERBS.has(t.lower)) break;
      if (CLAUSE_BREAKERS.has(t.lower) || t.lower === 'that') break;
      if (FORCE_WORDS.has(t.lower) || RAID_WORDS.has(t.lower)) return true;
    }
  }
  // "special forces freed two captives": forces as the subject of the release (only adverbs
  // and auxiliaries between; "the army said Hamas freed" names a source, not the freer).
  let k = eventIndex - 1;
  while (k >= 0 && SUBJECT_GAP.test(view.tokens[k]?.lower ?? '')) k--;
  // The verb comes before the count it frees: in "4 female soldiers released" the soldiers
  // are the ones freed.
  // ("Israel frees four hostages": captives Israel itself frees were taken back by force.)
  const subject = view.tokens[k]?.lower ?? '';
  // ("Israel freed 1,968 prisoners for 20 hostages": those it freed others for came back in
  // an exchange.)
  const forcesFreed =
    eventIndex < countFrom &&
    (FORCE_WORDS.has(subject) ||
      (subject === 'israel' &&
        ISRAEL_FREES.has(view.tokens[eventIndex]?.lower ?? '') &&
        !exchangedFor(view, countFrom)));
  return forcesFreed;
}

/** Words between "for" and the count it is given for: "for the 20 living hostages". */
const FOR_GAP = new Set(['the', 'all', 'nearly', 'about', 'some', 'around', 'just', 'only']);

/** "… for 20 hostages": the count is what something was given in exchange for. */
function exchangedFor(view: SentenceView, countFrom: number): boolean {
  let k = countFrom - 1;
  while (k > 0 && FOR_GAP.has(view.tokens[k]?.lower ?? '')) k--;
  return view.tokens[k]?.lower === 'for';
}

export const SUBJECT_GAP = /^(?:has|have|had|were|was|\w+ly)$/;

const ISRAEL_FREES = new Set(['frees', 'freed', 'free', 'freeing']);

const FREEING = new Set(['freed', 'released', 'liberated', 'rescued', 'returned']);

/** A military raid frees captives: "freed in a raid", "a commando raid freed". */
export const RAID_WORDS = new Set(['raid', 'raids', 'commando', 'commandos']);
