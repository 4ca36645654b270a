// The view state that lives in the URL: its shape, its defaults, and the one place where a
// query string becomes a view and a view becomes a query string. Pure, so links can be tested
// without a browser; useViewState.ts hands these codecs to nuqs for history and syncing.
import { isMetricId, METRIC_IDS, type MetricId } from '../../dataset/metrics.ts';

export { isDefaultViewQuery } from './defaultViewQuery.ts';

export type ModalityFilter = 'all' | 'reported' | 'proposed';
/** Running totals, counts of one event (incidents), or both. */
export type KindFilter = 'all' | 'total' | 'incident';
/** How a chart's value axis is drawn; `auto` picks per chart (see chartScale.ts). */
export type ScaleSetting = 'auto' | 'linear' | 'log';
/** The value axis as drawn. */
export type Scale = 'linear' | 'log';
export type SortOrder = 'desc' | 'asc';
/** The charts, their table, or one metric compared across sources or publishers. */
export type ChartView = 'chart' | 'table' | 'compare';
/** Figures people corrected or added by hand (DATASET.md "Corrections"), the others, or all. */
export type ReviewFilter = 'all' | 'reviewed' | 'unreviewed';
/** The day a chart draws a figure at: the one it describes, or its article's publication. */
export type TimeAxis = 'described' | 'published';
/** What the compare view draws a row for. */
export type CompareBy = 'source' | 'publisher';
/** What an embedded view (embed=1) shows: one chart, or the cards. */
export type EmbedPanel = 'casualties' | 'hostages' | 'cards';

export interface ViewState {
  /** Publishers to keep; empty keeps all. The unknown publisher is UNKNOWN_PUBLISHER. */
  publishers: string[];
  /** Metrics to keep; empty keeps all. */
  metrics: MetricId[];
  /**
   * Inclusive bounds on the day a figure is drawn at (its asOf, else its article's
   * publication day), YYYY-MM-DD. A start after the end is kept as typed and filters nothing
   * (see dateRange) until it is put right.
   */
  from: string | null;
  to: string | null;
  modality: ModalityFilter;
  kind: KindFilter;
  review: ReviewFilter;
  /** Free text searched in sentences. */
  q: string;
  /** Whether figures without any day (no asOf, no publication day) stay in the list. */
  undated: boolean;
  scale: ScaleSetting;
  sort: SortOrder;
  chartView: ChartView;
  /** The selected figure's id. */
  figure: string | null;
  /** The id of the article open in the reader. */
  article: string | null;
  // Issue 11: sources, the dashboard as known on a day, the war's events, embedding.
  /** Sources (DATASET.md "Sources") to keep; empty keeps all. No source is NO_SOURCE. */
  sources: string[];
  /** Keep only figures of articles published on or before this day (undated articles out). */
  knownOn: string | null;
  timeAxis: TimeAxis;
  /** Whether charts and their tables mark the war's events (data/events.json). */
  events: boolean;
  /** Whether a figure reported by several articles (same metric, value and day) is shown once. */
  group: boolean;
  compareBy: CompareBy;
  /** The view without the page around it, for an iframe. */
  embed: boolean;
  embedPanel: EmbedPanel;
}

/** How an article without a publisher is named in the URL and the filters. */
export const UNKNOWN_PUBLISHER = '(unknown)';
/** How a figure that names no source is named in the URL and the filters. */
export const NO_SOURCE = '(none)';

export const MAX_SEARCH_LENGTH = 200;

export const DEFAULT_VIEW: ViewState = {
  publishers: [],
  metrics: [],
  from: null,
  to: null,
  modality: 'all',
  kind: 'all',
  review: 'all',
  q: '',
  undated: true,
  scale: 'auto',
  sort: 'desc',
  chartView: 'chart',
  figure: null,
  article: null,
  sources: [],
  knownOn: null,
  timeAxis: 'described',
  events: true,
  group: false,
  compareBy: 'source',
  embed: false,
  embedPanel: 'casualties',
};

/** One thing a link asked for that the view could not honour. */
export interface DroppedParam {
  key: string;
  /** The offending value, if there was one (may be hostile: render as text only). */
  value?: string;
  reason: string;
}

interface Parsed<T> {
  value: T;
  dropped: DroppedParam[];
}

