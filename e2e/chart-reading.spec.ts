// Reading the charts as a newcomer would: every figure with a day is drawn (its own day, or
// its report's, marked so), the first view is legible without touching the scale, running
// totals and one-event figures look different, clicks leave no outline, and small or empty
// charts still say the right thing.
import type { Page } from '@playwright/test';
import { formatDay } from '../src/app/format/format.ts';
import {
  chartMarker,
  chartPoints,
  dataset,
  dayOf,
  excerpts,
  expect,
  expectShowing,
  idsOf,
  openDashboard,
  test,
} from './fixtures.ts';

const figures = dataset.figures;
const HOSTAGE_GROUPS = ['hostages_', 'prisoners_'];
const isHostageChart = (metric: string) => HOSTAGE_GROUPS.some((g) => metric.startsWith(g));
const reportDated = figures.filter((f) => f.asOf === null && dayOf(f) !== null);
const sorted = (ids: string[]) => [...ids].sort();

/** The box of a chart point's marker (its last path), in page coordinates. */
async function markerY(page: Page, id: string) {
  return chartMarker(page, id).boundingBox();
}

/**
 * The first of the figures whose marker the pointer can reach at its centre (figures of one
 * day sit side by side and can overlap), to hover as a reader would.
 */
async function reachable(page: Page, ids: readonly string[]): Promise<string> {
  for (const id of ids) {
    const hit = await chartMarker(page, id).evaluate((path) => {
      // elementFromPoint sees only the viewport: the chart may start below the fold.
      path.scrollIntoView({ block: 'center' });
      const box = path.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return top?.closest('g[data-figure-id]') === path.closest('g[data-figure-id]');
    });
    if (hit) return id;
  }
  throw new Error('no reachable marker');
}

test.describe('figures without a day of their own', () => {
  test('are drawn at their report’s day, marked and explained', async ({ page }) => {
    expect(reportDated.length).toBeGreaterThan(0);
    await openDashboard(page);
    const hostageFigures = figures.filter((f) => isHostageChart(f.metric));
    // Every hostage and prisoner figure with a day is on the hostages chart.
    await expect
      .poll(async () => sorted(await idsOf(chartPoints(page, 'hostages'))))
      .toEqual(sorted(hostageFigures.filter((f) => dayOf(f) !== null).map((f) => f.id)));
    const marked = await page
      .locator('[data-chart] g[data-dated-by="report"]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-figure-id') ?? ''));
    expect(sorted(marked)).toEqual(sorted(reportDated.map((f) => f.id)));
    // The legend keys the mark, the notes and the tooltip explain it.
    const hostages = page.locator('[data-chart="hostages"]');
    await expect(hostages.getByRole('list', { name: 'Key to the markers' })).toContainText(
      'dated by the report',
    );
    await expect(hostages).toContainText(
      'dated by the report, drawn at the article’s publication day',
    );
    await hostages.scrollIntoViewIfNeeded();
    const id = await reachable(
      page,
      reportDated.filter((f) => isHostageChart(f.metric)).map((f) => f.id),
    );
    const one = reportDated.find((f) => f.id === id);
    if (!one) throw new Error('no report-dated hostage figure');
    await chartMarker(page, one.id).hover();
    await expect(page.getByRole('tooltip')).toContainText('Dated by the report');
    await expect(page.getByRole('tooltip')).toContainText(formatDay(dayOf(one) ?? ''));
  });

  test('are filtered by the day they are drawn at', async ({ page }) => {
    const one = reportDated[0];
    const day = one ? dayOf(one) : null;
    if (!one || !day) throw new Error('no report-dated figure');
    // A range that ends the day before the report leaves the figure out, list and chart.
    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await openDashboard(page, `?to=${before}`);
    const kept = figures.filter((f) => {
      const d = dayOf(f);
      return d === null || d <= before;
    });
    await expectShowing(page, kept);
    expect(await idsOf(excerpts(page))).not.toContain(one.id);
    await openDashboard(page, `?from=${day}&to=${day}&undated=0`);
    await expectShowing(
      page,
      figures.filter((f) => dayOf(f) === day),
    );
  });
});

