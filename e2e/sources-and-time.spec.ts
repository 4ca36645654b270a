// Issue 11, points 1, 3, 4 and 5: figures by source, the dashboard as known on a day (with
// play), charts by publication day, and the war's events on every chart, in the table view
// and the exports. Each view through the controls a reader uses, and back from its link.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatDay } from '../src/app/format/format.ts';
import type { WarEvent } from '../src/dataset/events.ts';
import type { Figure } from '../src/dataset/schema.ts';
import {
  chartPoints,
  dataset,
  expect,
  expectShowing,
  idsOf,
  openDashboard,
  test,
} from './fixtures.ts';

const figures = dataset.figures;
const published = new Map(dataset.articles.map((a) => [a.id, a.published]));
const events = (
  JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
    events: WarEvent[];
  }
).events;
const sourceOf = (f: Figure) => f.source ?? '(none)';
/** The day the dashboard draws a figure at by default: its own, else its article's. */
const dayOf = (f: Figure) => f.asOf ?? published.get(f.articleId) ?? null;
const sources = [...new Set(figures.map(sourceOf))];
const named = sources.filter((s) => s !== '(none)');
// The source with most figures, and the one with fewest.
const byCount = named
  .map((s) => [s, figures.filter((f) => sourceOf(f) === s).length] as const)
  .sort((a, b) => b[1] - a[1]);
const [busiest, quietest] = [byCount[0]?.[0] ?? '', byCount.at(-1)?.[0] ?? ''];
const knownBy = (day: string) =>
  figures.filter((f) => {
    const p = published.get(f.articleId);
    return p !== null && p !== undefined && p <= day;
  });
const days = [
  ...new Set(dataset.articles.map((a) => a.published).filter((d) => d !== null)),
].sort();
const [firstDay, lastDay] = [days[0] ?? '', days.at(-1) ?? ''];

/** Opens a link in a browser context of its own: a shared link, not this tab's state. */
async function inFreshContext(page: Page, link: string, check: (fresh: Page) => Promise<void>) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error('no browser');
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('match-count')).toBeVisible();
  await check(fresh);
  await context.close();
}

test.describe('by source', () => {
  test('the facet keeps a source: list, charts and cards follow, and the link restores it', async ({
    page,
  }) => {
    await openDashboard(page);
    const facet = page.getByRole('group', { name: 'Source' });
    await expect(facet.getByRole('checkbox')).toHaveCount(sources.length);
    await facet.getByRole('checkbox', { name: busiest, exact: true }).check();
    await expect(page).toHaveURL(
      new RegExp(`src=${encodeURIComponent(busiest).replaceAll('%20', '\\+')}`),
    );
    const kept = figures.filter((f) => sourceOf(f) === busiest);
    await expectShowing(page, kept);
    await inFreshContext(page, page.url(), async (fresh) => {
      await expectShowing(fresh, kept);
      await expect(
        fresh.getByRole('group', { name: 'Source' }).getByRole('checkbox', { name: busiest }),
      ).toBeChecked();
    });
  });

  test('finds a source by name, with the count of its figures beside it', async ({ page }) => {
    await openDashboard(page);
    const facet = page.getByRole('group', { name: 'Source' });
    const word = (busiest.split(' ')[0] ?? '').toLowerCase();
    await facet.getByRole('textbox', { name: 'Find a source' }).fill(word.toUpperCase());
    const labels = sources
      .map((s) => (s === '(none)' ? 'No source named' : s))
      .filter((label) => label.toLowerCase().includes(word));
    await expect(facet.getByRole('checkbox')).toHaveCount(labels.length);
    const count = figures.filter((f) => sourceOf(f) === busiest).length;
    await expect(facet.getByRole('listitem').filter({ hasText: busiest })).toContainText(
      `${count} figures`,
    );
    await facet.getByRole('textbox', { name: 'Find a source' }).fill('zzzz');
    await expect(facet).toContainText('No source by that name.');
  });

  test('?src= lists exactly the figures with that source, and (none) those without', async ({
    page,
  }) => {
    await openDashboard(page, `?src=${encodeURIComponent(quietest)}`);
    await expectShowing(
      page,
      figures.filter((f) => f.source === quietest),
    );
    await openDashboard(page, '?src=(none)');
    await expectShowing(
      page,
      figures.filter((f) => f.source === null),
    );
  });

  test('a card says whose number its latest total is', async ({ page }) => {
    await openDashboard(page);
    const card = page.locator('button[data-metric="gaza_killed"]');
    const latest = figures
      .filter(
        (f) =>
          f.metric === 'gaza_killed' &&
          f.scope === 'total' &&
          f.modality === 'reported' &&
          dayOf(f) !== null,
      )
      .sort(
        (a, b) =>
          (dayOf(b) ?? '').localeCompare(dayOf(a) ?? '') ||
          (a.qualifier === 'exact' ? 0 : 1) - (b.qualifier === 'exact' ? 0 : 1) ||
          b.value - a.value,
      )[0];
    await expect(card.getByTestId('card-source')).toHaveText(
      latest?.source ? `Source: ${latest.source}` : 'No source named',
    );
  });

  test('a source not in the dataset is dropped with the notice', async ({ page }) => {
    await openDashboard(page, `?src=No+Such+Body&src=${encodeURIComponent(busiest)}`);
    await expect(
      page.getByRole('region', { name: 'Parts of this link were ignored' }),
    ).toContainText('src “No Such Body”: no such source in the dataset');
    await expect(page).not.toHaveURL(/No\+Such/);
    await expectShowing(
      page,
      figures.filter((f) => sourceOf(f) === busiest),
    );
  });
});

