// A saved web page → the article body as text, and the metadata its head carries. Pure.
// Only the article counts: navigation, scripts, styles, asides, footers, forms and captions are
// skipped; when the page has an <article> (or else a <main>), text outside it is dropped.
import { Parser } from 'htmlparser2';
import { metadataDay } from './metadataDay.ts';
import { TableRows, type TextBlock } from './htmlTableRows.ts';
import type { FormatMetadata, SourceDocument } from './sourceDocument.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'figure',
  'figcaption',
  'dialog',
  'head',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'tr',
  'table',
  'caption',
  'dd',
  'dt',
  'br',
  'hr',
  'body',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'col']);
/** Class or id words that mark page furniture rather than the story. */
const FURNITURE =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|promo|share|sharing|social|related|newsletter|sidebar|cookie|comments?|breadcrumbs?|byline-share|subscribe|recirc|most-read|trending|nav|navbar|navigation|menu|ticker)(?:$|[\s_-])/i;
/** Elements that hold the whole page or its main part. */
const WHOLE_PAGE = new Set(['html', 'body', 'main']);
/** "/", "https://www.example.com/": a link to the site's front page. */
const HOME_LINK = /^(?:https?:\/\/[^/?#]+)?\/?$/i;
/** Class or id words of the element that carries the site's own name. */
const LOGO = /(?:^|[\s_-])(?:logo|brand|masthead|site-?name|site-?title)(?:$|[\s_-])/i;
/** Class or id words of a story's header line of date and byline: "entry-meta", "post-meta". */
const ENTRY_META =
  /(?:^|[\s_-])(?:entry-meta|post-meta|article-meta|story-meta|posted-on|byline|dateline)(?:$|[\s_-])/i;

/** Class, id or itemprop words of a <time> (or its parent) that dates the page's publication. */
const PUBLISHED_TIME = /publish|posted|pubdate|dateline|(?:^|[\s_-])date(?:$|[\s_-])/i;
const UPDATED_TIME = /updat|modif|edited/i;
/** Class names of an inline element that holds a date: "date", "post-date", "timestamp". */
const DATE_ELEMENT = /(?:^|[\s_-])(?:date|time|timestamp|published|pubdate|dateline)(?:$|[\s_-])/i;

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publish-date',
  'publishdate',
  'parsely-pub-date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'publisheddate',
  'published_time',
  'published-date',
  'publish_date',
  'publication_date',
  'article.published',
  'article:published',
  'og:article:published_time',
  'datecreated',
  'dcterms.date',
  'dcterms.created',
  'dcterms.issued',
  'citation_publication_date',
  'original-publish-date',
  // A <time> element that says it dates the publication (read from the body, below).
  'time:published',
  // …or else the first <time> above the story's first paragraph: the article's header.
  'time:first',
];
const PUBLISHER_KEYS = [
  'og:site_name',
  'application-name',
  'publisher',
  'dc.publisher',
  'dcterms.publisher',
  // JSON-LD's WebSite or news organisation (read below), when no publisher is named.
  'website',
  'twitter:site',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline'];

type Block = TextBlock;

interface OpenElement {
  name: string;
  skip: boolean;
  /** Skipped for what it is, not for where it stands. */
  own: boolean;
  /** A figure skipped only for being one, not as furniture. */
  plainFigure?: boolean;
  /** The skipping that a table (or its caption) in a figure lifted, given back at its close. */
  restore?: number;
  /** Its class, id and itemprop, which say what a <time> inside it dates. */
  hints?: string;
  /** A link to the site's front page, whose pictures are its logo. */
  home?: boolean;
  /** An inline element that holds the page's date ("<span class="date">"): a line of its own. */
  dateLine?: boolean;
}

function firstOf(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

const SITE_TYPE = /^(?:WebSite|NewsMediaOrganization)$/;
const COPYRIGHT = /©|\bcopyright\b/i;

/** datePublished, publisher.name and headline of JSON-LD blocks; malformed JSON is ignored. */
function readJsonLd(source: string, meta: Map<string, string>): void {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...(node as unknown[]));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const set = (key: string, value: unknown) => {
        if (typeof value === 'string' && value.trim() && !meta.has(key))
          meta.set(key, value.trim());
      };
      set('datepublished', record.datePublished);
      // ("dateCreated" when no "datePublished" is given, as some newsrooms' systems write it.)
      set('datecreated', record.dateCreated);
      set('headline', record.headline);
      // "publisher": {"name": …}, [{"name": …}] or just the name.
      const publisher: unknown = Array.isArray(record.publisher)
        ? (record.publisher as unknown[])[0]
        : record.publisher;
      if (typeof publisher === 'string') set('publisher', publisher);
      else if (publisher && typeof publisher === 'object')
        set('publisher', (publisher as Record<string, unknown>).name);
      // "sourceOrganization": the newsroom behind the article, when no publisher is named.
      const source = record.sourceOrganization as Record<string, unknown> | undefined;
      if (source && typeof source === 'object') set('website', source.name);
      // {"@type": "WebSite", "name": "Example Times"} beside the article in a @graph.
      if (SITE_TYPE.test(String(record['@type']))) set('website', record.name);
      const part = record.isPartOf as Record<string, unknown> | undefined;
      if (part && typeof part === 'object' && SITE_TYPE.test(String(part['@type'])))
        set('website', part.name);
      if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
    }
  }
}

