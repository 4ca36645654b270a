// Part of `npm run build`, after the data and `vite build`: writes the default view's first
// view into dist/index.html, so that it is painted as soon as the HTML and CSS are in, before
// any script has run; the app takes over once it has drawn its own (src/app/prerender).
// Rendered by the app's own components (react-dom/server) from the same overview.json the app
// reads, through Vite (the app's modules as the app's build resolves them); the charts by
// StaticChart, on the app's scales, since Recharts draws nothing outside a browser. For a
// dataset too small to have an overview.json first view, the first view is computed here by
// the same code. Also writes the page's first script (markDefaultView.ts), which lets the
// first view show only on the default view, and a stylesheet for the few style attributes the
// components set (the page's Content-Security-Policy blocks them in HTML). Its ids are
// prefixed and its test handles left out: the app draws the same view beside it, unseen,
// until the handover.
//   tsx scripts/prerender.ts [dist]
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { createServer } from 'vite';
import { buildDatasetIndex } from '../src/app/data/datasetIndex.ts';
import { parseDataset } from '../src/app/data/parseDataset.ts';
import { OVERVIEW_FILE, overviewJson, readOverview } from '../src/app/overview/overview.ts';
import { APP_INDEX_FILE, APP_SENTENCES_FILE } from '../src/dataset/appData.ts';
import {
  moveInlineStyles,
  prefixIds,
  withFirstView,
  withoutFirstView,
  withoutTestIds,
} from './prerenderHtml.ts';

const HEAD_SCRIPT = 'src/app/prerender/markDefaultView.ts';
const RENDER_MODULE = '/src/app/prerender/renderFirstView.tsx';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** overview.json's text with a first view: as built, or computed for a small dataset. */
async function overviewText(dataDir: string): Promise<string | null> {
  const file = join(dataDir, OVERVIEW_FILE);
  if (existsSync(file)) {
    const text = await readFile(file, 'utf8');
    if (readOverview(text)) return text;
  }
  const [index, sentences] = [join(dataDir, APP_INDEX_FILE), join(dataDir, APP_SENTENCES_FILE)];
  if (!existsSync(index) || !existsSync(sentences)) return null;
  const loaded = parseDataset(await readFile(index, 'utf8'), await readFile(sentences, 'utf8'));
  const built = buildDatasetIndex(
    loaded.dataset,
    loaded.shardOf,
    loaded.correctionEntries,
    loaded.events,
  );
  return overviewJson(built, 0);
}

/** The first view's markup, rendered by the app's modules as Vite resolves them. */
async function renderMarkup(overview: string): Promise<string | null> {
  const server = await createServer({
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderFirstView: (overview: string) => string | null;
    };
    return module.renderFirstView(overview);
  } finally {
    await server.close();
  }
}

/** Writes the first view into `dist`'s index.html (its data/ as served); false if there is none. */
export async function prerender(dist: string): Promise<boolean> {
  const page = join(dist, 'index.html');
  const html = await readFile(page, 'utf8');
  const overview = await overviewText(join(dist, 'data'));
  const markup = overview === null ? null : await renderMarkup(overview);
  if (markup === null) {
    await writeFile(page, withoutFirstView(html));
    console.log('No first view in index.html: the data has no figures to draw.');
    return false;
  }
  // Beside the app's own copy until it goes: ids of its own, and no test handles.
  const moved = moveInlineStyles(prefixIds(withoutTestIds(markup), 'fv-'));
  const script = await esbuild({
    entryPoints: [HEAD_SCRIPT],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    logLevel: 'warning',
  });
  const scriptText = script.outputFiles[0]?.text ?? '';
  const scriptPath = `assets/first-view-${hashOf(scriptText)}.js`;
  await writeFile(join(dist, scriptPath), scriptText);
  let stylesheet: string | null = null;
  if (moved.css !== '') {
    stylesheet = `assets/first-view-${hashOf(moved.css)}.css`;
    await writeFile(join(dist, stylesheet), moved.css);
  }
  await writeFile(
    page,
    withFirstView(html, {
      markup: moved.markup,
      script: `/${scriptPath}`,
      stylesheet: stylesheet === null ? null : `/${stylesheet}`,
    }),
  );
  const kb = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(
    `First view written into ${page}: ${kb(moved.markup)} KB of HTML, ${kb(moved.css)} KB of CSS moved out of style attributes.`,
  );
  return true;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await prerender(process.argv[2] ?? 'dist');
}
