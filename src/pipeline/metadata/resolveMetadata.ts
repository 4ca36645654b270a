// Publisher, publication date, title and URL of an article, from the most trusted place that
// gives them: the meta file, then front matter or HTML meta tags, then the text's own signals.
// Each value records where it came from. Dates are never guessed. Pure.
import type { Provenance } from '../../dataset/schema.ts';
import type { CleanedBody } from '../clean/cleanBody.ts';
import { makeDay, type Day } from '../dates/calendar.ts';
import { MONTH_PATTERN, monthNumber } from '../dates/monthNames.ts';
import type { SourceDocument } from '../input/sourceDocument.ts';
import type { MetaEntry } from './metaFile.ts';
import { isWireAgency, knownOutlet, outletOfUrl, spelledName } from '../clean/outlets.ts';
import { pageOutlet } from './pageOutlet.ts';
import { copyrightYear, isAcronym, readCredit } from '../clean/credits.ts';
import { WAR_START } from '../dates/resolveDate.ts';

export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  publisherFrom: Provenance | null;
  published: Day | null;
  publishedFrom: Provenance | null;
  url: string | null;
  notes: string[];
  warnings: string[];
}

/** The legal forms a company's name ends with ("Pty Ltd"), not words of the name itself. */
const LEGAL_FORMS =
  'LLC|L\\.L\\.C\\.|LLP|Ltd\\.?|Limited|Inc\\.?|Corp\\.?|GmbH|AG|PLC|plc|S\\.A\\.|S\\.L\\.|S\\.p\\.A\\.|DAC|N\\.V\\.|B\\.V\\.|Pty|Pvt\\.?|Sdn\\.?(?: Bhd\\.?)?|Bhd\\.?|Pte\\.?|Co\\.?';

/** "Al Example Publishing LLC", "Example Productions Ltd.": the company that owns a page. */
// ("PT Example Cyber Media": an Indonesian company names its form first.)
// ("© 2025 Example Online and affiliated companies": a group of companies too.)
const COMPANY = new RegExp(
  `^(?:PT|CV|Société|Sociedad|Sociedade)\\s|\\b(?:${LEGAL_FORMS}|Corporation|Company|Productions|Holdings|subsidiary|Trust|Group|Gesellschaft)\\b[.,]?$|\\b(?:affiliated|associated|group of|and its) (?:companies|affiliates)[.,]?$`,
);

const LEGAL_FORM = new RegExp(`\\s*\\b(?:${LEGAL_FORMS})[.,]?$`);

/** "Example News Pty Ltd" → "Example News": every legal form at the end, not only the last. */
function withoutLegalForm(name: string): string {
  let rest = name.trim();
  while (LEGAL_FORM.test(rest)) rest = rest.replace(LEGAL_FORM, '').trim();
  return rest.replace(/,$/, '') || name.trim();
}

function textPublisher(cleaned: CleanedBody): { value: string; how: string } | null {
  const s = cleaned.signals;
  // A copyright line may name the company that owns the outlet rather than the outlet: any
  // other name the page gives itself comes first.
  const owner = s.creditedTo !== null && COMPANY.test(s.creditedTo.trim());
  // A wire agency in a credit, byline or dateline wrote the story; a page that names itself
  // too is the outlet carrying the agency's copy, and its own name comes first.
  const own = (name: string | null) => name !== null && !isWireAgency(name);
  // A footer's "© 2024 X" yields to a known outlet the page names at its top or in a line of
  // its own ("© Example Media" under "Example News", an aggregator's "© Microsoft" on a page
  // headed "MSN"); a syndication credit ("first published in X") does not.
  const ownedBy = s.creditIsCopyright ? (s.masthead ?? s.selfNamed) : null;
  if (s.creditedTo && own(s.creditedTo) && !owner && !ownedBy)
    return { value: s.creditedTo, how: 'a credit line in the text' };
  if (s.bylineOrg && own(s.bylineOrg)) {
    // "By HT News Desk" under "Hindustan Times": the desk's initials stand for the page's name.
    const pageName = s.masthead ?? s.siteName;
    if (pageName && initialsOf(pageName) === s.bylineOrg)
      return { value: pageName, how: 'the byline, by the initials of the name at the top' };
    // "ILH Staff" under "Example Hayom": a desk's unknown initials yield to a known name.
    if (s.masthead && isAcronym(s.bylineOrg) && !knownOutlet(s.bylineOrg))
      return { value: s.masthead, how: "the outlet's name at the top of the page" };
    return { value: s.bylineOrg, how: 'the byline' };
  }
  // The page's own names, strongest first; the site name is the weakest of them.
  const pageNames: [string | null, string][] = [
    [s.thanksTo, "the live blog's sign-off"],
    [s.selfNamed, 'a line in which the page names itself'],
    [s.masthead, "the outlet's name at the top of the page"],
  ];
  const siteName: [string | null, string] = [s.siteName, 'the site name in the text'];
  for (const [name, how] of [...pageNames, siteName])
    if (name && own(name)) return { value: name, how };
  // Only agencies name the page: the one whose credit is nearest the story.
  if (s.bylineOrg) return { value: s.bylineOrg, how: 'the byline' };
  for (const [name, how] of pageNames) if (name) return { value: name, how };
  if (s.datelineAgency) return { value: s.datelineAgency, how: 'the dateline' };
  if (s.siteName) return { value: s.siteName, how: 'the site name in the text' };
  if (s.wireCredit) return { value: s.wireCredit, how: 'the wire credit at the end' };
  // "© 2024 Example Mail Inc.": the owner's name without the company's legal form.
  if (s.creditedTo)
    return {
      value: withoutLegalForm(s.creditedTo),
      how: 'the copyright line',
    };
  return null;
}

