// Review by hand, as people use it: in the production build (`npm start`) a suggestion waits
// in the browser and downloads as corrections.json; under `npm run review` it is written to
// corrections.json in one click and the page shows the figure corrected after the rebuild.
// The review server runs here over a copy of the shipped articles in a temporary folder.
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import {
  CORRECTIONS_FILE_NAME,
  correctionsFileSchema,
  numberPositions,
  overlaps,
  REVIEW_ENDPOINT,
  REVIEW_TOKEN_HEADER,
} from '../src/dataset/corrections.ts';
import { reviewLabel } from '../src/app/review/reviewText.ts';
import type { Figure } from '../src/dataset/schema.ts';
import { dataset, expect, openDashboard, test } from './fixtures.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// A port of its own beside the preview server's (E2E_PORT), so checkouts do not collide.
const REVIEW_PORT = Number(
  process.env.REVIEW_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10,
);
const REVIEW_URL = `http://127.0.0.1:${REVIEW_PORT}`;

/** A figure to correct: dated, with its number once in its sentence. */
const target = dataset.figures.find(
  (f) => f.asOf !== null && f.sentence.split(f.text).length === 2 && f.qualifier !== 'at_most',
);
if (!target) throw new Error('no figure to correct in the shipped dataset');
const article = dataset.articles.find((a) => a.id === target.articleId);
if (!article) throw new Error('no article for the figure');

/** The corrections shipped with the articles (a suggestion is written after them). */
function shippedCorrections(): unknown[] {
  const path = join(root, 'data', 'articles', CORRECTIONS_FILE_NAME);
  if (!existsSync(path)) return [];
  return correctionsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).corrections;
}

/** A number in an article's text that the extractor did not take for a figure. */
function missedNumber(): { figureArticle: string; paragraph: number; start: number; text: string } {
  for (const a of dataset.articles) {
    const figures = dataset.figures.filter((f) => f.articleId === a.id);
    for (const [p, text] of a.paragraphs.entries()) {
      for (const m of text.matchAll(/\d[\d,]*\d|\d/g)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const covered = figures.some(
          (f: Figure) =>
            f.paragraph === p &&
            overlaps(span, { start: f.sentenceStart + f.start, end: f.sentenceStart + f.end }),
        );
        if (
          !covered &&
          numberPositions(text, m[0]).includes(m.index) &&
          text.split(m[0]).length === 2
        )
          return { figureArticle: a.id, paragraph: p, start: m.index, text: m[0] };
      }
    }
  }
  throw new Error('every number in the shipped articles is a figure');
}

function excerptOf(page: Page, figure: Figure): Locator {
  return page.locator(`#figures li[data-figure-id="${figure.id}"]`);
}

