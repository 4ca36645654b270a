// The day of a running total told more than once. "The ministry said on Friday that 26,083
// people had been killed. It said 64,487 others had been wounded." The second sentence goes on
// with what was said on Friday; a fact box's "Killed in Gaza: 26,083" repeats Friday's count.
// A reader dates both by Friday, not by the day the page came out. Pure.
import type { Day } from '../dates/calendar.ts';
import { indexSentences, type SentenceIndex, type ToldSentence } from './carriedDays.ts';

export interface RetoldTotal {
  metric: string;
  value: number;
  paragraph: number;
  sentence: string;
  scope: string;
  modality: string;
  qualifier: string;
  asOf: Day | null;
}

/**
 * "It said …", "The ministry added …", "They also reported …", "Its precise count was …": a
 * sentence that goes on with what the source of the sentence before said.
 */
const GOES_ON =
  /^(?:(?:it|they|he|she|the (?:ministry|army|military|agency|office|statement|report|authorities))(?: also)? (?:said|says|added|adds|reported|reports|noted|stated)|(?:its|their)(?: [a-z]+)? (?:count|tally|toll|figures?|data|numbers?|breakdown) (?:was|were|is|are|stood|showed|shows|put))\b/i;

/** A figure exact and particular enough that the same one twice is the same count. */
function distinctive(f: RetoldTotal): boolean {
  return f.qualifier === 'exact' && f.value >= 100 && f.value % 100 !== 0;
}

/**
 * Gives a running total dated only by its publication the day its retelling names: the day of
 * the sentence it goes on from ("It said 64,487 others had been wounded"), or the one day on
 * which the article states the same exact count elsewhere.
 */
export function dateRetoldTotals<F extends RetoldTotal>(
  figures: readonly F[],
  told: readonly ToldSentence[],
  published: Day | null,
): F[] {
  if (!published) return [...figures];
  const undated = (f: F) =>
    f.scope === 'total' && f.modality === 'reported' && f.asOf === published;
  if (!figures.some(undated)) return [...figures];
  // The days other mentions of the same count give it (not the publication's).
  const daysOf = new Map<string, Set<Day>>();
  const key = (f: F) => `${f.metric} ${f.value}`;
  for (const f of figures) {
    if (f.scope !== 'total' || !f.asOf || f.asOf === published || !distinctive(f)) continue;
    const days = daysOf.get(key(f)) ?? new Set<Day>();
    daysOf.set(key(f), days.add(f.asOf));
  }
  let order: SentenceIndex | undefined;
  return figures.map((f) => {
    if (!undated(f)) return f;
    const [retold, ...others] = distinctive(f) ? [...(daysOf.get(key(f)) ?? [])] : [];
    if (retold && others.length === 0) return { ...f, asOf: retold };
    if (!GOES_ON.test(f.sentence.trim())) return f;
    order ??= indexSentences(told);
    const at = order.get(f.sentence)?.get(f.paragraph);
    const before = at === undefined ? undefined : told[at - 1];
    if (!before || before.paragraph !== f.paragraph) return f;
    const said = figures.find(
      (g) =>
        g.paragraph === before.paragraph &&
        g.sentence === before.text &&
        g.scope === 'total' &&
        g.asOf !== null &&
        g.asOf !== published,
    );
    return said?.asOf ? { ...f, asOf: said.asOf } : f;
  });
}