/**
 * A site's name as a format gives it: "dw.com" is DW; a web address in a publisher's field
 * ("source: https://…") names no one unless it is a known outlet's.
 */
function siteNameOf(value: string | null): string | null {
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) return outletOfUrl(value);
  // "Example News - Breaking news, special reports, world, business …": the name before a
  // description of the site.
  const [name, description] = value.split(/\s+[-–—|:]\s+/, 2);
  const plain = name && description && description.split(/\s+/).length > 2 ? name : value;
  return knownOutlet(plain) ?? plain;
}

/** "Example Daily Times Online News" → "Example Daily Times": the site's words after the name. */
function withoutOnlineSuffix(name: string): string {
  const plain = name
    .replace(/\s+(?:Online News|News Online|Online)$/i, '')
    // "The Example Press - ExamplePress.com": the site's address after its name.
    .replace(
      /\s+[-–—|]\s+(?:www\.)?[\w-]+\.(?:com|org|net|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i,
      '',
    );
  return plain !== name && plain.split(/\s+/).length >= 2 ? plain : name;
}

/** "africanews." → "africanews": a logo's full stop is no part of the name ("Example Co." keeps its). */
function withoutStop(name: string): string {
  return /[a-z]{4,}\.$/i.test(name) && !LEGAL_FORM.test(name) ? name.slice(0, -1) : name;
}

/**
 * "Example Times" written on a page whose address is exampletimes.com: the name the page gives
 * itself, told by its own address (letters alike, spaces and case aside).
 */
function nameOfAddress(url: string | null, body: string): { value: string; how: string } | null {
  const host = url ? /^https?:\/\/([a-z0-9.-]+)/i.exec(url)?.[1] : undefined;
  // ("news.example.com": the site's own label, not the section's before it.)
  const own = host
    ?.toLowerCase()
    .split('.')
    .slice(0, -1)
    .find((l) => !GENERIC_HOST_LABELS.has(l));
  const label = own ? spelledName(own) : undefined;
  if (!label || label.length < 4) return null;
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(body); m; m = CAPITALISED_RUN.exec(body)) {
    const words = m[0].split(' ');
    // Each run and the runs within it that end where it ends ("Read Example Times" → "Example
    // Times"), or the address's name with a newsroom word after it ("Example News").
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      const spelled = spelledName(name);
      if (
        spelled === label ||
        (k === 0 &&
          words.length === 2 &&
          NEWSROOM_WORD.test(words[1] ?? '') &&
          spelledName(words[0] ?? '') === label)
      )
        return { value: name, how: 'a name on the page that its web address spells' };
    }
  }
  return null;
}

/** Labels of a host that name a part of a site, not the site: "news.", "en.", "m.". */
const GENERIC_HOST_LABELS = new Set([
  'www',
  'news',
  'en',
  'english',
  'm',
  'mobile',
  'amp',
  'edition',
  'world',
]);
const NEWSROOM_WORD = /^(?:News|Online|Network|TV)$/;

/** Runs of one to five capitalised words (the first may be "The"). */
const CAPITALISED_RUN = /\b[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4}/g;

