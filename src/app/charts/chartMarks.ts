// Summing up crowded chart points. Figures that share a span of days, a metric, a kind
// (running total or incident, reported or proposed) and, while that still fits, a publisher
// become one mark: their median, with a whisker over their range. The finest spans that keep
// the chart within its budget of marks win, publishers kept apart first. Figures far from the
// rest of their mark (outliers) and lone figures stay single points, so they stay visible and
// can be picked; every other figure is one drag (or click on its mark) away, and in the list.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import { DAY_MS, type FigureColumns } from '../filters/figureColumns.ts';
import { binOf, type BinUnit } from './chartBins.ts';
import { pointAt, type ChartPoint } from './chartPoint.ts';
import { timeToDay } from '../format/format.ts';

export interface Binning {
  unit: BinUnit;
  /** Whether each publisher's figures get their own marks. */
  byPublisher: boolean;
}

export interface ChartBucket {
  /** Stable across filter changes: kind, publisher and first day. */
  id: string;
  metric: MetricId;
  /** The publisher key, or null when the mark sums up every publisher. */
  publisher: string | null;
  scope: 'total' | 'incident';
  modality: 'reported' | 'proposed';
  /** The middle of the span, in ms: the x value. */
  t: number;
  /** First and last day of the span, YYYY-MM-DD: what a click zooms to. */
  from: string;
  to: string;
  /** Figures summed up here (outliers not included). */
  count: number;
  publisherCount: number;
  median: number;
  low: number;
  high: number;
  /** Figures of the same span and kind drawn on their own as outliers. */
  outlierCount: number;
  /** Figures here whose day is their article's publication day (they give none of their own). */
  reportDatedCount: number;
}

export interface Summary {
  binning: Binning;
  points: Map<MetricId, ChartPoint[]>;
  buckets: Map<MetricId, ChartBucket[]>;
}

/** Finest first; publishers are kept apart up to a week. */
export const BINNINGS: readonly Binning[] = [
  { unit: 'day', byPublisher: true },
  { unit: '2 days', byPublisher: true },
  { unit: 'week', byPublisher: true },
  { unit: 'day', byPublisher: false },
  { unit: '2 days', byPublisher: false },
  { unit: 'week', byPublisher: false },
  { unit: 'fortnight', byPublisher: false },
  { unit: 'month', byPublisher: false },
  { unit: 'quarter', byPublisher: false },
  { unit: 'year', byPublisher: false },
];

/**
 * Outliers lie beyond the middle half of their mark by 1.5 times its spread (Tukey's fences)
 * and by a quarter of its median at the least: publishers that round differently, or report a
 * day apart, are not outliers; a figure a third off the others, or ten times them, is.
 */
const MIN_FENCE = 0.25;
/** Marks of fewer figures have no outliers: there is no "rest" to stand out from. */
const MIN_FOR_OUTLIERS = 5;

const METRIC_COUNT = METRIC_IDS.length;

const isoDays = new Map<number, string>();
/** A day number as YYYY-MM-DD (spans repeat from one filter change to the next). */
function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = timeToDay(day * DAY_MS);
    isoDays.set(day, iso);
  }
  return iso;
}

function quantile(sorted: ArrayLike<number>, q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const a = sorted[below] ?? 0;
  const b = sorted[Math.min(sorted.length - 1, below + 1)] ?? a;
  return a + (b - a) * (at - below);
}

/** The values a mark keeps, [low, high]; the rest of its values are outliers. */
export function keptRange(sorted: ArrayLike<number>): [number, number] {
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  if (sorted.length < MIN_FOR_OUTLIERS) return [first, last];
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const fence = Math.max(1.5 * (q3 - q1), MIN_FENCE * quantile(sorted, 0.5));
  return [q1 - fence, q3 + fence];
}

/** Marks under one binning: each figure's mark, and the marks' members grouped together. */
interface Grouping {
  count: number;
  /** Per mark, where its members start in `members` (count + 1 entries). */
  offsets: Uint32Array;
  /** Figure positions, mark by mark. */
  members: Uint32Array;
  /** The first day of each mark's span. */
  starts: Float64Array;
  /** Each mark's values in order, mark by mark as `members` (sortedValues fills it). */
  sorted: Float64Array | null;
}

