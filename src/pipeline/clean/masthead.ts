// The outlet's name printed on a line of its own at the top of a page, as it comes out when a
// page is copied: "TASS", "The National", "Anadolu Agency", "Example Daily News", and the
// tagline some outlets set under it ("Russian News Agency"), which names no outlet, and the
// heading of the site's section ("Middle East"). Pure.
import { isAcronym, isSiteAddress, looksLikeOrganisation } from './credits.ts';
import { isNameLine } from './nameLine.ts';
import { knownOutlet } from './outlets.ts';

export { isNameLine };

export interface Masthead {
  name: string;
  /** A name from the table of known outlets, not only one that looks like an outlet's. */
  known: boolean;
}

/**
 * Words of a site's section headings ("World News", "Middle East", "Live Updates"): a name
 * made of them alone names a section, not an outlet.
 */
const SECTION_WORDS = new Set(
  'the and of & world international latest top breaking local live middle east politics business opinion analysis news today daily report reports updates update israel gaza palestine war region global arab asia africa europe americas us uk'.split(
    ' ',
  ),
);

/** "Middle East", "World News": a section's heading above the headline. */
export const isSectionName = (line: string) =>
  isNameLine(line) &&
  line
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .every((w) => SECTION_WORDS.has(w));

/** The outlet a masthead line names: a known outlet, or a name with a newsroom word in it. */
export function readMasthead(line: string): Masthead | null {
  // "EXAMPLE STAR REPORTER": a byline of the outlet's own reporter names the outlet.
  const outlet = withoutReporterRole(line);
  if (outlet !== line) return readMasthead(outlet);
  const known = knownOutlet(line);
  if (known) return { name: known, known: true };
  // "경향신문 | The Example Shinmun — English Edition": the name in its own script beside its
  // name in Latin letters (the edition's label aside) is the outlet's.
  const bilingual = line
    .replace(
      /\s+[—–-]\s+(?:English|International|Global|Online|Digital)(?: Edition| Version)?$/i,
      '',
    )
    .split(/\s+[|–—-]\s+/);
  if (bilingual.length === 2) {
    const [a = '', b = ''] = bilingual.map((p) => p.trim());
    const native = (p: string) => /\p{L}/u.test(p) && !/[A-Za-z]/.test(p);
    const latin = native(a) ? b : native(b) ? a : null;
    if (latin && isNameLine(latin) && !isSectionName(latin)) {
      return { name: knownOutlet(latin) ?? latin, known: knownOutlet(latin) !== null };
    }
  }
  // "EXN | Example News Network": the outlet's initials and name side by side.
  // ("Example Latina - Latin American News Agency": a name and its tagline after a dash.)
  const parts = line.split(/\s+[|–—-]\s+/);
  if (parts.length === 2) {
    const named = parts.map((p) => knownOutlet(p)).find((p) => p !== null);
    if (named) return { name: named, known: true };
    // "EXA - Example News Agency": initials beside the name they stand for.
    const [a = '', b = ''] = parts.map((p) => p.trim());
    // "Example.net - Kelowna News, Weather, Sports": a site named by its address, then what it
    // offers.
    if (isSiteAddress(a) && /^\p{Lu}/u.test(b) && !/[.!?]$/.test(b))
      return { name: a, known: false };
    // "EXAMPRESS - Romanian National News Agency": a one-word name in capitals, then what
    // kind of newsroom it is (whose initials need not be the name's).
    if (/^\p{Lu}{4,}$/u.test(a) && !isSectionName(a) && NEWSROOM_TAGLINE.test(b))
      return { name: a, known: false };
    // "EXAMPLE WORLD - Voice of Example": a brand in capitals, then the name it stands for.
    if (
      /^[\p{Lu}\d]{2,}(?: [\p{Lu}\d]{2,}){1,2}$/u.test(a) &&
      !isSectionName(a) &&
      /^(?:Voice|Radio|News|Television|Broadcasting)\b/.test(b) &&
      isNameLine(b)
    )
      return { name: a, known: false };
    const [short, full] = isAcronym(a) ? [a, b] : [b, a];
    // ("INSS | The Institute for National Security Studies": a name spelled out in three or
    // more capitalised words is its initials' own, whatever kind of body it is.)
    if (
      isAcronym(short) &&
      ((isNameLine(full) && looksLikeOrganisation(full)) || spelledOutName(full)) &&
      sameLetters(initialsOf(full), short)
    )
      return { name: full, known: false };
  }
  const t = line.trim();
  // "24.kg news agency": a site named by its address, then what kind of newsroom it is.
  const [first = '', ...kind] = t.split(/\s+/);
  if (kind.length > 0 && isSiteAddress(first) && NEWSROOM_TAGLINE.test(kind.join(' ')))
    return { name: first, known: false };
  // Initials alone ("OCHA", "IDF") may be any body's; a known agency's are in the table.
  if (isNameLine(t) && !isAcronym(t) && looksLikeOrganisation(t) && !isSectionName(t))
    return { name: t, known: false };
  return null;
}

