// Body text as copied from a news site → the article's paragraphs, with the page furniture
// removed (date prefix, title line, datelines, bylines, captions, ads, repeated site names) and
// what that furniture said about the publisher and date kept as signals. Pure.
import { makeDay, type Day } from '../dates/calendar.ts';
import { MONTH_PATTERN, monthNumber } from '../dates/monthNames.ts';

export interface TextSignals {
  /** ` date YYYY-MM-DD` at the start of the file. */
  datePrefix: Day | null;
  /** A dateline's date when it carries a year ("CAIRO, March 3, 2024 (AFP) -"). */
  datelineDate: Day | null;
  /** A dateline's date without a year: not enough to date the article. */
  datelinePartialDate: string | null;
  /** Agency named in a dateline ("(UPI) --"). */
  datelineAgency: string | null;
  /** An organisation named in a byline ("By: CNN"). */
  bylineOrg: string | null;
  /** "This article originally appeared in X", "Courtesy of X". */
  creditedTo: string | null;
  /** A site name repeated at the end of the text, or standing before the first paragraph. */
  siteName: string | null;
  /** "Published: January 5, 2024" */
  publishedLine: Day | null;
}

export interface CleanedBody {
  title: string | null;
  paragraphs: string[];
  signals: TextSignals;
}

const DATE_PREFIX = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*/;

/** Lines that are web furniture whatever the site. */
const BOILERPLATE =
  /^(?:advertisement|advertising|sponsored|share this article|share|share on \w+|news ?flash|breaking news|read more|read next|related|related articles?|most read|recommended|subscribe.*|sign up.*|continue reading|story continues below.*|skip to (?:main )?content|listen to (?:this )?article.*|click here.*|follow us.*|follow \S+ coverage.*|follow .{0,80} on (?:twitter|x|facebook|instagram|telegram|whatsapp).*|copyright.*|©.*|all rights reserved.*|[_\-–—=*•·]{3,})$/i;

/**
 * A photo caption: a credit at the end of the line ("… Photo by Jane Roe/Agency", "(AP Photo/
 * John Doe)", "…/Getty Images") or a label at its start ("Photo: …"). A sentence that merely
 * mentions a photo ("A photo by a local journalist showed …") is text.
 */
const CAPTION_END =
  /(?:\b(?:file )?photo(?:graph)?s? (?:by|courtesy of)\b|\bphoto ?credit\b|\((?:ap|afp|reuters) photo\b|\/getty images\b|\bvia getty images\b|\bimage credit\b)[^.!?]{0,80}$/i;
const CAPTION_START = /^(?:photo|image|pictured|above|below|top|file photo)\s*:/i;
const isCaption = (line: string) =>
  CAPTION_END.test(line) || CAPTION_START.test(line) || WIRE_PHOTO_CREDIT.test(line);
/** A wire photo credit ending a caption: "… in Rafah, March 2, 2024. REUTERS/Jane Roe" */
const WIRE_PHOTO_CREDIT =
  /\b[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*\/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\)?\s*$/;

/** A dateline opening the first body paragraph: PLACE, Month D[, YYYY] (AGENCY) -- */
const DATELINE = new RegExp(
  "^(?<place>[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?)?" +
    '(?:,?\\s*(?<month>[A-Z][a-z]{2,8})\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?' +
    '\\s*(?:\\((?<agency>[^()]{1,40})\\))?' +
    '\\s*(?:--|—|–|-|:)\\s+',
);

const ORG_WORD =
  /\b(?:News|Times|Post|Press|Journal|Tribune|Herald|Guardian|Telegraph|Network|Media|Agency|Reuters|Jazeera|Wire|Daily|Gazette|Radio|TV|Television|Broadcasting|Service|Monitor|Independent|Observer|Chronicle|Insider|Today|Express|Mail|Star|Sun|Standard|Review|Report|Magazine|Bulletin|Post-Gazette)\b/;

function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(text.trim());
}

/** An organisation's name rather than a person's: an acronym or a name with a newsroom word. */
export function looksLikeOrganisation(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  return isAcronym(t) || ORG_WORD.test(t);
}