interface Spans {
  /** The span of each distinct day, by rank. */
  spanOfRank: Int32Array;
  /** The first day of each span. */
  spanStarts: number[];
}

// Days in order fall in spans in order: the spans of each unit are numbered once per set of
// distinct days (they change only with the dataset), not on every filter change.
const spansOf = new WeakMap<Float64Array, Map<BinUnit, Spans>>();

function spans(dayOfRank: Float64Array, unit: BinUnit): Spans {
  let byUnit = spansOf.get(dayOfRank);
  if (!byUnit) {
    byUnit = new Map();
    spansOf.set(dayOfRank, byUnit);
  }
  let known = byUnit.get(unit);
  if (!known) {
    const spanOfRank = new Int32Array(dayOfRank.length);
    const spanStarts: number[] = [];
    for (let r = 0; r < dayOfRank.length; r += 1) {
      const start = binOf(unit, dayOfRank[r] ?? 0)[0];
      if (spanStarts.length === 0 || spanStarts[spanStarts.length - 1] !== start) {
        spanStarts.push(start);
      }
      spanOfRank[r] = spanStarts.length - 1;
    }
    known = { spanOfRank, spanStarts };
    byUnit.set(unit, known);
  }
  return known;
}

// A mark is a slot in a plain array (span, kind, publisher) rather than a key in a map. The
// array is kept from one grouping to the next, its slots stamped with the grouping that set
// them: a new one neither allocates nor clears a few megabytes.
let slotMark = new Int32Array(0);
let slotStamp = new Uint32Array(0);
let stamp = 0;

/** Figures grouped into marks, or null as soon as there are more than `budget` marks. */
function group(
  columns: FigureColumns,
  dated: Uint32Array,
  binning: Binning,
  budget: number,
): Grouping | null {
  const { spanOfRank, spanStarts } = spans(columns.dayOfRank, binning.unit);
  const publishers = binning.byPublisher ? columns.publisherKeys.length : 1;
  // Metric, total or incident, reported or proposed: what a mark must not mix.
  const KINDS = METRIC_COUNT * 4;
  const size = spanStarts.length * KINDS * publishers;
  if (slotStamp.length < size) {
    slotMark = new Int32Array(size);
    slotStamp = new Uint32Array(size);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    slotStamp.fill(0);
    stamp = 1;
  }
  const markOf = new Uint32Array(dated.length);
  const starts: number[] = [];
  let count = 0;
  for (let k = 0; k < dated.length; k += 1) {
    const i = dated[k] ?? 0;
    const kind =
      (columns.metric[i] ?? 0) * 4 + (columns.incident[i] ?? 0) * 2 + (columns.proposed[i] ?? 0);
    const span = spanOfRank[columns.day[i] ?? 0] ?? 0;
    const publisher = binning.byPublisher ? (columns.publisher[i] ?? 0) : 0;
    const slot = (span * KINDS + kind) * publishers + publisher;
    let id: number;
    if (slotStamp[slot] === stamp) {
      id = slotMark[slot] ?? 0;
    } else {
      if (count >= budget) return null;
      id = count;
      count += 1;
      slotStamp[slot] = stamp;
      slotMark[slot] = id;
      starts.push(spanStarts[span] ?? 0);
    }
    markOf[k] = id;
  }
  const offsets = new Uint32Array(count + 1);
  for (const id of markOf) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  for (let g = 0; g < count; g += 1) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0);
  const fill = offsets.slice(0, count);
  const members = new Uint32Array(dated.length);
  for (let k = 0; k < dated.length; k += 1) {
    const id = markOf[k] ?? 0;
    members[fill[id] ?? 0] = dated[k] ?? 0;
    fill[id] = (fill[id] ?? 0) + 1;
  }
  return { count, offsets, members, starts: Float64Array.from(starts), sorted: null };
}

/**
 * Sums up `dated` (positions of one chart's dated figures) into at most about `budget` marks:
 * the finest binning whose marks, outliers and lone figures included, fit.
 */