/** Fills the suggestion form for `target`: a hedge of "at most" instead of what was read. */
async function suggestHedge(page: Page, reason: string): Promise<Locator> {
  await excerptOf(page, target as Figure)
    .getByRole('button', { name: /Suggest a correction/ })
    .click();
  const form = page.getByRole('dialog', { name: 'Suggest a correction' });
  await expect(form).toBeVisible();
  await form.getByLabel('Hedge').selectOption('at_most');
  await form.getByLabel(/^Reason/).fill(reason);
  return form;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('in the production build', () => {
  test('a suggestion waits in the browser and downloads as corrections.json', async ({ page }) => {
    await openDashboard(page, `?fig=${encodeURIComponent(target.id)}`);
    const form = await suggestHedge(page, 'the text says up to');
    // There is no server to write to: only saving for later.
    await expect(form.getByRole('button', { name: /Write to corrections\.json/ })).toHaveCount(0);
    await form.getByRole('button', { name: 'Save suggestion' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Suggestion saved' })).toContainText(
      '1 waiting',
    );
    const button = page.getByRole('button', { name: /^Suggestions/ });
    await expect(button).toContainText('1');
    await page.reload();
    await expect(button).toContainText('1');

    await button.click();
    const list = page.getByRole('dialog', { name: 'Suggested corrections' });
    await expect(list).toContainText('the text says up to');
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: `Download ${CORRECTIONS_FILE_NAME}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(CORRECTIONS_FILE_NAME);
    const written = correctionsFileSchema.parse(
      JSON.parse(readFileSync(await file.path(), 'utf8')),
    );
    expect(written.corrections).toHaveLength(shippedCorrections().length + 1);
    const entry = written.corrections.at(-1);
    expect(entry).toMatchObject({
      article: article.file,
      number: target.text,
      action: 'set',
      set: { qualifier: 'at_most' },
      reason: 'the text says up to',
    });
    expect(target.sentence).toContain(entry?.quote);
    await expect(list.getByRole('status')).toContainText(`Downloaded ${CORRECTIONS_FILE_NAME}`);
    await list.getByRole('button', { name: 'Remove these suggestions from this browser' }).click();
    await list.getByRole('button', { name: 'Close' }).click();
    await expect(button).toHaveCount(0);
  });

  test('the form asks for what is missing and says where', async ({ page }) => {
    await openDashboard(page);
    await excerptOf(page, target)
      .getByRole('button', { name: /Suggest a correction/ })
      .click();
    const form = page.getByRole('dialog', { name: 'Suggest a correction' });
    await form.getByRole('button', { name: 'Save suggestion' }).click();
    const reason = form.getByLabel(/^Reason/);
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAccessibleDescription('Say why: readers see the reason.');
    await expect(form.getByRole('alert')).toContainText('Change at least one value');
    await form.getByLabel('It is not a figure (drop it)').check();
    await reason.fill('not a count of people');
    await form.getByRole('button', { name: 'Save suggestion' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('button', { name: /^Suggestions/ })).toContainText('1');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the suggestion form and the list (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDashboard(page);
      const form = await suggestHedge(page, '');
      await form.getByRole('button', { name: 'Save suggestion' }).click();
      await expect(form.getByLabel(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);
      await form.getByLabel(/^Reason/).fill('checked against the ministry');
      await form.getByRole('button', { name: 'Save suggestion' }).click();
      await page.getByRole('button', { name: /^Suggestions/ }).click();
      await expect(page.getByRole('dialog', { name: 'Suggested corrections' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test.describe('at phone width', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the form fits the screen and can be sent', async ({ page }) => {
      await openDashboard(page, `?fig=${encodeURIComponent(target.id)}`);
      const form = await suggestHedge(page, 'the text says up to');
      const box = await form.boundingBox();
      expect(
        box && box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844,
      ).toBe(true);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      await page.screenshot({ path: 'test-results/screenshots/review-form-phone.png' });
      const save = form.getByRole('button', { name: 'Save suggestion' });
      await expect(save).toBeInViewport();
      await save.click();
      await expect(page.getByRole('button', { name: /^Suggestions/ })).toContainText('1');
    });
  });
});

test.describe('under npm run review', () => {
  test.describe.configure({ mode: 'serial' });
  let folder: string;
  let server: ChildProcess;
  const correctionsPath = () => join(folder, 'articles', CORRECTIONS_FILE_NAME);

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cf-review-'));
    cpSync(join(root, 'data/articles'), join(folder, 'articles'), { recursive: true });
    server = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/review/serve.ts',
        '--in',
        join(folder, 'articles'),
        '--port',
        String(REVIEW_PORT),
        '--work',
        join(folder, 'work'),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => {
        fail(new Error(`the review server did not start: ${output}`));
      }, 60_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(REVIEW_URL)) {
          clearTimeout(timer);
          ready();
        }
      };
      server.stdout?.on('data', listen);
      server.stderr?.on('data', listen);
      server.on('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the review server stopped (${String(code)}): ${output}`));
      });
    });
  });

  test.afterAll(() => {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a suggestion becomes a correction in one click', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${REVIEW_URL}/?fig=${encodeURIComponent(target.id)}`);
    await expect(page.getByTestId('match-count')).toBeVisible();
    const form = await suggestHedge(page, 'the article says up to');
    await form.getByLabel('Your initials (optional)').fill('E2E');
    await form.getByRole('button', { name: 'Write to corrections.json' }).click();
    await expect(form).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'corrections.json' })).toContainText(
      'Written to corrections.json and applied',
    );

    const written = correctionsFileSchema.parse(
      JSON.parse(readFileSync(correctionsPath(), 'utf8')),
    );
    expect(written.corrections).toHaveLength(shippedCorrections().length + 1);
    expect(written.corrections.at(-1)).toEqual(
      expect.objectContaining({
        article: article.file,
        number: target.text,
        action: 'set',
        set: { qualifier: 'at_most' },
        reason: 'the article says up to',
        by: 'E2E',
      }),
    );
    // The page reloaded its data: the figure says so, in the list and in the table.
    const excerpt = excerptOf(page, target);
    await expect(excerpt).toContainText('Corrected: the article says up to');
    await excerpt.getByText('What the extractor read').click();
    await expect(excerpt).toContainText('The extractor read: hedge');
    await page.getByRole('button', { name: 'About the data' }).click();
    // One more figure reviewed and corrected than the shipped corrections made.
    const reviewed = dataset.figures.filter((f) => f.review).length + 1;
    // (A shipped correction the extractor has since learned to read changes nothing: the
    // page counts it as checked, not corrected.)
    const corrected =
      dataset.figures.filter((f) => f.review && reviewLabel(f.review) === 'Corrected').length + 1;
    await expect(page.getByTestId('review-summary')).toContainText(
      `${reviewed} ${reviewed === 1 ? 'figure' : 'figures'} reviewed by hand: ${corrected} corrected`,
    );
  });

  test('a figure the extractor missed is added from the reader', async ({ page }) => {
    test.setTimeout(60_000);
    const missed = missedNumber();
    await page.goto(`${REVIEW_URL}/?article=${encodeURIComponent(missed.figureArticle)}`);
    const reader = page.getByRole('dialog');
    await expect(reader.locator(`p[data-paragraph="${missed.paragraph}"]`)).toBeVisible();
    // Select the number in the text, as a reader would with the mouse.
    await reader.evaluate(
      (element, { paragraph, start, length }) => {
        const p = element.querySelector(`p[data-paragraph="${paragraph}"]`);
        if (!p) throw new Error('no paragraph');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let at = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.sr-only')) continue;
          const size = node.textContent?.length ?? 0;
          if (start >= at && start + length <= at + size) {
            const range = document.createRange();
            range.setStart(node, start - at);
            range.setEnd(node, start - at + length);
            document.getSelection()?.removeAllRanges();
            document.getSelection()?.addRange(range);
            return;
          }
          at += size;
        }
        throw new Error('number not found in the text');
      },
      { paragraph: missed.paragraph, start: missed.start, length: missed.text.length },
    );
    await reader.getByRole('button', { name: `Add a missed figure: “${missed.text}”` }).click();
    const form = page.getByRole('dialog', { name: 'Add a missed figure' });
    await expect(form.getByLabel('The number as written')).toHaveValue(missed.text);
    await expect(form).toContainText('Found once in the article.');
    await form.getByLabel('Metric').selectOption('hostages_taken');
    await form.getByLabel('Total or incident').selectOption('incident');
    await form.getByLabel(/^Reason/).fill('the extractor missed it');
    await form.getByRole('button', { name: 'Write to corrections.json' }).click();
    await expect(form).toBeHidden({ timeout: 30_000 });
    const written = correctionsFileSchema.parse(
      JSON.parse(readFileSync(correctionsPath(), 'utf8')),
    );
    expect(written.corrections.at(-1)).toMatchObject({
      number: missed.text,
      action: 'add',
      set: { metric: 'hostages_taken', scope: 'incident' },
    });
    await expect(
      reader.locator(`mark[title="Added by review: the extractor missed it"]`),
    ).toHaveText(new RegExp(`^${missed.text}`));
  });

  test.describe('refusals', () => {
    // The refused requests are logged by the browser as failed loads.
    test.use({ allowedConsoleErrors: ['status of 403', 'status of 415', 'status of 400'] });

    test('a bad request is refused and changes nothing', async ({ page, request }) => {
      await page.goto(`${REVIEW_URL}/`);
      await expect(page.getByTestId('match-count')).toBeVisible();
      const before = readFileSync(correctionsPath(), 'utf8');
      const index = await (await request.get(`${REVIEW_URL}/data/index.json`)).text();
      const token = await page.locator('meta[name="review-token"]').getAttribute('content');
      expect(token).toMatch(/^[0-9a-f]{48}$/);
      const entry = {
        article: article.file,
        quote: target.text,
        number: target.text,
        action: 'drop',
        reason: 'x',
      };
      const post = (headers: Record<string, string>, body: unknown = { corrections: [entry] }) =>
        page.evaluate(
          async ({ url, headers, body }) =>
            (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).status,
          { url: REVIEW_ENDPOINT, headers, body },
        );
      const json = { 'Content-Type': 'application/json' };
      expect(await post(json)).toBe(403);
      expect(await post({ ...json, [REVIEW_TOKEN_HEADER]: 'f'.repeat(48) })).toBe(403);
      expect(await post({ 'Content-Type': 'text/plain', [REVIEW_TOKEN_HEADER]: token ?? '' })).toBe(
        415,
      );
      expect(
        await post(
          { ...json, [REVIEW_TOKEN_HEADER]: token ?? '' },
          { corrections: [{ ...entry, action: 'erase' }] },
        ),
      ).toBe(400);
      // From another site, or to the server under another name: refused before anything is read.
      const foreign = await request.post(`${REVIEW_URL}${REVIEW_ENDPOINT}`, {
        headers: { ...json, Origin: 'http://evil.example', [REVIEW_TOKEN_HEADER]: token ?? '' },
        data: { corrections: [entry] },
      });
      expect(foreign.status()).toBe(403);
      const rebound = await request.get(`${REVIEW_URL}/`, {
        headers: { Host: `evil.example:${REVIEW_PORT}` },
      });
      expect(rebound.status()).toBe(421);
      expect(await rebound.text()).not.toContain(token ?? '');
      expect(readFileSync(correctionsPath(), 'utf8')).toBe(before);
      expect(await (await request.get(`${REVIEW_URL}/data/index.json`)).text()).toBe(index);
    });
  });

  test('the production build has no such endpoint', async ({ request }) => {
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
    const html = await (await request.get('/')).text();
    expect(html).not.toContain('review-token');
    const response = await request.post(REVIEW_ENDPOINT, {
      headers: { 'Content-Type': 'application/json' },
      data: { corrections: [] },
    });
    expect(response.ok() && response.headers()['content-type']?.includes('json')).toBe(false);
  });
});