export function parseHtml(html: string): SourceDocument {
  const meta = new Map<string, string>();
  const blocks: Block[] = [];
  const stack: OpenElement[] = [];
  let skipDepth = 0;
  let theadDepth = 0;
  const rows = new TableRows();
  /** A figure that holds a table: its caption after the table is the table's. */
  let tableFigure: OpenElement | null = null;
  let articleDepth = 0;
  let mainDepth = 0;
  let headingDepth = 0;
  let current = '';
  let titleText = '';
  let inTitle = false;
  let jsonLd: string | null = null;
  let canonical: string | null = null;
  /** The logo element's depth in the stack while its text is read, and the text. */
  let logoAt = -1;
  let logoText = '';
  const logos: string[] = [];
  const copyrights: string[] = [];
  // The copyright line being read: the depth of the block it opened in, and its text so far.
  let copyrightAt = -1;
  let copyrightText = '';
  const endCopyright = () => {
    copyrights.push(copyrightText.replace(/\s+/g, ' ').trim());
    copyrightAt = -1;
  };
  let listDepth = 0;
  let headingSeen = false;

  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) {
      if (headingDepth > 0) headingSeen = true;
      const block = {
        text,
        inArticle: articleDepth > 0,
        inMain: mainDepth > 0,
        isHeading: headingDepth > 0,
        menuItem: listDepth > 0 && !headingSeen && text.length < 40,
        metaLine:
          articleDepth === 0 &&
          text.length < 200 &&
          stack.some((e) => ENTRY_META.test(e.hints ?? '')),
      };
      if (rows.inCell) rows.add(block);
      else blocks.push(block);
    }
    current = '';
  };

  /**
   * A table (or, after it, the caption) inside a <figure>: figures are skipped for their
   * pictures, but a table of figures is text. Only when the figure is all that skips it.
   */
  const liftsFigure = (name: string): boolean => {
    if (skipDepth === 0) return false;
    const origin = stack.findIndex((e) => e.skip);
    const figure = stack[origin];
    if (!figure?.plainFigure) return false;
    if (stack.slice(origin + 1).some((e) => e.own)) return false;
    return name === 'table' || (name === 'figcaption' && tableFigure === figure);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content.trim());
          return;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) {
          canonical = attrs.href;
        }
        // The page's <title> sits in the skipped <head>; an <svg>'s title is a picture's.
        if (name === 'title' && !stack.some((e) => e.name === 'svg')) inTitle = true;
        if (name === 'time' && attrs.datetime && !meta.has('time:published')) {
          const parent = stack.at(-1);
          const hints = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.itemprop ?? ''}`;
          const said = PUBLISHED_TIME.test(hints) || attrs.pubdate !== undefined;
          const parentSays = parent?.hints !== undefined && PUBLISHED_TIME.test(parent.hints);
          const updated = UPDATED_TIME.test(`${hints} ${parent?.hints ?? ''}`);
          if ((said || parentSays) && !updated) meta.set('time:published', attrs.datetime.trim());
          const storyBegun = blocks.some((b) => !b.isHeading && b.text.length >= 80);
          if (!updated && skipDepth === 0 && !storyBegun && !meta.has('time:first'))
            meta.set('time:first', attrs.datetime.trim());
        }
        // ("© Example Post<div>About us</div>": a block inside ends the copyright line.)
        if (copyrightAt >= 0 && BLOCK.has(name)) endCopyright();
        const logoHints = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        // "The Example Times logo": the name without the word for the picture.
        const alt = (attrs.alt ?? attrs['aria-label'] ?? '').replace(
          /\s+(?:logo|home ?page|home)$/i,
          '',
        );
        // A link to the site's front page, or a picture in one, names the site by its label.
        const homeLink = name === 'a' && HOME_LINK.test(attrs.href ?? '');
        const inLogo = logoAt >= 0 || LOGO.test(logoHints) || stack.some((e) => e.home);
        if ((name === 'img' || name === 'svg' || homeLink) && alt.trim() && (inLogo || homeLink))
          logos.push(alt.trim());
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') {
          jsonLd = '';
        }
        if (VOID.has(name)) {
          if (BLOCK.has(name) && skipDepth === 0) flush();
          return;
        }
        // (A page's whole body or main part is never furniture, whatever its classes say:
        // <body class="type-expert-comment"> is a comment piece, not a comment box.)
        const furniture =
          (!WHOLE_PAGE.has(name) &&
            (FURNITURE.test(attrs.class ?? '') || FURNITURE.test(attrs.id ?? ''))) ||
          attrs.hidden !== undefined ||
          attrs['aria-hidden'] === 'true' ||
          (name === 'header' && articleDepth === 0 && mainDepth === 0);
        if ((name === 'table' || name === 'figcaption') && liftsFigure(name)) {
          const figure = stack.find((e) => e.skip);
          if (name === 'table' && figure) tableFigure = figure;
          flush();
          stack.push({ name, skip: false, own: false, restore: skipDepth });
          skipDepth = 0;
          if (name === 'table') rows.openTable();
          return;
        }
        const own = SKIPPED.has(name) || furniture;
        const skip = skipDepth > 0 || own;
        // "<span class="service">World</span> <span class="date">Mar 18, 2025</span>": the date's
        // element is a line of its own, not run into the section's name and the story's code.
        const dateLine = !BLOCK.has(name) && DATE_ELEMENT.test(attrs.class ?? '');
        if ((BLOCK.has(name) || dateLine) && skipDepth === 0) flush();
        if (skipDepth === 0) {
          if (name === 'table') rows.openTable();
          // A row inside a row's cell (a table in a table): the outer row is no table row.
          if (name === 'tr' && rows.inRow) blocks.push(...rows.abandon());
          if (name === 'tr') rows.openRow();
          if (name === 'td' || name === 'th') {
            flush();
            rows.openCell(name === 'th' || theadDepth > 0);
          }
        }
        stack.push({
          name,
          skip,
          own,
          plainFigure: name === 'figure' && !furniture,
          hints: `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.itemprop ?? ''}`,
          home: homeLink,
          dateLine,
        });
        // ("<a href="/">albawaba</a>": a link home names the site by its text too.)
        if (logoAt < 0 && (LOGO.test(logoHints) || homeLink))
          [logoAt, logoText] = [stack.length, ''];
        if (name === 'ul' || name === 'ol') listDepth++;
        if (skip) skipDepth++;
        if (name === 'thead') theadDepth++;
        if (name === 'article') articleDepth++;
        if (name === 'main') mainDepth++;
        if (/^h[1-6]$/.test(name)) headingDepth++;
      },
      ontext(text) {
        if (inTitle) titleText += text;
        // "© 2024 Example Times": the footer is furniture, but its owner is a name for the page.
        // ("&copy; 2024 <a>Example Times</a>": the text after the sign comes in pieces of its
        // own, gathered until the sign's block closes.)
        if (copyrightAt >= 0) copyrightText += text;
        else if (skipDepth > 0 && COPYRIGHT.test(text)) {
          copyrightAt = stack.length;
          copyrightText = text;
        }
        if (logoAt >= 0) logoText += text;
        if (jsonLd !== null) jsonLd += text;
        if (skipDepth === 0) current += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLd !== null) {
          readJsonLd(jsonLd, meta);
          jsonLd = null;
        }
        if (VOID.has(name)) return;
        // Close up to the matching open tag; htmlparser2 reports implied closes too.
        let index = stack.length - 1;
        while (index >= 0 && stack[index]?.name !== name) index--;
        if (index < 0) return;
        if (skipDepth === 0 && BLOCK.has(name)) flush();
        while (stack.length > index) {
          const entry = stack.pop();
          if (!entry) break;
          if (entry.dateLine && skipDepth === 0) flush();
          if (entry.name === 'tr' && skipDepth === 0 && rows.inRow) {
            flush();
            blocks.push(...rows.closeRow());
          }
          if (entry.restore !== undefined) {
            flush();
            skipDepth = entry.restore;
          }
          if (copyrightAt >= 0 && stack.length < copyrightAt) endCopyright();
          if (stack.length + 1 === logoAt) {
            const name = logoText.replace(/\s+/g, ' ').trim();
            // (A menu's "Home" link names no site.)
            // (Nor does a share button's letter or network: "f", "X", "Telegram".)
            // (…nor a teaser's headline that links back to the front page.)
            if (
              name.length >= 3 &&
              name.split(' ').length <= 4 &&
              !/^(?:home(?: ?page)?|[a-z]|facebook|twitter|x|instagram|youtube|linkedin|whatsapp|telegram|tiktok|threads)$/i.test(
                name,
              )
            )
              logos.push(name);
            logoAt = -1;
          }
          if (entry.name === 'ul' || entry.name === 'ol') listDepth--;
          if (entry.name === 'thead') theadDepth--;
          if (entry.skip) skipDepth--;
          if (entry.name === 'article') articleDepth--;
          if (entry.name === 'main') mainDepth--;
          if (/^h[1-6]$/.test(entry.name)) headingDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (copyrightAt >= 0) endCopyright();
  flush();

  // A menu's items above the headline ("Home", "Gaza", "Opinion") are no part of the story.
  const unlisted = blocks.filter((b) => !b.menuItem);
  // (The story's date and byline may sit just above its <article>, in the page's header.)
  const firstInArticle = unlisted.findIndex((b) => b.inArticle);
  const scoped = unlisted.some((b) => b.inArticle)
    ? unlisted.filter((b, i) => b.inArticle || (b.metaLine && i === firstInArticle - 1))
    : unlisted.some((b) => b.inMain)
      ? unlisted.filter((b) => b.inMain)
      : unlisted;

  const pageTitle = titleText.replace(/\s+/g, ' ').trim();
  const title =
    firstOf(meta, TITLE_KEYS) ??
    scoped.find((b) => b.isHeading)?.text ??
    (pageTitle.split(/\s+\|\s+/)[0] || null);
  // The headline is the title, not body text, also under the site's name or a section's.
  const headline = scoped.findIndex((b) => b.isHeading);
  const body = scoped.filter(
    (b, i) => !(i === headline && i < 4 && b.isHeading && b.text === title),
  );

  const warnings: string[] = [];
  const rawPublished = firstOf(meta, PUBLISHED_KEYS);
  const published = rawPublished ? metadataDay(rawPublished) : null;
  if (rawPublished && !published) {
    warnings.push(`page date ${JSON.stringify(rawPublished)} is not a valid date; ignored`);
  }
  // "The Jerusalem Post | JPost.com": a site name with its address after a bar is the name.
  // ("Example.co.ke - Kenya news.": a site named by its address, then its tagline.)
  const publisher =
    firstOf(meta, PUBLISHER_KEYS)
      ?.replace(/^@/, '')
      .replace(/^([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s+-\s+.*$/i, '$1')
      .split(/\s+[|–—]\s+/)[0]
      ?.trim() || null;
  // ("<!-- saved from url=(0089)https://… -->": the address a browser saved the page from.)
  const savedFrom = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(
    html.slice(0, 600),
  )?.[1];
  const url = firstOf(meta, ['og:url']) ?? canonical ?? savedFrom ?? null;
  // "Headline - Example Times", "Headline | Section | Example News": the title's last part.
  // "Headline – Example Chronicle – World": the site's name may stand before a section's, so
  // every part after the first is a candidate, the last first.
  const titleParts = pageTitle.split(/\s+[|–—-]\s+/);
  const titleEnds = titleParts
    .slice(1)
    .reverse()
    .map((part) => part.trim())
    .filter((part) => part && part !== title);
  const siteNames = [...titleEnds, ...logos];
  const info: FormatMetadata = { title, publisher, published, url, siteNames, copyrights };
  return {
    body: body.map((b) => b.text).join('\n\n'),
    meta: info,
    metaSource: publisher || published ? 'html-meta' : null,
    warnings,
  };
}