/** How one field of the view is read from and written to its URL parameter(s). */
export interface FieldCodec<T> {
  urlKey: string;
  defaultValue: T;
  /** Every value the parameter has in the URL, in order (repeats included). */
  parse: (values: readonly string[]) => Parsed<T>;
  serialize: (value: T) => string[];
  eq: (a: T, b: T) => boolean;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** A parameter that takes one value: the first is kept and repeats are reported. */
function singleValued<T>(
  urlKey: string,
  defaultValue: T,
  read: (raw: string) => { value: T } | { reason: string },
  write: (value: T) => string,
): FieldCodec<T> {
  return {
    urlKey,
    defaultValue,
    parse(values) {
      const dropped: DroppedParam[] = [];
      const first = values[0];
      if (first === undefined) return { value: defaultValue, dropped };
      if (values.length > 1) {
        dropped.push({
          key: urlKey,
          reason: `given ${values.length} times; kept only the first`,
        });
      }
      if (first === '') return { value: defaultValue, dropped };
      const result = read(first);
      if ('reason' in result) {
        dropped.push({ key: urlKey, value: first, reason: result.reason });
        return { value: defaultValue, dropped };
      }
      return { value: result.value, dropped };
    },
    serialize: (value) => [write(value)],
    eq: (a, b) => a === b,
  };
}

function literal<T extends string>(urlKey: string, defaultValue: T, allowed: readonly T[]) {
  return singleValued<T>(
    urlKey,
    defaultValue,
    (raw) =>
      (allowed as readonly string[]).includes(raw)
        ? { value: raw as T }
        : { reason: `not one of ${allowed.join(', ')}` },
    (value) => value,
  );
}

/** True for a real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDay(raw: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const isoDay = (urlKey: 'from' | 'to' | 'known') =>
  singleValued<string | null>(
    urlKey,
    null,
    (raw) =>
      isIsoDay(raw) ? { value: raw } : { reason: 'not a real date in the form YYYY-MM-DD' },
    (value) => value ?? '',
  );

const id = (urlKey: string) =>
  singleValued<string | null>(
    urlKey,
    null,
    (raw) => (raw.length <= 300 ? { value: raw } : { reason: 'too long to be an id' }),
    (value) => value ?? '',
  );

/** A 0/1 switch (`true`/`false` also read). */
const flag = (urlKey: string, defaultValue: boolean) =>
  singleValued<boolean>(
    urlKey,
    defaultValue,
    (raw) =>
      raw === '1' || raw === 'true'
        ? { value: true }
        : raw === '0' || raw === 'false'
          ? { value: false }
          : { reason: 'not 0 or 1' },
    (value) => (value ? '1' : '0'),
  );

/** A parameter repeated once per value (`pub=CNN&pub=UPI`): duplicates collapse, order is kept. */
function listOf<T extends string>(
  urlKey: string,
  accept: (raw: string) => string | null,
): FieldCodec<T[]> {
  return {
    urlKey,
    defaultValue: [],
    parse(values) {
      const dropped: DroppedParam[] = [];
      const kept: T[] = [];
      for (const raw of values) {
        if (raw === '') continue;
        const reason = accept(raw);
        if (reason !== null) dropped.push({ key: urlKey, value: raw, reason });
        else if (!kept.includes(raw as T)) kept.push(raw as T);
      }
      return { value: kept, dropped };
    },
    serialize: (value) => [...value],
    eq: sameList,
  };
}

/**
 * The metric filter, written the shorter way: the metrics kept (`metric=gaza_killed`) or,
 * when most are kept, the ones left out (`metric=-gaza_displaced`), so that hiding one legend
 * entry adds one parameter. Reading takes either, and a mix: the ones named, less those
 * marked `-` (or all but those, when only `-` ones are given).
 */
const metricList: FieldCodec<MetricId[]> = {
  urlKey: 'metric',
  defaultValue: [],
  parse(values) {
    const dropped: DroppedParam[] = [];
    const kept = new Set<MetricId>();
    const left = new Set<MetricId>();
    for (const raw of values) {
      if (raw === '') continue;
      const id = raw.startsWith('-') ? raw.slice(1) : raw;
      if (!isMetricId(id))
        dropped.push({ key: 'metric', value: raw, reason: 'not a known metric' });
      else (raw.startsWith('-') ? left : kept).add(id);
    }
    if (kept.size === 0 && left.size === 0) return { value: [], dropped };
    const shown = METRIC_IDS.filter((id) => (kept.size === 0 || kept.has(id)) && !left.has(id));
    if (shown.length === 0) {
      dropped.push({ key: 'metric', reason: 'leaves no metric to show; showing all' });
      return { value: [], dropped };
    }
    return { value: shown.length === METRIC_IDS.length ? [] : shown, dropped };
  },
  serialize(value) {
    const left = METRIC_IDS.filter((id) => !value.includes(id));
    return left.length < value.length ? left.map((id) => `-${id}`) : [...value];
  },
  eq: sameList,
};

export const CODECS = {
  publishers: listOf<string>('pub', (raw) => (raw.length <= 200 ? null : 'too long to be a name')),
  metrics: metricList,
  from: isoDay('from'),
  to: isoDay('to'),
  modality: literal<ModalityFilter>('modality', 'all', ['all', 'reported', 'proposed']),
  kind: literal<KindFilter>('kind', 'all', ['all', 'total', 'incident']),
  review: literal<ReviewFilter>('review', 'all', ['all', 'reviewed', 'unreviewed']),
  q: singleValued<string>(
    'q',
    '',
    (raw) =>
      raw.length <= MAX_SEARCH_LENGTH
        ? { value: raw }
        : { reason: `longer than ${MAX_SEARCH_LENGTH} characters` },
    (value) => value,
  ),
  undated: singleValued<boolean>(
    'undated',
    true,
    (raw) =>
      raw === '1' || raw === 'true'
        ? { value: true }
        : raw === '0' || raw === 'false'
          ? { value: false }
          : { reason: 'not 0 or 1' },
    (value) => (value ? '1' : '0'),
  ),
  scale: literal<ScaleSetting>('scale', 'auto', ['auto', 'linear', 'log']),
  sort: literal<SortOrder>('sort', 'desc', ['desc', 'asc']),
  chartView: literal<ChartView>('view', 'chart', ['chart', 'table', 'compare']),
  figure: id('fig'),
  article: id('article'),
  sources: listOf<string>('src', (raw) => (raw.length <= 200 ? null : 'too long to be a name')),
  knownOn: isoDay('known'),
  timeAxis: literal<TimeAxis>('x', 'described', ['described', 'published']),
  events: flag('events', true),
  group: flag('group', false),
  compareBy: literal<CompareBy>('by', 'source', ['source', 'publisher']),
  embed: flag('embed', false),
  embedPanel: literal<EmbedPanel>('panel', 'casualties', ['casualties', 'hostages', 'cards']),
} satisfies { [K in keyof ViewState]: FieldCodec<ViewState[K]> };

const FIELDS = Object.keys(CODECS) as (keyof ViewState)[];
const URL_KEYS = new Set(FIELDS.map((field) => CODECS[field].urlKey));

/** Anything that answers whether it holds a value: a Set, or the keys of a Map. */
export interface Lookup {
  has: (value: string) => boolean;
}

/** What the dataset holds, to drop links to things it does not. */
export interface KnownValues {
  publishers: Lookup;
  sources: Lookup;
  figureIds: Lookup;
  articleIds: Lookup;
}

/**
 * Drops what the dataset cannot honour (unknown publishers and ids). Applied to every view,
 * whatever its source.
 */
export function validateView(view: ViewState, known: KnownValues): Parsed<ViewState> {
  const dropped: DroppedParam[] = [];
  let next = view;
  const publishers = view.publishers.filter((name) => {
    if (known.publishers.has(name)) return true;
    dropped.push({ key: 'pub', value: name, reason: 'no such publisher in the dataset' });
    return false;
  });
  if (publishers.length !== view.publishers.length) next = { ...next, publishers };
  const sources = view.sources.filter((name) => {
    if (known.sources.has(name)) return true;
    dropped.push({ key: 'src', value: name, reason: 'no such source in the dataset' });
    return false;
  });
  if (sources.length !== view.sources.length) next = { ...next, sources };
  if (view.figure !== null && !known.figureIds.has(view.figure)) {
    dropped.push({ key: 'fig', value: view.figure, reason: 'no such figure in the dataset' });
    next = { ...next, figure: null };
  }
  if (view.article !== null && !known.articleIds.has(view.article)) {
    dropped.push({ key: 'article', value: view.article, reason: 'no such article in the dataset' });
    next = { ...next, article: null };
  }
  return { value: next, dropped };
}

/**
 * Splits a query string into its parameters without trusting its encoding: a pair whose
 * percent-encoding is broken is dropped rather than decoded into replacement characters.
 */
export function splitQuery(search: string): Parsed<Map<string, string[]>> {
  const params = new Map<string, string[]>();
  const dropped: DroppedParam[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replaceAll('+', ' '));
      value = decodeURIComponent(rawValue.replaceAll('+', ' '));
    } catch {
      // Name the parameter by what can be read of its key; the value is not shown undecoded.
      dropped.push({ key: safeDecode(rawKey), reason: 'its percent-encoding is broken' });
      continue;
    }
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  return { value: params, dropped };
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Whether the view's start date is after its end date (then no date filter applies). */
export function datesInverted(view: Pick<ViewState, 'from' | 'to'>): boolean {
  return view.from !== null && view.to !== null && view.from > view.to;
}

/**
 * The date bounds a view filters by: its own, or none while the start is after the end (the
 * date fields say so, and keep what was typed so that it can be put right).
 */
export function dateRange(view: Pick<ViewState, 'from' | 'to'>): {
  from: string | null;
  to: string | null;
} {
  return datesInverted(view) ? { from: null, to: null } : { from: view.from, to: view.to };
}

/**
 * Reads a whole query string into a view, reporting everything it had to drop. A link whose
 * start date is after its end date loses both (the notice says so): unlike dates being typed,
 * a link has no one at hand to put them right.
 */
export function parseViewState(search: string, known: KnownValues): Parsed<ViewState> {
  const { value: params, dropped } = splitQuery(search);
  for (const key of params.keys()) {
    if (!URL_KEYS.has(key)) dropped.push({ key, reason: 'not a parameter of this dashboard' });
  }
  const view = { ...DEFAULT_VIEW };
  for (const field of FIELDS) {
    const codec = CODECS[field] as FieldCodec<unknown>;
    const parsed = codec.parse(params.get(codec.urlKey) ?? []);
    (view as Record<string, unknown>)[field] = parsed.value;
    dropped.push(...parsed.dropped);
  }
  const validated = validateView(view, known);
  dropped.push(...validated.dropped);
  if (datesInverted(validated.value)) {
    dropped.push({
      key: 'from',
      value: view.from ?? '',
      reason: `after the end date ${view.to ?? ''}; dropped both dates`,
    });
    return { value: { ...validated.value, from: null, to: null }, dropped };
  }
  return { value: validated.value, dropped };
}

/** Writes a view as a canonical query string (no leading `?`); defaults are left out. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const codec = CODECS[field] as FieldCodec<unknown>;
    const value = view[field];
    if (codec.eq(value, codec.defaultValue)) continue;
    for (const item of codec.serialize(value)) params.append(codec.urlKey, item);
  }
  return params.toString();
}

/** The filters the "clear all" button resets; scale, sorting, selection and reader stay. */
export function clearFilters(view: ViewState): ViewState {
  const { publishers, metrics, from, to, modality, kind, review, q, undated } = DEFAULT_VIEW;
  const { sources, knownOn } = DEFAULT_VIEW;
  const filters = { publishers, metrics, from, to, modality, kind, review, q, undated };
  return { ...view, ...filters, sources, knownOn };
}

/** How many filters narrow the view (for the "Filters (n)" label and the empty state). */
export function activeFilterCount(
  view: Pick<
    ViewState,
    | 'publishers'
    | 'metrics'
    | 'from'
    | 'to'
    | 'modality'
    | 'kind'
    | 'review'
    | 'q'
    | 'undated'
    | 'sources'
    | 'knownOn'
  >,
): number {
  return [
    view.sources.length > 0,
    view.knownOn !== null,
    view.publishers.length > 0,
    view.metrics.length > 0,
    view.from !== null,
    view.to !== null,
    view.modality !== 'all',
    view.kind !== 'all',
    view.review !== 'all',
    view.q.trim() !== '',
    !view.undated,
  ].filter(Boolean).length;
}

const MAX_SHOWN = 40;

/** One line of the notice for a dropped parameter; values are cut short, never interpreted. */
export function describeDrop(drop: DroppedParam): string {
  const shown =
    drop.value === undefined
      ? ''
      : ` “${drop.value.length > MAX_SHOWN ? `${drop.value.slice(0, MAX_SHOWN)}…` : drop.value}”`;
  const key = drop.key.length > MAX_SHOWN ? `${drop.key.slice(0, MAX_SHOWN)}…` : drop.key;
  return `${key}${shown}: ${drop.reason}`;
}