/** What a newsroom calls itself under its name: "National News Agency", "news portal". */
const NEWSROOM_TAGLINE =
  /^(?:(?!(?:is|are|was|a|an|the|our|your)\s)[\p{L}-]+\s+){0,3}(?:news\s+)?(?:agency|newspaper|news|portal|daily|press|media)$/iu;

/** A reporter's role after the outlet's name in a byline: "… REPORTER", "… Correspondent". */
const REPORTER_ROLE = /\s+(?:REPORTERS?|CORRESPONDENTS?|Reporters?|Correspondents?)\s*$/;

/** "EXAMPLE STAR REPORTER" → "EXAMPLE STAR": the outlet a reporter's byline names. */
export function withoutReporterRole(line: string): string {
  const role = REPORTER_ROLE.exec(line);
  return role && role.index > 0 ? line.slice(0, role.index) : line;
}

/** A long name written out: up to eight words, three or more of them capitalised. */
function spelledOutName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    text.length <= 70 &&
    !/[.!?]$/.test(text.trim()) &&
    words.every(
      (w, i) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || (i > 0 && /^(?:the|of|and|for|on|in)$/.test(w)),
    ) &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= 3
  );
}

/**
 * Initials that are the acronym's letters, in any order: a name translated keeps the letters of
 * its own language's order ("PAP - Polish Press Agency", for Polska Agencja Prasowa).
 */
const sameLetters = (a: string, b: string) =>
  a.length === b.length && a.split('').sort().join('') === b.split('').sort().join('');

/**
 * "Example News Agency" → "ENA": the capitals of a name's words, small words aside (and a
 * leading "The": "INSS | The Institute for National Security Studies").
 */
function initialsOf(name: string): string {
  return name
    .replace(/^The\s+/, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** "Home | News | Sport | Opinion": a site's menu, copied with the page. */
/** Names languages give themselves on a site's language switcher, in small letters. */
const LANGUAGE_NAMES = new Set(
  'english français francais español espanol deutsch italiano português portugues polski română romana русский українська српски srpski hrvatski bosanski slovenščina magyar čeština türkçe turkce ελληνικά العربية عربي עברית فارسی اردو हिन्दी हिंदी বাংলা 中文 日本語 한국어 bahasa melayu indonesia kiswahili swahili қазақша кыргызча oʻzbekcha o‘zbekcha ozbekcha tiếng việt ไทย'.split(
    ' ',
  ),
);

/** An item of a language switcher: a language's own name, or its two-letter code ("EN"). */
const isLanguageItem = (item: string) =>
  /^[A-Z]{2}$/.test(item) || LANGUAGE_NAMES.has(item.toLowerCase());

export function isMenuLine(line: string): boolean {
  // ("[Home] [National] [Politics]": a menu's links, their text in brackets.)
  const bracketed = /^\[[^\]]+\](?:\s*\[[^\]]+\]){2,}$/.test(line.trim());
  if (bracketed)
    return isMenuLine(
      line
        .trim()
        .slice(1, -1)
        .split(/\]\s*\[/)
        .join(' | '),
    );
  // ("Home / News / World / Business": slashes between items too.)
  const parts = line.trim().split(/\s+[|•·/]\s+|\s{2,}/);
  // "English | Română", "RU | KG | EN": a choice of languages, two items or more.
  if (parts.length >= 2 && parts.every(isLanguageItem)) return true;
  // (A number standing alone makes a row of figures; "9Now" or "E-paper" is a menu's item.)
  // ("News | Politics | World | Poland in the world": one item of four words among several.)
  const wordCount = (p: string) => p.split(/\s+/).length;
  if (
    parts.length >= 3 &&
    parts.every((p) => wordCount(p) <= 4 && !/(?:^|\s)\d[\d,.]*(?:\s|$)/.test(p)) &&
    parts.filter((p) => wordCount(p) === 4).length <= (parts.length >= 4 ? 1 : 0)
  )
    return true;
  // "News Politics Football Celebs TV E-paper": a menu whose separators were lost in copying:
  // capitalised words with none of the small words a headline in title case has.
  // ("News & Politics Culture Science & Health Food": an ampersand joins two items' words.)
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '&');
  return (
    words.length >= 5 &&
    words.every(
      (w) =>
        /^[A-Z][A-Za-z&]*(?:-[A-Za-z]+)*$/.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()),
    )
  );
}

