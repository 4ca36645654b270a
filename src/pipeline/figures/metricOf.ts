// The metric of FIGURES.md that a counted phrase and its event belong to, or null. Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Category, CountedNoun } from './countedNoun.ts';
import type { EventKind } from './lexicon.ts';
import type { Place } from './victimLocation.ts';

export interface MetricInput {
  category: Category;
  noun: CountedNoun;
  event: EventKind;
  /** "the bodies of 19 hostages" */
  bodies: boolean;
  /** Prisons, jails or detention are mentioned in the clause. */
  prisonContext: boolean;
  /** The sentence speaks of captivity (hostages, captives, abduction, prison): people "held"
   * with no other word for them are held captive only then. */
  captivityContext: boolean;
  /** Bodies brought to hospitals or recovered from rubble: the day's dead, not hostages. */
  bodiesOfTheDead?: boolean;
  /** A military operation freed them ("by the military", "in a rescue operation"). */
  rescueContext: boolean;
  place: Place | 'elsewhere' | null;
}

function killedIn(place: Place | 'elsewhere' | null): MetricId | null {
  if (place === 'gaza') return 'gaza_killed';
  if (place === 'west_bank') return 'west_bank_killed';
  if (place === 'israel') return 'israel_killed';
  return null;
}

function injuredIn(place: Place | 'elsewhere' | null): MetricId | null {
  if (place === 'gaza') return 'gaza_injured';
  if (place === 'israel') return 'israel_injured';
  return null;
}

function hostageMetric(event: EventKind, rescueContext: boolean): MetricId | null {
  switch (event) {
    case 'kill':
      return 'hostages_dead';
    case 'release':
      return rescueContext ? 'hostages_rescued' : 'hostages_released';
    case 'return-bodies':
      return 'hostages_dead';
    case 'rescue':
      return 'hostages_rescued';
    case 'hold':
    case 'imprison':
      return 'hostages_held';
    case 'take':
      return 'hostages_taken';
    default:
      return null;
  }
}

export function metricOf(input: MetricInput): MetricId | null {
  const { category, noun, event, place } = input;
  // "32 bodies were taken to hospitals", "the bodies of nine Palestinians were recovered from
  // the rubble": the dead of the place, counted as killed.
  if (
    (category === 'body' || input.bodies) &&
    input.bodiesOfTheDead &&
    !input.captivityContext &&
    event !== 'release' &&
    event !== 'return-bodies'
  )
    return killedIn(place);
  // "the bodies of 12 Palestinians": the dead of the other side, not hostages.
  // ("returned 345 Palestinian bodies": so too the bodies named by their people.)
  if (
    noun.bodiesOfPalestinians ||
    ((input.bodies || noun.category === 'body') && noun.demonym === 'palestinian')
  )
    return null;
  if (category === 'untracked' || category === 'non-person') return null;
  // "62 bodies were recovered over the past 24 hours": bodies found with no word of captivity
  // are the place's dead.
  if (category === 'body' && event === 'rescue' && !input.captivityContext) return killedIn(place);
  // "Bodies of 10 Nepali students killed in Israel to be flown home", "recovered the bodies of
  // 40 people killed in Gaza City": people killed, whose bodies are moved, are their place's
  // dead.
  // (Nowhere that counts: no one's metric; they were never captives.)
  if (input.bodies && category === 'person' && event === 'kill' && !input.captivityContext)
    return killedIn(place);
  // "At the festival near Re'im, rescuers recovered the bodies of 260 people": people's bodies
  // recovered in Israel, with no word of captivity, are Israel's dead.
  if (
    input.bodies &&
    category === 'person' &&
    (event === 'return-bodies' || event === 'rescue') &&
    !input.captivityContext &&
    place === 'israel'
  )
    return 'israel_killed';
  if (category === 'body' || input.bodies) {
    // Bodies handed over are hostages'; bodies found or recovered are hostages' only where the
    // sentence speaks of captivity ("recovered 42 bodies from the rubble" are Gaza's dead).
    if (event === 'release' || event === 'return-bodies') return 'hostages_dead';
    return ['hold', 'kill', 'rescue'].includes(event) &&
      (category !== 'body' || input.captivityContext)
      ? 'hostages_dead'
      : null;
  }
  switch (category) {
    case 'hostage':
      return hostageMetric(event, input.rescueContext);
    case 'prisoner':
      if (event === 'release' || event === 'return-bodies') return 'prisoners_released';
      if (event === 'hold' || event === 'imprison') return 'prisoners_held';
      return null;
    case 'soldier':
      if (noun.demonym === 'palestinian' || noun.demonym === 'other') return null;
      if (event === 'kill') return 'soldiers_killed';
      if (event === 'injure' || event === 'displace') return null;
      // "340 personnel serving in south Lebanon remain on alert": troops posted elsewhere.
      if (event === 'hold' && place === 'elsewhere') return null;
      return hostageMetric(event, input.rescueContext);
    default: {
      const palestinian =
        noun.demonym === 'palestinian' || noun.prisonerHint || input.prisonContext;
      switch (event) {
        case 'kill':
          return killedIn(place);
        case 'injure':
          return injuredIn(place);
        case 'displace':
          // "100,000 Lebanese have fled the south": displaced elsewhere than Gaza.
          return place === 'israel' ||
            place === 'west_bank' ||
            place === 'elsewhere' ||
            noun.demonym === 'other'
            ? null
            : 'gaza_displaced';
        case 'take':
          // "troops abducted 18 Palestinians in the West Bank": the words Palestinian outlets
          // use for arrests; the hostages of the metrics were taken into Gaza.
          return noun.demonym === 'palestinian' || place === 'west_bank' ? null : 'hostages_taken';
        case 'hold':
          if (!input.captivityContext && !palestinian) return null;
          return palestinian ? 'prisoners_held' : 'hostages_held';
        case 'imprison':
          return 'prisoners_held';
        case 'release':
        case 'return-bodies':
          if (palestinian) return 'prisoners_released';
          return input.rescueContext ? 'hostages_rescued' : 'hostages_released';
        case 'rescue':
          return 'hostages_rescued';
      }
    }
  }
}
