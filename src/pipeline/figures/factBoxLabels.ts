// Fact-box lines ("Palestinians killed: More than 44,000", "Killed | 44,056") and table rows
// of several cells, read as the sentences they stand for. Pure.
import type { Day } from '../dates/calendar.ts';
import type { ArticleContext } from './articleMemory.ts';
import { attributionOf } from './attribution.ts';
import { countedNoun } from './countedNoun.ts';
import type { SentenceFigure } from './sentenceFigure.ts';
import { INCIDENT_NOUNS, REPORTING_VERBS } from './lexicon.ts';
import { viewSentence } from './sentenceView.ts';

/**
 * "Palestinians killed: More than 44,000, according to …": a label, a colon (or a table's bar
 * or tab), then the count.
 */
export const LABELLED = /^([^:|\t]{3,160}?)(?::\s+|\s*[|\t]\s*)/;

const LABEL_MARK = /[:|\t]/;

/** "Killed: 44,056 | Injured: 104,268": a table row of several labelled cells. */
export const CELL_BREAK = /\s+\|\s+(?=[^|]*[:\t|])/g;

/**
 * Fact-box lines name what is counted before the number. They are read as the sentence they
 * stand for ("More than 44,000 Palestinians killed, according to …") and the figures' positions
 * mapped back onto the line as written.
 */
/** Reads one sentence: the figure rules, passed in by extractFigures.ts. */
export type ReadSentence = (
  sentence: string,
  published: Day | null,
  context: ArticleContext,
) => SentenceFigure[];

