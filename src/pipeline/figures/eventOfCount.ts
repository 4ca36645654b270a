// Which event a counted phrase belongs to: killed, wounded, displaced, abducted, held, released,
// rescued… Found in the phrase itself, in the predicate after it ("were released"), in the verb
// or noun that governs it ("release 40 hostages", "the deaths of 61"), or nearby in its clause,
// in that order of trust. Pure.
import { isAsideMark } from './tokens.ts';
import type { CountEvent } from './countEvent.ts';
import type { CountedNoun } from './countedNoun.ts';
import { eventWord } from './eventWord.ts';
import { governingEvent, leftByVerb, leftEvent } from './governingWord.ts';
import { TENSE_AUXILIARIES, type EventKind } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { isSetOffPart } from './partsAndBases.ts';
import { NEW_SUBJECT, rightEvent } from './predicateAfter.ts';
import { speaksOfCaptivity } from './metricContext.ts';
import { lowerSlice, type SentenceView } from './sentenceView.ts';

export type { CountEvent } from './countEvent.ts';
export { eventWord } from './eventWord.ts';

/** Events after which "held" describes the people: "released …", "the deaths of 43 … held". */
const GOVERNS_HELD = new Set<EventKind>(['release', 'rescue', 'return-bodies', 'kill']);
const RESULT_STATES = new Set<EventKind>(['kill', 'injure', 'displace']);

const PARTS = new Set(['some', 'many', 'most', 'half', 'several', 'few', 'rest', 'part', 'all']);

/** "the release of some of the 100 people still held": what is released is a part of them. */
function partitiveBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    if (PARTS.has(view.tokens[i]?.lower ?? '') && view.tokens[i + 1]?.lower === 'of') return true;
  }
  return false;
}

/** The count names the dead ("fallen soldiers", "12 hostages dead") or its verb is followed
 * by "dead" ("were recovered dead"). */
function recoveredDead(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
  verb: number,
): boolean {
  const deadWord = (k: number) => /^(?:dead|deceased|lifeless)$/.test(view.tokens[k]?.lower ?? '');
  // (A participle after the number ends the phrase: "three fallen soldiers" has no noun.)
  const inPhrase = view.tokens
    .slice(mention.to, Math.max(noun.end, mention.to + 2))
    .some((t) => /^(?:fallen|dead|deceased|slain)$/.test(t.lower));
  return inPhrase || deadWord(noun.end) || deadWord(verb + 1);
}

const BEFORE_MISSING = new Set(['still', 'are', 'were', 'remain', 'remained', 'remaining', 'now']);
const MISSING_WORDS = new Set(['missing', 'unaccounted', 'disappeared']);

