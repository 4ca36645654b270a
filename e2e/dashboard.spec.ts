// The dashboard over the shipped dataset: loading, filters moving every view together, links,
// history, the links between chart, list and article, exports and keyboard use.
import { readFileSync } from 'node:fs';
import { formatDay } from '../src/app/format/format.ts';
import {
  CASUALTY_METRICS,
  chartMarker,
  chartPoints,
  dataset,
  dayOf,
  excerpts,
  expect,
  expectShowing,
  idsOf,
  openDashboard,
  publisherOf,
  searchFinds,
  test,
} from './fixtures.ts';

const figures = dataset.figures;
const publishers = [...new Set(dataset.articles.map((a) => a.publisher).filter(Boolean))];
// Figures drawn on the charts: those with a day, their own or their report's.
const dated = figures.filter((f) => dayOf(f) !== null);
// A dated figure, to click on: the first in the dataset.
const target = dated[0];
if (!target) throw new Error('the shipped dataset has no dated figure');

test('loads and describes the data', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Conflict Figures' })).toBeVisible();
  await expect(page.getByTestId('dataset-summary')).toContainText(
    `${figures.length} figures from ${dataset.articles.length} articles by ${publishers.length} publishers`,
  );
  await expectShowing(page, figures);
  await expect(page.getByTestId('match-count')).toHaveText(`${figures.length} figures`);
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('region', { name: 'About the data' })).toContainText('not verified');
});

test('About the data closes with Escape; the header’s buttons are one height', async ({ page }) => {
  await openDashboard(page);
  const about = page.getByRole('button', { name: 'About the data' });
  const copy = page.getByRole('button', { name: 'Copy link' });
  const [a, c] = await Promise.all([about.boundingBox(), copy.boundingBox()]);
  expect(a?.height).toBe(c?.height);
  await about.click();
  await expect(page.getByRole('region', { name: 'About the data' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'About the data' })).toHaveCount(0);
  await expect(about).toBeFocused();
  await expect(about).toHaveAttribute('aria-expanded', 'false');
});

test('shows a loading skeleton until the dataset arrives', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/index.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toBeAttached();
  release();
  await expect(page.getByTestId('match-count')).toBeVisible();
});

