// A dataset that cannot be used gets a clear error and a retry, never a blank page.
import { readFileSync } from 'node:fs';
import type { Route } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures.ts';

const good = readFileSync(new URL('../public/data/dataset.json', import.meta.url), 'utf8');
const json = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body });

const broken = JSON.parse(good) as { figures: Record<string, unknown>[] };
const firstFigure = broken.figures[0];
if (firstFigure) firstFigure.value = 'many';

const cases = [
  {
    name: 'missing (404)',
    serve: (route: Route) => route.fulfill({ status: 404, body: 'Not found' }),
    message: /not found/i,
  },
  { name: 'truncated', serve: json(good.slice(0, 500)), message: /not valid JSON/ },
  {
    name: 'of another schema version',
    serve: json(JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 })),
    message: /schema version 99/,
  },
  {
    name: 'failing validation',
    serve: json(JSON.stringify(broken)),
    message: /does not match the expected format/,
  },
];

test.use({ allowedConsoleErrors: ['404'] });

for (const { name, serve, message } of cases) {
  test(`a dataset ${name} gets an error with a working retry`, async ({ page }) => {
    let fixed = false;
    await page.route('**/data/dataset.json', (route) => (fixed ? route.continue() : serve(route)));
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
  const hostile = JSON.parse(good) as {
    articles: Record<string, unknown>[];
    figures: Record<string, unknown>[];
  };
  const article = hostile.articles[0];
  const figure = hostile.figures.find((f) => f.articleId === article?.id);
  if (!article || !figure) throw new Error('dataset too small');
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  article.title = payload;
  article.publisher = `<b>${payload}</b>`;
  article.url = 'javascript:window.__pwned=3';
  article.paragraphs = [payload, ...(article.paragraphs as string[]).slice(1)];
  figure.attribution = payload;
  await page.route('**/data/dataset.json', json(JSON.stringify(hostile)));
  await openDashboard(page, `?article=${encodeURIComponent(String(article.id))}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText(payload);
  await expect(dialog).toContainText('not a web address, so not linked');
  await expect(dialog.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(page.locator('#root img, #root script, #root b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
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
