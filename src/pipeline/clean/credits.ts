// Where a page names its own outlet: credit lines, bylines, a wire credit closing the story
// ("… - Reuters", "— AP"), a live blog's sign-off ("Thank you for following Example News").
// An outlet the story only cites ("told CBS News", "Reuters reported") is not one of these.
// Pure.
import type { Day } from '../dates/calendar.ts';
import { readFullDate, readPageDate } from './pageDate.ts';
import { knownOutlet } from './outlets.ts';
import { isNameLine } from './nameLine.ts';
import { isSentenceLike } from './sentenceEnd.ts';

const ORG_WORD =
  /\b(?:News|Times|Post|Press|Journal|Tribune|Herald|Guardian|Telegraph|Network|Media|Agency|Reuters|Jazeera|Wire|Daily|Gazette|Radio|TV|Television|Broadcasting|Service|Monitor|Independent|Observer|Chronicle|Insider|Today|Express|Mail|Star|Sun|Standard|Review|Report|Magazine|Bulletin|Post-Gazette|Courier|Dispatch|Examiner|Sentinel|Inquirer|Enquirer|Advertiser|Ledger|Courant|Newsday|Statesman|Recorder|Zeitung|Agência|Agencia|Agence|Agenzia|Noticias|Notícias)(?![\p{L}])/u;

/** A news organisation's name: a newsroom word or a known outlet (agencies' initials too). */
export function isNewsName(text: string): boolean {
  const t = text.trim();
  return ORG_WORD.test(t) || knownOutlet(t) !== null;
}

export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(text.trim());
}

/** An organisation's name rather than a person's: an acronym or a name with a newsroom word. */
export function looksLikeOrganisation(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  return isAcronym(t) || ORG_WORD.test(t) || knownOutlet(t) !== null || capsOrgWord(t);
}

