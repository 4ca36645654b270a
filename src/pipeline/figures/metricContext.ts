// What a sentence says around a count that decides its metric: whether it speaks of
// captivity, of bodies brought in, of forces that free captives. Pure.
import { CLAUSE_BREAKERS, REPORTING_VERBS } from './lexicon.ts';
import { lowerSlice, type SentenceView } from './sentenceView.ts';

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
      (t.lower === 'held' &&
        ['in', 'by'].includes(view.tokens[i + 1]?.lower ?? '') &&
        CAPTORS.has(view.tokens[i + 2]?.lower ?? '') &&
        (view.tokens[i + 2]?.lower !== 'the' || view.tokens[i + 3]?.lower === 'gaza')),
  );
}

export const FORCE_WORDS = new Set([
  'military',
  'army',
  'troops',
  'forces',
  'idf',
  'soldiers',
  'commandos',
]);

export function rescueContext(view: SentenceView, eventIndex: number, countFrom: number): boolean {
  const after = lowerSlice(view, eventIndex + 1, eventIndex + 8);
  const byForces = after[0] === 'by' && after.slice(1, 4).some((w) => FORCE_WORDS.has(w));
  const operation = after.some(
    (w, i) =>
      RAID_WORDS.has(w) ||
      (w === 'operation' && ['rescue', 'military', 'special'].includes(after[i - 1] ?? '')),
  );
  // "the operation to free the four hostages": a military operation's purpose is a rescue.
  const purpose = lowerSlice(view, eventIndex - 2, eventIndex);
  if (purpose[1] === 'to' && ['operation', 'raid'].includes(purpose[0] ?? '')) return true;
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
  const forcesFreed = eventIndex < countFrom && FORCE_WORDS.has(view.tokens[k]?.lower ?? '');
  return byForces || operation || forcesFreed;
}

export const SUBJECT_GAP = /^(?:has|have|had|were|was|\w+ly)$/;

/** A military raid frees captives: "freed in a raid", "a commando raid freed". */
export const RAID_WORDS = new Set(['raid', 'raids', 'commando', 'commandos']);