export function summarize(columns: FigureColumns, dated: Uint32Array, budget: number): Summary {
  const coarsest = BINNINGS[BINNINGS.length - 1];
  for (const binning of BINNINGS) {
    // The coarsest binning is drawn whatever it gives: only extreme outliers overflow it.
    const last = binning === coarsest;
    const grouping = group(columns, dated, binning, last ? Infinity : budget);
    if (!grouping) continue;
    const marks = markCount(columns, grouping, last ? Infinity : budget);
    if (marks <= budget || last) return build(columns, grouping, binning);
  }
  throw new Error('unreachable: the coarsest binning always returns');
}

/** Each mark's values in order: sorted once per grouping, for counting and for drawing. */
function sortedValues(columns: FigureColumns, grouping: Grouping, g: number): Float64Array {
  const from = grouping.offsets[g] ?? 0;
  const to = grouping.offsets[g + 1] ?? 0;
  if (!grouping.sorted) {
    grouping.sorted = new Float64Array(grouping.members.length).fill(NaN);
  }
  const values = grouping.sorted.subarray(from, to);
  if (to > from && Number.isNaN(values[0])) {
    for (let k = from; k < to; k += 1)
      values[k - from] = columns.value[grouping.members[k] ?? 0] ?? 0;
    values.sort();
  }
  return values;
}

/** Marks drawn under a grouping (stopping early once past `budget`). */
function markCount(columns: FigureColumns, grouping: Grouping, budget: number): number {
  let marks = 0;
  for (let g = 0; g < grouping.count && marks <= budget; g += 1) {
    const values = sortedValues(columns, grouping, g);
    const [low, high] = keptRange(values);
    let kept = 0;
    for (const v of values) if (v >= low && v <= high) kept += 1;
    marks += kept === 1 ? values.length : values.length - kept + (kept > 1 ? 1 : 0);
  }
  return marks;
}

function build(columns: FigureColumns, grouping: Grouping, binning: Binning): Summary {
  const summary: Summary = { binning, points: new Map(), buckets: new Map() };
  const seen = new Int32Array(columns.publisherKeys.length).fill(-1);
  for (let g = 0; g < grouping.count; g += 1) {
    const from = grouping.offsets[g] ?? 0;
    const to = grouping.offsets[g + 1] ?? 0;
    const values = sortedValues(columns, grouping, g);
    const [low, high] = keptRange(values);
    const kept: number[] = [];
    const outliers: number[] = [];
    for (let k = from; k < to; k += 1) {
      const i = grouping.members[k] ?? 0;
      const v = columns.value[i] ?? 0;
      (v >= low && v <= high ? kept : outliers).push(i);
    }
    const singles = kept.length === 1 ? [...kept, ...outliers] : outliers;
    const first = pointAt(columns, grouping.members[from] ?? 0);
    const metric = first.row.metric;
    if (singles.length > 0) {
      const drawn = summary.points.get(metric) ?? [];
      for (const i of singles) drawn.push(pointAt(columns, i));
      summary.points.set(metric, drawn);
    }
    if (kept.length < 2) continue;
    const keptValues = values.filter((v) => v >= low && v <= high);
    let publisherCount = 0;
    let reportDatedCount = 0;
    for (const i of kept) {
      reportDatedCount += columns.fromReport[i] ?? 0;
      const p = columns.publisher[i] ?? 0;
      if (seen[p] !== g) {
        seen[p] = g;
        publisherCount += 1;
      }
    }
    const start = grouping.starts[g] ?? 0;
    const end = binOf(binning.unit, start)[1];
    const median = quantile(keptValues, 0.5);
    const publisher = binning.byPublisher ? first.row.publisher : null;
    const buckets = summary.buckets.get(metric) ?? [];
    buckets.push({
      id: `${metric}|${first.row.scope}|${first.row.modality}|${publisher ?? '*'}|${start}`,
      metric,
      publisher,
      scope: first.row.scope,
      modality: first.row.modality,
      t: ((start + end) / 2) * DAY_MS,
      from: isoDay(start),
      to: isoDay(end),
      count: kept.length,
      publisherCount,
      median,
      low: keptValues[0] ?? median,
      high: keptValues[keptValues.length - 1] ?? median,
      outlierCount: outliers.length,
      reportDatedCount,
    });
    summary.buckets.set(metric, buckets);
  }
  return summary;
}
