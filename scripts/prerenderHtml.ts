// The string work of scripts/prerender.ts, pure: the style attributes of rendered markup moved
// into a stylesheet (the page's Content-Security-Policy, style-src 'self', blocks them in
// HTML), and the built index.html given its first view, first script and that stylesheet.

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

/** The text of an attribute value as React writes it (escaped &, <, >, " and '). */
function unescapeAttribute(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * Every `style="…"` of the markup replaced by a class of its own (`fv-s0`, `fv-s1`, … one per
 * distinct style), and the CSS that gives those classes the same declarations, `!important`
 * as inline styles win over the page's rules.
 */
export function moveInlineStyles(markup: string): { markup: string; css: string } {
  const classes = new Map<string, string>();
  const out = markup.replace(TAG, (tag, name: string, attributes: string, selfClosing: string) => {
    if (!/\sstyle="/.test(attributes)) return tag;
    let style = '';
    let className: string | null = null;
    const kept: string[] = [];
    for (const [, key = '', value] of attributes.matchAll(ATTRIBUTE)) {
      if (key === 'style') style = unescapeAttribute(value ?? '');
      else if (key === 'class') className = value ?? '';
      else kept.push(value === undefined ? ` ${key}` : ` ${key}="${value}"`);
    }
    let added = classes.get(style);
    if (added === undefined) {
      added = `fv-s${classes.size}`;
      classes.set(style, added);
    }
    const classAttribute = ` class="${className ? `${className} ${added}` : added}"`;
    return `<${name}${classAttribute}${kept.join('')}${selfClosing ? '/' : ''}>`;
  });
  const css = [...classes]
    .map(([style, name]) => {
      const declarations = style
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d !== '')
        .map((d) => `${d} !important`);
      return `.${name}{${declarations.join(';')}}`;
    })
    .join('\n');
  return { markup: out, css: css === '' ? '' : `${css}\n` };
}

/** What goes into the built index.html. */
export interface FirstViewParts {
  /** The first view's markup, without style attributes. */
  markup: string;
  /** The address of the first script (markDefaultView.ts), run before the page is drawn. */
  script: string;
  /** The address of the first view's stylesheet, if it needs one. */
  stylesheet: string | null;
}

export const PRERENDER_OPEN = '<div id="prerender" inert>';

/**
 * The built index.html with the first view before the app's root, and the first script and
 * stylesheet in its head: the script before any stylesheet (a script after one waits for it),
 * the stylesheet after the app's. A page that has one already has it replaced.
 */
export function withFirstView(html: string, parts: FirstViewParts): string {
  let page = withoutFirstView(html);
  const root = '<div id="root"></div>';
  if (!page.includes(root)) throw new Error(`index.html has no ${root}`);
  const firstLink = page.search(/<link\s/);
  const headEnd = page.indexOf('</head>');
  if (headEnd < 0) throw new Error('index.html has no </head>');
  const at = firstLink >= 0 && firstLink < headEnd ? firstLink : headEnd;
  const script = `<script src="${parts.script}" data-first-view-script></script>\n    `;
  page = `${page.slice(0, at)}${script}${page.slice(at)}`;
  if (parts.stylesheet !== null) {
    const end = page.indexOf('</head>');
    const link = `  <link rel="stylesheet" href="${parts.stylesheet}" data-first-view-style>\n  `;
    page = `${page.slice(0, end)}${link}${page.slice(end)}`;
  }
  return page.replace(root, `${PRERENDER_OPEN}${parts.markup}</div>\n    ${root}`);
}

/** index.html without a first view (as Vite builds it). */
export function withoutFirstView(html: string): string {
  let page = html
    .replace(/<script src="[^"]*" data-first-view-script><\/script>\s*/, '')
    .replace(/\s*<link rel="stylesheet" href="[^"]*" data-first-view-style>/, '');
  const open = page.indexOf(PRERENDER_OPEN);
  if (open >= 0) {
    const root = page.indexOf('<div id="root">', open);
    if (root < 0) throw new Error('a first view without the app’s root after it');
    page = `${page.slice(0, open)}${page.slice(root)}`;
  }
  return page;
}

const ID = /\sid="([^"]+)"/g;
const ID_LIST = /(\s(?:aria-labelledby|aria-describedby|aria-controls|aria-owns|for)=")([^"]*)(")/g;
const FRAGMENT = /(href="#|url\(#)([^")]+)/g;

/**
 * The markup with its ids given a prefix, and every reference to them (ARIA relations, labels'
 * `for`, `#fragment` links, SVG `url(#…)`) changed to match, so that while the app renders the
 * same view beside it, no id is on the page twice and every reference finds its own copy's
 * element. References to ids outside the markup are left alone.
 */
export function prefixIds(markup: string, prefix: string): string {
  const ids = new Set([...markup.matchAll(ID)].map((m) => m[1] ?? ''));
  const renamed = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  return markup
    .replace(ID, (_, id: string) => ` id="${renamed(id)}"`)
    .replace(
      ID_LIST,
      (_, start: string, list: string, end: string) =>
        `${start}${list.split(/\s+/).map(renamed).join(' ')}${end}`,
    )
    .replace(FRAGMENT, (_, start: string, id: string) => `${start}${renamed(id)}`);
}

/** The markup without `data-testid` attributes: the end-to-end tests' handles on the live app. */
export function withoutTestIds(markup: string): string {
  return markup.replace(/\sdata-testid="[^"]*"/g, '');
}
