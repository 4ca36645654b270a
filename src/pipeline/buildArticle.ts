// One decoded article file → its dataset entry and its figures. Pure: the publication date
// that dates figures comes from the article, never from the clock.
import type { Article, Figure, Qualifier } from '../dataset/schema.ts';
import { articleSources } from './articleSources.ts';
import { cleanBody } from './clean/cleanBody.ts';
import { joinFactBoxLines } from './clean/factBoxLines.ts';
import { readTables } from './clean/tableLines.ts';
import { declaredFiguresDays, mayDeclareDay } from './dates/figuresAsOf.ts';
import { lastNamedDays } from './dates/namedDays.ts';
import { liveEntryDays } from './dates/liveEntries.ts';
import { reportDay } from './dates/reportDay.ts';
import { placeOfMetric } from './figures/articleMemory.ts';
import { carryEventDays, sentenceDays, type ToldSentence } from './figures/carriedDays.ts';
import { extractSentenceFigures } from './figures/extractFigures.ts';
import { LABELLED } from './figures/factBoxLabels.ts';
import { dateRetoldTotals } from './figures/retoldTotals.ts';
import { MAY_HOLD_NUMBER } from './figures/numberWords.ts';
import { isTimelineEntry, viewSentence, type SentenceView } from './figures/sentenceView.ts';
import { resolveDate } from './dates/resolveDate.ts';
import type { Day } from './dates/calendar.ts';
import {
  articlePlace,
  articleRegion,
  paragraphPlaceOf,
  placeCounts,
  type PlaceCounts,
  type PlaceCue,
} from './figures/victimLocation.ts';
import { parseDocument } from './input/parseDocument.ts';
import type { MetaEntry } from './metadata/metaFile.ts';
import { resolveMetadata } from './metadata/resolveMetadata.ts';
import { splitSentences } from './text/splitSentences.ts';

export interface BuiltArticle {
  article: Article;
  figures: Figure[];
}

