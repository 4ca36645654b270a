// A dataset that cannot be used gets a clear error and a retry, never a blank page; so does an
// article whose text file cannot be loaded.
import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { shardFile } from '../src/dataset/appData.ts';
import type { AppIndex } from '../src/dataset/appDataSchema.ts';
import { dataset, expect, openDashboard, test } from './fixtures.ts';

// The dashboard loads index.json first and an article's text (articles/<n>.json) when it is
// opened; dataset.json is for other tools.
const good = readFileSync(new URL('../public/data/index.json', import.meta.url), 'utf8');
const json = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body });
const index = () => JSON.parse(good) as AppIndex;

const broken = JSON.parse(good) as { figures: { value: unknown[] } };
broken.figures.value[0] = 'many';

const cases = [
  {
    name: 'missing (404)',
    serve: (route: Route) => route.fulfill({ status: 404, body: 'Not found' }),
    message: /not found/i,
  },
  { name: 'truncated', serve: json(good.slice(0, 500)), message: /not valid JSON/ },
  {
    name: 'of another schema version',
    serve: json(JSON.stringify({ ...index(), schemaVersion: 99 })),
    message: /schema version 99/,
  },
  {
    name: 'failing validation',
    serve: json(JSON.stringify(broken)),
    message: /does not match the expected format/,
  },
  {
    name: 'whose sentences are missing (404)',
    file: 'sentences.json',
    serve: (route: Route) => route.fulfill({ status: 404, body: 'Not found' }),
    message: /not found/i,
  },
];

test.use({ allowedConsoleErrors: ['404'] });

for (const { name, file = 'index.json', serve, message } of cases) {
  test(`a dataset ${name} gets an error with a working retry`, async ({ page }) => {
    let fixed = false;
    await page.route(`**/data/${file}`, (route) => (fixed ? route.continue() : serve(route)));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset could not be loaded');
    await expect(alert).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    fixed = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('match-count')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}

test('article text and fields render as text, never as markup', async ({ page }) => {
  const hostile = index();
  const at = hostile.articles.findIndex((a) => a.figureCount > 0);
  const article = hostile.articles[at];
  if (!article) throw new Error('dataset too small');
  // The article's first figure: its row comes after the earlier articles' figures.
  const row = hostile.articles.slice(0, at).reduce((sum, a) => sum + a.figureCount, 0);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  article.title = payload;
  article.publisher = `<b>${payload}</b>`;
  article.url = 'javascript:window.__pwned=3';
  hostile.figures.attribution[row] = payload;
  const shardPath = new URL(`../public/data/${shardFile(article.shard)}`, import.meta.url);
  const shard = JSON.parse(readFileSync(shardPath, 'utf8')) as {
    articles: Record<string, string[]>;
  };
  shard.articles[article.id] = [payload, ...(shard.articles[article.id] ?? []).slice(1)];
  await page.route('**/data/index.json', json(JSON.stringify(hostile)));
  await page.route(`**/data/${shardFile(article.shard)}`, json(JSON.stringify(shard)));
  await openDashboard(page, `?article=${encodeURIComponent(article.id)}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(payload);
  await expect(dialog).toContainText('not a web address, so not linked');
  await expect(dialog.getByRole('region', { name: 'Article text' })).toContainText(payload);
  await expect(dialog.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(page.locator('#root img, #root script, #root b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('an article whose text file fails', () => {
  test.use({ allowedConsoleErrors: ['404', '500'] });

  test('says so in the reader and retries', async ({ page }) => {
    const figure = dataset.figures[0];
    if (!figure) throw new Error('dataset too small');
    let fixed = false;
    await page.route('**/data/articles/*.json', (route) =>
      fixed ? route.continue() : route.fulfill({ status: 500, body: 'Server error' }),
    );
    await openDashboard(page, `?article=${encodeURIComponent(figure.articleId)}`);
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('The text of this article could not be loaded');
    await expect(alert).toContainText('HTTP 500');
    fixed = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(dialog.locator(`mark[data-article-figure-id="${figure.id}"]`)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('that is truncated says so too', async ({ page }) => {
    const figure = dataset.figures[0];
    if (!figure) throw new Error('dataset too small');
    await page.route('**/data/articles/*.json', json('{"schemaVersion":1,"articles":{"'));
    await openDashboard(page, `?article=${encodeURIComponent(figure.articleId)}`);
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('not valid JSON');
  });
});

test.describe('content security policy', () => {
  test.use({ allowedConsoleErrors: ['Executing inline script violates'] });

  test('the built page carries the policy and it blocks inline script', async ({ page }) => {
    await openDashboard(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Any violation would be a console error, which fails every test through the fixture.
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      return (window as { __inline?: number }).__inline;
    });
    expect(inline).toBeUndefined();
  });
});

test.describe('the charts whose code fails to arrive', () => {
  test.use({ allowedConsoleErrors: ['500', 'Failed to fetch dynamically imported module'] });

  test('say so in their place, and Retry loads them without a reload', async ({ page }) => {
    // The scripts the page itself loads; any other script is the charts' code, fetched after.
    const html = await (await page.request.get('/')).text();
    const firstDownload = new Set(
      [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? ''),
    );
    expect(firstDownload.size).toBeGreaterThan(0);
    // Every later script fails at its own address, for good: the server refuses it however
    // often it is asked, as a browser that remembers a failed import would (Chromium 150
    // does, 156 does not). Only a fresh address (a query string) gets the file, so the
    // test passes only if Retry asks for the code anew, whichever Chromium runs it.
    const refused: string[] = [];
    let afterRetry = 0;
    await page.route(/\/assets\/[^/]+\.js(\?.*)?$/, (route) => {
      const url = new URL(route.request().url());
      if (firstDownload.has(url.pathname)) return route.continue();
      if (url.search === '') {
        refused.push(url.pathname);
        return route.fulfill({ status: 500, body: 'Server error' });
      }
      afterRetry += 1;
      return route.continue();
    });
    await page.goto('/');
    await expect(page.getByTestId('match-count')).toBeVisible();
    const chart = page.locator('[data-chart="casualties"]');
    const alert = chart.getByRole('alert');
    await expect(alert).toContainText('The chart could not be loaded');
    expect(refused.length).toBeGreaterThan(0);
    // The rest of the dashboard works meanwhile: the list and the table view.
    await expect(page.locator('#figures li[data-figure-id]').first()).toBeVisible();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(chart.locator('[data-mark-count]')).toBeAttached();
    await expect(page.locator('[data-chart="hostages"] [data-mark-count]')).toBeAttached();
    await expect(page.locator('[data-chart] [role="alert"]')).toHaveCount(0);
    expect(afterRetry).toBeGreaterThan(0);
    expect(navigations, 'Retry does not reload the page').toEqual([]);
  });
});
