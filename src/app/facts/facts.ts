// Repeated facts (group=1): the same figure, reported by several articles, is one fact. A fact
// is a metric, a value and the day it describes, reported or proposed (a proposal to release 50
// is not the release of 50); figures that do not say which day they describe (undated, or
// dated only by their report) are facts of their own. Fact ids are numbered once
// per dataset; grouping the figures that match the filters is one pass over them. Pure.
import { NO_DAY, type FigureColumns } from '../filters/figureColumns.ts';

export interface Repeats {
  /** Figures that report the fact (among those that match the filters). */
  count: number;
  publishers: number;
}

export interface GroupedFacts {
  /** One figure per fact, in list order: the first report of it (earliest publication). */
  representatives: Uint32Array;
  /** For facts reported more than once: the representative → every report, in list order. */
  members: ReadonlyMap<number, Uint32Array>;
  repeats: ReadonlyMap<number, Repeats>;
}

const factIds = new WeakMap<FigureColumns, Uint32Array>();

/** Each figure's fact: equal numbers, the same fact. Built on first use, once per dataset. */
export function factIdsOf(columns: FigureColumns): Uint32Array {
  const known = factIds.get(columns);
  if (known) return known;
  const { metric, value, proposed, day: dayOf, fromReport } = columns;
  const n = metric.length;
  const ids = new Uint32Array(n);
  // Day, metric and modality as one number; then the value.
  const byKind = new Map<number, Map<number, number>>();
  let next = 0;
  for (let i = 0; i < n; i += 1) {
    // A publication day standing in for the day described is no day the figure names.
    const day = fromReport[i] === 1 ? NO_DAY : (dayOf[i] ?? NO_DAY);
    if (day === NO_DAY) {
      ids[i] = next;
      next += 1;
      continue;
    }
    const kind = (day * 256 + (metric[i] ?? 0)) * 2 + (proposed[i] ?? 0);
    let byValue = byKind.get(kind);
    if (!byValue) {
      byValue = new Map();
      byKind.set(kind, byValue);
    }
    const v = value[i] ?? 0;
    let id = byValue.get(v);
    if (id === undefined) {
      id = next;
      next += 1;
      byValue.set(v, id);
    }
    ids[i] = id;
  }
  factIds.set(columns, ids);
  return ids;
}

/** The matching figures (positions, in list order) grouped by fact. */
export function groupFacts(columns: FigureColumns, positions: Uint32Array): GroupedFacts {
  const ids = factIdsOf(columns);
  const { published, publisher } = columns;
  // The first figure of each fact in list order, and how many figures each fact has here.
  const firstAt = new Map<number, number>();
  const sizes = new Map<number, number>();
  for (let k = 0; k < positions.length; k += 1) {
    const id = ids[positions[k] ?? 0] ?? 0;
    if (!firstAt.has(id)) firstAt.set(id, k);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  }
  const representatives = new Uint32Array(firstAt.size);
  const members = new Map<number, Uint32Array>();
  const repeats = new Map<number, Repeats>();
  // Facts in the order of their first figure; each reported more than once gathers its figures.
  const gathered = new Map<number, Uint32Array>();
  const filled = new Map<number, number>();
  for (const i of positions) {
    const id = ids[i] ?? 0;
    const size = sizes.get(id) ?? 1;
    if (size < 2) continue;
    let list = gathered.get(id);
    if (!list) {
      list = new Uint32Array(size);
      gathered.set(id, list);
    }
    const at = filled.get(id) ?? 0;
    list[at] = i;
    filled.set(id, at + 1);
  }
  let r = 0;
  for (const [id, k] of firstAt) {
    const list = gathered.get(id);
    if (!list) {
      representatives[r] = positions[k] ?? 0;
      r += 1;
      continue;
    }
    // The first report: earliest publication (undated last), then the first in the dataset.
    let best = list[0] ?? 0;
    const publishers = new Set<number>();
    for (const i of list) {
      publishers.add(publisher[i] ?? 0);
      const a = published[i] ?? NO_DAY;
      const b = published[best] ?? NO_DAY;
      const earlier = a !== b ? (b === NO_DAY ? true : a === NO_DAY ? false : a < b) : i < best;
      if (earlier) best = i;
    }
    representatives[r] = best;
    r += 1;
    members.set(best, list);
    repeats.set(best, { count: list.length, publishers: publishers.size });
  }
  return { representatives, members, repeats };
}

const grouped = new WeakMap<Uint32Array, GroupedFacts>();

/** groupFacts remembered per set of matching figures (see cachedQueryFigures). */
export function cachedGroupFacts(columns: FigureColumns, positions: Uint32Array): GroupedFacts {
  let facts = grouped.get(positions);
  if (!facts) {
    facts = groupFacts(columns, positions);
    grouped.set(positions, facts);
  }
  return facts;
}

/** "reported 4 times by 3 publishers". */
export function repeatsText({ count, publishers }: Repeats): string {
  return `reported ${count} times by ${publishers} ${publishers === 1 ? 'publisher' : 'publishers'}`;
}