function isSentenceLike(line: string): boolean {
  return /[.!?]["”’)]*\s*$/.test(line.trim());
}

/** Short, title-like line without sentence punctuation: a headline or section heading. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return t.length > 0 && t.length <= 160 && words <= 25 && !isSentenceLike(t);
}

/** A site name: a few capitalised words and nothing else ("Daily True News", "UPI"). */
function isSiteName(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 40 || isSentenceLike(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[A-Z0-9&][\w&.'’-]*$/.test(w));
}

function splitAgency(agency: string): string {
  return agency.split(/[/,]/)[0]?.trim() ?? agency.trim();
}

function parseDateline(paragraph: string): {
  rest: string;
  agency: string | null;
  date: Day | null;
  partial: string | null;
} | null {
  const m = DATELINE.exec(paragraph);
  const g = m?.groups;
  if (!m || !g) return null;
  const month = g.month ? monthNumber(g.month) : null;
  const hasPlace = Boolean(g.place && /[A-Z]{3,}/.test(g.place));
  const hasDate = month !== null && g.day !== undefined;
  const hasAgency = Boolean(g.agency && /^[A-Z][\w .&/'’-]*$/.test(g.agency));
  // A colon only ends a dateline that has an agency or date ("Gaza: The …" is not one).
  const sep = m[0].trimEnd().slice(-1);
  if (!(hasAgency || hasDate || (hasPlace && sep !== ':'))) return null;
  if (sep === ':' && !hasAgency) return null;
  if (g.month && month === null) return null;
  const date = hasDate && g.year && month ? makeDay(Number(g.year), month, Number(g.day)) : null;
  const partial = hasDate && !g.year ? `${g.month ?? ''} ${g.day ?? ''}` : null;
  return {
    rest: paragraph.slice(m[0].length),
    agency: hasAgency && g.agency ? splitAgency(g.agency) : null,
    date,
    partial,
  };
}

const CREDIT = [
  /^(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(?<org>[A-Z][^.]{1,60}?)\.?(?:\s+all rights reserved.*)?$/i,
  /^(?:this (?:article|story|report) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:in|on|by)|originally published (?:in|on|by)|first published (?:in|on|by)|republished from|courtesy of)\s+(?<org>.{2,60}?)(?:\.\s+.*|\.?)$/i,
];

function readCredit(line: string): string | null {
  for (const re of CREDIT) {
    const org = re.exec(line.trim())?.groups?.org;
    if (org) return org.trim();
  }
  return null;
}

const LIVE_STAMP =
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|ET|EST|EDT|UTC|CET|CEST|IDT|local time))?\s*[—–|:-]\s+/i;
const BYLINE = /^by:?\s+(?<who>.{2,80})$/i;

function readBylineOrg(line: string): string | null {
  const who = BYLINE.exec(line.trim())?.groups?.who;
  if (!who || isSentenceLike(who)) return null;
  // "By Jane Doe, CNN" or "By Jane Doe | Reuters": the part after the separator names the outlet.
  const parts = who.split(/\s*(?:,|\||\band\b|\bfor\b|—|–)\s*/).filter(Boolean);
  for (const part of parts.reverse()) if (looksLikeOrganisation(part)) return part.trim();
  return null;
}

/** Splits text into paragraphs: blank lines separate them, and in plain text so do lines. */
function toParagraphs(body: string): string[] {
  return body
    .split(/\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** "occupied territories.Hamas officials" → a space after a full stop that lost it. */
function repairJoinedSentences(paragraph: string): string {
  return paragraph.replace(/([a-z]{3,}[.!?]["”’]?)([A-Z][a-z])/g, '$1 $2');
}

/** "Published: January 5, 2024", "Posted on 5 Jan 2024", "Updated 3:45 PM EST, Fri January 5, 2024" */
const DATE_WORDS = `(?:(?<m1>${MONTH_PATTERN})\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH_PATTERN}),?\\s+(?<y2>\\d{4}))`;
const PUBLISHED_LINE = new RegExp(
  `^(?:published|posted|first published|updated|last updated)(?: on)?:?\\s+(?:[^,]*\\d:\\d\\d[^,]*,\\s*)?(?:[A-Z][a-z]{2,8},?\\s+)?` +
    DATE_WORDS,
  'i',
);
/** A line that is only a date, as sites print above a story: "Fri 5 Jan 2024 10.30 GMT". */
const DATE_ONLY_LINE = new RegExp(
  `^(?:[A-Z][a-z]{2,8},?\\s+)?${DATE_WORDS}(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2})?)?\\s*$`,
  'i',
);

function readPublishedLine(
  line: string,
  atTop: boolean,
): { date: Day | null; updated: boolean } | null {
  const g = (PUBLISHED_LINE.exec(line.trim()) ?? (atTop ? DATE_ONLY_LINE.exec(line.trim()) : null))
    ?.groups;
  if (!g) return null;
  const month = monthNumber(g.m1 ?? g.m2 ?? '');
  const date = month ? makeDay(Number(g.y1 ?? g.y2), month, Number(g.d1 ?? g.d2)) : null;
  return { date, updated: /^(?:updated|last updated)/i.test(line.trim()) };
}

export function cleanBody(body: string): CleanedBody {
  const signals: TextSignals = {
    datePrefix: null,
    datelineDate: null,
    datelinePartialDate: null,
    datelineAgency: null,
    bylineOrg: null,
    creditedTo: null,
    siteName: null,
    publishedLine: null,
  };
  let text = body.replace(/^\uFEFF/, '');
  const prefix = DATE_PREFIX.exec(text);
  let prefixLine = false;
  if (prefix) {
    signals.datePrefix = makeDay(Number(prefix[1]), Number(prefix[2]), Number(prefix[3]));
    text = text.slice(prefix[0].length);
    prefixLine = true;
  }
  let lines = toParagraphs(text);
  let title: string | null = null;

  // A title line: the first line, headline-shaped, followed by more text. The text after a
  // ` date` prefix is the start of the story, not a title.
  const furniture = (line: string) =>
    readCredit(line) !== null || BYLINE.test(line) || isCaption(line);
  if (!prefixLine && lines.length > 1 && lines[0] && isHeadline(lines[0]) && !furniture(lines[0])) {
    if (!BOILERPLATE.test(lines[0]) && !isSiteName(lines[0])) title = lines[0];
    lines = lines.slice(1);
  }

  const kept: string[] = [];
  let datelineSeen = false;
  for (const line of lines) {
    const credit = readCredit(line);
    if (credit) {
      signals.creditedTo ??= credit;
      // "Courtesy of XYZ. Photo credit: …" – the rest of the line is furniture too.
      continue;
    }
    // A bare date counts only at the top, where sites print it; "Published: …" anywhere.
    const publishedLine = readPublishedLine(line, kept.length < 3);
    if (publishedLine && line.length < 120) {
      // The first publication date wins over an update.
      if (publishedLine.date && !publishedLine.updated)
        signals.publishedLine ??= publishedLine.date;
      continue;
    }
    const byline = BYLINE.test(line);
    if (byline) {
      signals.bylineOrg ??= readBylineOrg(line);
      continue;
    }
    if (BOILERPLATE.test(line)) continue;
    if (isCaption(line) && !/^["“]/.test(line)) continue;
    // "9:05 pm — Hamas has …": a live blog's time stamp before an entry is not text.
    let paragraph = line.replace(LIVE_STAMP, '');
    if (!paragraph) continue;
    if (!datelineSeen && kept.length < 3) {
      const dateline = parseDateline(paragraph);
      if (dateline) {
        datelineSeen = true;
        signals.datelineAgency ??= dateline.agency;
        signals.datelineDate ??= dateline.date;
        signals.datelinePartialDate ??= dateline.partial;
        paragraph = dateline.rest;
      }
    }
    kept.push(repairJoinedSentences(paragraph));
  }

  // "Valley Times - After days of talks …": a site name set before the first paragraph.
  const first = kept[0];
  const lead = first
    ? /^(?<name>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*){0,3}) [-–—|] (?=[A-Z])/.exec(first)
    : null;
  // Only an outlet's name ("Valley Times - …"), not a place or person ("Khan Younis – Israeli …").
  if (first && lead?.groups?.name && !datelineSeen && looksLikeOrganisation(lead.groups.name)) {
    signals.siteName = lead.groups.name;
    kept[0] = first.slice(lead[0].length);
  }

  // A site name at the end: repeated, or a name with a newsroom word in it.
  const last = kept.at(-1);
  if (last && kept.length > 1 && isSiteName(last)) {
    const repeated = kept.filter((p) => p === last).length >= 2;
    if (repeated || looksLikeOrganisation(last)) {
      signals.siteName ??= last;
      while (kept.length > 1 && kept.at(-1) === last) kept.pop();
    }
  }
  // "UPI" under the headline, "Associated Press" under the byline: an outlet line, not text.
  const outletLine = kept[0];
  if (
    outletLine &&
    kept.length > 1 &&
    (isAcronym(outletLine) || (isSiteName(outletLine) && looksLikeOrganisation(outletLine)))
  ) {
    signals.siteName ??= outletLine;
    kept.shift();
  }

  return { title, paragraphs: kept.filter((p) => p.trim().length > 0), signals };
}