function missingAfter(view: SentenceView, noun: CountedNoun): boolean {
  let k = noun.end;
  while (BEFORE_MISSING.has(view.tokens[k]?.lower ?? '')) k++;
  return MISSING_WORDS.has(view.tokens[k]?.lower ?? '');
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

/** Words that open a new subject after a comma: "…, a 17-year-old was killed". */
const NEW_CLAUSE_SUBJECT = new Set([...NEW_SUBJECT, 'a', 'an']);

/** Words before a verb that make it an act not yet done: "to free", "until Hamas releases". */
const NOT_YET = new Set([
  'to',
  'until',
  'unless',
  'would',
  'will',
  'must',
  'should',
  'could',
  'can',
]);

function releaseToCome(view: SentenceView, verb: number): boolean {
  return lowerSlice(view, verb - 3, verb).some((w) => NOT_YET.has(w));
}

/** "still held", "still in Gaza", "still in captivity" right after the counted noun. */
function stillHeldAfter(view: SentenceView, end: number): boolean {
  return (
    view.tokens[end]?.lower === 'still' &&
    /^(?:held|in|inside|captive|alive)$/.test(view.tokens[end + 1]?.lower ?? '')
  );
}

export function eventOfCount(
  view: SentenceView,
  mention: NumberMention,
  noun: CountedNoun,
): EventOfCount {
  // "10,000 people missing under the rubble", "1,500 remain missing": the missing are in no
  // metric, and take no verb from a count beside them (missing hostages are held, read below).
  if (missingAfter(view, noun) && noun.category !== 'hostage' && !speaksOfCaptivity(view))
    return { event: null, predicate: null, bodies: false };
  const found = governingEvent(view, mention);
  // A verb borrowed from a coordinated count yields to the count's own participle when the
  // count names no one ("Two were killed and four wounded"); after a noun, a participle
  // describes ("… and 940 detainees held since …").
  const governing =
    found.coordinated && found.event && noun.end <= mention.to
      ? { ...found, event: { ...found.event, trust: found.event.trust + 2 } }
      : found;
  // "killed 19 displaced people": a state before the noun yields to a verb of killing or
  // wounding that governs the count.
  const displacedVictims =
    noun.event === 'displace' &&
    (found.event?.kind === 'kill' || found.event?.kind === 'injure') &&
    found.event.index < mention.from;
  const npTrust = displacedVictims
    ? 3.5
    : noun.event === 'kill' || noun.event === 'injure' || noun.event === 'displace'
      ? 1
      : 2.5;
  // "to force Hamas to free the 59 hostages still held in Gaza", "until Hamas releases the
  // 101 hostages still in Gaza": a release yet to come, of people still held, leaves them held.
  if (
    found.event?.kind === 'release' &&
    found.event.index < mention.from &&
    // ("to return the remains of all 28 deceased hostages still in Gaza": the dead stay dead.)
    !found.bodies &&
    noun.event !== 'kill' &&
    releaseToCome(view, found.event.index) &&
    stillHeldAfter(view, noun.end)
  ) {
    const held: CountEvent = { kind: 'hold', index: noun.end, trust: 2 };
    return { event: held, predicate: held, bodies: false };
  }
  // "released four hostages being held by Hamas", "handed over 20 hostages held in Gaza":
  // after a release, "held" only describes the people released.
  let right = rightEvent(view, noun);
  if (
    right?.kind === 'hold' &&
    governing.event &&
    governing.event.trust <= 3 &&
    GOVERNS_HELD.has(governing.event.kind) &&
    !partitiveBetween(view, governing.event.index, mention.from)
  )
    right = null;
  // "has displaced about 40,000 people since January, a 17-year-old was killed …": after a
  // verb that governs the count, a comma and a new subject start another clause.
  if (
    right &&
    governing.event &&
    governing.event.trust <= 3 &&
    governing.event.index < mention.from &&
    view.tokens
      .slice(noun.end, right.index)
      .some((t, k, all) => t.text === ',' && NEW_CLAUSE_SUBJECT.has(all[k + 1]?.lower ?? ''))
  )
    right = null;
  // "Hamas's attack killed 1,200 people, mostly civilians, and 253 people were taken hostage":
  // a verb after another count joined by "and" is that count's, when a verb before governs
  // this one.
  const rightAt = right?.index ?? -1;
  // (…and for a part set off by a comma, whose verb is the whole's: "109 hostages were freed,
  // 105 of them during the truce, and eight have been rescued".)
  const setOffPart = isSetOffPart(view, mention, noun);
  if (
    ((governing.event && governing.event.index < mention.from && governing.event.trust <= 3) ||
      setOffPart) &&
    view.mentions.some(
      (o) =>
        o.excluded === null &&
        o.from > mention.to &&
        o.to <= rightAt &&
        view.tokens[o.from - 1]?.lower === 'and' &&
        view.tokens[o.from - 2]?.text === ',',
    )
  )
    right = null;
  // "Hamas released all 20 living hostages and agreed to hand over the bodies of 28": after a
  // verb that governs the count, "and" and another verb are the subject's next act.
  if (
    right &&
    governing.event &&
    governing.event.index < mention.from &&
    governing.event.trust <= 3 &&
    view.tokens.slice(noun.end, right.index).some((t) => t.lower === 'and') &&
    // (", and the bodies of 12 have been recovered": a clause of its own, read below.)
    !view.tokens.slice(noun.end, right.index).some((t) => t.text === ',')
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
  // "33 hostages, eight of them dead, were returned": a part set off by commas with a state
  // of its own right after it has that state, whatever the clause's verb.
  // ("33 hostages – eight of them dead – were returned": dashes set it off too.)
  const asideState =
    noun.anaphoric &&
    isAsideMark(view.tokens[mention.from - 1]?.text) &&
    isAsideMark(view.tokens[noun.end + 1]?.text) &&
    eventWord(view, noun.end) === 'kill'
      ? { kind: 'kill' as const, index: noun.end, trust: 1 }
      : null;
  if (asideState) return { event: asideState, predicate: asideState, bodies: false };
  const candidates: (CountEvent | null)[] = [
    noun.event ? { kind: noun.event, index: mention.from, trust: npTrust } : null,
    right,
    governing.event,
    leftEvent(view, mention),
  ];
  const ranked = candidates
    .filter((c): c is CountEvent => c !== null)
    .sort((a, b) => a.trust - b.trust);
  let best = ranked[0] ?? null;
  let predicate =
    best && best.trust <= 2.5 && best.index === mention.from ? (ranked[1] ?? best) : best;
  // "recovered 30 hostages dead", "the three fallen soldiers we recovered": what is recovered
  // of the dead is their bodies, brought back, not a rescue.
  const rescue = predicate?.kind === 'rescue' ? predicate : best?.kind === 'rescue' ? best : null;
  if (rescue && recoveredDead(view, mention, noun, rescue.index)) {
    best = predicate = { ...rescue, kind: 'return-bodies' };
    return { event: best, predicate, bodies: true };
  }
  // "… the bodies of 37 hostages, and eight have been rescued alive": those brought back alive
  // are no bodies, whatever the count before them was.
  const alive =
    best !== null &&
    best.index > mention.from &&
    lowerSlice(view, best.index + 1, best.index + 3).includes('alive');
  // "…and the bodies of eight others were handed over, and five Thais were also freed": a count
  // after ", and" with a verb of its own is a clause of its own, not one more of the bodies.
  const ownClause =
    governing.coordinated &&
    best !== null &&
    best.index > mention.from &&
    view.tokens[mention.from - 1]?.lower === 'and' &&
    view.tokens[mention.from - 2]?.text === ',';
  return { event: best, predicate, bodies: governing.bodies && !alive && !ownClause };
}