test.describe('each filter moves list, charts and cards together', () => {
  test('publisher', async ({ page }) => {
    const name = publishers[0] ?? '';
    await openDashboard(page);
    await page.getByRole('checkbox', { name, exact: true }).check();
    await expect(page).toHaveURL(/pub=/);
    await expectShowing(
      page,
      figures.filter((f) => publisherOf(f) === name),
    );
  });

  test('metric group and single metric', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('checkbox', { name: 'Casualties', exact: true }).check();
    await expectShowing(
      page,
      figures.filter((f) => CASUALTY_METRICS.has(f.metric)),
    );
    await page.getByRole('checkbox', { name: 'Casualties', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Hostages still held', exact: true }).check();
    await expectShowing(
      page,
      figures.filter((f) => f.metric === 'hostages_held'),
    );
  });

  test('date range and undated figures', async ({ page }) => {
    await openDashboard(page);
    const inRange = (f: (typeof figures)[number], from: string, to: string) => {
      const day = dayOf(f);
      return day === null || (day >= from && day <= to);
    };
    // Typed as the page writes days, or as YYYY-MM-DD.
    await page.getByLabel('From', { exact: true }).fill('1 Jan 2024');
    await page.getByLabel('From', { exact: true }).press('Enter');
    await page.getByLabel('To', { exact: true }).fill('2024-12-31');
    await page.getByLabel('To', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/from=2024-01-01&to=2024-12-31/);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('31 Dec 2024');
    await expectShowing(
      page,
      figures.filter((f) => inRange(f, '2024-01-01', '2024-12-31')),
    );
    await page.getByRole('checkbox', { name: 'Include undated figures' }).uncheck();
    await expectShowing(
      page,
      figures.filter((f) => dayOf(f) !== null && inRange(f, '2024-01-01', '2024-12-31')),
    );
  });

  test('reported or proposed', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('radio', { name: 'Proposed' }).check();
    await expectShowing(
      page,
      figures.filter((f) => f.modality === 'proposed'),
    );
    await page.getByRole('radio', { name: 'Reported' }).check();
    await expectShowing(
      page,
      figures.filter((f) => f.modality === 'reported'),
    );
  });

  test('text search', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('searchbox').fill('MINISTRY');
    await expectShowing(
      page,
      figures.filter((f) => searchFinds(f, 'ministry')),
    );
  });

  test('a card narrows to its metric, and one click clears all filters', async ({ page }) => {
    await openDashboard(page);
    const card = page.locator('button[data-metric]').first();
    const metric = (await card.getAttribute('data-metric')) ?? '';
    await card.click();
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await expectShowing(
      page,
      figures.filter((f) => f.metric === metric),
    );
    await page.getByRole('searchbox').fill('the');
    await page.getByRole('button', { name: /^Clear all/ }).click();
    await expectShowing(page, figures);
    await expect(page.getByRole('searchbox')).toHaveValue('');
  });

  test('a legend entry hides and shows its metric', async ({ page }) => {
    await openDashboard(page);
    const legend = page
      .locator('[data-chart="casualties"]')
      .getByRole('group', { name: 'Metrics shown' })
      .getByRole('button', { name: 'Killed in Gaza' });
    await legend.click();
    await expect(legend).toHaveAttribute('aria-pressed', 'false');
    // One metric hidden, one parameter in the address.
    await expect.poll(() => new URL(page.url()).search).toBe('?metric=-gaza_killed');
    await expectShowing(
      page,
      figures.filter((f) => f.metric !== 'gaza_killed'),
    );
    await legend.click();
    await expectShowing(page, figures);
  });

  test('dragging across a chart picks dates', async ({ page }) => {
    await openDashboard(page);
    const plot = page.locator('[data-chart="casualties"] .recharts-wrapper svg.recharts-surface');
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error('no chart');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url());
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(formatDay(from));
    await expectShowing(
      page,
      figures.filter((f) => {
        const day = dayOf(f);
        return day === null || (day >= from && day <= to);
      }),
    );
  });

  test('a start after the end is said so next to the fields, and Clear all clears it', async ({
    page,
  }) => {
    await openDashboard(page);
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    await to.fill('1 Dec 2023');
    await to.press('Enter');
    await from.fill('13 Feb 2024');
    await from.press('Enter');
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toEqual({ from: '2024-02-13', to: '2023-12-01' });
    // Kept as typed, filtering nothing, and said so.
    await expect(page.getByText('From is after To, so no date filter applies.')).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expectShowing(page, figures);
    const clear = page.getByRole('button', { name: /^Clear all/ });
    await expect(clear).toBeEnabled();
    await clear.click();
    await expect(page).not.toHaveURL(/from=|to=/);
    await expect(from).toHaveValue('');
    await expect(page.getByText('From is after To')).toHaveCount(0);
  });

  test('a date field reads days as the page writes them and refuses the rest', async ({ page }) => {
    await openDashboard(page);
    const from = page.getByLabel('From', { exact: true });
    await from.fill('07/10/2023');
    await from.press('Enter');
    await expect(page.getByText('Not a day: write it as 7 Oct 2023 or 2023-10-07.')).toBeVisible();
    await expect(page).not.toHaveURL(/from=/);
    await from.fill('21 Nov 2023');
    await from.press('Tab');
    await expect(page).toHaveURL(/from=2023-11-21/);
    await expect(from).toHaveValue('21 Nov 2023');
    // Wide enough for its value: nothing is cut off.
    expect(
      await from.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth),
    ).toBe(true);
  });

  test('search finds who gave a figure, and numbers with or without separators', async ({
    page,
  }) => {
    const toll = figures.find((f) => f.text === '28,473');
    if (!toll) throw new Error('the shipped toll of 28,473 is missing');
    await openDashboard(page);
    const search = page.getByRole('searchbox');
    for (const query of ['health ministry', '28473', '28,473']) {
      await search.fill(query);
      await expect(page.locator(`#figures li[data-figure-id="${toll.id}"]`)).toBeVisible();
    }
    await search.fill('health ministry');
    await expectShowing(
      page,
      figures.filter((f) => searchFinds(f, 'health') && searchFinds(f, 'ministry')),
    );
  });

  test('an empty result offers a reset', async ({ page }) => {
    await openDashboard(page, '?q=zzzzqqqq');
    await expect(page.getByText('No figures match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expectShowing(page, figures);
  });
});

