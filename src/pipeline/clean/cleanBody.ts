// Body text as copied from a news site → the article's paragraphs, with the page furniture
// removed (date prefix, title line, page dates, datelines, bylines, captions, ads, credits,
// repeated site names) and what that furniture said about the publisher and date kept as
// signals. Pure.
import { makeDay, type Day } from '../dates/calendar.ts';
import {
  BYLINE,
  STAFF_LINE,
  isAcronym,
  creditDay,
  copyrightYear,
  isCopyrightLine,
  isContributionCredit,
  isGenericCredit,
  looksLikeOrganisation,
  readBylineOrg,
  readCredit,
  readHeaderOrg,
  readSelfReference,
  readThanks,
  readWireCredit,
  splitBylineDate,
  splitNamesDate,
  readLabelledByline,
} from './credits.ts';
import { parseDateline, type Dateline } from './dateline.ts';
import { flatTableRows } from './flatTables.ts';
import {
  isLowerCaseBrand,
  isMenuLine,
  menuOwner,
  isNameLine,
  isSectionName,
  isTagline,
  isTaglineShape,
  saysNewsroom,
  readBreadcrumb,
  isSectionPath,
  readMasthead,
  RELEASE_LABEL,
  withoutReporterRole,
} from './masthead.ts';
import { isWireAgency, knownOutlet, spelledName } from './outlets.ts';
import {
  liveEntryDay,
  ownDateLine,
  readFullDate,
  readLiveStamp,
  readPageDate,
  readPartialPublished,
  unclearReadings,
  type PageDate,
} from './pageDate.ts';
import { isSentenceLike } from './sentenceEnd.ts';

export { looksLikeOrganisation } from './credits.ts';

export interface TextSignals {
  /** ` date YYYY-MM-DD` at the start of the file. */
  datePrefix: Day | null;
  /** ` date YYYY-MM` or ` date YYYY`: the year and perhaps the month, not the day. */
  datePrefixPartial: { year: number; month: number | null } | null;
  /** A dateline's date when it carries a year ("CAIRO, March 3, 2024 (AFP) -"). */
  datelineDate: Day | null;
  /** A dateline's month and day without a year ("Nov. 19 (UPI) --"). */
  datelinePartialDate: Dateline['partial'];
  /** Agency named in a dateline ("(UPI) --"), or in a wire dateline repeated further down. */
  datelineAgency: string | null;
  /** An organisation named in a byline ("By: CNN"). */
  bylineOrg: string | null;
  /** "This article originally appeared in X", "Courtesy of X". */
  creditedTo: string | null;
  /** Whether that credit is a copyright line's owner ("© 2024 X"), not a syndication credit. */
  creditIsCopyright: boolean;
  /** A known outlet's name on a line of its own at the top of the page ("TASS", "The National"). */
  masthead: string | null;
  /** A site name repeated at the end of the text, or standing before the first paragraph. */
  siteName: string | null;
  /** "Published: January 5, 2024", "Posted Mar 6, 2024", or a date beside the byline. */
  publishedLine: Day | null;
  /** A line at the top that is only a date ("Tuesday, March 5, 2024"). */
  bareDateLine: Day | null;
  /** The page's only bare date line, printed after the story ("(AFP)" then "November 24 2023"). */
  closingDate: Day | null;
  /** "Updated 10:02 GMT on 2024-03-06": the day the page last changed. */
  updatedLine: Day | null;
  /** The latest of a live blog's entry stamps ("published at 06:47 GMT 4 December 2023"). */
  liveStamp: Day | null;
  /** A wire credit closing the story ("… - Reuters", "— AP"). */
  wireCredit: string | null;
  /** A live blog's sign-off: "Thank you for following Example News." */
  thanksTo: string | null;
  /** Both readings of the page's date line when day and month cannot be told apart. */
  unclearDate: [Day, Day] | null;
  /** The latest year a copyright line names ("© 2024 Example", "2005–2025"). */
  copyrightYear: number | null;
  /** The month and day of a labelled date line with no year ("Published Jan. 5"). */
  publishedPartial: { month: number; day: number } | null;
  /** "Follow Example News on WhatsApp": the page naming itself. */
  selfNamed: string | null;
  /** The page's own address, printed on a line of its own near the top or the end. */
  pageUrl: string | null;
}

export interface CleanedBody {
  title: string | null;
  paragraphs: string[];
  signals: TextSignals;
}