/**
 * "OUTLOOK | Home · National · World": a menu whose first item is the site's name, set before
 * its link home.
 */
export function menuOwner(line: string): string | null {
  const parts = line.trim().split(/\s+[|•·/]\s+/);
  const [name, second] = parts;
  if (parts.length < 3 || !name || !/^home$/i.test(second ?? '') || !isMenuLine(line)) return null;
  return (isNameLine(name) || isLowerCaseBrand(name)) && !isSectionName(name) ? name : null;
}

/** "bianet English", "albawaba", "africanews.": a brand its logo writes in small letters. */
// ("theSun", "eExample": a brand may raise a letter inside its one word, or join two with a
// hyphen: "mid-week".)
export function isLowerCaseBrand(line: string): boolean {
  return /^(?!(?:home|menu|search|login|subscribe)\b)[a-z](?:[a-z0-9]{3,}|[a-z0-9]+-[a-z0-9]{2,}|[a-z0-9]{0,3}[A-Z][a-z0-9]{2,})\.?(?: [A-Z][a-z]+)?$/.test(
    line.trim(),
  );
}

const HEADLINE_SMALL_WORDS = new Set(
  'a an the as in of to for and on at after over with from by is are says say amid into'.split(' '),
);

/**
 * "Example Times › World › Middle East": a breadcrumb above the headline, whose first step is
 * the site's own name (when it reads as an outlet's).
 */
export function readBreadcrumb(line: string): Masthead | null {
  const steps = line.trim().split(/\s+[›»>]\s+/);
  if (steps.length < 2 || !steps.every((s) => s.split(/\s+/).length <= 5)) return null;
  return readMasthead(steps[0] ?? '');
}

/**
 * "World > Middle East", "World | Middle East", "World, Middle East": a section's path above
 * the headline.
 */
export function isSectionPath(line: string): boolean {
  const steps = line.trim().split(/,\s+|\s+[›»>|/]\s+/);
  return steps.length >= 2 && steps.every(isSectionName);
}

/** "PRESS RELEASE", "Public statement": a body's own release under its name. */
export const RELEASE_LABEL =
  /^(?:press|news|media) releases?$|^(?:public )?statement$|\b(?:press|news|media) releases?$|^(?:media centre|media center|newsroom)\b/i;

/** "Russian News Agency" under "TASS": words about the outlet, not another outlet. */
export function isTagline(line: string): boolean {
  return isNameLine(line) && looksLikeOrganisation(line) && knownOutlet(line) === null;
}

/**
 * "Multimedia Platform of Example Land", "Example Land's National Newspaper Since 1918": a
 * tagline by its shape alone (a short line in title case with no sentence's end), for a line
 * between a name and its menu; isTagline asks for an organisation's words.
 */
export function isTaglineShape(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && /^[A-Z]/.test(t) && !/[.!?:]$/.test(t) && t.split(/\s+/).length <= 10;
}

/** A tagline that says the name above it is a newsroom's: "… National Newspaper …". */
export const saysNewsroom = (tagline: string) =>
  /\b(?:newspaper|news|daily|broadcast(?:ing|er)?|agency|media|platform|portal|magazine|voice)\b/i.test(
    tagline,
  );
