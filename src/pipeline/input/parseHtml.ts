// A saved web page → the article body as text, and the metadata its head carries. Pure.
// Only the article counts: navigation, scripts, styles, asides, footers, forms and captions are
// skipped; when the page has an <article> (or else a <main>), text outside it is dropped.
import { Parser } from 'htmlparser2';
import { normalizeDay } from '../dates/calendar.ts';
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
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|promo|share|sharing|social|related|newsletter|sidebar|cookie|comments?|breadcrumbs?|byline-share|subscribe|recirc|most-read|trending)(?:$|[\s_-])/i;

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
];
const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'publisher', 'twitter:site'];
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
}

function firstOf(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}

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
      set('headline', record.headline);
      const publisher = record.publisher as Record<string, unknown> | undefined;
      if (publisher && typeof publisher === 'object') set('publisher', publisher.name);
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

  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) {
      const block = {
        text,
        inArticle: articleDepth > 0,
        inMain: mainDepth > 0,
        isHeading: headingDepth > 0,
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
        if (name === 'title' && skipDepth === 0) inTitle = true;
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') {
          jsonLd = '';
        }
        if (VOID.has(name)) {
          if (BLOCK.has(name) && skipDepth === 0) flush();
          return;
        }
        const furniture =
          FURNITURE.test(attrs.class ?? '') ||
          FURNITURE.test(attrs.id ?? '') ||
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
        if (BLOCK.has(name) && skipDepth === 0) flush();
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
        stack.push({ name, skip, own, plainFigure: name === 'figure' && !furniture });
        if (skip) skipDepth++;
        if (name === 'thead') theadDepth++;
        if (name === 'article') articleDepth++;
        if (name === 'main') mainDepth++;
        if (/^h[1-6]$/.test(name)) headingDepth++;
      },
      ontext(text) {
        if (inTitle) titleText += text;
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
          if (entry.name === 'tr' && skipDepth === 0 && rows.inRow) {
            flush();
            blocks.push(...rows.closeRow());
          }
          if (entry.restore !== undefined) {
            flush();
            skipDepth = entry.restore;
          }
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
  flush();

  const scoped = blocks.some((b) => b.inArticle)
    ? blocks.filter((b) => b.inArticle)
    : blocks.some((b) => b.inMain)
      ? blocks.filter((b) => b.inMain)
      : blocks;

  const pageTitle = titleText.replace(/\s+/g, ' ').trim();
  const title =
    firstOf(meta, TITLE_KEYS) ?? scoped.find((b) => b.isHeading)?.text ?? (pageTitle || null);
  // The headline is the title, not body text.
  const body = scoped.filter((b, i) => !(i === 0 && b.isHeading && b.text === title));

  const warnings: string[] = [];
  const rawPublished = firstOf(meta, PUBLISHED_KEYS);
  const published = rawPublished ? normalizeDay(rawPublished) : null;
  if (rawPublished && !published) {
    warnings.push(`page date ${JSON.stringify(rawPublished)} is not a valid date; ignored`);
  }
  // "The Jerusalem Post | JPost.com": a site name with its address after a bar is the name.
  const publisher =
    firstOf(meta, PUBLISHER_KEYS)
      ?.replace(/^@/, '')
      .split(/\s+[|–—]\s+/)[0]
      ?.trim() || null;
  const url = firstOf(meta, ['og:url']) ?? canonical;
  const info: FormatMetadata = { title, publisher, published, url };
  return {
    body: body.map((b) => b.text).join('\n\n'),
    meta: info,
    metaSource: publisher || published ? 'html-meta' : null,
    warnings,
  };
}
