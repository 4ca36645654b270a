// What a sentence may need from the rest of its article: its place, its territory, and the
// groups counted before, that a count may refer back to ("the seven", "40 of them"). Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Category, CountedNoun, Demonym } from './countedNoun.ts';
import type { SentenceFigure } from './sentenceFigure.ts';
import { AUXILIARIES, EVENT_WORDS, type EventKind } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import type { SentenceView } from './sentenceView.ts';
import type { PlaceCue } from './victimLocation.ts';

/** What a sentence may need from the rest of its article. */
export interface ArticleContext {
  /**
   * Where the paragraph's victims mostly are, for a sentence that names no place; for one that
   * opens by referring back ("It brings the toll to …"), else where the casualties counted just
   * before it were.
   */
  place?: (refersBack: boolean) => PlaceCue | 'elsewhere' | null;
  /** Where the paragraph's victims clearly are, from its own place words only. */
  paragraphPlace?: () => PlaceCue | 'elsewhere' | null;
  /** The Palestinian territory the article is about, for "Palestinians" named nowhere. */
  region?: () => 'gaza' | 'west_bank';
  /** The sentence is the article's headline, written in headlinese ("7 soldiers killed"). */
  headline?: boolean;
  /** In an undated article, the last day the text named before this sentence. */
  lastNamedDay?: () => string | null;
  /**
   * The day a timeline's entry opens its paragraph with ("October 13 – Hamas frees …"), for the
   * paragraph's later sentences: what they tell happened that day.
   */
  entryDay?: () => string | null;
  /** The figures found so far in the article, oldest first: groups a count may refer back to. */
  earlier?: () => readonly Pick<
    SentenceFigure,
    'metric' | 'value' | 'scope' | 'asOf' | 'modality'
  >[];
  /**
   * A sentence's view (viewSentence's), as the article keeps it: the article reads its
   * sentences' days again when it carries days between them.
   */
  view?: (sentence: string) => SentenceView;
}

/** What happened to the people a metric counts: the event a later elliptical count borrows. */
export function eventOfMetric(metric: MetricId): EventKind {
  if (metric.endsWith('_injured')) return 'injure';
  if (metric.endsWith('_displaced')) return 'displace';
  if (metric.endsWith('_taken')) return 'take';
  if (metric.endsWith('_held')) return 'hold';
  if (metric.endsWith('_released')) return 'release';
  if (metric.endsWith('_rescued')) return 'rescue';
  return 'kill';
}

/** Where a figure's metric puts its people, if it names a place. */
export function placeOfMetric(metric: string): PlaceCue | null {
  if (metric.startsWith('gaza_')) return 'gaza';
  if (metric.startsWith('west_bank_')) return 'west_bank';
  if (metric.startsWith('israel_')) return 'israel';
  return null;
}

/** Who a figure's metric counts, as a group a later count may refer back to. */
export function groupOf(metric: MetricId): { category: Category; noun: CountedNoun } {
  const category: Category = metric.startsWith('hostages_')
    ? 'hostage'
    : metric.startsWith('prisoners_')
      ? 'prisoner'
      : metric === 'soldiers_killed'
        ? 'soldier'
        : 'person';
  const demonym: Demonym | null = /^(?:gaza|west_bank)_/.test(metric)
    ? 'palestinian'
    : metric.startsWith('israel_')
      ? 'israeli'
      : null;
  return {
    category,
    noun: {
      category,
      end: 0,
      event: null,
      demonym,
      prisonerHint: false,
      anaphoric: false,
      bodiesOfPalestinians: false,
    },
  };
}

/** The group of the latest earlier figure (of that value, when one is given). */
export function earlierGroup(
  earlier: readonly Pick<SentenceFigure, 'metric' | 'value'>[] | undefined,
  value?: number,
): { category: Category; noun: CountedNoun } | undefined {
  const found = earlier?.findLast((f) => value === undefined || f.value === value);
  return found ? groupOf(found.metric) : undefined;
}

/** "the seven", "all four", "both", "those 12": a count with a determiner and no noun. */
export function isDefiniteBare(view: SentenceView, m: NumberMention): boolean {
  const before = view.tokens[m.from - 1]?.lower ?? '';
  const next = view.tokens[m.to];
  return (
    /^(?:the|all|those|these|both)$/.test(before) &&
    (next === undefined ||
      next.kind !== 'word' ||
      AUXILIARIES.has(next.lower) ||
      !!EVENT_WORDS[next.lower])
  );
}

/**
 * A sentence that opens by referring back to what was just said ("It brings the total deaths
 * to …", "This raises the toll to …", "The figure includes …"): it continues the count before.
 */
export function refersBack(view: SentenceView): boolean {
  const [first, second] = view.tokens;
  const w = first?.lower ?? '';
  if (w === 'it' || w === 'this' || w === 'that' || w === 'these' || w === 'those') return true;
  return w === 'the' && REFERRING_NOUNS.has(second?.lower ?? '');
}

const REFERRING_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'tally', 'latest']);