test('a deep link restores the same view elsewhere', async ({ page, browser }) => {
  await openDashboard(page);
  const name = publisherOf(target);
  await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Log', exact: true }).click();
  await page.getByRole('searchbox').fill(target.sentence.split(' ').slice(1, 3).join(' '));
  await chartMarker(page, target.id).click();
  await expect(page.locator(`#figures [data-figure-id="${target.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page).toHaveURL(/fig=/);
  const link = page.url();
  const listed = await idsOf(excerpts(page));

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('match-count')).toBeVisible();
  expect(await idsOf(excerpts(fresh))).toEqual(listed);
  await expect(fresh.locator(`#figures [data-figure-id="${target.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(fresh.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(fresh.getByRole('button', { name: 'Log', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fresh.getByRole('searchbox')).toHaveValue(
    target.sentence.split(' ').slice(1, 3).join(' '),
  );
  await expect(fresh.getByText('Parts of this link were ignored')).toHaveCount(0);
  await other.close();
});

test('back and forward step through discrete changes; typing replaces', async ({ page }) => {
  await openDashboard(page);
  const name = publishers[0] ?? '';
  await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page).toHaveURL(/pub=/);
  await page.getByRole('radio', { name: 'Reported' }).check();
  await expect(page).toHaveURL(/modality=reported/);
  await page.getByRole('searchbox').pressSequentially('killed', { delay: 30 });
  await expect(page).toHaveURL(/q=killed/);

  await page.goBack();
  await expect(page).not.toHaveURL(/modality=/);
  await expect(page).toHaveURL(/pub=/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(
    page.getByRole('group', { name: 'Reported or proposed' }).getByRole('radio', { name: 'All' }),
  ).toBeChecked();

  await page.goBack();
  await expect(page.getByRole('checkbox', { name, exact: true })).not.toBeChecked();
  await expectShowing(page, figures);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/q=killed/);
  await expect(page.getByRole('searchbox')).toHaveValue('killed');
  await expect(page.getByRole('radio', { name: 'Reported' })).toBeChecked();
});

test('a chart point selects and reveals its excerpt', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openDashboard(page);
  const last = dated.at(-1) ?? target;
  const point = chartMarker(page, last.id);
  await point.hover();
  await expect(page.getByRole('tooltip')).toContainText(last.text);
  await point.click();
  const excerpt = page.locator(`#figures [data-figure-id="${last.id}"]`);
  await expect(excerpt).toHaveAttribute('aria-current', 'true');
  await expect(excerpt).toBeInViewport();
  await expect(page.locator('#figures [aria-current="true"]')).toHaveCount(1);
});

test('hovering an excerpt highlights its chart point', async ({ page }) => {
  await openDashboard(page);
  await page.locator(`#figures [data-figure-id="${target.id}"]`).hover();
  await expect(
    chartPoints(page).and(page.locator(`[data-figure-id="${target.id}"]`)),
  ).toHaveAttribute('data-highlighted', 'true');
});

