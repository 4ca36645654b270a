// Whether a number is a running total up to a day ("the death toll has reached", "still held",
// "since the war began", "so far") or counts one event or period ("in the past day", "in the
// rescue operation", "on Oct. 7"). Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Modality, Scope } from '../../dataset/schema.ts';
import type { CountEvent } from './eventOfCount.ts';
import { isReportingDate } from './asOf.ts';
import { CAMPAIGN_NOUNS, CLAUSE_BREAKERS, INCIDENT_NOUNS, phrases, words } from './lexicon.ts';
import type { NumberMention } from './numberMentions.ts';
import { countAt, inSinceSpan, type SentenceView } from './sentenceView.ts';

const RISE_VERBS = words(`
  reached rose risen rising climbed climbing jumped increased surpassed passed topped exceeded
  hit stands stood amount amounts totaling totalling totals
`);
const RESULT_VERBS = words('resulted resulting result leaving');
const BRING_VERBS = words('bringing bring brings brought raising raised pushing');
/** Words of a running total that outweigh any event noun nearby. */
const STRONG_TOTAL_PHRASES = phrases(
  'so far | to date | in total | in all | overall | altogether | cumulative',
);
const TOTAL_PHRASES = phrases('still | currently | since');
const INCIDENT_PHRASES = phrases(`
  past day | past 24 hours | last 24 hours | past 48 hours | overnight | single-day | single day |
  yesterday | last night | this morning | last week | in one day
`);

function hasPhrase(view: SentenceView, phrases: string[][]): boolean {
  const words = view.tokens.map((t) => t.lower);
  return phrases.some((p) => words.some((_, i) => p.every((w, k) => words[i + k] === w)));
}

/** The number a "bringing the toll to N" phrase names as the new total, if any. */
function bringTarget(view: SentenceView): NumberMention | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    if (!BRING_VERBS.has(view.tokens[i]?.lower ?? '')) continue;
    for (let j = i + 1; j < Math.min(view.tokens.length, i + 10); j++) {
      if (view.tokens[j]?.lower === 'to') {
        const m = countAt(view, j + 1) ?? countAt(view, j + 2) ?? countAt(view, j + 3);
        if (m) return m;
      }
    }
  }
  return undefined;
}

/** The nearest word of one event or of a whole campaign within a few words of the number. */
function nearestEventNoun(
  view: SentenceView,
  mention: NumberMention,
): 'incident' | 'campaign' | null {
  let best: { kind: 'incident' | 'campaign'; distance: number } | null = null;
  view.tokens.forEach((t, i) => {
    if (inSinceSpan(view, i, mention)) return;
    const kind = INCIDENT_NOUNS.has(t.lower)
      ? 'incident'
      : CAMPAIGN_NOUNS.has(t.lower)
        ? 'campaign'
        : null;
    if (!kind) return;
    // A noun in another clause ("launched its offensive after Hamas killed …") is not this one's.
    const [a, b] = i < mention.from ? [i, mention.from] : [mention.to, i];
    for (let k = a; k < b; k++) if (CLAUSE_BREAKERS.has(view.tokens[k]?.lower ?? '')) return;
    // "the October 7 assault", "the Oct. 7 attack": a dated noun is one event.
    const dated = view.dates.some((d) => d.to === i || d.to === i - 1);
    const campaignOfGround =
      kind === 'campaign' || (t.lower === 'operation' && view.tokens[i - 1]?.lower === 'ground');
    const resolved = dated ? 'incident' : campaignOfGround ? 'campaign' : kind;
    const distance = i < mention.from ? mention.from - i : i - mention.to;
    if (distance <= 16 && (!best || distance < best.distance)) best = { kind: resolved, distance };
  });
  return (best as { kind: 'incident' | 'campaign' } | null)?.kind ?? null;
}

/** "were killed on Monday", "killed 40 people on Oct. 7": the event is pinned to one day. */
function pinnedToDay(view: SentenceView, mention: NumberMention, predicate: CountEvent): boolean {
  const anchor = Math.max(mention.to, predicate.index + 1);
  return view.dates.some(
    (d) =>
      d.kind !== 'vague' &&
      !inSinceSpan(view, d.from, mention) &&
      d.from >= anchor &&
      d.from - anchor <= 4 &&
      ['on', 'overnight'].includes(view.tokens[d.from - 1]?.lower ?? '') &&
      !isReportingDate(view, d),
  );
}

/** "since" counts only outside the phrase the number itself stands in. */
function hasTotalPhrase(view: SentenceView, mention: NumberMention): boolean {
  const words = view.tokens.map((t) => t.lower);
  return TOTAL_PHRASES.some((p) =>
    words.some(
      (_, i) =>
        p.every((w, k) => words[i + k] === w) &&
        (p[0] !== 'since' || inSinceSpan(view, i, mention)),
    ),
  );
}

export function scopeOf(
  view: SentenceView,
  mention: NumberMention,
  metric: MetricId,
  modality: Modality,
  predicate: CountEvent,
  bodies: boolean,
): Scope {
  if (metric === 'hostages_held') return 'total';
  if (modality === 'proposed' || metric === 'hostages_taken') return 'incident';
  const target = bringTarget(view);
  if (target) return target === mention ? 'total' : 'incident';
  if (hasPhrase(view, INCIDENT_PHRASES)) return 'incident';
  if (hasPhrase(view, STRONG_TOTAL_PHRASES)) return 'total';
  const noun = nearestEventNoun(view, mention);
  if (noun === 'incident') return 'incident';
  const before = view.tokens.slice(Math.max(0, mention.from - 3), mention.from).map((t) => t.lower);
  if (before.some((w) => RISE_VERBS.has(w) || w === 'toll' || w === 'total')) return 'total';
  if (pinnedToDay(view, mention, predicate)) return 'incident';
  // "were killed in the fighting" is one episode; "the fighting has killed" a running toll.
  const pastSimple = ['were', 'was'].includes(view.tokens[predicate.index - 1]?.lower ?? '');
  if (hasTotalPhrase(view, mention) || (noun === 'campaign' && !pastSimple)) return 'total';
  if (metric === 'israel_killed' || metric === 'hostages_rescued') return 'incident';
  // "resulted in the deaths of at least 61": the outcome of one event.
  const lead = view.tokens.slice(Math.max(0, mention.from - 8), mention.from).map((t) => t.lower);
  if (lead.some((w) => RESULT_VERBS.has(w))) return 'incident';
  if (metric === 'hostages_dead' && (bodies || predicate.kind === 'hold')) return 'total';
  const aux = view.tokens
    .slice(Math.max(0, predicate.index - 3), predicate.index)
    .map((t) => t.lower);
  if (['has', 'have', 'had', 'are', 'is'].some((w) => aux.includes(w))) return 'total';
  if (aux.includes('were') || aux.includes('was')) return 'incident';
  // "they killed three hostages": an active verb in the past tells of one event; a participle
  // after the count ("4,900 people wounded") says nothing of the tense.
  if (predicate.index < mention.from && /ed$/.test(view.tokens[predicate.index]?.lower ?? ''))
    return 'incident';
  return metric === 'prisoners_released' || metric === 'hostages_released' ? 'incident' : 'total';
}