/** "THE EXAMPLE AND MAIL": a masthead set in capitals has its newsroom word in capitals too. */
function capsOrgWord(text: string): boolean {
  if (/[a-z]/.test(text) || !/[A-Z]{2}/.test(text)) return false;
  return ORG_WORD.test(text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
}

/**
 * Credits that name no outlet: "Agency Report", "Agencies", "Staff Report", "Web Desk". The
 * line is furniture, and the publisher stays unknown.
 */
const GENERIC_CREDIT =
  /^\(?(?:by:?\s+)?(?:(?:news )?agenc(?:y|ies)(?: report| desk)?|wire (?:services|reports?)|staff(?: report(?:er)?| writer)?|(?:news|web|online|foreign|international|world) desk|desk report|(?:with )?(?:inputs from )?agencies|news agencies)(?: (?:with|and) (?:agency reports|agencies|news agencies|wires))?\)?\.?$/i;

export function isGenericCredit(line: string): boolean {
  return GENERIC_CREDIT.test(line.trim());
}

/** "With AFP", "(With inputs from Reuters and AP)": the outlets whose copy went into the story. */
const WITH_CREDIT =
  /^[-–—]?\s*\(?[Ww]ith (?:(?:additional )?(?:inputs?|reporting|material) from )?(?<names>[^()]{2,80}?)\)?\.?$/;
const AGENCIES = /^(?:other )?(?:news )?(?:agenc(?:y|ies)|wires?)(?: inputs?| reports?)?$/i;

/**
 * Credits for help with the story, which make no one its publisher: "With AFP", "(With inputs
 * from Reuters)", "Additional reporting by Reuters", "(Reporting by Jane Doe; Editing by John
 * Roe)", "Reuters contributed to this report.", "Associated Press writer Jane Doe contributed."
 */
const CONTRIBUTION = [
  /^\(?(?:additional|further) reporting (?:by|from)\b[^()]*\)?\.?$/i,
  /^\((?:reporting|writing|editing) by\b[^()]*\)\.?$/i,
  /^(?:reporting|writing) by\b[^.]*;\s*(?:writing|editing) by\b[^.]*\.?$/i,
];
/** "… contributed (to this report)": patterns that scan the line, tried only when it has the word. */
const CONTRIBUTED = [
  /^[A-Z][^.!?]{0,150}\bcontributed (?:reporting|to this (?:report|story|article))\b[^.!?]*\.?$/,
  /^[A-Z][^.!?]{0,60}\b(?:writers?|correspondents?|reporters?) [A-Z][^.!?]{0,100}\bcontributed\.?$/,
];

export function isContributionCredit(line: string): boolean {
  const t = line.trim();
  if (t.length > 300) return false;
  const names = WITH_CREDIT.exec(t)?.groups?.names;
  if (names)
    return names
      .split(/,\s*|\s+(?:and|&)\s+/)
      .every((name) => isNewsName(name) || AGENCIES.test(name.trim()));
  return (
    CONTRIBUTION.some((re) => re.test(t)) ||
    (t.includes('contributed') && CONTRIBUTED.some((re) => re.test(t)))
  );
}

/** "Published by Example Herald on 21/01/2024": the page's own line under the story. */
const PUBLISHED_BY = /^published by (?<org>[A-Z][^,;:]{1,60}?)(?: on (?<when>[^,;]{4,40}))?\.?$/i;

/**
 * "This article was first published in the print edition of Example Paper on July 26, 2025 as
 * "…".": the page's own print credit, with its day.
 */
const PRINT_EDITION =
  /^this (?:article|story) was (?:first |originally )?published in the (?:print|weekend|sunday|daily) edition of (?<org>[A-Z][^,;:]{1,60}?) on (?<when>[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\b.*$/i;

/** The day a "Published by X on …" or print-edition credit gives the page. */
export function creditDay(line: string): Day | null {
  const text = line.trim();
  const when = PUBLISHED_BY.exec(text)?.groups?.when ?? PRINT_EDITION.exec(text)?.groups?.when;
  return when ? (readFullDate(when, 'day-first')?.date ?? null) : null;
}

const CREDIT = [
  PUBLISHED_BY,
  PRINT_EDITION,
  // "This article appeared in the Example Post print edition as: …"
  /^this (?:article|story) (?:first )?appeared in (?:the )?(?<org>[A-Z][^.:]{1,60}?)(?:['’]s)? (?:print|weekend|sunday|daily) (?:edition|issue)\b.*$/i,
  /^(?:this (?:article|story|report) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:in|on|by)|originally published (?:in|on|by)|first published (?:in|on|by)|republished from|courtesy of)\s+(?<org>.{2,60}?)(?:\.\s+.*|\.?)$/i,
];

/** "©", "Copyright", "(c)" and years, in whatever order a footer prints them. */
// ("ⓒ Example Broadcasting": a circled letter c stands for the mark too.)
const COPYRIGHT_MARKS = /^(?:(?:copyright|[©ⓒ]|\(c\))\s*|\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)+/i;

/** "All rights reserved © 2025 X": the reservation some footers set before the mark. */
const RESERVED_FIRST = /^all rights reserved[.,]?\s+(?=copyright|[©ⓒ]|\(c\))/i;

/** "example nws © EXR 2025": a site's name in small letters before the mark. */
const NAME_BEFORE_MARK = /^[a-z][\w.-]*(?: [a-z][\w.-]*){0,2}\s+(?=[©ⓒ]\s)/;

/** "©", "ⓒ", "(c)", "copyright": what every copyright line has. */
const COPYRIGHT_MARK = /[©ⓒ]|\(c\)|copyright/i;

/**
 * A name in title case before a mark followed only by years and the reservation (and, after
 * it, the company that owns the name: "X © 2025 – All rights reserved. Example Media.").
 */
const NAME_THEN_BARE_MARK =
  /^(?!(?:All|Photos?|Images?|Text|Content|Pictures?)\b)(?<name>(?:The )?[A-Z][\w&'’.-]*(?: (?:of |and |& )?(?!Copyright\b|COPYRIGHT\b)[A-Z][\w&'’.-]*){0,4})\s+(?:[-–—|]\s+(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?\s+)?(?:(?:[©ⓒ]|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[.,]?\s*(?:(?:[-–—]\s+)?(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?(?:\s+[A-Z][^©ⓒ]{0,60})?)?$/;

/** "© 2024 X", "Copyright 2024 X", "(c) X": a footer's copyright line. */
export const isCopyrightLine = (line: string) =>
  /^(?:copyright|[©ⓒ]|\(c\))/i.test(
    line.trim().replace(RESERVED_FIRST, '').replace(NAME_BEFORE_MARK, ''),
  );

/**
 * "© 2024 X. All rights reserved.", "© Copyright 2024 X", "© X 2025 · Terms of use ·
 * Contact": the owner a copyright line names, without the marks, the years and the links
 * printed after it.
 */
function copyrightOwner(line: string): string | null {
  // (Every form below has a mark: most lines have none.)
  if (!COPYRIGHT_MARK.test(line)) return null;
  // "The Example Reserve © 2025 All rights reserved.": the name before a mark that names no
  // one after it.
  const before = NAME_THEN_BARE_MARK.exec(line.trim())?.groups?.name;
  if (before) return before;
  if (!isCopyrightLine(line)) return null;
  const owner = line
    .trim()
    .replace(RESERVED_FIRST, '')
    .replace(NAME_BEFORE_MARK, '')
    .replace(COPYRIGHT_MARKS, '')
    // ("Example Bawaba (www.example.com)", "Example Publishing (India) Pvt. Ltd.": an address
    // or a country in brackets is no part of the name.)
    .replace(/\s*\([^()]*\)/g, '')
    // ("© All rights reserved to Example Press Service", "© All rights reserved EXPS")
    .replace(/^all rights reserved(?: (?:to|by))?[.,:]?\s+/i, '')
    // ("PT. Example Cyber Media": an Indonesian company's form before its name keeps it whole.)
    .replace(/^(PT|CV)\.\s+/, '$1 ')
    // ("Example Media Group, a division of Example Holdings": the owner before its parent.)
    // ("Example Tribune, Kingdom of Bahrain": the owner before where it is.)
    // ("The Example Californian, independent student press since 1971": the name before what
    // it says of itself, in small letters; "Example Communications, Inc." keeps its form.)
    .replace(/,\s+[a-z].*$/, '')
    // ("The Example Post / EXAMPLE POST ApS": the name before its company.)
    .split(
      /\s+[·|•–—/-]\s+|\.\s|,?\s+all rights reserved\b|,\s+(?:a|an|part of)\s|,\s+(?:the\s+)?(?:kingdom|republic|state|sultanate|emirate|principality) of\s/i,
    )[0]
    ?.replace(/,?\s+\d{4}$/, '')
    .replace(/\.$/, '')
    .trim();
  // ("5Example": a name may open with a figure; "example.ca": a site named by its address.)
  return owner &&
    /^[A-Z0-9]/i.test(owner) &&
    owner.length <= 60 &&
    (!/[.:]/.test(owner) || SITE.test(owner))
    ? owner
    : null;
}

/** "© 2024 Example", "Copyright 2005–2025 Example": the latest year a copyright line names. */
export function copyrightYear(line: string): number | null {
  const years = [...line.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
  return years.length > 0 ? Math.max(...years) : null;
}

/** "Source: Example News and news agencies": the line some outlets close a story with. */
const SOURCE_LINE =
  /^source:\s*(?<org>[^,;:]{2,60}?)(?:\s+(?:and|with)\s+(?:news\s+)?(?:agencies|wires))?\.?$/i;

/** "This article originally appeared in X", "Courtesy of X", "© 2024 X". */
export function readCredit(line: string): string | null {
  const text = line.trim();
  const owner = copyrightOwner(text);
  if (owner) return owner;
  // ("Source: Gaza's health ministry" under a chart names a body, not a newsroom.)
  // ("Source: X - Y - Z" lists where the story's facts came from, not who published it.)
  const source = SOURCE_LINE.exec(text)?.groups?.org;
  if (source && isNewsName(source) && !/\s[-–—/|·•]\s/.test(source)) return source.trim();
  for (const re of CREDIT) {
    const org = re.exec(text)?.groups?.org;
    // "This article was first published on June 8, 2024": a date, read as the page's.
    if (org && !readFullDate(org)) return org.trim();
  }
  return null;
}

/**
 * "By Jane Doe", "BY JANE ROE", "By: CNN": a name or an outlet after "By". Not a sentence that
 * opens with "By" ("By the numbers: …", "By Dec. 1, Hamas had freed 105 hostages.").
 */
export const BYLINE =
  /^(?:(?:[Tt]ext|[Ww]ords|[Ww]ritten|[Ss]tory|[Pp]osted) )?(?:by|By|BY):?\s+(?<who>(?=\p{Lu})(?![A-Z][a-z]{2}\.?\s+\d)(?!.*\d[\d,]*\s+\p{Ll}.*[.!?]$).{2,80})$/u;

/** "Guardian staff and agencies", "Al Jazeera Staff": a byline without "By". */
export const STAFF_LINE =
  /^(?<who>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} [Ss]taff)(?: and agencies)?$/u;

/** "By: CNN", "By Jane Doe, Example Post", "By Jane Doe | Reuters": the outlet in a byline. */
export function readBylineOrg(line: string): string | null {
  // "By: Example Press - @examplenews": the outlet's social handle after its name.
  const text = line.includes('@') ? line.replace(HANDLE, '') : line;
  const who = BYLINE.exec(text.trim())?.groups?.who ?? STAFF_LINE.exec(text.trim())?.groups?.who;
  if (!who || isSentenceLike(who) || isGenericCredit(who)) return null;
  // "By Example News with AP, EFE": the agencies after "with" helped; the byline's is before.
  const parts = who
    .replace(/\s+with\s+.*$/, '')
    // "Story by Example News • 1mo": a portal sets the story's age after a bullet.
    .split(/\s*(?:,|\||\band\b|\bfor\b|—|–|•|·)\s*/)
    .filter(Boolean)
    .filter(Boolean);
  for (const raw of parts.reverse()) {
    // "Al Jazeera Staff", "TOI Staff", "Guardian staff": the outlet's own staff, whatever its
    // name ("New York Example Week staff").
    const part = sourceSite(raw.replace(STAFF_SUFFIX, '')).trim();
    // (Not "Middle East correspondent": a role is no outlet's staff.)
    const staff = /\s[Ss]taff$/.test(raw.trim()) && isNameLine(part);
    if (
      part &&
      (staff || looksLikeOrganisation(part) || ARTICLE_NAME.test(part) || SITE.test(part)) &&
      !ROLE.test(part)
    )
      return knownOutlet(part) ?? part;
  }
  return null;
}

const HANDLE = /\s*[-–—|]?\s*@\w+/g;

/** A site named by its address: "example.com", "examplenews.co.uk". */
const SITE = /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|news|info|co|[a-z]{2})$/i;
export const isSiteAddress = (text: string) => SITE.test(text);

/** "Source: example.com/Reuters" → "example.com": the site, before the agency it ran. */
function sourceSite(text: string): string {
  return text.replace(/^source:\s*/i, '').replace(/^([\w-]+(?:\.[\w-]+)+)\/[A-Za-z]\S*$/, '$1');
}

/** "By THE NATION", "By The Example": a name with an article before it is no person's. */
const ARTICLE_NAME = /^the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/iu;

/** "Senior News Reporter", "Middle East Correspondent": a writer's role, not an outlet. */
const ROLE = /\b(?:reporter|correspondent|editor|writer|producer|columnist|journalist|analyst)$/i;

const STAFF_SUFFIX =
  /\s+(?:staff(?:\s+(?:writers?|reporters?))?|newsroom|correspondents?|(?:news|web|digital|online|world|foreign) desk)$/i;

/** " | ", " / ", " · ": what a page's header sets between its byline, outlet and date. */
const HEADER_SEPARATOR = /\s+[|/·•●▪■◆‧–—-]\s+|\s+,\s+/;

const unmark = (part: string) => part.replace(/^[*_]+|[*_]+$/g, '').trim();

/** "*Agence France-Presse*", "By Jane Doe", "TOI World Desk": names, not a sentence. */
function isCreditPart(part: string): boolean {
  const words = unmark(part)
    .replace(/^(?:posted |written |words |story )?by:?\s+/i, '')
    .split(/\s+/);
  return (
    words.length <= 8 &&
    words.every(
      (w) =>
        /^[\p{Lu}\d&]/u.test(w) ||
        // "By Example Herald staff", "Example News desk and agencies"
        /^(?:of|the|and|for|de|al|el|bin|staff|desk|newsroom|agencies|reporters?|writers?)$/.test(
          w,
        ),
    )
  );
}

/** A part that credits someone: a byline, a desk or staff, or an outlet. */
const isCredit = (part: string) =>
  BYLINE.test(unmark(part)) ||
  /\b(?:desk|staff|bureau|correspondent)\b/i.test(part) ||
  readHeaderOrg(part) !== null;

/**
 * A byline or credit and the page's date run together on one line: "By EFE Published: Mon 4
 * Dec 2023, 10:15 AM", "By Jane Doe | Reuters | March 6, 2024 4:12 PM GMT", "*Agence
 * France-Presse* | Updated 10:02 GMT on 2024-03-08", "TOI World Desk / EXAMPLE.COM / Posted
 * Mar 6, 2024". The credit, then the date.
 */
/** Two to four capitalised words of a name, then the date's label. */
const NAME_THEN_PUBLISHED =
  /^((?:\p{Lu}[\p{L}'’.-]+\s+){2,4})(?=(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\b)/u;

export function splitBylineDate(line: string): [string, string] | null {
  const text = line.trim();
  // (Every date read below has a figure.)
  if (!/\d/.test(text)) return null;
  if (BYLINE.test(text)) {
    const m = /\s(?=(?:published|updated|posted|last updated)\b)/i.exec(text);
    const date = m ? text.slice(m.index).trim() : '';
    // "… | Updated 2 hours ago": a label without a date is read with the parts below.
    if (m && readPageDate(date)) return [text.slice(0, m.index).trim(), date];
    // "by Example Newsdesk 27 November 2024, 14:35": the date run into the byline.
    const full = text.length <= 120 && !HEADER_SEPARATOR.test(text) ? readFullDate(text) : null;
    if (full?.date && full.index > 3) {
      // (A weekday before the date goes with it: "By Jane Doe Friday, March 6, 2024".)
      const cut = text
        .slice(0, full.index)
        .replace(/(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i, '');
      const when = text.slice(cut.length).trim();
      if (readPageDate(when)) return [cut, when];
    }
  }
  // A header line is short; a paragraph is not read further.
  if (text.length > 160) return null;
  // "Jane Doe Published January 23, 2024 | 02:40 PM": a writer's name with no "By", then the
  // labelled date.
  const named = NAME_THEN_PUBLISHED.exec(text);
  const name = named?.[1];
  if (name) {
    const date = text.slice(name.length).trim();
    if (readPageDate(date)) return [name.trim(), date];
  }
  const parts = text.split(HEADER_SEPARATOR);
  if (parts.length < 2) return null;
  const at = parts.findIndex((part) => readFullDate(part) !== null);
  if (at < 0) return null;
  // The date, with the time printed after it ("March 6, 2024 | 4:12 PM").
  let end = at + 1;
  while (
    end < parts.length &&
    !isCredit(parts[end] ?? '') &&
    readPageDate(parts.slice(at, end + 1).join(' '))
  )
    end++;
  const date = parts.slice(at, end).join(' ');
  // "Jane Doe | 06.03.2024 - Update : 06.03.2024": an update beside the date is no credit;
  // nor is an update's age ("Updated 3 hours ago").
  const others = [...parts.slice(0, at), ...parts.slice(end)].filter(
    (part) => !/^(?:last |latest )?updated?\b.*\bago$/i.test(part.trim()),
  );
  const updates = others.filter((part) => readPageDate(part) !== null);
  const credit = others.filter((part) => !updates.includes(part));
  // "Ceasefire Begins | January 19, 2025": a timeline's entry, not a credit. A person's name
  // beside a labelled date ("Jane Doe | 06.03.2024 - Update : 06.03.2024") is a byline.
  const labelled = /\b(?:published|updated?|posted|modified)\b/i.test([date, ...updates].join(' '));
  if (!credit.every(isCreditPart) || !(labelled || credit.some(isCredit))) return null;
  if (!readPageDate(date)) return null;
  return [credit.join(' | '), date];
}

/** "*Explained* | By Example News Desk": a label and a byline on one header line. */
export function readLabelledByline(line: string): string | null {
  const text = line.trim();
  if (text.length > 100) return null;
  // Loops, not map then every or find: an optimized map's array is of another kind than the
  // interpreter's, and the next step would send the optimized page cleaning back.
  const parts: string[] = [];
  for (const part of text.split(HEADER_SEPARATOR)) parts.push(unmark(part));
  if (parts.length < 2 || !parts.every(isCreditPart)) return null;
  const byline = parts.find((p) => BYLINE.test(p));
  if (!byline) return null;
  // "By Jane Doe | Example Times": the outlet in a field of its own beside the writer's.
  return readBylineOrg(byline) ?? besideOrg(parts, byline) ?? '';
}

/** The first outlet named in a field other than the byline. */
function besideOrg(parts: readonly string[], byline: string): string | null {
  for (const part of parts) {
    if (part === byline) continue;
    const org = readHeaderOrg(part);
    if (org !== null) return org;
  }
  return null;
}

/**
 * "Jane Roe and John Doe Friday 24 November 2023 21:40 GMT": the writers' names run into the
 * page's date, as a copied byline comes out. The names, then the date line.
 */
export function splitNamesDate(line: string): [string, string] | null {
  const text = line.trim();
  if (text.length > 120) return null;
  const full = readFullDate(text);
  if (!full?.date || full.index === 0) return null;
  // The date starts at its weekday, when one is printed before it.
  const head = text
    .slice(0, full.index)
    .replace(/\s*\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b,?\s*$/i, '');
  const names = head.replace(/[\s,|·•–—-]+$/, '').trim();
  if (!names || !/\s(?:and|&)\s|,/.test(names) || !isCreditPart(names)) return null;
  const date = text.slice(head.length).trim();
  return readPageDate(date)?.date ? [names, date] : null;
}

/**
 * The outlet in the credit of a page's header: "By Jane Doe | Reuters", "*Agence
 * France-Presse*", "TOI World Desk / EXAMPLE.COM" (a known site's address gives its name).
 * Without "By", only a known outlet or a name with a newsroom word: "GAZA" is a place.
 */
export function readHeaderOrg(credit: string): string | null {
  for (const part of credit.split(HEADER_SEPARATOR).reverse()) {
    const t = sourceSite(unmark(part));
    if (BYLINE.test(t) || STAFF_LINE.test(t)) {
      const org = readBylineOrg(t);
      if (org) return org;
    } else if (!isGenericCredit(t)) {
      const known = knownOutlet(t);
      if (known) return known;
      if ((ORG_WORD.test(t) || SITE.test(t)) && !/\b(?:desk|staff)$/i.test(t)) return t;
    }
  }
  return null;
}

/** An outlet's name as a credit writes it: a few capitalised words or an acronym. */
const NAME = "[A-Z][\\w&'’-]*(?: [A-Z0-9][\\w&'’-]*){0,4}";

/**
 * A wire credit closing the story: "… ceasefire.- Reuters", "— AP" on a line of its own,
 * "(AFP)" after the last sentence. Not "…, according to Reuters." (a citation).
 */
const WIRE_CREDIT_END = new RegExp(
  `(?:^|[.!?"”’)]\\s*)(?:[-–—]{1,2}\\s*(?<dashed>${NAME})|\\((?<paren>${NAME})\\))\\.?\\s*$`,
);

/** The outlet credited at the end of the last paragraph, and the paragraph without it. */
export function readWireCredit(paragraph: string): { org: string; rest: string } | null {
  const m = WIRE_CREDIT_END.exec(paragraph);
  const org = (m?.groups?.dashed ?? m?.groups?.paren)?.trim();
  // Only a news organisation: a bullet list of bodies ("- OCHA") is no credit.
  // "(With Reuters)" credits help with the story, not the story.
  if (!m || !org || !isNewsName(org) || isGenericCredit(org) || /^with\s/i.test(org)) return null;
  const cut = m.index + (m[0].search(/[-–—(]/) >= 0 ? m[0].search(/[-–—(]/) : 0);
  return { org, rest: paragraph.slice(0, cut).trim() };
}

/**
 * Lines in which a page names itself: "Follow Example News on WhatsApp", "… by following
 * Example News", "Download the Example News app", "The views expressed … do not necessarily
 * reflect those of Example Post". Only an outlet's name counts.
 */
const SELF_REFERENCES = [
  new RegExp(
    `(?:^|[.!?]\\s+)[Ff]ollow (?<org>${NAME}) on (?:Twitter|X|Facebook|Instagram|Telegram|WhatsApp|YouTube|TikTok|Threads|Google News|LinkedIn)\\b`,
  ),
  new RegExp(`\\bby following (?<org>${NAME})(?: on \\w+)?\\.?$`),
  new RegExp(`^(?:[Dd]ownload|[Gg]et) the (?<org>${NAME}) app\\b`),
  new RegExp(
    `\\bdo(?:es)? not (?:necessarily )?reflect (?:those|the views) of (?<org>${NAME})\\.?$`,
  ),
  // "(Only the headline of this report may have been reworked by the Example Standard staff;
  // the rest is auto-generated from a syndicated feed.)": a syndicating site's own note.
  new RegExp(`\\b(?:reworked|edited|modified) by (?:the )?(?<org>${NAME}) (?:staff|team|desk)\\b`),
];

/**
 * "Example de Fato is a media outlet of the popular movements.", "Example Press Service (EPS)
 * is an Israel-based news agency.": a page's note on who it is. The note itself says the name
 * is a newsroom's, whatever words it has.
 */
// ("Example Daily is published by Example Media Group.": the paper, before its publisher.)
const SELF_DESCRIPTION = new RegExp(
  `^(?<org>[A-Z][\\w&'’-]*(?: (?:[A-Z0-9][\\w&'’-]*|de|da|do|del|la|el|al|of|the)){0,5})(?: \\([A-Z]{2,6}\\))? (?:is (?:an?|the|[A-Z][\\w-]*['’]s) (?:[\\w-]+ ){0,3}(?:media outlet|news (?:agency|site|outlet|organi[sz]ation|website|service|portal|channel)|newspaper|daily|weekly|magazine|publication|radio station|broadcaster|television station|TV station)\\b|is published by [A-Z])`,
);

/** Words every self-reference above has ("follow", "app", "is a", …): most lines have none. */
const MAY_REFER_TO_SELF =
  /ollow|\bapp\b|reflect|reworked|edited|modified|\bis (?:an?|the|published|[A-Z][\w-]*['’]s)\b/;

export function readSelfReference(line: string): string | null {
  const t = line.trim();
  if (t.length > 240 || !MAY_REFER_TO_SELF.test(t)) return null;
  const described = SELF_DESCRIPTION.exec(t)?.groups?.org;
  if (described && !/ (?:de|da|do|del|la|el|al|of|the)$/.test(described))
    return knownOutlet(described) ?? described;
  for (const re of SELF_REFERENCES) {
    const org = re.exec(t)?.groups?.org?.trim();
    if (org && isNewsName(org)) return knownOutlet(org) ?? org;
  }
  return null;
}

/** "Thank you for following Example News. This blog is no longer being updated." */
const THANKS = new RegExp(
  `^(?:[Tt]hat(?:'s| is) all[^.!]*[.!]\\s*)?(?:[Tt]hanks|[Tt]hank you) for (?:following|reading|joining|staying with)(?: us on)? (?<org>${NAME})(?:['’]s? [^.!]*)?[.!]`,
);

export function readThanks(line: string): string | null {
  const org = THANKS.exec(line.trim())?.groups?.org?.trim();
  // "Thanks for following our coverage": the outlet is not named.
  if (!org || /^(?:Our|Us|This|The live)\b/.test(org)) return null;
  return org;
}
