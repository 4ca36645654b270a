// Issue 11, points 2, 6 and 7: one metric compared across sources or publishers, repeated
// figures shown once, and views made to embed and to cite. Each view through its controls and
// back from its link.
import type { Page } from '@playwright/test';
import type { Figure } from '../src/dataset/schema.ts';
import {
  chartMarker,
  chartPoints,
  dataset,
  excerpts,
  expect,
  idsOf,
  openDashboard,
  test,
} from './fixtures.ts';

const figures = dataset.figures;
const articleOf = new Map(dataset.articles.map((a) => [a.id, a]));
const publisherOf = (f: Figure) => articleOf.get(f.articleId)?.publisher ?? '(unknown)';
/** The day the dashboard draws a figure at: its own, else its article's publication day. */
const dayOf = (f: Figure) => f.asOf ?? articleOf.get(f.articleId)?.published ?? null;
const isTotal = (f: Figure) =>
  f.scope === 'total' && f.modality === 'reported' && dayOf(f) !== null;

/** Per group, its latest reported total (latest day; exact before hedged; then the larger). */
function latestBy(metric: string, groupOf: (f: Figure) => string): Map<string, Figure> {
  const latest = new Map<string, Figure>();
  for (const f of figures.filter((x) => x.metric === metric && isTotal(x))) {
    const known = latest.get(groupOf(f));
    const rank = (x: Figure) => [dayOf(x) ?? '', x.qualifier === 'exact' ? 1 : 0, x.value] as const;
    const better =
      !known ||
      rank(f)[0] > rank(known)[0] ||
      (rank(f)[0] === rank(known)[0] &&
        (rank(f)[1] > rank(known)[1] || (rank(f)[1] === rank(known)[1] && f.value > known.value)));
    if (better) latest.set(groupOf(f), f);
  }
  return latest;
}

const rowKeys = (page: Page) =>
  page
    .locator('tr[data-compare-row]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-compare-row') ?? ''));