export function buildArticle(
  id: string,
  file: string,
  text: string,
  meta: MetaEntry | undefined,
  decodeWarnings: readonly string[] = [],
): BuiltArticle {
  const doc = parseDocument(file, text);
  const cleaned = cleanBody(doc.body);
  const info = resolveMetadata(meta, doc, cleaned);
  // A headline printed in the text is text a reader reads, and its figures count: it stays
  // the first paragraph ("Six Palestinians killed in West Bank strike").
  const body = joinFactBoxLines(readTables(cleaned.paragraphs));
  const headline = pageHeadline(doc.meta.title, cleaned.title, body);
  // (A first line the text took for its headline stays as text under the page's own.)
  const belowHeadline = cleaned.title && cleaned.title !== headline ? [cleaned.title] : [];
  const paragraphs = headline ? [headline, ...belowHeadline, ...body] : body;
  // (A page's own title printed under its masthead, a menu or a section's label is the
  // headline where it stands.)
  const titleAt = titleParagraph(doc.meta.title, paragraphs);
  const headlineAt = titleAt >= 0 ? titleAt : headline ? 0 : -1;
  const article: Article = {
    id,
    file,
    title: info.title,
    publisher: info.publisher,
    publisherFrom: info.publisherFrom,
    published: info.published,
    publishedFrom: info.publishedFrom,
    url: info.url,
    notes: info.notes,
    paragraphs,
    warnings: [...decodeWarnings, ...doc.warnings, ...info.warnings],
  };
  const figures: Figure[] = [];
  /** The sentences read so far, for days told in one and meant in the next. */
  const told: ToldSentence[] = [];
  // Figures are read against the day the story was written: its dateline's, when the page
  // was posted a day or two later.
  const dateline = cleaned.signals.datelinePartialDate ?? dayParts(cleaned.signals.datelineDate);
  const written = reportDay(info.published, dateline);
  // A live blog's entries are each read against the day their stamp gives.
  const entryDays = liveEntryDays(paragraphs, written);
  const sources = articleSources(paragraphs);
  // "Figures are as of Sunday, October 6": the day the totals below it describe.
  const declared = paragraphs.some(mayDeclareDay) ? declaredFiguresDays(paragraphs, written) : null;
  let region: 'gaza' | 'west_bank' | undefined;
  const regionOf = () => (region ??= articleRegion(paragraphs));
  // Only an undated article needs the days its text names to read a chronology.
  let namedDays: (string | null)[] | undefined;
  const lastNamedDay = (p: number) => (namedDays ??= lastNamedDays(paragraphs))[p] ?? null;
  // Each paragraph's place words are counted once, for its own place and the article's.
  const counted = new Map<number, PlaceCounts>();
  const countsOf = (p: number) => {
    let counts = counted.get(p);
    if (!counts) counted.set(p, (counts = placeCounts(paragraphs[p] ?? '')));
    return counts;
  };
  // The sentences read for figures, kept: their tokens and days serve again to carry days.
  const views = new Map<string, SentenceView>();
  const view = (sentence: string) => {
    let found = views.get(sentence);
    if (!found) views.set(sentence, (found = viewSentence(sentence)));
    return found;
  };
  let wholePlace: PlaceCue | null | undefined;
  const articlePlaceOf = () =>
    wholePlace === undefined ? (wholePlace = articlePlace(paragraphs, countsOf)) : wholePlace;
  // One context serves every paragraph, `at` the one being read: its functions are made once
  // per article, not per paragraph.
  let at = 0;
  // The place the paragraph being read clearly talks about (undefined: not read yet).
  let atPlace: PlaceCue | 'elsewhere' | null | undefined;
  const context = {
    // A sentence that names no place takes the place its paragraph clearly talks about, or
    // else that of the casualty figures just before it ("It brings the total deaths to
    // 22,438"), or else the place the whole article is clearly about.
    // (Last, the casualties counted just before in the same paragraph: "The ministry said
    // 40,005 people had been killed in Gaza … In the past 24 hours, 40 people were killed, it
    // said.")
    place: (refersBack: boolean) =>
      context.paragraphPlace() ??
      (refersBack ? placeOfLastCasualty(figures, at) : null) ??
      articlePlaceOf() ??
      placeOfLastCasualty(figures, at, true),
    // (A fact box's line that names no place takes the place of the heading over the box:
    // "**West Bank**" over "Palestinians killed since 7 October 2023: more than 740".)
    paragraphPlace: () =>
      atPlace === undefined
        ? (atPlace =
            paragraphPlaceOf(countsOf(at)) ??
            (isLabelLine(paragraphs[at] ?? '') ? headingPlace : null))
        : atPlace,
    region: regionOf,
    earlier: () => figures,
    headline: false,
    lastNamedDay: () => lastNamedDay(at),
    entryDay: () => atEntryDay,
    view,
  };
  /** The day the paragraph being read opens with as a timeline's entry, for its later sentences. */
  let atEntryDay: Day | null = null;
  /** The one place the last short heading named, for the fact-box lines under it. */
  let headingPlace: PlaceCue | null = null;
  paragraphs.forEach((paragraph, p) => {
    // (Any other line that is no fact-box line ends the box the heading stood over.)
    // (Most paragraphs are longer than any heading: the tests run on short ones only.)
    if (paragraph.length <= HEADING_LENGTH && p !== headlineAt && isHeading(paragraph))
      headingPlace = onePlace(countsOf(p)) ?? placeHeadingOpensWith(paragraph);
    else if (headingPlace !== null && !isLabelLine(paragraph)) headingPlace = null;
    // A paragraph without a number holds no figure: no need to split it, unless it is near
    // the top, where its days may date the lead's counts ("The convoy was hit on Monday").
    const numbered = MAY_HOLD_NUMBER.test(paragraph);
    if (!numbered && (p > LEAD_TOLD || !NAMES_WEEKDAY.test(paragraph))) return;
    if (!numbered) {
      for (const sentence of splitSentences(paragraph))
        told.push({ paragraph: p, text: sentence.text });
      return;
    }
    let n = 0;
    at = p;
    atPlace = undefined;
    context.headline = p === headlineAt;
    atEntryDay = null;
    const day = entryDays?.[p] ?? written;
    const sentences = splitSentences(paragraph);
    for (const [k, sentence] of sentences.entries()) {
      const first = sentences[0]?.text ?? '';
      if (k === 1 && MAY_OPEN_ENTRY.test(first)) atEntryDay = timelineEntryDay(view(first), day);
      told.push({ paragraph: p, text: sentence.text });
      for (const found of extractSentenceFigures(sentence.text, day, context)) {
        const asOfDeclared = declared?.[p];
        figures.push({
          id: `${id}:${p}:${n++}`,
          articleId: id,
          ...found,
          // A total dated only by the publication takes the day the box declared.
          asOf:
            asOfDeclared && found.scope === 'total' && found.asOf === day
              ? asOfDeclared
              : found.asOf,
          source: sources.sourceOf(
            found.attribution,
            found.metric,
            p,
            sentence.start + sentence.text.length,
          ),
          paragraph: p,
          sentence: sentence.text,
          sentenceStart: sentence.start,
        });
      }
    }
  });
  // Days a count's own retelling gives first, then days carried over from the sentences
  // around it; a headline then reads as the body's figure it compresses.
  const dated = dateRetoldTotals(
    carryEventDays(
      dateRetoldEvents(figures),
      told,
      written,
      (text) => views.get(text) ?? sentenceDays(text),
    ),
    told,
    written,
  );
  // A live entry tells the events of its own day: a count of one event it gives no day of its
  // own is of the entry's day.
  const inEntries = entryDays
    ? dated.map((f) => {
        const entry = entryDays[f.paragraph] ?? null;
        return entry && f.asOf === null && f.scope === 'incident' && f.modality === 'reported'
          ? { ...f, asOf: entry }
          : f;
      })
    : dated;
  return {
    article,
    figures: headlineAt >= 0 ? readHeadlineByBody(inEntries, headlineAt) : inEntries,
  };
}