/** "Middle East Eye" → "MEE": the capitals a name is shortened to. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** The one reading of an unclear date whose month and day the first two paragraphs name. */
function leadNamedDay(readings: readonly Day[], paragraphs: readonly string[]): Day | null {
  const named = new Set<string>();
  for (const text of paragraphs.slice(0, 2)) {
    for (const m of text.matchAll(MONTH_DAY)) {
      const month = monthNumber(m[1] ?? m[4] ?? '');
      const day = Number(m[2] ?? m[3]);
      if (month) named.add(`${month}-${day}`);
    }
  }
  const found = readings.filter((d) =>
    named.has(`${Number(d.slice(5, 7))}-${Number(d.slice(8, 10))}`),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTH_PATTERN})`,
  'g',
);

/**
 * The publication date the text gives, most direct first. A dateline without a year ("Tel
 * Aviv, February 20:") takes the year of a ` date 2025-02` prefix when the months agree.
 */
function textPublished(cleaned: CleanedBody): { value: Day; how: string } | null {
  const s = cleaned.signals;
  if (s.datePrefix) return { value: s.datePrefix, how: 'the date line at the top of the text' };
  if (s.publishedLine) return { value: s.publishedLine, how: "the page's date line" };
  if (s.bareDateLine) return { value: s.bareDateLine, how: 'the date line at the top' };
  if (s.datelineDate) return { value: s.datelineDate, how: 'the dateline' };
  if (s.liveStamp) return { value: s.liveStamp, how: "the live blog's latest entry" };
  if (s.updatedLine) return { value: s.updatedLine, how: 'the "Updated" line' };
  if (s.closingDate) return { value: s.closingDate, how: 'the date line under the story' };
  const partial = s.datelinePartialDate;
  const prefix = s.datePrefixPartial;
  // "10/05/2025" over "GAZA, May 10 (…) --": the dateline tells the day from the month.
  const settled = partial
    ? s.unclearDate?.find(
        (d) => Number(d.slice(5, 7)) === partial.month && Number(d.slice(8, 10)) === partial.day,
      )
    : undefined;
  if (settled) return { value: settled, how: 'the date line at the top, read by the dateline' };
  // "07/10/2024 14:26" over "… the ministry said on Monday, October 7": the lead names the day.
  const named = s.unclearDate ? leadNamedDay(s.unclearDate, cleaned.paragraphs) : null;
  if (named) return { value: named, how: 'the date line at the top, read by the lead' };
  if (partial && prefix && (prefix.month === null || prefix.month === partial.month)) {
    const day = makeDay(prefix.year, partial.month, partial.day);
    if (day) return { value: day, how: 'the dateline, in the year of the date line at the top' };
  }
  return null;
}

/**
 * What a page with no full date of its own leaves to read: "QAMISHLI, Sept. 1 (Example)" over
 * "© 2024 Example" is the dateline in the year the copyright names, the only year the page
 * gives. (An unclear "10/05/2025" alone stays unread: which figure is the month, nothing says.)
 */
function guessedPublished(
  cleaned: CleanedBody,
  footerYear: number | null,
): { value: Day; how: string } | null {
  const s = cleaned.signals;
  // (…and so is "Published Jan. 5" over "© 2024 Example".)
  const partial = s.datelinePartialDate ?? s.publishedPartial;
  const year = s.copyrightYear ?? footerYear;
  const copyrighted = partial && year ? makeDay(year, partial.month, partial.day) : null;
  return copyrighted && copyrighted >= WAR_START
    ? { value: copyrighted, how: 'the day the page gives, in the year of its copyright line' }
    : null;
}

/** "© 2025 Example Post": the owner an HTML page's footer names, when nothing else names it. */
function footerOwner(lines: readonly string[]): { value: string; how: string } | null {
  const owner = lines.map(readCredit).find((o) => o !== null);
  return owner ? { value: withoutLegalForm(owner), how: "the page's copyright line" } : null;
}

/** The latest year the page's footer copyright lines name. */
function latestYear(lines: readonly string[]): number | null {
  const years = lines.map(copyrightYear).filter((y) => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

/** ".../news/2023/11/12/strikes-resume": the day a site files a story under in its address. */
function urlPublished(url: string | null): { value: Day; how: string } | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  // ".../18-Mar-2025/strikes-resume": the day, the month's name and the year in one step.
  const named = m ? null : /\/(\d{1,2})-([A-Za-z]{3,9})-((?:19|20)\d{2})\//.exec(url);
  const month = named ? monthNumber(named[2] ?? '') : null;
  // ".../08-04-2024/…": a day in figures between dashes, day first as dashes write it.
  const dashed = m || named ? null : /\/(\d{2})-(\d{2})-((?:19|20)\d{2})\//.exec(url);
  const day = m
    ? makeDay(Number(m[1]), Number(m[2]), Number(m[3]))
    : named && month
      ? makeDay(Number(named[3]), month, Number(named[1]))
      : dashed
        ? makeDay(Number(dashed[3]), Number(dashed[2]), Number(dashed[1]))
        : null;
  return day ? { value: day, how: "the page's web address" } : null;
}

function missingDateWarning(cleaned: CleanedBody): string {
  const partial = cleaned.signals.datelinePartialDate;
  const prefix = cleaned.signals.datePrefixPartial;
  if (partial) return `no publication date: the dateline says "${partial.text}" without a year`;
  if (prefix)
    return `no publication date: the date line at the top gives ${prefix.month === null ? 'only a year' : 'only a year and month'}`;
  return 'no publication date in the text';
}

export function resolveMetadata(
  meta: MetaEntry | undefined,
  doc: SourceDocument,
  cleaned: CleanedBody,
): ArticleMetadata {
  const notes: string[] = [];
  const warnings: string[] = [];
  const formatFrom = doc.metaSource;
  const describe = (from: Provenance) =>
    from === 'meta-file'
      ? 'articles.meta.json'
      : from === 'front-matter'
        ? 'the front matter'
        : from === 'html-meta'
          ? "the page's meta tags"
          : 'the text';

  let publisher: string | null = null;
  let publisherFrom: Provenance | null = null;
  const formatPublisher = siteNameOf(doc.meta.publisher);
  // "source: AFP" in front matter: the agency whose copy the page carries; a name the page
  // gives itself elsewhere (its address, its logo, its masthead) comes first.
  const carried = formatPublisher !== null && isWireAgency(formatPublisher);
  const ownInstead = carried ? (pageOutlet(doc.meta) ?? textPublisher(cleaned)) : null;
  if (meta?.publisher) [publisher, publisherFrom] = [meta.publisher, 'meta-file'];
  else if (ownInstead && !isWireAgency(ownInstead.value)) {
    [publisher, publisherFrom] = [ownInstead.value, formatFrom ?? 'text'];
    notes.push(`Publisher read from ${ownInstead.how}, not the agency in the page's metadata.`);
  } else if (formatPublisher && formatFrom)
    [publisher, publisherFrom] = [formatPublisher, formatFrom];
  else {
    const ownName = pageOutlet(doc.meta);
    const found =
      ownName ??
      nameOfAddress(meta?.url ?? doc.meta.url ?? cleaned.signals.pageUrl, doc.body) ??
      textPublisher(cleaned) ??
      footerOwner(doc.meta.copyrights ?? []);
    if (found) {
      [publisher, publisherFrom] = [found.value, (ownName && formatFrom) || 'text'];
      notes.push(`Publisher read from ${found.how}.`);
    }
  }
  if (publisherFrom && publisherFrom !== 'text')
    notes.push(`Publisher from ${describe(publisherFrom)}.`);
  if (publisher) publisher = withoutOnlineSuffix(withoutStop(publisher));
  if (!publisher) warnings.push('no publisher found');

  let published: Day | null = null;
  let publishedFrom: Provenance | null = null;
  if (meta?.published) [published, publishedFrom] = [meta.published, 'meta-file'];
  else if (doc.meta.published && formatFrom)
    [published, publishedFrom] = [doc.meta.published, formatFrom];
  else {
    const found =
      textPublished(cleaned) ??
      urlPublished(meta?.url ?? doc.meta.url) ??
      urlPublished(cleaned.signals.pageUrl) ??
      guessedPublished(cleaned, latestYear(doc.meta.copyrights ?? []));
    if (found) {
      [published, publishedFrom] = [found.value, 'text'];
      notes.push(`Publication date read from ${found.how}.`);
    }
  }
  if (publishedFrom && publishedFrom !== 'text')
    notes.push(`Publication date from ${describe(publishedFrom)}.`);
  if (!published) warnings.push(missingDateWarning(cleaned));
  if (meta?.note) notes.push(`Note: ${meta.note}`);

  return {
    title: meta?.title ?? doc.meta.title ?? cleaned.title,
    publisher,
    publisherFrom,
    published,
    publishedFrom,
    url: meta?.url ?? doc.meta.url,
    notes,
    warnings,
  };
}
