// Whether a release is reported as done or is part of a proposal, offer, demand, plan or
// expectation ("would release", "will be freed", "to be released", "earmarked for release",
// "the proposal includes the release of"). Only releases can be proposed. Pure.
import type { MetricId } from '../../dataset/metrics.ts';
import type { Modality } from '../../dataset/schema.ts';
import type { CountEvent } from './eventOfCount.ts';
import { COUNTERFACTUAL_MODALS, PROPOSAL_CUES, REPORTING_VERBS } from './lexicon.ts';
import type { SentenceView } from './sentenceView.ts';

const PROPOSABLE = new Set<MetricId>(['hostages_released', 'prisoners_released', 'hostages_dead']);
const MODALS = new Set([
  'would',
  'will',
  "'ll",
  'could',
  'might',
  'shall',
  'should',
  'can',
  'must',
  'to',
]);
const CONDITIONS = new Set(['if', 'unless', 'provided', 'once']);
const DONE = new Set(['were', 'was', 'been', 'had', 'have', 'has', 'got', 'are', 'is']);
const STOPS = new Set([',', '.', ';', ':', '(', ')', '—', '–']);
// ("came home", "brought back": past forms of a return, however the sentence speaks of
// what "could be done".)
const PAST_FORMS =
  /^(?:released|freed|returned|swapped|exchanged|traded|handed|repatriated|rescued|liberated|came|brought)$/;

const TERMS_NOUNS = new Set([
  'deal',
  'agreement',
  'plan',
  'proposal',
  'terms',
  'framework',
  'accord',
]);

const PRESENT_RELEASES = new Set(['releases', 'frees', 'returns', 'hands', 'swaps', 'exchanges']);

function underTerms(view: SentenceView): boolean {
  return view.tokens.some(
    (t, i) =>
      t.lower === 'under' &&
      [1, 2, 3].some((k) => TERMS_NOUNS.has(view.tokens[i + k]?.lower ?? '')),
  );
}

function sentenceProposes(view: SentenceView): boolean {
  return view.tokens.some((t, i) => {
    if (!PROPOSAL_CUES.has(t.lower)) return false;
    // "said" and friends are reports; "set" and "due" only count before "to" ("set to free").
    if (REPORTING_VERBS.has(t.lower)) return false;
    if ((t.lower === 'set' || t.lower === 'due') && view.tokens[i + 1]?.lower !== 'to')
      return false;
    return true;
  });
}

const RELEASE_BASES = new Set(['free', 'release', 'return', 'hand', 'swap', 'exchange', 'let']);

/**
 * "… will free 150 prisoners in return for 50 hostages": what is given in exchange is as
 * proposed or as done as the release it is exchanged for, in the clause before.
 */
function exchangedFor(view: SentenceView, event: CountEvent): Modality | null {
  const { tokens } = view;
  const word = tokens[event.index]?.lower ?? '';
  if (!['return', 'exchange'].includes(word) || tokens[event.index - 1]?.lower !== 'in')
    return null;
  if (tokens[event.index + 1]?.lower !== 'for') return null;
  for (let i = event.index - 2; i >= 0 && i >= event.index - 24; i--) {
    const w = tokens[i]?.lower ?? '';
    if (w === '.' || w === ';') break;
    if (w === 'to' && RELEASE_BASES.has(tokens[i + 1]?.lower ?? '')) return 'proposed';
    if (MODALS.has(w) && w !== 'to') return 'proposed';
    if (PROPOSAL_CUES.has(w) && !REPORTING_VERBS.has(w) && w !== 'set' && w !== 'due')
      return 'proposed';
    // "would be freed in exchange for": the release verb's own modality.
    if (PAST_FORMS.test(w)) return verbModality(view, i);
  }
  return null;
}

/**
 * "the bodies of the 28 hostages believed dead are to be handed over": the dead are what a
 * handover that follows, in the same clause, gives back; the index of its verb.
 */