test.describe('compare', () => {
  test('one row per publisher on one scale, its latest figure, and the spread', async ({
    page,
  }) => {
    await openDashboard(page, '?view=compare&metric=gaza_killed&by=publisher');
    const latest = latestBy('gaza_killed', publisherOf);
    const ordered = [...latest].sort((a, b) => b[1].value - a[1].value);
    expect(ordered.length).toBeGreaterThan(1);
    await expect.poll(() => rowKeys(page)).toEqual(ordered.map(([key]) => key));
    for (const [key, figure] of ordered) {
      await expect(page.locator(`tr[data-compare-row="${key}"]`)).toContainText(
        figure.value.toLocaleString('en-US'),
      );
    }
    const high = ordered[0]?.[1].value ?? 0;
    const low = ordered.at(-1)?.[1].value ?? 1;
    const spread = page.getByTestId('compare-spread');
    await expect(spread).toContainText(`range from ${low.toLocaleString('en-US')}`);
    await expect(spread).toContainText(`to ${high.toLocaleString('en-US')}`);
    await expect(spread).toContainText(`${(high / low).toFixed(2)} times the lowest`);
    // Every row's small chart is drawn on the one shared scale.
    await expect(page.locator('tr[data-compare-row] svg')).toHaveCount(ordered.length);
  });

  test('is reached from Show as, by source by default; metric and rows are in the link', async ({
    page,
  }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/view=compare/);
    const sourceOf = (f: Figure) => f.source ?? '(none)';
    const metric = 'gaza_killed';
    await expect(page.getByRole('combobox', { name: 'Metric' })).toHaveValue(metric);
    await expect
      .poll(async () => (await rowKeys(page)).sort())
      .toEqual([...latestBy(metric, sourceOf).keys()].sort());
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('hostages_held');
    await expect(page).toHaveURL(/metric=hostages_held/);
    await page
      .getByRole('group', { name: 'Rows by' })
      .getByRole('button', { name: 'Publisher' })
      .click();
    await expect(page).toHaveURL(/by=publisher/);
    const expected = [...latestBy('hostages_held', publisherOf).keys()].sort();
    await expect.poll(async () => (await rowKeys(page)).sort()).toEqual(expected);
    await page.reload();
    await expect(page.getByTestId('match-count')).toBeVisible();
    await expect.poll(async () => (await rowKeys(page)).sort()).toEqual(expected);
  });

  test('a row’s latest figure selects it in the list', async ({ page }) => {
    await openDashboard(page, '?view=compare&metric=gaza_killed&by=publisher');
    const [key, figure] = [...latestBy('gaza_killed', publisherOf)][0] ?? [];
    if (!key || !figure) throw new Error('no row');
    await page.locator(`tr[data-compare-row="${key}"]`).getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('fig')).toBe(figure.id);
    await expect(page.locator(`#figures [data-figure-id="${figure.id}"]`)).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

test.describe('repeated figures', () => {
  const factOf = (f: Figure) =>
    f.asOf === null ? f.id : `${f.metric}|${f.value}|${f.asOf}|${f.modality}`;
  const facts = new Map<string, Figure[]>();
  for (const f of figures) facts.set(factOf(f), [...(facts.get(factOf(f)) ?? []), f]);
  const repeated = [...facts.values()].find((reports) => reports.length > 1);

  test('are drawn and listed once, saying how often, each opening to its reports', async ({
    page,
  }) => {
    if (!repeated) throw new Error('the shipped data has a repeated figure');
    await openDashboard(page);
    await page.getByRole('checkbox', { name: 'Repeated figures once' }).check();
    await expect(page).toHaveURL(/group=1/);
    await expect(page.getByTestId('match-count')).toHaveText(
      `${facts.size} facts from ${figures.length} of ${figures.length} figures`,
    );
    await expect(excerpts(page)).toHaveCount(facts.size);
    // Figures without a day of their own are drawn at their article's publication day.
    const datedFacts = [...facts.values()].filter((reports) => reports[0] && dayOf(reports[0]));
    await expect.poll(async () => (await idsOf(chartPoints(page))).length).toBe(datedFacts.length);
    const publishers = new Set(repeated.map(publisherOf)).size;
    const entry = page.locator('#figures li[data-figure-id]').filter({
      has: page.locator(`[data-fact-reports="${repeated.length}"]`),
    });
    await expect(entry.first()).toContainText(
      `reported ${repeated.length} times by ${publishers} ${publishers === 1 ? 'publisher' : 'publishers'}`,
    );
    await entry
      .first()
      .getByRole('button', { name: `Show all ${repeated.length} reports` })
      .click();
    await expect(entry.first().locator('[data-report-id]')).toHaveCount(repeated.length);
    // The chart draws the fact once, and its tooltip says how often it was reported.
    const id = await entry.first().getAttribute('data-figure-id');
    // The marker itself: a one-event figure's group also holds its stem, whose middle is off it.
    await chartMarker(page, id ?? '').hover();
    await expect(page.getByRole('tooltip')).toContainText(`reported ${repeated.length} times`);
    await page.reload();
    await expect(excerpts(page)).toHaveCount(facts.size);
  });
});

test.describe('embed and cite', () => {
  test('embed=1 shows one chart without the page, linking back to the full view', async ({
    page,
  }) => {
    await page.goto('/?embed=1&panel=hostages&metric=hostages_held');
    await expect(page.locator('[data-embed="hostages"]')).toBeVisible();
    await expect(page.locator('[data-chart]')).toHaveCount(1);
    await expect(page.locator('[data-chart="hostages"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.locator('#figures')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Filters' })).toHaveCount(0);
    const full = page.getByRole('link', { name: 'Open the full view' });
    await expect(full).toHaveAttribute('href', /\/\?metric=hostages_held$/);
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(page.getByText('metric: Hostages still held')).toBeVisible();
  });

  test('the Embed control gives iframe code for the part chosen, and that code shows it', async ({
    page,
  }) => {
    await openDashboard(page, '?known=2024-01-01');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('radio', { name: 'The latest reported totals' }).check();
    const code = await dialog.getByRole('textbox', { name: 'Iframe code' }).inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+" title="Latest reported totals · Conflict Figures"/);
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(src).toMatch(/known=2024-01-01&embed=1&panel=cards$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.goto(src);
    await expect(page.locator('[data-embed="cards"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: /as known on 1 Jan 2024/ })).toBeVisible();
    await expect(page.locator('[data-chart]')).toHaveCount(0);
  });

  test('the embedded view works in an iframe under the page’s CSP', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page
      .getByRole('dialog', { name: 'Embed this view' })
      .getByRole('textbox', { name: 'Iframe code' })
      .inputValue();
    // Another page, with no policy of its own, holds the iframe (on this host: Chromium keeps
    // pages of the open web from framing local addresses).
    await page.route('**/embed-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>host</title><body>${code}</body></html>`,
      }),
    );
    await page.goto('/embed-host.html');
    const frame = page.frameLocator('iframe');
    await expect(
      frame.locator('[data-chart="casualties"] g[data-figure-id]').first(),
    ).toBeVisible();
  });

  test('Cite gives the view in words as plain text and BibTeX, with its address', async ({
    page,
  }) => {
    await openDashboard(page, '?view=compare&metric=gaza_killed&known=2024-01-01');
    await page.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    const text = await dialog.getByRole('textbox', { name: 'Plain text' }).inputValue();
    expect(text).toMatch(
      /^Conflict Figures\. “Killed in Gaza by source, as known on 1 Jan 2024\.” Figures as reported in news articles, not verified\. Accessed \d{1,2} \w{3} \d{4}\. http:\/\/localhost:\d+\/\?metric=gaza_killed&view=compare&known=2024-01-01$/,
    );
    const bib = await dialog.getByRole('textbox', { name: 'BibTeX' }).inputValue();
    expect(bib).toMatch(/^@misc\{conflictfigures\d{8},\n/);
    expect(bib).toContain('title        = {{Killed in Gaza by source, as known on 1 Jan 2024}}');
    expect(bib).toMatch(
      /url {10}= \{http:\/\/localhost:\d+\/\?metric=gaza_killed&view=compare&known=2024-01-01\}/,
    );
    // The address cited brings the same view back.
    const url = /(http:\/\/\S+)$/.exec(text)?.[1] ?? '';
    await page.keyboard.press('Escape');
    await openDashboard(page, new URL(url).search);
    await expect(page.getByRole('heading', { name: 'Killed in Gaza, by source' })).toBeVisible();
  });
});
