import { describe, expect, it } from 'vitest';
import type { LegendModel } from '../charts/chartLegend.ts';
import { chartSheetLayout, sheetFooter, wrapText, type SheetText } from './chartSheet.ts';

// About as wide as system-ui sets text: 0.55 em a character.
const measure = (text: string, size: number) => text.length * size * 0.55;

const legend: LegendModel = {
  metrics: [
    { metric: 'gaza_killed', label: 'Killed in Gaza', color: '#d9423a' },
    { metric: 'gaza_displaced', label: 'Displaced in Gaza', color: '#a0782c' },
  ],
  publishers: [
    { shape: 'circle', label: 'CNN' },
    { shape: 'cross', label: '3 other publishers' },
  ],
  keys: ['proposed', 'hedged', 'line', 'stem', 'tail'],
};

const footer = sheetFooter({
  filters: 'Filters: publisher: CNN; running totals only',
  publisherCount: 4,
  link: `http://localhost:4173/?pub=CNN&kind=total&q=${'x'.repeat(120)}`,
  day: '4 Dec 2026',
});

describe('chartSheetLayout', () => {
  it('sets title, legend, chart and footer in order, within the width', () => {
    const layout = chartSheetLayout(
      { title: 'Casualties — Conflict Figures', legend, footer },
      390,
      260,
      measure,
    );
    const texts = layout.items.filter((i): i is SheetText => i.type === 'text');
    const words = texts.map((t) => t.text);
    expect(words[0]).toBe('Casualties — Conflict Figures');
    for (const label of ['Killed in Gaza', 'CNN', '3 other publishers', '≥ ≈ ≤ hedged']) {
      expect(words).toContain(label);
    }
    const all = words.join(' ');
    expect(all).toContain('Source: Conflict Figures — figures as reported by 4 publishers');
    expect(all).toContain('Filters: publisher: CNN; running totals only');
    expect(words).toContain('Downloaded 4 Dec 2026');
    // The long link is cut into lines that fit, and nothing runs past the edge.
    expect(words.filter((w) => w.includes('x'.repeat(20))).length).toBeGreaterThan(1);
    for (const t of texts) expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(390 - 10);
    // Legend above the chart, footer below it, the whole sheet around both.
    const legendBottom = Math.max(
      ...layout.items.filter((i) => i.y < layout.chartY).map((i) => i.y),
    );
    expect(legendBottom).toBeLessThan(layout.chartY);
    const footerTop = Math.min(
      ...texts.filter((t) => t.text.startsWith('Filters')).map((t) => t.y),
    );
    expect(footerTop).toBeGreaterThan(layout.chartY + 260);
    expect(layout.height).toBeGreaterThan(Math.max(...texts.map((t) => t.y)));
  });

  it('wraps the legend onto more rows on a narrow chart', () => {
    const rows = (width: number) =>
      new Set(
        chartSheetLayout({ title: 'T', legend, footer: [] }, width, 100, measure)
          .items.filter((i) => i.y < 100)
          .map((i) => Math.round(i.y)),
      ).size;
    expect(rows(300)).toBeGreaterThan(rows(1200));
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and inside a word only when it must', () => {
    expect(wrapText('one two three', 10, 45, measure)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghij', 10, 25, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
