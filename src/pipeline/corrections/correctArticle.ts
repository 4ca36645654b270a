// One article's corrections applied to the figures the extractor found in it. An entry finds
// its figure by its quote and the number inside it (DATASET.md "Corrections"), never by id, so
// it keeps applying when the extractor changes or finds more figures in the same paragraph.
// Matching is always against what the extractor found: an entry cannot match a figure another
// entry added, and two entries for one figure are a conflict (the later one is not applied).
// Pure.
import {
  overlaps,
  quotedNumberSpans,
  type Correction,
  type CorrectionValues,
  type Span,
} from '../../dataset/corrections.ts';
import {
  CORRECTABLE_FIELDS,
  type Correctable,
  type DroppedFigure,
  type Figure,
  type FigureReview,
} from '../../dataset/schema.ts';
import { articleSources } from '../articleSources.ts';
import { splitSentences, type SentenceSpan } from '../text/splitSentences.ts';

/** The article a correction applies to: its id, publication day and cleaned text. */
export interface ArticleText {
  id: string;
  published: string | null;
  paragraphs: readonly string[];
}

/** An entry of corrections.json with its position in the file. */
export interface NumberedCorrection {
  index: number;
  correction: Correction;
}

export type CorrectionOutcome = { index: number; applied: true } | { index: number; why: string };

export interface CorrectedArticle {
  figures: Figure[];
  dropped: DroppedFigure[];
  outcomes: CorrectionOutcome[];
}

/**
 * An added figure's number within its paragraph: ADDED_FIGURE_BASE plus the number's offset in
 * the paragraph, so its id stays the same while the text does and never meets the extractor's
 * own (0, 1, 2… in each paragraph).
 */
export const ADDED_FIGURE_BASE = 1000;

interface Target {
  paragraph: number;
  span: Span;
}

/** Where the entry points: its number inside each occurrence of its quote, in every paragraph. */
function targetsOf(article: ArticleText, correction: Correction): Target[] {
  const targets: Target[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    if (!text.includes(correction.quote)) return;
    for (const span of quotedNumberSpans(text, correction.quote, correction.number)) {
      targets.push({ paragraph, span });
    }
  });
  return targets;
}

function figureSpan(figure: Figure): Span {
  const start = figure.sentenceStart + figure.start;
  return { start, end: start + (figure.end - figure.start) };
}

const covers = (figure: Figure, target: Target) =>
  figure.paragraph === target.paragraph && overlaps(figureSpan(figure), target.span);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Only the fields an entry gives (zod leaves absent ones undefined). */
function givenValues(values: CorrectionValues | undefined): Partial<Correctable> {
  const given: Partial<Correctable> = {};
  for (const field of CORRECTABLE_FIELDS) {
    const value = values?.[field];
    if (value !== undefined) Object.assign(given, { [field]: value });
  }
  return given;
}

function reviewerOf(correction: Correction): Pick<FigureReview, 'by' | 'date'> {
  return {
    ...(correction.by !== undefined ? { by: correction.by } : {}),
    ...(correction.date !== undefined ? { date: correction.date } : {}),
  };
}

