// An exported chart as a sheet that stands on its own: the title, the legend as the chart
// draws it (metrics, publisher shapes, the key to the marks), the chart, then the filters in
// words, where the figures come from, the link to the view and the day it was made. Pure:
// it places text and glyphs in rows that wrap within the chart's width; chartImage.ts draws
// them in SVG around the chart's own.
import type { GlyphPart, LegendModel } from '../charts/chartLegend.ts';
import { KEY_WORDS, keyGlyph, shapeGlyph } from '../charts/chartLegend.ts';
import { symbolPathAt } from '../charts/symbolPath.ts';

/** The width of a text at a font size, in pixels (the browser measures; tests estimate). */
export type Measure = (text: string, size: number) => number;

export interface SheetText {
  type: 'text';
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  tone: 'ink' | 'muted';
}

export interface SheetGlyph {
  type: 'glyph';
  /** The glyph's centre. */
  x: number;
  y: number;
  parts: readonly GlyphPart[];
  /** Its colour: a metric's, or null for the text's. */
  color: string | null;
}

export type SheetItem = SheetText | SheetGlyph;

export interface SheetLayout {
  width: number;
  height: number;
  /** Where the chart goes: its top edge (it keeps its own width and height). */
  chartY: number;
  items: SheetItem[];
}

export interface SheetContent {
  title: string;
  legend: LegendModel;
  /** Lines under the chart: filters, source, link, date. */
  footer: readonly string[];
}

const PAD = 10;
const TITLE_SIZE = 15;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 19;
const GLYPH = 14;
const FOOTER_SIZE = 11;
const FOOTER_ROW = 15;

/** Breaks a line into pieces no wider than `width`: at spaces, or anywhere in a long word. */
export function wrapText(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    const next = line === '' ? piece : `${line} ${piece}`;
    if (measure(next, size) <= width) {
      line = next;
      return;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than the line (a long link) is cut where it must be.
    let rest = piece;
    while (measure(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(' ')) push(word);
  if (line !== '') lines.push(line);
  return lines;
}

/** The legend's entries in order: a glyph (or none) and its words. */
function legendEntries(
  legend: LegendModel,
): { parts: GlyphPart[]; color: string | null; text: string }[] {
  return [
    ...legend.metrics.map((m) => ({
      parts: [{ d: symbolPathAt('circle', 60, 0, 0), fill: 'ink' as const, strokeWidth: 0 }],
      color: m.color,
      text: m.label,
    })),
    ...legend.publishers.map((p) => ({ parts: shapeGlyph(p.shape), color: null, text: p.label })),
    ...legend.keys.map((key) => ({ parts: keyGlyph(key), color: null, text: KEY_WORDS[key] })),
  ];
}

export function chartSheetLayout(
  content: SheetContent,
  width: number,
  chartHeight: number,
  measure: Measure,
): SheetLayout {
  const items: SheetItem[] = [];
  const inner = width - 2 * PAD;
  let y = PAD + TITLE_SIZE;
  for (const line of wrapText(content.title, TITLE_SIZE, inner, measure)) {
    items.push({ type: 'text', x: PAD, y, text: line, size: TITLE_SIZE, bold: true, tone: 'ink' });
    y += TITLE_SIZE + 5;
  }
  // Legend entries flow in rows, each a glyph and its words, wrapping within the width.
  let x = PAD;
  let rowMiddle = y + LEGEND_ROW / 2 - 4;
  for (const entry of legendEntries(content.legend)) {
    const glyphWidth = entry.parts.length > 0 ? GLYPH + 4 : 0;
    // An entry wider than a row gets rows of its own.
    const lines = wrapText(entry.text, LEGEND_SIZE, inner - glyphWidth, measure);
    const entryWidth = glyphWidth + Math.max(...lines.map((line) => measure(line, LEGEND_SIZE)));
    if (x > PAD && (lines.length > 1 || x + entryWidth > PAD + inner)) {
      x = PAD;
      rowMiddle += LEGEND_ROW;
    }
    if (entry.parts.length > 0) {
      items.push({
        type: 'glyph',
        x: x + GLYPH / 2,
        y: rowMiddle,
        parts: entry.parts,
        color: entry.color,
      });
    }
    lines.forEach((line, i) => {
      if (i > 0) rowMiddle += LEGEND_ROW - 4;
      items.push({
        type: 'text',
        x: x + glyphWidth,
        y: rowMiddle + LEGEND_SIZE / 2 - 1.5,
        text: line,
        size: LEGEND_SIZE,
        tone: 'muted',
      });
    });
    x = lines.length > 1 ? PAD + inner : x + entryWidth + 14;
  }
  const chartY = rowMiddle + LEGEND_ROW / 2 + 6;
  y = chartY + chartHeight + 6 + FOOTER_SIZE;
  for (const line of content.footer) {
    for (const piece of wrapText(line, FOOTER_SIZE, inner, measure)) {
      items.push({ type: 'text', x: PAD, y, text: piece, size: FOOTER_SIZE, tone: 'muted' });
      y += FOOTER_ROW;
    }
  }
  return { width, height: y - FOOTER_ROW + PAD + 4, chartY, items };
}

/** The lines under an exported chart. */
export function sheetFooter({
  filters,
  publisherCount,
  link,
  day,
}: {
  filters: string;
  publisherCount: number;
  link: string;
  /** The day the file was made, as the page writes days. */
  day: string;
}): string[] {
  return [
    filters,
    `Source: Conflict Figures — figures as reported by ${publisherCount} ${publisherCount === 1 ? 'publisher' : 'publishers'}`,
    `View: ${link}`,
    `Downloaded ${day}`,
  ];
}
