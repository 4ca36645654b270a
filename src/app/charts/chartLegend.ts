// What a chart's legend says, worked out from what the chart draws: the metrics with their
// colours, the publishers' marker shapes, and a key to the marks it uses (hollow for proposed,
// hedge signs, the line of totals, stems of one-event figures, tails of report-dated ones,
// summary marks). The page's legend and the exported images draw this same model.
import { metricInfo, type MetricId } from '../../dataset/metrics.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { METRIC_COLOR } from './chartGroups.ts';
import type { ChartData } from './chartSeries.ts';
import { STEM_OPACITY, stemPath } from './kindMarks.ts';
import { OTHER_SHAPE, SHAPES } from './publisherShapes.ts';
import { symbolPathAt, type MarkerShape } from './symbolPath.ts';

export interface LegendMetric {
  metric: MetricId;
  label: string;
  color: string;
}

export interface LegendPublisher {
  shape: MarkerShape;
  label: string;
}

export type LegendKey = 'proposed' | 'hedged' | 'line' | 'stem' | 'tail' | 'summary';

export const KEY_WORDS: Record<LegendKey, string> = {
  proposed: 'proposed (hollow)',
  hedged: '≥ ≈ ≤ hedged',
  line: 'reported running totals',
  stem: 'one event (stem)',
  tail: 'dated by the report: drawn at its publication day',
  summary: 'several figures: median and range',
};

export interface LegendModel {
  /** The metrics drawn, in the chart's order. */
  metrics: LegendMetric[];
  /** Publishers with a shape of their own, then, if any, the others sharing one. */
  publishers: LegendPublisher[];
  /** The marks the chart uses, in a fixed order. */
  keys: LegendKey[];
}

/** The publishers' shapes in the legend: the named ones in shape order, then "N other". */
export function legendPublishers(
  publishers: readonly string[],
  shapes: ReadonlyMap<string, MarkerShape>,
): LegendPublisher[] {
  const order = (p: string) => SHAPES.indexOf(shapes.get(p) ?? OTHER_SHAPE);
  const named = publishers
    .filter((p) => shapes.get(p) !== OTHER_SHAPE && shapes.has(p))
    .sort((a, b) => order(a) - order(b));
  const others = publishers.length - named.length;
  return [
    ...named.map((p) => ({ shape: shapes.get(p) ?? OTHER_SHAPE, label: publisherLabel(p) })),
    ...(others > 0
      ? [
          {
            shape: OTHER_SHAPE,
            label: `${others} other ${others === 1 ? 'publisher' : 'publishers'}`,
          },
        ]
      : []),
  ];
}

/** The legend of a chart as drawn. */
export function legendModel(
  data: ChartData,
  shapes: ReadonlyMap<string, MarkerShape>,
): LegendModel {
  let proposed = false;
  let hedged = false;
  let stem = false;
  for (const s of data.series) {
    for (const p of s.points) {
      proposed ||= p.row.modality === 'proposed';
      hedged ||= p.row.qualifier !== 'exact';
      stem ||= p.row.scope === 'incident';
    }
    for (const b of s.buckets) {
      proposed ||= b.modality === 'proposed';
      stem ||= b.scope === 'incident';
    }
  }
  const present: Record<LegendKey, boolean> = {
    proposed,
    // Summed up, single figures are drawn without hedge signs (the tooltip has them).
    hedged: hedged && data.binning === null,
    line: data.series.some((s) => s.totals.length > 1),
    stem,
    tail: data.reportDatedCount > 0,
    summary: data.binning !== null,
  };
  return {
    metrics: data.series.map((s) => ({
      metric: s.metric,
      label: metricInfo(s.metric).label,
      color: METRIC_COLOR[s.metric],
    })),
    publishers: legendPublishers(data.publishers, shapes),
    keys: (Object.keys(KEY_WORDS) as LegendKey[]).filter((key) => present[key]),
  };
}

/** One piece of a legend glyph, in a box from -7 to 7 around its centre. */
export interface GlyphPart {
  d: string;
  /** `ink` is the legend's text colour, `paper` the chart's background. */
  fill: 'none' | 'ink' | 'paper';
  fillOpacity?: number;
  strokeWidth: number;
  strokeOpacity?: number;
  dash?: string;
}

/** A publisher's marker, solid. */
export function shapeGlyph(shape: MarkerShape): GlyphPart[] {
  return [{ d: symbolPathAt(shape, 60, 0, 0), fill: 'ink', strokeWidth: 0 }];
}

/** The glyph beside a key's words (none for hedge signs: the words are the signs). */
export function keyGlyph(key: LegendKey): GlyphPart[] {
  switch (key) {
    case 'proposed':
      return [
        { d: symbolPathAt('circle', 60, 0, 0), fill: 'paper', strokeWidth: 1.5, dash: '3 2' },
      ];
    case 'hedged':
      return [];
    case 'line':
      return [{ d: 'M-7,2L7,-2', fill: 'none', strokeWidth: 1.5, strokeOpacity: 0.75 }];
    case 'stem':
      return [
        { d: stemPath(0, -3, 7), fill: 'none', strokeWidth: 1, strokeOpacity: STEM_OPACITY },
        { d: symbolPathAt('circle', 40, 0, -3), fill: 'ink', strokeWidth: 0 },
      ];
    case 'tail':
      return [
        { d: 'M1,0H-6M-6,-3V3', fill: 'none', strokeWidth: 1.5 },
        { d: symbolPathAt('circle', 40, 3.5, 0), fill: 'ink', strokeWidth: 0 },
      ];
    case 'summary':
      return [
        { d: 'M0,-7V7', fill: 'none', strokeWidth: 1.5 },
        { d: symbolPathAt('circle', 90, 0, 0), fill: 'ink', fillOpacity: 0.35, strokeWidth: 1.5 },
      ];
  }
}