function handoverAfter(view: SentenceView, from: number): number {
  for (let i = from + 1; i < view.tokens.length && i <= from + 6; i++) {
    const w = view.tokens[i]?.lower ?? '';
    if (STOPS.has(w)) return -1;
    if (PAST_FORMS.test(w) && w !== 'rescued' && w !== 'liberated') return i;
  }
  return -1;
}

export function modalityOf(view: SentenceView, metric: MetricId, event: CountEvent): Modality {
  if (!PROPOSABLE.has(metric)) return 'reported';
  if (event.kind === 'kill' || event.kind === 'hold') {
    const handover = metric === 'hostages_dead' ? handoverAfter(view, event.index) : -1;
    return handover < 0 ? 'reported' : verbModality(view, handover);
  }
  return exchangedFor(view, event) ?? verbModality(view, event.index);
}

const SEE_MODALS = new Set(['would', 'could', 'will', 'should', 'may', 'might', 'to']);

/** "would see … released", "will see … freed": a modal "see" a few words before the verb. */
function foreseen(view: SentenceView, index: number): boolean {
  for (let i = index - 1; i >= 1 && i >= index - 16; i--) {
    const w = view.tokens[i]?.lower ?? '';
    if (w === ';' || w === '.') return false;
    if (w === 'see' && SEE_MODALS.has(view.tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The modality of the release verb at index: from the words before it, else the sentence. */
function verbModality(view: SentenceView, index: number): Modality {
  const { tokens } = view;
  let reach = index - 6;
  for (let i = index - 1; i >= 0 && i >= reach; i--) {
    const w = tokens[i]?.lower ?? '';
    // "would see 40 hostages – women, children and the sick – freed": an aside between dashes
    // is passed over whole.
    if (w === '–' || w === '—') {
      let open = i - 1;
      while (open >= 0 && open > i - 16 && tokens[open]?.text !== tokens[i]?.text) open--;
      if (open >= 0 && tokens[open]?.text === tokens[i]?.text) {
        reach -= i - open + 1;
        i = open;
        continue;
      }
    }
    if (STOPS.has(w)) break;
    // "to" marks an infinitive only right before the verb or in "to be": "led to the release"
    // is a preposition.
    const infinitive = w === 'to' && (i === index - 1 || tokens[i + 1]?.lower === 'be');
    // ("insisted on the release of 40": a demand; "insisted that" reports.)
    const demanded = tokens[i + 1]?.lower === 'on' || tokens[i + 1]?.lower === 'for';
    if (
      (MODALS.has(w) && w !== 'to') ||
      infinitive ||
      (PROPOSAL_CUES.has(w) && (!REPORTING_VERBS.has(w) || demanded))
    ) {
      return 'proposed';
    }
    // "if Israel releases 250 prisoners": a condition is a term of a deal, not a release.
    if (CONDITIONS.has(w) && !PAST_FORMS.test(tokens[index]?.lower ?? '')) return 'proposed';
    // "an offer that would have seen 11 hostages freed": a release that did not happen.
    if (w === 'have' && COUNTERFACTUAL_MODALS.has(tokens[i - 1]?.lower ?? '')) return 'proposed';
    if (DONE.has(w))
      return w === 'are' || w === 'is'
        ? sentenceProposes(view)
          ? 'proposed'
          : 'reported'
        : 'reported';
  }
  const word = tokens[index]?.lower ?? '';
  // "a proposal that would see 10 living hostages and the bodies of 18 others released": the
  // participle ends what a modal "see" foresees, however long the list of people between.
  if (foreseen(view, index)) return 'proposed';
  if (PAST_FORMS.test(word)) return 'reported';
  // "Under the deal, Israel releases 150 prisoners": what a deal's terms say happens (a verb
  // in the present; "the release of 105 under a deal" may be done).
  if (PRESENT_RELEASES.has(word) && underTerms(view)) return 'proposed';
  return sentenceProposes(view) ? 'proposed' : 'reported';
}
