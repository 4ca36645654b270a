// The figures as columns of small numbers, built once when the dataset loads, so that a filter
// change, and each chart's summary, is a pass over typed arrays instead of 100,000 object
// look-ups and string comparisons. A figure's day is the one it is drawn at (FigureRow.day:
// its asOf, else its article's publication day). For filters, days are ranks among the
// distinct days, which compare exactly as the YYYY-MM-DD strings do; for charts, they are days
// since 1970.
import { METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { dayToTime } from '../format/format.ts';
import type { SortOrder } from '../url/viewState.ts';
import { sourceKey, sourcesOf } from '../data/sourceKeys.ts';
import { searchIndexSteps, type SearchIndex } from './searchIndex.ts';
import { foldNumbers, normalizeForSearch, searchFields } from './searchText.ts';

/** The rank of a figure without a date. */
export const NO_DAY = -1;
export const DAY_MS = 86_400_000;
// Room for 16 million figures beside two day ranks within a float's 53 exact bits.
const SHIFT = 2 ** 24;

export interface FigureColumns {
  rows: readonly FigureRow[];
  /** Publisher keys; `publisher[i]` is an index into them. */
  publisherKeys: string[];
  publisher: Uint16Array;
  /** Index into METRIC_IDS. */
  metric: Uint8Array;
  /** 1 for proposed, 0 for reported. */
  proposed: Uint8Array;
  /** 1 for a single incident, 0 for a running total. */
  incident: Uint8Array;
  /** 1 where the day is the article's publication day standing in for a missing asOf. */
  fromReport: Uint8Array;
  /** 1 for a figure people corrected or added by hand. */
  reviewed: Uint8Array;
  /** exact 0, approx 1, at least / at most 2: how the line and the cards prefer figures. */
  hedge: Uint8Array;
  value: Float64Array;
  /** The distinct days in order; `day[i]` is a rank among them or NO_DAY. */
  days: string[];
  day: Int32Array;
  /** The day as days since 1970-01-01 (NaN when undated). */
  dayNumber: Float64Array;
  /** Each distinct day (by rank) as days since 1970-01-01. */
  dayOfRank: Float64Array;
  /** The search index, built on first use (searchIndexOf) or while the page is idle. */
  search: SearchIndex | null;
  searchSteps: Generator<void, SearchIndex, void> | null;
  /** Figure positions in list order, computed on first use. */
  orders: Partial<Record<SortOrder, Uint32Array>>;
  /** Each figure's rank among the ids as text (idRanks), computed on first use. */
  idRank?: Uint32Array;
  /** Source keys (most figures first); `source[i]` is an index into them. */
  sourceKeys: string[];
  source: Uint32Array;
  /** The distinct publication days in order; `published[i]` is a rank among them or NO_DAY. */
  publishedDays: string[];
  published: Int32Array;
}

export const metricIndex: ReadonlyMap<MetricId, number> = new Map(
  METRIC_IDS.map((id, i) => [id, i]),
);

const HEDGE_RANK = { exact: 0, approx: 1, at_least: 2, at_most: 2 } as const;

/** Ranks of a column of nullable YYYY-MM-DD strings, and the distinct days they rank in. */
function rankDays(values: readonly (string | null)[]): { days: string[]; ranks: Int32Array } {
  const distinct = new Set<string>();
  for (const value of values) if (value !== null) distinct.add(value);
  const days = [...distinct].sort();
  const rank = new Map(days.map((day, i) => [day, i]));
  const ranks = new Int32Array(values.length);
  values.forEach((value, i) => {
    ranks[i] = value === null ? NO_DAY : (rank.get(value) ?? NO_DAY);
  });
  return { days, ranks };
}

export function buildFigureColumns(
  rows: readonly FigureRow[],
  publisherKeys: readonly string[],
  sourceKeys: readonly string[] = sourcesOf(rows).map((s) => s.key),
): FigureColumns {
  const n = rows.length;
  const sourceIds = new Map(sourceKeys.map((key, i) => [key, i]));
  const source = new Uint32Array(n);
  rows.forEach((row, i) => {
    source[i] = sourceIds.get(sourceKey(row)) ?? 0;
  });
  const publishedRanks = rankDays(rows.map((r) => r.published));
  const publisherIds = new Map(publisherKeys.map((key, i) => [key, i]));
  const publisher = new Uint16Array(n);
  const metric = new Uint8Array(n);
  const proposed = new Uint8Array(n);
  const incident = new Uint8Array(n);
  const fromReport = new Uint8Array(n);
  const reviewed = new Uint8Array(n);
  const hedge = new Uint8Array(n);
  const value = new Float64Array(n);
  rows.forEach((row, i) => {
    publisher[i] = publisherIds.get(row.publisher) ?? 0;
    metric[i] = metricIndex.get(row.metric) ?? 0;
    proposed[i] = row.modality === 'proposed' ? 1 : 0;
    incident[i] = row.scope === 'incident' ? 1 : 0;
    fromReport[i] = row.dayFromReport ? 1 : 0;
    reviewed[i] = row.review ? 1 : 0;
    hedge[i] = HEDGE_RANK[row.qualifier];
    value[i] = row.value;
  });
  const { days, ranks } = rankDays(rows.map((r) => r.day));
  const dayOfRank = Float64Array.from(days, (day) => dayToTime(day) / DAY_MS);
  const dayNumber = new Float64Array(n);
  ranks.forEach((rank, i) => {
    dayNumber[i] = rank === NO_DAY ? NaN : (dayOfRank[rank] ?? NaN);
  });
  return {
    rows,
    publisherKeys: [...publisherKeys],
    publisher,
    metric,
    proposed,
    incident,
    fromReport,
    reviewed,
    hedge,
    value,
    days,
    day: ranks,
    dayNumber,
    dayOfRank,
    search: null,
    searchSteps: null,
    orders: {},
    sourceKeys: [...sourceKeys],
    source,
    publishedDays: publishedRanks.days,
    published: publishedRanks.ranks,
  };
}

// Most texts are plain ASCII, which folding only lower-cases (and joins numbers' digits).
const ASCII = /^\p{ASCII}*$/u;
const fold = (text: string) =>
  foldNumbers(ASCII.test(text) ? text.toLowerCase() : normalizeForSearch(text));

/**
 * One slice of building the search index (see searchIndexSteps); true once it is built. The
 * dashboard builds it a slice per idle moment: folding 50,000 sentences is work a first paint
 * does not need, and in one piece it would hold up a keystroke.
 */
export function prepareSearchIndex(columns: FigureColumns): boolean {
  if (columns.search) return true;
  const { rows } = columns;
  columns.searchSteps ??= searchIndexSteps(
    rows.length,
    (i) => {
      const row = rows[i];
      return row ? searchFields(row) : '';
    },
    fold,
  );
  const step = columns.searchSteps.next();
  if (!step.done) return false;
  columns.search = step.value;
  columns.searchSteps = null;
  return true;
}

/** The search index, built now if the idle slices have not finished it. */
export function searchIndexOf(columns: FigureColumns): SearchIndex {
  while (!prepareSearchIndex(columns));
  if (!columns.search) throw new Error('the search index is built');
  return columns.search;
}

/**
 * Each figure's rank among all figure ids compared as text, built once per dataset (list orders
 * break ties of day by id). An id is `article:paragraph:n`: articles are ordered once, by
 * `article:` as text (which orders their ids exactly as the whole ids would, as long as no
 * article id holds a colon), and only the few figures of one article are compared as strings.
 */
export function idRanks(rows: readonly FigureRow[]): Uint32Array {
  const n = rows.length;
  const ranks = new Uint32Array(n);
  const byId = (x: number, y: number) => {
    const a = rows[x]?.id ?? '';
    const b = rows[y]?.id ?? '';
    return a < b ? -1 : a > b ? 1 : 0;
  };
  // Figures come grouped by article (the extractor writes them so): runs of one article.
  const runStarts: number[] = [];
  const runKeys: string[] = [];
  let simple = true;
  for (let i = 0; i < n; i += 1) {
    const articleId = rows[i]?.articleId ?? '';
    if (i === 0 || rows[i - 1]?.articleId !== articleId) {
      if (articleId.includes(':')) simple = false;
      runStarts.push(i);
      runKeys.push(`${articleId}:`);
    }
  }
  const runOrder = Array.from(runKeys, (_, r) => r).sort((a, b) => {
    const x = runKeys[a] ?? '';
    const y = runKeys[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  // Two runs of one article (figures not grouped) or an id with a colon: compare every id.
  for (let r = 1; r < runOrder.length && simple; r += 1) {
    if (runKeys[runOrder[r] ?? 0] === runKeys[runOrder[r - 1] ?? 0]) simple = false;
  }
  if (!simple) {
    const all = Array.from({ length: n }, (_, i) => i).sort(byId);
    all.forEach((i, rank) => {
      ranks[i] = rank;
    });
    return ranks;
  }
  runStarts.push(n);
  let rank = 0;
  const run: number[] = [];
  for (const r of runOrder) {
    const from = runStarts[r] ?? 0;
    const to = runStarts[r + 1] ?? n;
    // Mostly in id order already (paragraphs and numbers below ten): sorted only when not.
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i += 1) sorted = byId(i - 1, i) < 0;
    if (sorted) {
      for (let i = from; i < to; i += 1) ranks[i] = rank++;
      continue;
    }
    run.length = 0;
    for (let i = from; i < to; i += 1) run.push(i);
    run.sort(byId);
    for (const i of run) ranks[i] = rank++;
  }
  return ranks;
}

/**
 * Figure positions in the list's order (as sortFigures orders rows): by the day drawn at,
 * undated last either way, then by publication day, then by id. Sorted once per order: day,
 * publication day and the id's rank become one number per figure, sorted natively.
 */
export function figureOrder(columns: FigureColumns, order: SortOrder): Uint32Array {
  const known = columns.orders[order];
  if (known) return known;
  const { rows, day, days } = columns;
  const published = { days: columns.publishedDays, ranks: columns.published };
  const n = rows.length;
  columns.idRank ??= idRanks(rows);
  const idRank = columns.idRank;
  // Rank in the order asked for, undated last: 0 … count-1, then count.
  const key = (rank: number, count: number) =>
    rank === NO_DAY ? count : order === 'asc' ? rank : count - 1 - rank;
  const publishedSpan = published.days.length + 1;
  // day key × span + published key, times 2^24 plus the id's rank: one float sorts all three.
  const packed = new Float64Array(n);
  const atRank = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const dayKey = key(day[i] ?? NO_DAY, days.length);
    const publishedKey = key(published.ranks[i] ?? NO_DAY, published.days.length);
    const r = idRank[i] ?? 0;
    packed[i] = (dayKey * publishedSpan + publishedKey) * SHIFT + r;
    atRank[r] = i;
  }
  packed.sort();
  const positions = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) positions[k] = atRank[(packed[k] ?? 0) % SHIFT] ?? 0;
  columns.orders[order] = positions;
  return positions;
}

/** The rank of the first distinct day at or after `day` (days.length when there is none). */
export function firstDayAtOrAfter(days: readonly string[], day: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((days[mid] ?? '') < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Of two reported totals of the same metric and day, whether figure i reads better than
 * figure best: an exact figure over a hedged one, then the larger, then the smaller id (so
 * the choice never depends on order). Cards and chart lines pick a day's total by it.
 */
export function betterTotal(columns: FigureColumns, i: number, best: number): boolean {
  const { hedge, value, rows } = columns;
  const ha = hedge[i] ?? 0;
  const hb = hedge[best] ?? 0;
  if (ha !== hb) return ha < hb;
  const va = value[i] ?? 0;
  const vb = value[best] ?? 0;
  if (va !== vb) return va > vb;
  return (rows[i]?.id ?? '') < (rows[best]?.id ?? '');
}