test('an excerpt opens its article with the figure marked; Back closes it', async ({ page }) => {
  await openDashboard(page);
  const article = dataset.articles.find((a) => a.id === target.articleId);
  await page
    .locator(`#figures [data-figure-id="${target.id}"]`)
    .getByRole('button', { name: /Open article/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/article=/);
  if (article?.title) await expect(dialog.getByRole('heading')).toHaveText(article.title);
  await expect(dialog.locator(`mark[data-article-figure-id="${target.id}"]`)).toContainText(
    target.text,
  );
  await expect(dialog.locator(`mark[data-article-figure-id="${target.id}"]`)).toBeInViewport();
  const marks = await dialog.locator('mark[data-article-figure-id]').count();
  expect(marks).toBe(figures.filter((f) => f.articleId === target.articleId).length);
  // Each number's metric is written beside it, for every reader.
  const label = dataset.metrics.find((m) => m.id === target.metric)?.label ?? '';
  await expect(dialog.locator(`[data-metric-of="${target.id}"]`)).toBeVisible();
  await expect(dialog.locator(`[data-metric-of="${target.id}"]`)).toHaveText(`(${label})`);
  await expect(dialog).toContainText(/Publisher/);

  await page.goBack();
  await expect(dialog).toBeHidden();
  // (The history step is done when the address says so: only then is Forward a step of its own.)
  await expect(page).not.toHaveURL(/article=/);
  await page.goForward();
  await expect(page).toHaveURL(/article=/);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/article=/);
});

test('an article without a title is headed by its first line, not its file name', async ({
  page,
}) => {
  // Every article served without its title, whatever the extractor finds for the shipped ones.
  const index = JSON.parse(
    readFileSync(new URL('../public/data/index.json', import.meta.url), 'utf8'),
  ) as { articles: { title: string | null }[] };
  for (const entry of index.articles) entry.title = null;
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }),
  );
  for (const article of dataset.articles) {
    await openDashboard(page, `?article=${encodeURIComponent(article.id)}`);
    const dialog = page.getByRole('dialog');
    const heading = dialog.getByRole('heading', { level: 2 }).first();
    await expect(heading).not.toHaveText(article.file);
    const start = (article.paragraphs.find((p) => p.trim() !== '') ?? '').slice(0, 30);
    await expect(heading).toContainText(start);
    await expect(dialog).toContainText('the heading is the article’s first line');
  }
});

test('the CSV export has one row per listed figure, in list order', async ({ page }) => {
  await openDashboard(page, '?modality=reported&sort=asc');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the matching figures as CSV' }).click();
  const file = await (await download).path();
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const idColumn = header.indexOf('id');
  const sentenceColumn = header.indexOf('sentence');
  const body = rows.slice(1);
  expect(body.map((r) => r[idColumn])).toEqual(await idsOf(excerpts(page)));
  for (const row of body) {
    const figure = figures.find((f) => f.id === row[idColumn]);
    expect(row[sentenceColumn]).toBe(figure?.sentence);
  }
});

test('the JSON export and chart downloads work', async ({ page }) => {
  await openDashboard(page, '?modality=proposed');
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the matching figures as JSON' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    count: number;
    figures: { id: string }[];
  };
  expect(json.count).toBe(figures.filter((f) => f.modality === 'proposed').length);

  await openDashboard(page);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the Casualties chart as SVG' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('Casualties');
  // The Recharts chart with its time axis, and the figures drawn inside it.
  expect(svg).toMatch(/>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d</);
  const drawn = dated.filter((f) => CASUALTY_METRICS.has(f.metric));
  expect(svg.match(/data-figure-id=/g)).toHaveLength(drawn.length);
  download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Download the Hostages and prisoners chart as PNG' })
    .click();
  const png = readFileSync(await (await download).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});

test('the table view lists the plotted figures and selects them', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  await expect(page.locator('tr[data-row-figure-id]')).toHaveCount(dated.length);
  await page.locator(`tr[data-row-figure-id="${target.id}"]`).getByRole('button').click();
  await expect(page.locator(`#figures [data-figure-id="${target.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('copy link puts the view’s address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?scale=log');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
});

test('works from the keyboard alone', async ({ page }) => {
  await openDashboard(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the figures' })).toBeFocused();
  const search = page.getByRole('searchbox');
  await search.focus();
  await page.keyboard.type('ministry');
  const name = publisherOf(target);
  const box = page.getByRole('checkbox', { name, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.getByRole('searchbox').fill('');
  const excerpt = page.locator(`#figures [data-figure-id="${target.id}"]`);
  await excerpt.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await expect(excerpt).toHaveAttribute('aria-current', 'true');
  await excerpt.getByRole('button', { name: /Open article/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

/** A small RFC 4180 reader, enough for the export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}