/** ` date 2024-03-05`, and ` date 2024-03` or ` date 2024` when the day is not known. */
const DATE_PREFIX = /^\s*date\s+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b[ \t]*/;

const FOUR_DIGIT_YEAR = /\b(?:19|20)\d{2}\b/;

/** Lines that are web furniture whatever the site. */
const BOILERPLATE =
  /^(?:advertisement|advertising|sponsored|share this article|share|share on \w+|news ?flash|breaking news|read more|read next|related|related articles?|most read|recommended|subscribe.*|sign up.*|continue reading|story continues below.*|skip to (?:main )?content|listen to (?:this )?article.*|click here.*|follow us.*|follow \S+ coverage.*|follow .{0,80} on (?:twitter|x|facebook|instagram|telegram|whatsapp).*|copyright.*|[©ⓒ].*|all rights reserved.*|[_\-–—=*•·]{3,})$/i;

/**
 * The heading of a list of links to other stories ("Related", "MOST POPULAR", "More on this
 * story"): the headlines under it are other pages', not this story's.
 */
const LINKS_HEADING =
  /^(?:related(?: news| stories| articles?| coverage| content| links| reading)?|more (?:stories|news|on this(?: story)?|from (?:\S+ ){0,3}\S+)|most (?:read|popular|viewed|shared|watched)|read (?:more|next|also)|you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|trending(?: now| stories)?|latest (?:news|stories|headlines)|top stories|other (?:news|stories|headlines)|editor'?s picks|also read|see also|further reading)\s*:?$/i;

/** A site's address in capitals opening a dateline: "EXAMPLE.CO.ID, GAZA --". */
const ADDRESS_DATELINE =
  /^([A-Z][A-Z0-9-]+\.(?:COM|NET|ORG|CO\.[A-Z]{2}|[A-Z]{2})),\s+[A-Z][A-Z .'-]{1,30}\s*(?:--|—|–|-)\s/;

/** A link to another story set in the text: "Also read: Who are the 20 hostages?", "Read more » …". */
const LINK_LINE =
  /^(?:also read|read also|read more|read next|more on this|more reading|related|related story|see also|must read|don't miss|watch|listen)\s*[:|»›>–—-]\s*\S/i;

/**
 * A photo caption: a credit at the end of the line ("… Photo by Jane Roe/Agency", "(AP Photo/
 * John Doe)", "…/Getty Images") or a label at its start ("Photo: …"). A sentence that merely
 * mentions a photo ("A photo by a local journalist showed …") is text.
 */
const CAPTION_END =
  /(?:\b(?:file )?photo(?:graph)?s? (?:by|courtesy of)\b|\bphoto ?credit\b|\((?:ap|afp|reuters) photo\b|\/getty images\b|\bvia getty images\b|\bimage credit\b)[^.!?]{0,80}$/i;
const CAPTION_START = /^(?:photo|image|pictured|above|below|top|file photo)\s*:/i;
/** What every CAPTION_END names: most lines have none, and the pattern is slow to fail. */
const CAPTION_WORD = /photo|getty images|image credit/i;
/** A caption: its patterns run only on lines with what each needs ("photo…", a slash). */
export const isCaption = (line: string) =>
  (CAPTION_WORD.test(line) && CAPTION_END.test(line)) ||
  CAPTION_START.test(line) ||
  (line.includes('/') && WIRE_PHOTO_CREDIT.test(line));
/** "(AP photo)", "(Reuters Photo)": a credit that names no photographer. */
const BARE_PHOTO_CREDIT = /\((?:ap|afp|reuters|epa|getty|file)\s+photo\)$/i;
/** A wire photo credit ending a caption: "… in Rafah, March 2, 2024. REUTERS/Jane Roe" */
const WIRE_PHOTO_CREDIT =
  /\b[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*\/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\)?\s*$/;

const numberOrNull = (digits: string | undefined) => (digits ? Number(digits) : null);

/** Short, title-like line without sentence punctuation: a headline or section heading. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  // (Words are counted only in a line short enough: the first line may be a whole story.)
  return t.length > 0 && t.length <= 160 && t.split(/\s+/).length <= 25 && !isSentenceLike(t);
}

/** A site name: a few capitalised words and nothing else ("Daily True News", "UPI"). */
function isSiteName(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 40 || isSentenceLike(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[A-Z0-9&][\w&.'’-]*$/.test(w));
}

const LIVE_STAMP =
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|ET|EST|EDT|UTC|CET|CEST|IDT|local time))?\s*[—–|:-]\s+/i;
/**
 * Splits text into paragraphs: blank lines separate them, and in plain text so do lines. A
 * table flattened to lines keeps its cells apart.
 */
function toParagraphs(body: string): string[] {
  const lines = body.split(/\n/);
  // Most texts have no tab, no-break space or double space anywhere: looked for once in the
  // whole text, their lines are then neither read as table rows nor folded one by one.
  // (" | " too: a table whose rows lost their outer bars, "October 31, 2023 | 8,525 | 21,543".)
  if (!spaceToFold(body) && !body.includes(' | '))
    return lines.map((line) => line.trim()).filter((line) => line.length > 0);
  return flatTableRows(lines)
    .map((line) => (spaceToFold(line) ? foldSpaces(line) : line).trim())
    .filter((line) => line.length > 0);
}

/**
 * Runs of spaces folded into one; a date line's fields set apart by wide spaces ("August 13,
 * 2025  Example Times Reporter  4 Comments") keep a mark between them.
 */
function foldSpaces(line: string): string {
  const wide = /\S {2,}\S/.exec(line);
  // (Fields with marks of their own between them, "January 8, 2024  |  Example Reporter",
  // keep them.)
  if (
    wide &&
    line.length < 120 &&
    !/[|·•]/.test(line) &&
    readPageDate(line.slice(0, wide.index + 1).trim())
  )
    return line
      .trim()
      .replace(/ {2,}/g, ' · ')
      .replace(/[ \t\u00a0]+/g, ' ');
  return line.replace(/[ \t\u00a0]+/g, ' ');
}

/**
 * A tab, a no-break space or two spaces: without one, folding runs of spaces changes nothing
 * (looked for with indexOf, quicker than a pattern).
 */
function spaceToFold(line: string): boolean {
  return line.includes('\t') || line.includes('\u00a0') || line.includes('  ');
}

/** "occupied territories.Hamas officials" → a space after a full stop that lost it. */
function repairJoinedSentences(paragraph: string): string {
  // The join itself first: the full pattern is slow to fail on every word of a paragraph.
  if (!JOINED.test(paragraph)) return paragraph;
  return paragraph.replace(/([a-z]{3,}[.!?]["”’]?)([A-Z][a-z])/g, '$1 $2');
}

const JOINED = /[.!?]["”’]?[A-Z][a-z]/;

function noSignals(): TextSignals {
  return {
    datePrefix: null,
    datePrefixPartial: null,
    datelineDate: null,
    datelinePartialDate: null,
    datelineAgency: null,
    bylineOrg: null,
    creditedTo: null,
    creditIsCopyright: false,
    masthead: null,
    siteName: null,
    publishedLine: null,
    bareDateLine: null,
    closingDate: null,
    updatedLine: null,
    liveStamp: null,
    wireCredit: null,
    thanksTo: null,
    selfNamed: null,
    unclearDate: null,
    copyrightYear: null,
    publishedPartial: null,
    pageUrl: null,
  };
}

/** "The Example Daily" over "theexampledaily.com": a name over its own web address. */
function namesOwnAddress(name: string, line: string): boolean {
  const label = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,6}\/?$/i.exec(line.trim())?.[1];
  return label !== undefined && spelledName(label) === spelledName(name);
}

/** "https://example.com/news/2025/03/18/…", "URL: https://…", "Source: <https://…>": an address alone. */
const ADDRESS_LINE =
  /^(?:(?:url|link|permalink|source(?: url)?|original(?:ly published)?(?: at| url)?)\s*:\s*)?<?(https?:\/\/[^\s<>]+)>?$/i;

/** How many lines at the top, and at the end, may hold the page's address. */
const ADDRESS_REACH = 4;
/** The top of a page, down to its byline and date, may print its address further down. */
const ADDRESS_TOP_REACH = 8;

/** The first publication a footer's sentence tells of, among the last lines of the page. */
function footerPublished(kept: readonly string[]): Day | null {
  for (const line of kept.slice(-FOOTER_LINES)) {
    if (!FIRST_PUBLISHED.test(line)) continue;
    for (const part of line.split(/(?<=[.!?])\s+/)) {
      if (!FIRST_PUBLISHED.test(part)) continue;
      const date = readPageDate(part.replace(/^[*_]+|[*_]+$/g, ''));
      if (date?.date && !date.updated) return date.date;
    }
  }
  return null;
}

const FIRST_PUBLISHED = /\b(?:first|originally) published\b/i;
/** How many lines at the end may be a footer. */
const FOOTER_LINES = 4;

/**
 * The page's address on a line of its own near the top or the end, taken out of the text: the
 * first such line wins (a list of links further down is other pages').
 */
function takePageUrl(lines: string[], signals: TextSignals): string[] {
  // Only the lines that may be an address are looked at (most pages print none).
  const mayBe = (i: number) => lines[i]?.includes('://') === true;
  let at = -1;
  for (let i = 0; i < Math.min(ADDRESS_TOP_REACH, lines.length) && at < 0; i++) {
    // (At the top only above the story: a link after its first paragraphs is another page's.)
    if (i >= ADDRESS_REACH && storyBegun(lines, i)) break;
    if (mayBe(i) && ADDRESS_LINE.test(lines[i]?.trim() ?? '')) at = i;
  }
  for (let i = Math.max(0, lines.length - ADDRESS_REACH); i < lines.length && at < 0; i++)
    if (mayBe(i) && ADDRESS_LINE.test(lines[i]?.trim() ?? '')) at = i;
  if (at < 0) return lines;
  signals.pageUrl = ADDRESS_LINE.exec(lines[at]?.trim() ?? '')?.[1] ?? null;
  return lines.filter((_, i) => i !== at);
}

/**
 * "By Example Malaysia | 20/01/2025" under "EXAMPLE MALAYSIA" at the top of the page: a byline
 * that names what the page's first lines name is the outlet's own, whatever its words.
 */
function pageTopName(line: string, top: readonly string[]): string | null {
  const who = BYLINE.exec(line.trim())
    ?.groups?.who?.split(/\s+[|·•]\s+/)[0]
    ?.trim();
  if (!who || !isNameLine(who)) return null;
  const same = (l: string) => l.trim().toLowerCase() === who.toLowerCase();
  return top.some(same) ? who : null;
}

/** "Example Media", "Example Group Inc." for the site "Example.net" or "Example News". */
function companyOfSite(owner: string, site: string): boolean {
  const brand =
    site
      .replace(/\.[a-z.]+$/i, '')
      .split(/\s+/)[0]
      ?.toLowerCase() ?? '';
  const [first = '', ...rest] = owner.split(/\s+/);
  return (
    brand.length >= 3 &&
    first.toLowerCase() === brand &&
    rest.length > 0 &&
    rest.every((w) => COMPANY_WORDS.has(w.toLowerCase().replace(/[.,]$/, '')))
  );
}
const COMPANY_WORDS = new Set([
  'media',
  'group',
  'inc',
  'ltd',
  'limited',
  'llc',
  'publishing',
  'corp',
  'co',
]);

/** Whether a paragraph of the story (a long line ending a sentence) stands before line i. */
function storyBegun(lines: readonly string[], i: number): boolean {
  return lines.slice(0, i).some((line) => line.length >= 80 && /[.!?]["”’]?$/.test(line.trim()));
}

/** A date line beside a credit: an unclear "12/03/2024" is read day first, as a label's is. */
function creditedDate(line: string): PageDate | null {
  const date = readPageDate(line);
  if (!date || date.date) return date;
  const dayFirst = readFullDate(line, 'day-first')?.date ?? null;
  return dayFirst ? { ...date, date: dayFirst, labelled: true } : date;
}

/** "USA", "UK": a menu's first item or a section's name, not an outlet's initials. */
const PLACE_INITIALS = new Set(['US', 'USA', 'UK', 'UAE', 'EU', 'UN', 'KSA', 'GCC']);

/** "Data | Swords of Iron War": two or three short labels set apart by bars. */
function isLabelPair(line: string): boolean {
  const items = line.trim().split(/\s+\|\s+/);
  return (
    items.length >= 2 &&
    items.length <= 3 &&
    items.every((item) => /^\p{Lu}[^.!?\d]*$/u.test(item) && item.split(/\s+/).length <= 4)
  );
}

export function cleanBody(body: string): CleanedBody {
  const signals = noSignals();
  let text = body.replace(/^\uFEFF/, '');
  const prefix = DATE_PREFIX.exec(text);
  let prefixLine = false;
  if (prefix) {
    // (Read one by one, not mapped: an optimized map's array sends the destructuring back.)
    const year = numberOrNull(prefix[1]);
    const month = numberOrNull(prefix[2]);
    const day = numberOrNull(prefix[3]);
    if (year && month && day) signals.datePrefix = makeDay(year, month, day);
    else if (year) signals.datePrefixPartial = { year, month: month ?? null };
    text = text.slice(prefix[0].length);
    prefixLine = true;
  }
  let lines = takePageUrl(toParagraphs(text), signals);
  let title: string | null = null;

  // A title line: the first line, headline-shaped, followed by more text. The text after a
  // ` date` prefix is the start of the story, not a title; a date line is not one either.
  const furniture = (line: string) =>
    readCredit(line) !== null ||
    BYLINE.test(line) ||
    STAFF_LINE.test(line) ||
    isCaption(line) ||
    readPageDate(line) !== null ||
    splitBylineDate(line) !== null;
  // Above the headline a page may print its date, the outlet's name (with a tagline under it)
  // and the section, in any order; the headline comes next. The name is a signal, not text.
  const header = new Set<number>();
  /** A date line among the lines above the headline. */
  let dateAboveHeadline: string | null = null;
  let at = 0;
  // (Up to six lines: a name, its menu, a language switcher, a section, a date.)
  while (at < Math.min(lines.length - 2, 6)) {
    const line = lines[at] ?? '';
    // A date line stays, to be read below with the page's other dates.
    if (readPageDate(line) || splitBylineDate(line)) {
      dateAboveHeadline ??= line;
      at++;
      continue;
    }
    const next = lines[at + 1] ?? '';
    // "Example News" over "The Nation's Newspaper Since 1918" over its menu: a name at the
    // very top, its tagline, then the menu (a name of section words too, when the tagline
    // says what it is).
    const overTaglineAndMenu =
      at === 0 &&
      isNameLine(line) &&
      isTaglineShape(next) &&
      isMenuLine(lines[at + 2] ?? '') &&
      (!isSectionName(line) || saysNewsroom(next));
    // "Example NewsHour" over its menu ("Full Episode | Podcasts | Live"), "EXAMPLE AID" over
    // "PRESS RELEASE": a name the page sets over its furniture is the page's own.
    // ("bianet English" over its menu: a brand may be written in small letters.)
    if (
      overTaglineAndMenu ||
      ((isNameLine(line) || (isLowerCaseBrand(line) && isMenuLine(next))) &&
        // ("Daily News" over "The Nation's Newspaper Since 1918": a name of section words,
        // when its tagline says it is a newsroom.)
        (!isSectionName(line) || (at === 0 && isTaglineShape(next) && saysNewsroom(next))) &&
        (isMenuLine(next) ||
          RELEASE_LABEL.test(next.trim()) ||
          namesOwnAddress(line, next) ||
          // ("The Example" over "World": a name at the very top over its section's label)
          (at === 0 && (isSectionPath(next) || (isSectionName(next) && !isSectionName(line)))) ||
          // "EXAMPLE AL-NEWS" over "The Leading Arab International Daily": a name and its tagline
          (at === 0 &&
            !readMasthead(line) &&
            (isTagline(next) || (isTaglineShape(next) && saysNewsroom(next))))))
    ) {
      const known = knownOutlet(line);
      if (known) signals.masthead ??= known;
      else signals.siteName ??= line.trim();
      header.add(at).add(at + 1);
      at += 2;
      continue;
    }
    // A menu, a breadcrumb or a "Skip to content" link above the headline is furniture; a
    // breadcrumb's first step names the site.
    const crumb = readBreadcrumb(line);
    const owner = menuOwner(line);
    if (owner) {
      const known = knownOutlet(owner);
      if (known) signals.masthead ??= known;
      else signals.siteName ??= owner;
    }
    if (crumb) {
      if (crumb.known) signals.masthead ??= crumb.name;
      else signals.siteName ??= crumb.name;
    }
    if (
      isMenuLine(line) ||
      crumb ||
      isSectionPath(line) ||
      BOILERPLATE.test(line) ||
      // ("Data | Swords of Iron War" over the date: the section and the series it belongs to.)
      (isLabelPair(line) && (readPageDate(next) !== null || splitBylineDate(next) !== null))
    ) {
      header.add(at++);
      continue;
    }
    const masthead = readMasthead(line);
    if (!masthead && !isSectionName(line)) break;
    header.add(at);
    if (masthead?.known) signals.masthead ??= masthead.name;
    else if (masthead) signals.siteName ??= masthead.name;
    if (masthead && at + 1 < lines.length - 2 && isTagline(lines[at + 1] ?? '')) header.add(++at);
    at++;
  }
  const head = lines[at];
  if (!prefixLine && lines.length > at + 1 && head && isHeadline(head) && !furniture(head)) {
    // Under the outlet's name, a line of capitalised words is the headline, not another name.
    const named = signals.masthead !== null || signals.siteName !== null;
    if (!BOILERPLATE.test(head) && (named || !isSiteName(head))) title = head;
    header.add(at);
  }
  // (The page's first lines, for a byline that names them: pageTopName.)
  const top = lines.slice(0, 2);
  if (header.size > 0) lines = lines.filter((_, i) => !header.has(i));
  // Each line's page date, read once: the date lines are picked out first, then read in turn.
  const pageDates = lines.map(readPageDate);
  // A page prints its date once; date lines one after another head the entries of a timeline.
  // (Bare dates: a page's date without a label, "Tuesday, March 5, 2024".)
  const bareDates = lines.filter((_, i) => pageDates[i]?.labelled === false);
  // ("October 6, 2024" above the headline, then "October 7, 2023" heading a fact box: a date
  // set over the headline is the page's own, whatever dates head the sections below.)
  const liveStamp = liveEntryDay(bareDates);
  const ownDate =
    ownDateLine(bareDates) ??
    (title !== null && liveStamp === null && bareDates[0] === dateAboveHeadline
      ? dateAboveHeadline
      : null);
  if (!ownDate) signals.liveStamp = liveStamp;

  const kept: string[] = [];
  let datelineSeen = false;
  let underLinks = false;
  /** Where the page's only bare date line stood among the paragraphs, below the top. */
  let closingAt = -1;
  let closingDay: Day | null = null;
  /** How many of the kept paragraphs end as sentences do. */
  let sentencesKept = 0;
  /** The line of the byline, whose next line may be the page's date. */
  let bylineAt = -2;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    let line = raw;
    const copyright = isCopyrightLine(line);
    if (copyright) {
      signals.copyrightYear ??= copyrightYear(line);
      // "Copyright © 2023, Example Sun | Published December 16, 2023": the page's day beside it.
      for (const part of line.split(/\s+[|·•]\s+/).slice(1)) {
        const day = readPageDate(part);
        if (day?.date && day.labelled && !day.updated) signals.publishedLine ??= day.date;
      }
    }
    const credit = readCredit(line);
    if (credit) {
      if (signals.creditedTo === null) {
        // "© 2025 Example Media Group. Example Mercury, 76 Main Street" under "Example Mercury"
        // at the top: the owner's line names the site too, which is the page's name.
        const site = signals.siteName;
        // ("© 2023 Example Media" under "Example.net": the site's company, named for it.)
        const namesSite =
          copyright &&
          site !== null &&
          credit !== site &&
          (line.includes(site, line.indexOf(credit)) || companyOfSite(credit, site));
        signals.creditedTo = namesSite ? site : credit;
        signals.creditIsCopyright = copyright;
      }
      // "Published by Example Herald on 21/01/2024": the credit dates the page too.
      const day = creditDay(line);
      if (day) signals.publishedLine ??= day;
      // "Courtesy of XYZ. Photo credit: …" – the rest of the line is furniture too.
      continue;
    }
    // "With AFP", "Additional reporting by Reuters": help with the story, not its publisher.
    if (isGenericCredit(line) || isContributionCredit(line)) continue;
    const self = readSelfReference(line);
    if (self) {
      signals.selfNamed ??= self;
      // ("Example is published by Example Sdn Bhd. First published on 23 Jan 2024": the rest
      // of the line may date the page.)
      if (!FOUR_DIGIT_YEAR.test(line)) continue;
    }
    const thanks = line.length < 200 ? readThanks(line) : null;
    if (thanks) {
      signals.thanksTo ??= thanks;
      continue;
    }
    // "By EFE Published: Mon 4 Dec 2023, 10:15 AM": the byline, then the date line.
    // "By Jane Doe | Reuters | March 6, 2024": the date beside a credit is the page's.
    const bylineAndDate = splitBylineDate(line) ?? (kept.length < 3 ? splitNamesDate(line) : null);
    if (bylineAndDate) {
      signals.bylineOrg ??= readHeaderOrg(bylineAndDate[0]) ?? pageTopName(bylineAndDate[0], top);
      line = bylineAndDate[1];
    }
    // A bare date counts only at the top, where sites print it; "Published: …" anywhere. The
    // top is the headline's block: menu items, section, headline, standfirst, the writer's
    // name, before a second sentence of the story.
    const credited = bylineAndDate !== null;
    // ("The Example | 12/03/2024": a date beside a credit reads as most of the world writes it.)
    const pageDate =
      line === raw
        ? (pageDates[index] ?? null)
        : credited
          ? creditedDate(line)
          : readPageDate(line);
    const named = pageDate !== null && (pageDate.labelled || credited);
    const atTop = kept.length < 3 || (kept.length < 20 && sentencesKept < 2);
    // ("By Guest Writer" then "Monday, July 28, 2025", under a standfirst of full sentences.)
    const underByline = bylineAt === index - 1;
    if (pageDate && (named || ((atTop || underByline) && raw === ownDate))) {
      // The first publication date wins over an update; a labelled one, or one beside the
      // byline, over a bare date at the top (which may be the site's "today").
      // ("Example de Fato | São Paulo | June 09, 2024": the outlet that stamps the day.)
      // ("Foreign Desk with agency reports | …": a desk is no outlet's name.)
      if (pageDate.credit && !isGenericCredit(pageDate.credit))
        signals.siteName ??= knownOutlet(pageDate.credit) ?? pageDate.credit;
      if (pageDate.updated) signals.updatedLine ??= pageDate.date;
      else if (named) signals.publishedLine ??= pageDate.date;
      else signals.bareDateLine ??= pageDate.date;
      // "10/05/2025": kept for the dateline to settle which is the day.
      if (!pageDate.date) signals.unclearDate ??= unclearReadings(line);
      continue;
    }
    // "Published Jan. 5|Updated Jan. 5": a labelled day with no year, kept for the year the
    // page gives elsewhere; the line is furniture.
    const partial = pageDate ? null : readPartialPublished(line);
    if (partial) {
      signals.publishedPartial ??= partial;
      continue;
    }
    // Read at the end, if no sentence of the story follows it.
    if (pageDate?.date && raw === ownDate && closingAt < 0)
      [closingAt, closingDay] = [kept.length, pageDate.date];
    const stamp = readLiveStamp(line);
    if (stamp) {
      if (stamp.date && (!signals.liveStamp || stamp.date > signals.liveStamp))
        signals.liveStamp = stamp.date;
      line = stamp.rest;
      if (!line) continue;
    }
    const labelledByline = readLabelledByline(line);
    if (labelledByline !== null) {
      if (labelledByline) signals.bylineOrg ??= labelledByline;
      continue;
    }
    if (BYLINE.test(line) || STAFF_LINE.test(line)) {
      signals.bylineOrg ??= readBylineOrg(line) ?? pageTopName(line, top);
      bylineAt = index;
      continue;
    }
    // Under a links heading, headlines (no sentence's full stop) until the story goes on.
    if (LINKS_HEADING.test(line.trim())) {
      underLinks = true;
      continue;
    }
    if (underLinks && line.length < 160 && !isSentenceLike(line)) continue;
    underLinks = false;
    if (BOILERPLATE.test(line) || LINK_LINE.test(line)) continue;
    // "… Israel released 369 Palestinian prisoners. (AP photo)": a bare credit for a picture
    // beside a paragraph of the story; the paragraph stays, the credit goes.
    const ending = line.trimEnd();
    const bareCredit = ending.endsWith(')') ? BARE_PHOTO_CREDIT.exec(ending) : null;
    if (bareCredit && isSentenceLike(ending.slice(0, bareCredit.index))) {
      line = ending.slice(0, bareCredit.index).trim();
    }
    if (isCaption(line) && !/^["“]/.test(line)) continue;
    // "9:05 pm — Hamas has …": a live blog's time stamp before an entry is not text.
    let paragraph = line.replace(LIVE_STAMP, '');
    if (!paragraph) continue;
    // "EXAMPLE.CO.ID, GAZA -- …": a dateline that opens with the site's own address names it.
    const addressLead = datelineSeen ? null : ADDRESS_DATELINE.exec(paragraph);
    if (addressLead?.[1]) signals.siteName ??= addressLead[1];
    const dateline = parseDateline(paragraph);
    if (dateline && !datelineSeen && kept.length < 3) {
      datelineSeen = true;
      signals.datelineAgency ??= dateline.agency;
      signals.datelineDate ??= dateline.date;
      signals.datelinePartialDate ??= dateline.partial;
      paragraph = dateline.rest;
    } else if (dateline?.wire) {
      // "MOSCOW (Sputnik) - …" further down: the story's dateline repeated, as some pages do,
      // or the first one under a long header ("GAZA, April 7 (EXN) --" under menus): its day too.
      signals.datelineAgency ??= dateline.agency;
      if (!datelineSeen) {
        datelineSeen = true;
        signals.datelineDate ??= dateline.date;
        signals.datelinePartialDate ??= dateline.partial;
      }
      paragraph = dateline.rest;
    }
    // "GAZA, March 6, 2024 — TASS" on a line of its own: nothing of the story is left.
    if (!paragraph.trim()) continue;
    const repaired = repairJoinedSentences(paragraph);
    kept.push(repaired);
    if (isSentenceLike(repaired)) sentencesKept++;
  }

  // "Example is published by Example Sdn Bhd. First published on 23 Jan 2024, 11:02am. © 2024
  // …": a footer that tells when the story first came out, among its other sentences.
  signals.publishedLine ??= footerPublished(kept);

  // "(AFP, Reuters)" then "November 24 2023 21:48:00", then related links: the page's date,
  // printed under the story. Not a date that heads a paragraph of it.
  if (
    closingDay &&
    kept[closingAt] === ownDate &&
    !kept.slice(closingAt + 1).some(isSentenceLike)
  ) {
    signals.closingDate = closingDay;
    kept.splice(closingAt, 1);
  }

  // "… ceasefire.- Reuters", "— AP": a wire credit closing the story.
  const closing = kept.at(-1);
  const wire = closing && kept.length > 1 ? readWireCredit(closing) : null;
  if (wire) {
    signals.wireCredit = wire.org;
    if (wire.rest) kept[kept.length - 1] = wire.rest;
    else kept.pop();
  } else {
    // "- AFP" on a line of its own, over the page's date line, its name and share buttons.
    for (let i = kept.length - 2; i > 0 && i >= kept.length - 5; i--) {
      const line = kept[i] ?? '';
      if (isSentenceLike(line)) break;
      const own = readWireCredit(line);
      if (own && !own.rest) {
        signals.wireCredit = own.org;
        kept.splice(i, 1);
        break;
      }
    }
  }

  // "Valley Times - After days of talks …": a site name set before the first paragraph.
  const first = kept[0];
  const lead = first
    ? /^(?<name>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*){0,3}) [-–—|] (?=[A-Z])/.exec(first)
    : null;
  // Only an outlet's name ("Valley Times - …"), not a place or person ("Khan Younis – Israeli …").
  // (Not a menu's first item: "HOME | WORLD | POLITICS".)
  if (
    first &&
    lead?.groups?.name &&
    !datelineSeen &&
    looksLikeOrganisation(lead.groups.name) &&
    !isMenuLine(first) &&
    !/^home$/i.test(lead.groups.name)
  ) {
    signals.siteName = lead.groups.name;
    kept[0] = first.slice(lead[0].length);
  }

  // A site name at the end: repeated, or a name with a newsroom word in it.
  const last = kept.at(-1);
  if (last && kept.length > 1 && isSiteName(last)) {
    const repeated = kept.filter((p) => p === last).length >= 2;
    // "Reuters" alone under the story: the agency's credit, not the site's name.
    const agency = isWireAgency(last);
    if (agency || repeated || looksLikeOrganisation(last)) {
      if (agency) signals.wireCredit ??= last.trim();
      else signals.siteName ??= last;
      while (kept.length > 1 && kept.at(-1) === last) kept.pop();
    }
  }
  // "UPI" under the headline, "Associated Press" under the byline: an outlet line, not text.
  const outletLine = kept[0];
  if (
    outletLine &&
    kept.length > 1 &&
    !PLACE_INITIALS.has(outletLine.trim()) &&
    // ("WORLD" over the headline: the section's label, not an outlet's initials.)
    ((isAcronym(outletLine) && !isSectionName(outletLine)) ||
      (isSiteName(outletLine) && looksLikeOrganisation(outletLine)))
  ) {
    if (knownOutlet(outletLine)) signals.masthead ??= knownOutlet(outletLine);
    else signals.siteName ??= withoutReporterRole(outletLine);
    kept.shift();
  }

  return { title, paragraphs: kept.filter((p) => p.trim().length > 0), signals };
}