/** "October 13 – Hamas frees …": the day a timeline's entry opens with, read in the past. */
function timelineEntryDay(first: SentenceView, written: Day | null): Day | null {
  const day = isTimelineEntry(first) ? first.dates[0] : undefined;
  return day ? resolveDate(day, written, 'past') : null;
}

/** The paragraphs whose sentences are told even without a number: the lead and the two after it. */
const LEAD_TOLD = 3;
/** A day a paragraph without a number can name: a weekday, "yesterday". */
const NAMES_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b/i;

/** A sentence that may open with a day: a number, a month and a number, or a weekday. */
const MAY_OPEN_ENTRY =
  /^[-–—•*\s]*(?:\d|[A-Z][a-z]{2,8}\.?,? \d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/;

/**
 * The headline a reader reads first: the page's own (an HTML page's title or heading, a front
 * matter's title), which its parser takes out of the text, else the text's first line taken
 * for one. Not when the text already holds it as a paragraph.
 */
function pageHeadline(
  pageTitle: string | null,
  textTitle: string | null,
  body: readonly string[],
): string | null {
  const own = pageTitle?.trim();
  if (!own || own === textTitle?.trim() || body.some((p) => p.trim() === own)) return textTitle;
  return own;
}

/** How far down a page its own title may be printed: under a masthead, a menu, a label. */
const TITLE_REACH = 6;

/** Where among the first paragraphs the page's own title stands as one of them, or -1. */
function titleParagraph(title: string | null, paragraphs: readonly string[]): number {
  const own = title?.trim();
  if (!own) return -1;
  return paragraphs.slice(0, TITLE_REACH).findIndex((p) => p.trim() === own);
}

/** "2024-01-04" → its month and day. */
function dayParts(day: string | null): { month: number; day: number } | null {
  return day ? { month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) } : null;
}

/**
 * The same one-event count told twice ("Twenty-one reservists were killed …" in the lead, "…
 * were killed … on Monday" further down) is one event: a mention without a day takes the day
 * the others agree on.
 */
