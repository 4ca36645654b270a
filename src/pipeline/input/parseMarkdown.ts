// Markdown with optional YAML front matter → body text and front-matter metadata. Pure.
import { parse as parseYaml } from 'yaml';
import { NO_METADATA, type FormatMetadata, type SourceDocument } from './sourceDocument.ts';
import { metadataDay } from './metadataDay.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function stringField(record: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/**
 * Front matter written by hand as plain `key: value` lines, where a value holds a colon
 * ("publisher: Re: News") that YAML refuses. Null when any line is more than that.
 */
function readPlainLines(yamlText: string): Record<string, string> | null {
  const record: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    // A plain value, or one quoted whole ("…", '…') without quotes inside.
    const m =
      /^(?<key>[A-Za-z_][\w-]*):[ \t]+(?:"(?<dq>[^"\\]*)"|'(?<sq>[^']*)'|(?<plain>[^\s[{"'|>&*!#].*?))\s*$/.exec(
        line,
      );
    const value = m?.groups?.dq ?? m?.groups?.sq ?? m?.groups?.plain;
    if (!m?.groups?.key || value === undefined) return null;
    record[m.groups.key] = value;
  }
  return record;
}

/** YAML's null, booleans and numbers (core schema): plain values it reads as no text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** `key: text`, the text plain, "double-quoted" or 'single-quoted' with nothing to unescape. */
const SIMPLE_LINE =
  /^([A-Za-z_][A-Za-z0-9_-]*): (?:"([^"\\]*)"|'([^']*)'|([^\s\-?:,[\]{}#&*!|>'"%@`][^[\]{}]*))$/;

/**
 * Front matter of `key: text` lines only, read as YAML reads it (a test holds the two
 * together), or null for anything more, which goes to the YAML parser. The parser takes some
 * forty microseconds for the four lines most articles carry.
 */
export function readSimpleFrontMatter(yamlText: string): Record<string, string> | null {
  // Printable characters on lines of their own: no tabs, carriage returns or odd breaks.
  if (/[^\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd]|[\u2028\u2029\ufeff]/.test(yamlText))
    return null;
  const record: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    const key = m?.[1];
    if (!m || !key || NOT_TEXT.test(key) || Object.hasOwn(record, key) || key === '__proto__')
      return null;
    const plain = m[4];
    // A plain value stops at a comment or a nested key, and loses or folds its spaces.
    if (plain !== undefined && (/: | #|:$|\s$| {2}/.test(plain) || NOT_TEXT.test(plain)))
      return null;
    record[key] = plain ?? m[2] ?? m[3] ?? '';
  }
  return record;
}

function readFrontMatter(yamlText: string, warnings: string[]): FormatMetadata {
  let data: unknown;
  try {
    data = readSimpleFrontMatter(yamlText) ?? parseYaml(yamlText);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    data = readPlainLines(yamlText);
    if (!data) {
      warnings.push(`malformed front matter ignored: ${message ?? ''}`);
      return NO_METADATA;
    }
    warnings.push(
      `front matter is not valid YAML (${message ?? ''}); read as plain key: value lines`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('front matter is not a mapping; ignored');
    return NO_METADATA;
  }
  const record = data as Record<string, unknown>;
  const rawDate = record.published ?? record.date ?? publicationDateField(record);
  // "2025-03-18", or a date as a page prints it ("Mar 18, 2025", "18 March 2025").
  const published = metadataDay(rawDate);
  if (rawDate !== undefined && published === null) {
    warnings.push(`front matter date ${JSON.stringify(rawDate)} is not a valid date; ignored`);
  }
  return {
    title: stringField(record, 'title'),
    publisher: stringField(
      record,
      'publisher',
      'source',
      'site',
      'site_name',
      'siteName',
      'outlet',
      'publication',
      'paper',
      'newspaper',
      'masthead',
      'medio',
      'media',
    ),
    published,
    url: stringField(record, 'url', 'link', 'canonical'),
  };
}

/**
 * The value of a key in another house style or language that names the publication date
 * ("pubDate", "date_published", "published_at", "fecha_publicacion", "datum"), a key about
 * publishing first; never an update's, an edit's or a print edition's.
 */
function publicationDateField(record: Record<string, unknown>): unknown {
  const keys = Object.keys(record).filter(
    (key) =>
      /date|fecha|datum|published|publication|publicaci|publicado/i.test(key) &&
      !/updat|modif|edit|print/i.test(key),
  );
  const key = keys.find((k) => /pub/i.test(k)) ?? keys[0];
  return key === undefined ? undefined : record[key];
}

/** A line that is only a picture, or a picture linked to a page ("[![Logo](…)](/)"). */
const IMAGE_LINE = /^\s*(?:!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*$/;

/** "* [World](https://example.com/world)": a list item that is nothing but a link. */
const LINK_ITEM = /^\s*[*+-]\s+\[[^\]]+\]\([^)]*\)\s*$/;

/**
 * Lines of a run of three or more link-only list items: a site's menu or its related links,
 * which lead to other pages and say nothing of this one.
 */
function linkLists(lines: readonly string[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && LINK_ITEM.test(lines[end] ?? '')) end++;
    if (end - i >= 3) for (let k = i; k < end; k++) dropped.add(k);
    i = Math.max(end, i + 1);
  }
  return dropped;
}

/** Markdown syntax that is not prose: images, heading marks, emphasis, link targets. */
function stripMarkdown(body: string): string {
  const lines = body.split('\n');
  const menus = linkLists(lines);
  return lines
    .filter((line, i) => !menus.has(i) && !IMAGE_LINE.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\s)[*_]([^*_\n]+)[*_](?=\s|[.,;:!?]|$)/g, '$1$2'),
    )
    .join('\n');
}

/**
 * A link to a site's home page: an address with no path, only its language's ("/en"), or its
 * home page's file ("/home.html", "/index.php").
 */
const HOME_LINK =
  /(?<!!)\[([^\]\n]{2,60})\]\(\s*https?:\/\/[^/\s)]+(?:\/(?:en|eng|english|home|(?:home|index)\.(?:html?|php|aspx?)))?\/?\s*\)/;

/** "[Example.co.ke](https://www.example.co.ke) > News > World": a breadcrumb from the home page. */
const HOME_CRUMB = new RegExp(`^\\s*${HOME_LINK.source}\\s*[>›»|/]`, 'm');

/**
 * "[Example Times](https://www.example.com/) · [World](…)": above the headline, the link to the
 * site's home page is its name (the logo's link, copied as text).
 */
function homeLinkName(body: string): string | null {
  const heading = /^\s{0,3}#\s/m.exec(body);
  const top = body.slice(0, heading ? heading.index : 1500);
  // ("# Headline" then "[Example.co.ke](…) > News": a breadcrumb just under the headline.)
  const under = heading ? body.slice(heading.index, heading.index + 400) : '';
  // ("[EXAMPLE — Official voice of …](…)": the name before its tagline.)
  const name = (HOME_LINK.exec(top) ?? HOME_CRUMB.exec(under))?.[1]
    ?.split(/\s+[—–|]\s+/)[0]
    ?.trim();
  // ("[Home](https://example.com/)" is a menu's first item, not a name.)
  return name && !/^home$/i.test(name) && name.split(/\s+/).length <= 6 ? name : null;
}

/** The text of the page's first level-one heading ("# Headline"), links and emphasis taken out. */
function topHeading(body: string): string | null {
  const line = /^\s{0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const text = line ? stripMarkdown(line).trim() : '';
  return text.length > 0 ? text : null;
}

export function parseMarkdown(text: string): SourceDocument {
  const warnings: string[] = [];
  const match = FRONT_MATTER.exec(text);
  let meta = NO_METADATA;
  let body = text;
  if (match) {
    meta = readFrontMatter(match[1] ?? '', warnings);
    body = text.slice(match[0].length);
  } else if (/^---[ \t]*\n/.test(text)) {
    warnings.push('front matter is not closed by a --- line; read as text');
  }
  // "![The Example Times](…/logo.svg)": the page's logo names its site.
  const logo = /!\[([^\]]{2,60})\]\([^)]*logo[^)]*\)/i.exec(body)?.[1]?.trim();
  if (logo) meta = { ...meta, siteNames: [logo] };
  const home = homeLinkName(body);
  if (home) meta = { ...meta, homeName: home };
  // (The logo and the link home are the page's text, not embedded metadata.)
  const hasMeta = Object.entries(meta).some(
    ([key, v]) => key !== 'homeName' && v !== null && !Array.isArray(v),
  );
  // "# Gaza at 60,000 dead", under a masthead and a menu: the page's first top-level heading is
  // its headline, where no front matter names a title (text, like the logo, not metadata).
  const heading = meta.title ? null : topHeading(body);
  if (heading) meta = { ...meta, title: heading };
  return {
    body: stripMarkdown(body),
    meta,
    metaSource: hasMeta ? 'front-matter' : null,
    warnings,
  };
}