export function correctArticle(
  article: ArticleText,
  extracted: readonly Figure[],
  entries: readonly NumberedCorrection[],
): CorrectedArticle {
  const outcomes: CorrectionOutcome[] = [];
  // Figure index → the entry that corrects it; paragraph:offset → the entry that adds there.
  const claimed = new Map<number, NumberedCorrection>();
  const adds = new Map<string, { entry: NumberedCorrection; target: Target }>();

  for (const entry of [...entries].sort((a, b) => a.index - b.index)) {
    const { correction, index } = entry;
    const targets = targetsOf(article, correction);
    if (targets.length === 0) {
      const quoted = article.paragraphs.some((p) => p.includes(correction.quote));
      outcomes.push({
        index,
        why: quoted
          ? `no figure there: ${JSON.stringify(correction.number)} is not a number of its own in the quote`
          : "no figure there: the quote is not in the article's text",
      });
      continue;
    }
    if (correction.action === 'add') {
      const [target, ...more] = targets;
      if (!target || more.length > 0) {
        outcomes.push({
          index,
          why: `more than one place: the quote and number occur ${plural(targets.length, 'time')}; quote more of the sentence`,
        });
        continue;
      }
      const there = extracted.find((f) => covers(f, target));
      if (there) {
        outcomes.push({ index, why: `already a figure there (${there.id})` });
        continue;
      }
      const key = `${target.paragraph}:${target.span.start}`;
      const earlier = adds.get(key);
      if (earlier) {
        outcomes.push({ index, why: `entry ${earlier.entry.index} already adds this figure` });
        continue;
      }
      adds.set(key, { entry, target });
      continue;
    }
    const matches = extracted.flatMap((f, i) => (targets.some((t) => covers(f, t)) ? [i] : []));
    const [match, ...others] = matches;
    if (match === undefined) {
      outcomes.push({ index, why: 'no figure there: the extractor found none at this number' });
      continue;
    }
    if (others.length > 0) {
      outcomes.push({
        index,
        why: `more than one figure there (${plural(matches.length, 'figure')}); quote more of the sentence`,
      });
      continue;
    }
    const earlier = claimed.get(match);
    if (earlier) {
      outcomes.push({ index, why: `entry ${earlier.index} already corrects this figure` });
      continue;
    }
    claimed.set(match, entry);
  }

  const sources = articleSources(article.paragraphs);
  const figures: Figure[] = [];
  const dropped: DroppedFigure[] = [];
  extracted.forEach((figure, i) => {
    const entry = claimed.get(i);
    if (!entry) {
      figures.push(figure);
      return;
    }
    outcomes.push({ index: entry.index, applied: true });
    const { correction } = entry;
    if (correction.action === 'drop') {
      const { review: _none, ...rest } = figure;
      dropped.push({
        ...rest,
        review: { action: 'drop', reason: correction.reason, ...reviewerOf(correction) },
      });
      return;
    }
    const end = figure.sentenceStart + figure.sentence.length;
    const values = withSource(figure, givenValues(correction.set), (attribution, metric) =>
      sources.sourceOf(attribution, metric, figure.paragraph, end),
    );
    const original: Partial<Correctable> = {};
    for (const field of CORRECTABLE_FIELDS) {
      if (field in values && values[field] !== figure[field]) {
        Object.assign(original, { [field]: figure[field] });
      }
    }
    figures.push({
      ...figure,
      ...values,
      review: { action: 'set', reason: correction.reason, original, ...reviewerOf(correction) },
    });
  });

  const taken = new Set(figures.map((f) => f.id));
  const sentencesOf = new Map<number, SentenceSpan[]>();
  const added: Figure[] = [];
  for (const { entry, target } of adds.values()) {
    const paragraph = article.paragraphs[target.paragraph] ?? '';
    let sentences = sentencesOf.get(target.paragraph);
    if (!sentences) {
      sentences = splitSentences(paragraph);
      sentencesOf.set(target.paragraph, sentences);
    }
    const sentence = sentences.find(
      (s) => s.start <= target.span.start && target.span.end <= s.start + s.text.length,
    );
    if (!sentence) {
      outcomes.push({ index: entry.index, why: 'no figure there: the number is in no sentence' });
      continue;
    }
    let n = ADDED_FIGURE_BASE + target.span.start;
    while (taken.has(`${article.id}:${target.paragraph}:${n}`)) n++;
    const id = `${article.id}:${target.paragraph}:${n}`;
    taken.add(id);
    const { correction } = entry;
    const given = givenValues(correction.set);
    const scope = given.scope ?? 'total';
    const values = withSource(
      { attribution: null, source: null, metric: given.metric ?? 'gaza_killed' },
      given,
      (attribution, metric) =>
        sources.sourceOf(
          attribution,
          metric,
          target.paragraph,
          sentence.start + sentence.text.length,
        ),
    );
    // Keys in the order the extractor writes them, so added figures read like the others.
    added.push({
      id,
      articleId: article.id,
      metric: values.metric ?? 'gaza_killed',
      value: values.value ?? 1,
      text: correction.number,
      qualifier: values.qualifier ?? 'exact',
      modality: values.modality ?? 'reported',
      scope,
      // As FIGURES.md has it: a total describes the publication day unless told otherwise.
      asOf: values.asOf !== undefined ? values.asOf : scope === 'total' ? article.published : null,
      attribution: values.attribution ?? null,
      start: target.span.start - sentence.start,
      end: target.span.end - sentence.start,
      source: values.source ?? null,
      paragraph: target.paragraph,
      sentence: sentence.text,
      sentenceStart: sentence.start,
      review: {
        action: 'add',
        reason: correction.reason,
        original: null,
        ...reviewerOf(correction),
      },
    });
    outcomes.push({ index: entry.index, applied: true });
  }

  return {
    figures: added.length === 0 ? figures : withAdded(figures, added),
    dropped,
    outcomes: outcomes.sort((a, b) => a.index - b.index),
  };
}

/**
 * The values with attribution and source kept in step (DATASET.md "Sources": source is null
 * exactly when attribution is). A new attribution without a source gets its source as the
 * extractor names it; a source without an attribution stands for one where there was none; a
 * new metric re-reads the source (a "Palestinian health ministry" is Gaza's or Ramallah's by
 * where the dead are).
 */
function withSource(
  figure: Pick<Figure, 'attribution' | 'source' | 'metric'>,
  given: Partial<Correctable>,
  sourceOf: (attribution: string | null, metric: Figure['metric']) => string | null,
): Partial<Correctable> {
  const values = { ...given };
  const metric = values.metric ?? figure.metric;
  if (values.attribution !== undefined && values.source === undefined) {
    values.source = sourceOf(values.attribution, metric);
  } else if (values.source !== undefined && values.attribution === undefined) {
    if (values.source === null) values.attribution = null;
    else if (figure.attribution === null) values.attribution = values.source;
  } else if (values.metric !== undefined && values.source === undefined) {
    const source = sourceOf(figure.attribution, metric);
    if (source !== figure.source) values.source = source;
  }
  return values;
}

const place = (f: Figure) => [f.paragraph, f.sentenceStart + f.start] as const;
const before = (a: Figure, b: Figure) => {
  const [pa, oa] = place(a);
  const [pb, ob] = place(b);
  return pa < pb || (pa === pb && oa < ob);
};

/** Added figures where they stand in the text, the extractor's own left in their order. */
function withAdded(figures: readonly Figure[], added: readonly Figure[]): Figure[] {
  const result = [...figures];
  for (const figure of [...added].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))) {
    const at = result.findIndex((f) => before(figure, f));
    result.splice(at === -1 ? result.length : at, 0, figure);
  }
  return result;
}
