// Many articles for the end-to-end tests: the shipped ones copied 400 times, a day apart,
// their values varied, served in place of the shipped index and article text.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DAY_MS } from '../src/app/filters/figureColumns.ts';
import { dayToTime, timeToDay } from '../src/app/format/format.ts';
import { appFiles, expandAppFiles } from '../src/dataset/appData.ts';
import type { AppIndex, AppSentences } from '../src/dataset/appDataSchema.ts';
import type { Article, Figure } from '../src/dataset/schema.ts';
import { expect } from './fixtures.ts';

const COPIES = 400;

const shift = (day: string | null, days: number) =>
  day === null ? null : timeToDay(dayToTime(day) + days * DAY_MS);

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/data/${path}`, import.meta.url), 'utf8'));
const base = read('index.json') as AppIndex;
const baseSentences = read('sentences.json') as AppSentences;
const baseShard = read('articles/0.json') as {
  schemaVersion: number;
  articles: Record<string, string[]>;
};
const expanded = expandAppFiles(base, baseSentences);

const articles: Article[] = [];
export const figures: Figure[] = [];
const shard = { schemaVersion: baseShard.schemaVersion, articles: {} as Record<string, string[]> };
for (let k = 0; k < COPIES; k += 1) {
  for (const article of expanded.articles) {
    const id = `${article.id}-${k}`;
    articles.push({
      ...article,
      id,
      file: `${k}/${article.file}`,
      published: shift(article.published, k),
    });
    shard.articles[id] = baseShard.articles[article.id] ?? [];
  }
  for (const figure of expanded.figures) {
    figures.push({
      ...figure,
      id: `${figure.articleId}-${k}${figure.id.slice(figure.articleId.length)}`,
      articleId: `${figure.articleId}-${k}`,
      asOf: shift(figure.asOf, k),
      // Values vary a little from copy to copy, and one copy in fifty is ten times off: the
      // outliers that summary marks must leave as single points.
      value: Math.round(figure.value * (k % 50 === 7 ? 10 : 1 + (k % 7) / 100)),
    });
  }
}
// Figures in article order, as the extractor writes them; every article in shard 0.
const order = new Map(articles.map((a, i) => [a.id, i]));
figures.sort((x, y) => (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0));
// The rest of the index (rejected and dropped files, corrections, …) as shipped.
const { articles: _articles, figures: _figures, ...envelope } = base;
const big = appFiles({ ...base, articles, figures }, envelope);
for (const article of big.index.articles) article.shard = 0;
const articleById = new Map(articles.map((a) => [a.id, a]));
/** The day a figure is drawn at: its own, else its article's publication day. */
export const dayOf = (f: Figure) => f.asOf ?? articleById.get(f.articleId)?.published ?? null;
export const publisherOf = (f: Figure) => articleById.get(f.articleId)?.publisher ?? '(unknown)';
const bigJson = JSON.stringify(big.index);
const bigSentences = JSON.stringify(big.sentences);
const shardJson = JSON.stringify(shard);
export const count = (n: number) => n.toLocaleString('en-US');

/** Opens the dashboard over the many articles. */
export async function openBig(page: Page, query = '') {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: bigJson }),
  );
  await page.route('**/data/sentences.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: bigSentences }),
  );
  await page.route('**/data/articles/0.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: shardJson }),
  );
  await page.goto(`/${query}`);
  await expect(page.getByTestId('match-count')).toBeVisible({ timeout: 20_000 });
}