test.describe('as known on a day', () => {
  test('?known= lists exactly the figures of articles published by then', async ({ page }) => {
    const day = days[1] ?? lastDay;
    await openDashboard(page, `?known=${day}`);
    await expectShowing(page, knownBy(day));
    await expect(
      page.getByRole('heading', { name: /Latest reported totals, as known on/ }),
    ).toBeVisible();
    // Written as the page writes days, not in the browser's locale order.
    await expect(page.getByLabel('As known on', { exact: true })).toHaveValue(formatDay(day));
  });

  test('steps a day or a week back and forward, within the publication days', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('button', { name: 'A day forward' })).toBeDisabled();
    await page.getByRole('button', { name: 'A week back' }).click();
    const weekBack = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await expect(page).toHaveURL(new RegExp(`known=${weekBack}`));
    await expectShowing(page, knownBy(weekBack));
    await page.getByRole('button', { name: 'A day forward' }).click();
    const dayAfter = new Date(Date.parse(`${weekBack}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await expect(page).toHaveURL(new RegExp(`known=${dayAfter}`));
    // Back steps through the days chosen; Show all ends the view as known on a day.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`known=${weekBack}`));
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page).not.toHaveURL(/known=/);
    await expectShowing(page, figures);
  });

  test('plays through time from the first publication day, and stops when asked', async ({
    page,
  }) => {
    await openDashboard(page);
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    await expect(page).toHaveURL(new RegExp(`known=${firstDay}`));
    await expect(page.getByRole('button', { name: 'Stop' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // It moves on by itself, a step at a time.
    await expect(page).not.toHaveURL(new RegExp(`known=${firstDay}`), { timeout: 10_000 });
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const stopped = page.url();
    // Stopped means stopped: the day stays put while the page is left alone.
    await page.waitForTimeout(2_500);
    expect(page.url()).toBe(stopped);
    const day = new URL(stopped).searchParams.get('known') ?? '';
    await expectShowing(page, knownBy(day));
  });

  test('play stops by itself at the last publication day; Escape stops it too', async ({
    page,
  }) => {
    const weekBefore = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await openDashboard(page, `?known=${weekBefore}`);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(new RegExp(`known=${lastDay}`), { timeout: 10_000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page).toHaveURL(new RegExp(`known=${firstDay}`));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('under prefers-reduced-motion play goes slower and says so', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDashboard(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Playing' })).toContainText(
      'every three seconds',
    );
    await page.getByRole('button', { name: 'Stop' }).click();
  });

  test('an impossible day is dropped with the notice', async ({ page }) => {
    await openDashboard(page, '?known=2024-02-30');
    await expect(
      page.getByRole('region', { name: 'Parts of this link were ignored' }),
    ).toContainText('known “2024-02-30”');
    await expectShowing(page, figures);
  });
});

test.describe('x by publication day', () => {
  test('draws every figure at its article’s publication day, and says so on the axis', async ({
    page,
  }) => {
    await openDashboard(page);
    const casualties = page.locator('[data-chart="casualties"]');
    await expect(casualties.locator('svg.recharts-surface')).toContainText(
      'Day the figure describes',
    );
    await page.getByRole('button', { name: 'Published', exact: true }).click();
    await expect(page).toHaveURL(/x=published/);
    await expect(casualties.locator('svg.recharts-surface')).toContainText(
      'Day the article was published',
    );
    const plotted = figures.filter((f) => published.get(f.articleId));
    await expect
      .poll(async () => (await idsOf(chartPoints(page))).sort())
      .toEqual(plotted.map((f) => f.id).sort());
    await inFreshContext(page, page.url(), async (fresh) => {
      await expect(fresh.locator('[data-chart="casualties"] svg.recharts-surface')).toContainText(
        'Day the article was published',
      );
    });
  });

  test('the table view dates each figure by its publication day', async ({ page }) => {
    await openDashboard(page, '?x=published&view=table');
    const table = page.locator('[data-chart="hostages"] table');
    await expect(table.getByRole('columnheader').first()).toHaveText(
      'Day the article was published',
    );
    const row = figures.find(
      (f) =>
        f.asOf !== null && f.asOf !== published.get(f.articleId) && f.metric.startsWith('hostages'),
    );
    if (!row) throw new Error('the shipped data has a hostage figure dated before its article');
    const day = published.get(row.articleId) ?? '';
    const cell = table.locator(`tr[data-row-figure-id="${row.id}"] td`).first();
    await expect(cell).toHaveText(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(Date.parse(`${day}T00:00:00Z`)),
    );
  });
});

test.describe('the war’s events', () => {
  const inView = events.filter((e) => e.date < '2024-03-01');

  test('are marked on every chart, listed in the key and the table view, and can be switched off', async ({
    page,
  }) => {
    await openDashboard(page);
    for (const chart of ['casualties', 'hostages']) {
      const marks = page.locator(`[data-chart="${chart}"] g[data-event]`);
      await expect(marks).not.toHaveCount(0);
      await expect(page.locator(`[data-chart="${chart}"] g[data-event="2025-10-10"]`)).toHaveCount(
        0,
      );
    }
    const truce = inView.find((e) => e.end !== undefined);
    if (!truce) throw new Error('the shipped events have a span');
    await expect(
      page.locator(`[data-chart="casualties"] g[data-event="${truce.date}"] rect`),
    ).toHaveCount(1);
    await expect(page.locator('[data-chart="casualties"] svg.recharts-surface')).toContainText(
      truce.label,
    );
    const key = page.getByTestId('event-key');
    await key.locator('summary').click();
    for (const event of events) {
      await expect(key.getByRole('link', { name: `source for ${event.label}` })).toHaveAttribute(
        'href',
        event.source,
      );
    }
    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.locator(`[data-chart="casualties"] tr[data-row-event="${truce.date}"]`);
    await expect(row).toContainText(`Event: ${truce.label}`);
    await page.getByRole('checkbox', { name: 'The war’s events' }).uncheck();
    await expect(page).toHaveURL(/events=0/);
    await expect(page.locator('tr[data-row-event]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Chart' }).click();
    await expect(page.locator('g[data-event]')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('match-count')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'The war’s events' })).not.toBeChecked();
    await expect(page.locator('g[data-event]')).toHaveCount(0);
  });

  test('go with the chart downloads and the JSON export', async ({ page }) => {
    await openDashboard(page);
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the Casualties chart as SVG' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    for (const event of inView) expect(svg).toContain(`data-event="${event.date}"`);
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the matching figures as JSON' }).click();
    const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      events: WarEvent[];
    };
    expect(json.events).toEqual(events);
  });
});