test('the first view is legible: a chart spanning a hundredfold is drawn on a log axis', async ({
  page,
}) => {
  await openDashboard(page);
  const casualties = page.locator('[data-chart="casualties"]');
  await expect(casualties).toHaveAttribute('data-scale', 'log');
  await expect(casualties.locator('[data-scale-note="auto-log"]')).toContainText('Log scale');
  await expect(page.getByRole('button', { name: 'Auto', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The smallest casualty figure stands well clear of the axis, not on it as on a linear axis
  // that the 1.4 million displaced stretch to two million.
  const casualtyFigures = figures.filter((f) => !isHostageChart(f.metric) && dayOf(f) !== null);
  const smallest = [...casualtyFigures].sort((a, b) => a.value - b.value)[0];
  const largest = [...casualtyFigures].sort((a, b) => b.value - a.value)[0];
  if (!smallest || !largest) throw new Error('no casualty figures');
  const plot = await casualties.locator('.recharts-cartesian-grid').boundingBox();
  const low = await markerY(page, smallest.id);
  const high = await markerY(page, largest.id);
  if (!plot || !low || !high) throw new Error('chart not drawn');
  const floor = plot.y + plot.height;
  const span = floor - (high.y + high.height / 2);
  // On the linear axis it would be a millionth of the way up; here, clear of the floor.
  expect(floor - (low.y + low.height / 2)).toBeGreaterThan(span * 0.05);
  // Linear on request, with the note offering log back.
  await page.getByRole('button', { name: 'Linear', exact: true }).click();
  await expect(page).toHaveURL(/scale=linear/);
  await expect(casualties).toHaveAttribute('data-scale', 'linear');
  await expect(casualties.getByRole('button', { name: 'Use the log scale' })).toBeVisible();
});

test.describe('running totals and one-event figures', () => {
  const incidents = figures.filter((f) => f.scope === 'incident');
  const totals = figures.filter((f) => f.scope === 'total');

  test('look different on the chart, in the legend, the tooltip and the table', async ({
    page,
  }) => {
    await openDashboard(page);
    await page.locator('[data-chart="casualties"]').scrollIntoViewIfNeeded();
    const drawn = (list: typeof figures) =>
      list.filter((f) => dayOf(f) !== null && !isHostageChart(f.metric)).map((f) => f.id);
    const oneId = await reachable(page, drawn(incidents));
    const totalId = await reachable(page, drawn(totals));
    const one = incidents.find((f) => f.id === oneId);
    const total = totals.find((f) => f.id === totalId);
    if (!one || !total) throw new Error('need an incident and a total');
    const incidentMark = page.locator(`[data-chart] g[data-figure-id="${one.id}"]`);
    const totalMark = page.locator(`[data-chart] g[data-figure-id="${total.id}"]`);
    await expect(incidentMark).toHaveAttribute('data-kind', 'incident');
    await expect(totalMark).toHaveAttribute('data-kind', 'total');
    // A one-event figure stands on a stem; a total does not.
    expect(await incidentMark.locator('path').count()).toBeGreaterThan(
      await totalMark.locator('path').count(),
    );
    await expect(
      page.locator('[data-chart="casualties"]').getByRole('list', { name: 'Key to the markers' }),
    ).toContainText('one event (stem)');
    await chartMarker(page, one.id).hover();
    await expect(page.getByRole('tooltip')).toContainText('One event');
    await chartMarker(page, total.id).hover();
    await expect(page.getByRole('tooltip')).toContainText('Running total');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const header = page.locator('[data-chart="casualties"] thead');
    await expect(header).toContainText('Kind');
    await expect(page.locator(`tr[data-row-figure-id="${one.id}"]`)).toContainText('One event');
    await expect(page.locator(`tr[data-row-figure-id="${total.id}"]`)).toContainText(
      'Running total',
    );
  });

  test('filter by kind, in the address too', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('radio', { name: 'One event' }).check();
    await expect(page).toHaveURL(/kind=incident/);
    await expectShowing(page, incidents);
    await page.getByRole('radio', { name: 'Running totals' }).check();
    await expect(page).toHaveURL(/kind=total/);
    await expectShowing(page, totals);
    await openDashboard(page, '?kind=incident');
    await expect(page.getByRole('radio', { name: 'One event' })).toBeChecked();
    await expectShowing(page, incidents);
  });
});

test('clicking a point leaves no outline on the chart; the keyboard’s focus shows one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDashboard(page);
  const id = await reachable(page, await idsOf(chartPoints(page, 'casualties')));
  await chartMarker(page, id).click();
  await expect(page).toHaveURL(/fig=/);
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element
        ? {
            inChart: element.closest('[data-chart]') !== null,
            outline: getComputedStyle(element).outlineStyle,
            visible: element.matches(':focus-visible'),
          }
        : null;
    });
  const afterClick = await focused();
  if (afterClick?.inChart) expect(afterClick.outline).toBe('none');
  await page.keyboard.press('Tab');
  const afterTab = await focused();
  expect(afterTab?.visible).toBe(true);
  expect(afterTab?.outline).not.toBe('none');
});

test.describe('small and empty charts', () => {
  test('an empty chart says nothing matches, not that everything is plotted', async ({ page }) => {
    await openDashboard(page, '?metric=hostages_held');
    const casualties = page.locator('[data-chart="casualties"]');
    await expect(casualties).toContainText('No figures of these metrics match the filters.');
    await expect(casualties).not.toContainText('Every matching figure');
  });

  test('a chart of one figure on a log axis has ticks to read it by', async ({ page }) => {
    const total = figures.find((f) => f.metric === 'soldiers_killed' && f.scope === 'total');
    if (!total) throw new Error('no soldiers total');
    await openDashboard(page, '?metric=soldiers_killed&kind=total&scale=log');
    const chart = page.locator('[data-chart="casualties"]');
    await expect(chartPoints(page, 'casualties')).toHaveCount(1);
    const ticks = chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick');
    await expect.poll(() => ticks.count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count())
      .toBeGreaterThanOrEqual(2);
    // The screen reader's summary names the day, not a day before the data.
    await expect(chart.locator('p.sr-only')).toContainText(
      `1 dated figure plotted on ${formatDay(dayOf(total) ?? '')}`,
    );
  });

  test('the screen reader’s summary starts at the first figure’s day', async ({ page }) => {
    await openDashboard(page);
    const first = figures
      .filter((f) => !isHostageChart(f.metric))
      .map(dayOf)
      .filter((d): d is string => d !== null)
      .sort()[0];
    await expect(page.locator('[data-chart="casualties"] p.sr-only')).toContainText(
      `from ${formatDay(first ?? '')}`,
    );
  });
});