function dateRetoldEvents(figures: Figure[]): Figure[] {
  const days = new Map<string, Set<string>>();
  const key = (f: Figure) => `${f.metric} ${f.value} ${f.modality}`;
  for (const f of figures) {
    if (f.scope !== 'incident' || !f.asOf) continue;
    const set = days.get(key(f)) ?? new Set<string>();
    days.set(key(f), set.add(f.asOf));
  }
  if (days.size === 0) return figures;
  return figures.map((f) => {
    if (f.scope !== 'incident' || f.asOf) return f;
    const agreed = days.get(key(f));
    const [day] = agreed ?? [];
    return agreed?.size === 1 && day ? { ...f, asOf: day } : f;
  });
}

/** Where the last casualty figure of this paragraph or the one before was counted. */
function placeOfLastCasualty(
  figures: readonly Figure[],
  paragraph: number,
  sameParagraph = false,
): PlaceCue | null {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (!f || f.paragraph < paragraph - (sameParagraph ? 0 : 1)) break;
    const place = placeOfMetric(f.metric);
    if (place) return place;
  }
  return null;
}

/**
 * "404" told as "over 400", "396" as "nearly 400", either as "about 400": a round number the
 * count is within its last non-zero digit's place of, on the side its hedge says.
 */
function roundsTo(value: number, round: number, hedge: Qualifier): boolean {
  if (round <= 0 || value === round) return false;
  let place = 1;
  while (round % (place * 10) === 0) place *= 10;
  if (place < 10 || Math.abs(value - round) >= place) return false;
  return hedge === 'approx' || (hedge === 'at_least' ? value > round : value < round);
}

/**
 * A headline compresses its story ("More than 200 Palestinians killed in West Bank"): where
 * the body gives the same figure, the headline's figure means what the body's does (a running
 * total or one event, and its day).
 */
function readHeadlineByBody(figures: Figure[], headlineAt: number): Figure[] {
  return figures.map((f) => {
    if (f.paragraph !== headlineAt) return f;
    const body =
      figures.find(
        (b) => b.paragraph > headlineAt && b.metric === f.metric && b.value === f.value,
      ) ??
      // ("Over 400 killed" over "killed at least 404 people …": the headline rounds it.)
      (f.qualifier === 'exact'
        ? undefined
        : figures.find(
            (b) =>
              b.paragraph > headlineAt &&
              b.metric === f.metric &&
              roundsTo(b.value, f.value, f.qualifier),
          ));
    // ("274 Palestinians killed" over "at least 274": the body's hedge is the headline's too.)
    const qualifier = f.qualifier === 'exact' && body ? body.qualifier : f.qualifier;
    return body
      ? { ...f, scope: body.scope, asOf: body.asOf, modality: body.modality, qualifier }
      : f;
  });
}

/** The longest a heading over a section may be, its markup included. */
const HEADING_LENGTH = 90;

/** "**West Bank**", "Israel, 7 October 2023": a short line over a section, no sentence. */
function isHeading(paragraph: string): boolean {
  // (A colon or a line break makes a label or a box, never a heading: the cheap tests first.)
  if (paragraph.includes(':') || paragraph.includes('\n')) return false;
  const text = paragraph.replace(/[*#_]/g, '').trim();
  return (
    text.length > 0 &&
    text.length <= 80 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?;]$/.test(text) &&
    text.split(/\s+/).length <= 14
  );
}

/** "Killed: 41,909": a fact box's label and its value, as the figure rules read one. */
const isLabelLine = (paragraph: string) => LABELLED.test(paragraph.trim());

/** The place a heading names, when it names one place and no other. */
function onePlace(counts: PlaceCounts): PlaceCue | null {
  if (counts.size !== 1) return null;
  const [place] = counts.keys();
  return place === 'gaza' || place === 'israel' || place === 'west_bank' ? place : null;
}

/** "Israel, 7 October 2023", "Gaza – one year on": a heading that opens with the place's name. */
function placeHeadingOpensWith(paragraph: string): PlaceCue | null {
  const first = /^[*#_\s]*(\p{L}+)/u.exec(paragraph)?.[1] ?? '';
  return first === 'Israel' ? 'israel' : first === 'Gaza' ? 'gaza' : null;
}