/** "36,654: Palestinians killed in Gaza", "299 — soldiers killed": the number, then its label. */
const NUMBER_FIRST =
  /^\s*(?:[-•*]\s*)?(?:(?:more than|over|at least|about|nearly|almost|some|around|roughly)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\+?(\s*(?::|—|–|-)\s+)(?=[A-Za-z])/i;

/** Place names a label may be: "Israel: 1,139 killed", "Gaza: 37,337 killed · 85,299 injured". */
export const PLACE_LABEL =
  /^(?:[-•*]\s*)?(?:in\s+)?(?:the\s+)?(?:israel|gaza|gaza strip|west bank|occupied west bank|lebanon|syria|yemen)$/i;

export function labelledFigures(
  sentence: string,
  published: Day | null,
  context: ArticleContext,
  read: ReadSentence,
): SentenceFigure[] | null {
  // "36,654: Palestinians killed": the separator read as a space keeps every offset.
  const numberFirst = NUMBER_FIRST.exec(sentence);
  if (numberFirst?.[1]) {
    const at = numberFirst[0].length - numberFirst[1].length;
    const spaced =
      sentence.slice(0, at) +
      ' '.repeat(numberFirst[1].length) +
      sentence.slice(at + numberFirst[1].length);
    return tally(read(spaced, published, context), sentence, published, false);
  }
  // (A label needs its colon, bar or tab: most sentences have none, and the lazy label pattern
  // is slow to fail.)
  const label = LABEL_MARK.test(sentence) ? LABELLED.exec(sentence) : null;
  // "- Bodies of hostages retrieved by troops: 40": a bullet is not part of the label.
  if (!label?.[1] || label[1].replace(/^[-•*–]\s*/, '').split(/\s+/).length > 20) return null;
  // "JERUSALEM: Israel's announcement …": a dateline in capitals, not a label.
  if (!/[a-z]/.test(label[1])) return null;
  // "- Of those, declared dead by Israel: 39": a part of the line above, read as the sentence
  // it stands for ("Of those, 39 declared dead by Israel").
  const partitive = PARTITIVE_LABEL.exec(label[1]);
  // ("Believed dead among them: 35": the part of the line above named last.)
  // ("Diplomacy has brought home most of them: 105 in …" is a sentence, not a label.)
  const trailing =
    partitive ||
    label[1].split(/\s+/).length > 6 ||
    /\b(?:has|have|had|is|are|was|were|will|would)\b/i.test(label[1])
      ? null
      : TRAILING_PARTITIVE.exec(label[1]);
  if (partitive || trailing) {
    // (Told as "Of those, N …" whichever words open it: "of whom" opens no sentence.)
    const lead = 'Of those, ';
    const restStart = label[0].length;
    const rest = sentence.slice(restStart).trimEnd();
    // ("Of whom Israel says are dead: 34": a clause of its own after the part is tied to it
    // by "whom"; "declared dead by Israel" describes it as it stands.)
    const words = partitive
      ? label[1].slice(partitive[0].length).trim()
      : (trailing?.[1] ?? '')
          .replace(/^[-•*–]\s*/, '')
          .trim()
          .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    const told = `${lead}${rest} ${/^[a-z]+(?:ed|en)\b/i.test(words) ? '' : 'whom '}${words}`;
    const shift = restStart - lead.length;
    const found = read(told, published, context)
      .filter((f) => f.start >= lead.length && f.end <= lead.length + rest.length)
      .map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
    return found.length > 0 ? found : null;
  }
  // The label names what is counted; a count of its own ("Gaza: 30 killed") makes it no label,
  // and so does a speaker ("Officials said: …") or a quotation after the colon.
  const labelView = viewSentence(label[1]);
  if (labelView.mentions.some((m) => m.excluded === null)) return null;
  // ("Hostages believed still in Gaza: 129": a belief about them is no speaker.)
  if (labelView.tokens.some((t) => REPORTING_VERBS.has(t.lower) && !BELIEF_WORDS.has(t.lower)))
    return null;
  // "Israel would free Palestinian prisoners: 30 for each …": a clause with a modal verb
  // opens a list of terms; a fact box's label names a group.
  if (labelView.tokens.some((t) => MODALS.has(t.lower))) return null;
  // "Age: 26", "Yarden Cohen, age: 34": the number is how old someone is.
  if (labelView.tokens.some((t) => AGE_WORDS.has(t.lower))) return [];
  const restStart = label[0].length;
  const rest = sentence.slice(restStart);
  if (/^["“‘']/.test(rest)) return null;

  // "Israel: 1,139 killed on Oct. 7; 252 taken hostage": a place label is where they were.
  if (PLACE_LABEL.test(label[1].trim())) {
    const place = `In ${label[1]
      .trim()
      .replace(/^[-•*]\s*/, '')
      .replace(/^in\s+/i, '')}, `;
    const found = read(place + rest, published, context).map((f) => ({
      ...f,
      start: f.start - place.length + restStart,
      end: f.end - place.length + restStart,
      attribution: attributionOf(sentence),
    }));
    // A news brief under a place ("Gaza: 30 people were killed overnight") keeps its own
    // scope; a tally of bare counts ("37,337 killed · 85,299 injured") is a running total.
    const brief = viewSentence(rest).tokens.some((t) => FINITE_WORDS.has(t.lower));
    return brief ? (found.length > 0 ? found : null) : tally(found, sentence, published, false);
  }
  const view = viewSentence(rest);
  const first = view.mentions.find((m) => m.excluded === null);
  if (!first || first.from > 3) return null;
  // "The Latest: 7 Israeli soldiers killed in Gaza": the number names its own people, and the
  // words before the colon are a rubric, not what is counted.
  // ("Taken hostage: 253" → "253 taken hostage": a participle that opens the label is no name.)
  // ("Newly displaced since March 18 (OCHA)": the source in brackets is no part of the name.)
  const labelText = label[1]
    .trim()
    .replace(/^[-•*–]\s*/, '')
    .replace(/\s*\([^()]*\)\s*/g, ' ')
    .trim();
  // ("Newly displaced": an adverb before the participle is set in small letters too.)
  const participleFirst = /^[A-Z][a-z]+(?:ed|en|ly [a-z]+(?:ed|en))\b/.test(labelText);
  const noun = countedNoun(view, first);
  // "Displaced: about 1.9 million people": a participle says what the people named underwent
  // ("1.9 million people displaced"); a noun of any other group makes the words no label.
  const plainPeople = noun.category === 'person' && participleFirst && noun.end > first.to;
  if (noun.category !== 'unknown' && !plainPeople) return null;
  const inserted = ` ${participleFirst ? labelText.charAt(0).toLowerCase() + labelText.slice(1) : labelText}`;
  // ("Killed: 1,000+": the plus is the number's hedge and stays with it.)
  const numberEnd = plainPeople
    ? (view.tokens[noun.end - 1]?.end ?? first.end)
    : first.end + (rest[first.end] === '+' ? 1 : 0);
  const rewritten = rest.slice(0, numberEnd) + inserted + rest.slice(numberEnd);
  const toOriginal = (i: number) =>
    restStart + (i >= numberEnd + inserted.length ? i - inserted.length : i);
  // ("killed in ground operation: 188": the ground operation is a phase of the war, no event.)
  const oneEvent = labelView.tokens.some(
    (t, i) =>
      (INCIDENT_NOUNS.has(t.lower) && labelView.tokens[i - 1]?.lower !== 'ground') ||
      MONTHS.test(t.text),
  );
  // A box's lines are read as one list: a label that names neither place nor people ("Killed
  // since the truce began: 242") goes on from the casualties on the line above, as "it" would
  // ("Journalists killed: 95" names its own people).
  const boxContext: ArticleContext = participleFirst
    ? { ...context, place: () => context.place?.(true) ?? null }
    : context;
  const figures = read(rewritten, published, boxContext).map((f) => ({
    ...f,
    start: toOriginal(f.start),
    end: toOriginal(f.end),
  }));
  return tally(figures, sentence, published, oneEvent);
}

/**
 * A fact box tallies what has happened so far: its counts are running totals of its day,
 * unless the label names one event or day ("Hostages freed in the truce: 105").
 */
function tally(
  figures: SentenceFigure[],
  sentence: string,
  published: Day | null,
  oneEvent: boolean,
): SentenceFigure[] | null {
  const read = figures.map((f) => {
    const total =
      !oneEvent && f.modality === 'reported' && f.metric !== 'hostages_taken' && !f.asOf;
    return {
      ...f,
      scope: total ? ('total' as const) : f.scope,
      asOf: total ? published : f.asOf,
      attribution: attributionOf(sentence),
    };
  });
  return read.length > 0 ? read : null;
}

const BELIEF_WORDS = new Set(['believed', 'thought', 'presumed']);

/** A label that opens with a part of the group above: "Of those,", "- of whom", "Among them". */
/** A label that ends with the group above it: "Believed dead among them", "Freed of those". */
const TRAILING_PARTITIVE = /^(.+?)\s+(?:among|of) (?:them|those|these)$/i;

const PARTITIVE_LABEL =
  /^(?:[-•*–]\s*)?(?:of (?:those|them|whom|these)|among (?:them|those))\s*,?\s*/i;

const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'must', 'shall']);

export const FINITE_WORDS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
]);
const AGE_WORDS = new Set(['age', 'ages', 'aged']);
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/;

/** Each labelled cell of a table row read on its own, positions kept in the row. */
export function cellFigures(
  sentence: string,
  published: Day | null,
  context: ArticleContext,
  read: ReadSentence,
): SentenceFigure[] | null {
  const breaks = sentence.includes('|') ? [...sentence.matchAll(CELL_BREAK)] : [];
  if (breaks.length === 0) return null;
  const found: SentenceFigure[] = [];
  let from = 0;
  for (const cut of [...breaks.map((b) => ({ at: b.index, next: b.index + b[0].length })), null]) {
    const to = cut ? cut.at : sentence.length;
    const cell = sentence.slice(from, to);
    for (const f of labelledFigures(cell, published, context, read) ?? [])
      found.push({ ...f, start: f.start + from, end: f.end + from });
    from = cut ? cut.next : to;
  }
  return found.length > 0 ? found : null;
}
