import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../dataset/metrics.ts';
import {
  activeFilterCount,
  clearFilters,
  dateRange,
  DEFAULT_VIEW,
  describeDrop,
  isIsoDay,
  parseViewState,
  serializeViewState,
  splitQuery,
  type KnownValues,
  type ViewState,
} from './viewState.ts';

const known: KnownValues = {
  publishers: new Set(['CNN', 'The New York Times', 'Reuters, AP', '(unknown)']),
  sources: new Set(['Gaza Health Ministry', 'Israeli military', '(none)']),
  figureIds: new Set(['002_ab:17:1', '003_cd:10:2']),
  articleIds: new Set(['002_ab', '003_cd']),
};

const parse = (search: string) => parseViewState(search, known);

describe('parseViewState', () => {
  it('reads an empty query as the default view', () => {
    expect(parse('')).toEqual({ value: DEFAULT_VIEW, dropped: [] });
    expect(parse('?')).toEqual({ value: DEFAULT_VIEW, dropped: [] });
  });

  it('reads every parameter', () => {
    const { value, dropped } = parse(
      '?pub=CNN&pub=The+New+York+Times&metric=hostages_held&metric=gaza_killed&from=2023-10-07' +
        '&to=2024-02-13&modality=proposed&kind=incident&review=reviewed&q=health%20ministry' +
        '&undated=0&scale=log&sort=asc&view=table&fig=002_ab:17:1&article=003_cd',
    );
    expect(dropped).toEqual([]);
    expect(value).toEqual<ViewState>({
      publishers: ['CNN', 'The New York Times'],
      // Metrics come back in vocabulary order, so one view has one URL.
      metrics: ['gaza_killed', 'hostages_held'],
      from: '2023-10-07',
      to: '2024-02-13',
      modality: 'proposed',
      kind: 'incident',
      review: 'reviewed',
      q: 'health ministry',
      undated: false,
      scale: 'log',
      sort: 'asc',
      chartView: 'table',
      figure: '002_ab:17:1',
      article: '003_cd',
      sources: [],
      knownOn: null,
      timeAxis: 'described',
      events: true,
      group: false,
      compareBy: 'source',
      embed: false,
      embedPanel: 'casualties',
    });
  });

  it('keeps publisher names with commas and spaces whole', () => {
    expect(parse('?pub=Reuters%2C%20AP').value.publishers).toEqual(['Reuters, AP']);
  });

  it('drops unknown publishers and metrics and says so', () => {
    const { value, dropped } = parse('?pub=CNN&pub=Fox&metric=gaza_killed&metric=aliens');
    expect(value.publishers).toEqual(['CNN']);
    expect(value.metrics).toEqual(['gaza_killed']);
    expect(dropped).toEqual([
      { key: 'metric', value: 'aliens', reason: 'not a known metric' },
      { key: 'pub', value: 'Fox', reason: 'no such publisher in the dataset' },
    ]);
  });

  it('drops impossible dates', () => {
    const { value, dropped } = parse('?from=2023-02-30&to=2024-13-01');
    expect(value.from).toBeNull();
    expect(value.to).toBeNull();
    expect(dropped.map((d) => d.key)).toEqual(['from', 'to']);
  });

  it('reads the kind of figure and drops other kinds', () => {
    expect(parse('?kind=total').value.kind).toBe('total');
    expect(parse('?kind=all')).toEqual({ value: DEFAULT_VIEW, dropped: [] });
    const { value, dropped } = parse('?kind=rumour');
    expect(value.kind).toBe('all');
    expect(dropped).toEqual([
      { key: 'kind', value: 'rumour', reason: 'not one of all, total, incident' },
    ]);
  });

  it('reads the scale, automatic unless a link says otherwise', () => {
    expect(DEFAULT_VIEW.scale).toBe('auto');
    expect(parse('?scale=linear').value.scale).toBe('linear');
    expect(parse('?scale=auto')).toEqual({ value: DEFAULT_VIEW, dropped: [] });
  });

  it('reads metrics left out (-id) as every other metric', () => {
    const { value, dropped } = parse('?metric=-gaza_displaced&metric=-hostages_held');
    expect(dropped).toEqual([]);
    expect(value.metrics).toEqual(
      METRIC_IDS.filter((id) => id !== 'gaza_displaced' && id !== 'hostages_held'),
    );
  });

  it('reads a mix of kept and left-out metrics as the kept ones less the others', () => {
    expect(parse('?metric=gaza_killed&metric=hostages_held&metric=-hostages_held').value).toEqual({
      ...DEFAULT_VIEW,
      metrics: ['gaza_killed'],
    });
    expect(parse('?metric=-aliens&metric=-gaza_killed').dropped).toEqual([
      { key: 'metric', value: '-aliens', reason: 'not a known metric' },
    ]);
  });

  it('reads old links that list every metric kept, one parameter each', () => {
    const kept = METRIC_IDS.filter((id) => id !== 'gaza_killed');
    const { value, dropped } = parse(`?${kept.map((id) => `metric=${id}`).join('&')}`);
    expect(dropped).toEqual([]);
    expect(value.metrics).toEqual(kept);
    // Every metric listed is no filter at all.
    expect(parse(`?${METRIC_IDS.map((id) => `metric=${id}`).join('&')}`).value.metrics).toEqual([]);
  });

  it('shows every metric, and says so, when a link leaves none', () => {
    const { value, dropped } = parse('?metric=gaza_killed&metric=-gaza_killed');
    expect(value.metrics).toEqual([]);
    expect(dropped).toEqual([{ key: 'metric', reason: 'leaves no metric to show; showing all' }]);
  });

  it('drops both dates when from is after to', () => {
    const { value, dropped } = parse('?from=2024-05-01&to=2023-01-01');
    expect([value.from, value.to]).toEqual([null, null]);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.reason).toMatch(/after the end date 2023-01-01/);
  });

  it('keeps the first of repeated single parameters and reports the repeat', () => {
    const { value, dropped } = parse('?from=2023-10-07&from=2024-01-01&scale=log&scale=linear');
    expect(value.from).toBe('2023-10-07');
    expect(value.scale).toBe('log');
    expect(dropped.map((d) => d.key)).toEqual(['from', 'scale']);
  });

  it('collapses repeated list values silently', () => {
    expect(parse('?pub=CNN&pub=CNN')).toEqual({
      value: { ...DEFAULT_VIEW, publishers: ['CNN'] },
      dropped: [],
    });
  });

  it('drops a search longer than the limit', () => {
    const { value, dropped } = parse(`?q=${'a'.repeat(10_000)}`);
    expect(value.q).toBe('');
    expect(dropped[0]?.reason).toMatch(/longer than 200/);
  });

  it('drops ids that are not in the dataset', () => {
    const { value, dropped } = parse('?fig=nope:1:2&article=javascript:alert(1)');
    expect(value.figure).toBeNull();
    expect(value.article).toBeNull();
    expect(dropped.map((d) => d.key)).toEqual(['fig', 'article']);
  });

  it('treats script payloads as unknown values, never as markup', () => {
    const payload = encodeURIComponent('<script>alert(1)</script>');
    const { value, dropped } = parse(`?pub=${payload}&metric=${payload}&q=${payload}`);
    expect(value.publishers).toEqual([]);
    expect(value.metrics).toEqual([]);
    // A search for markup is a valid search: it is only ever compared as text.
    expect(value.q).toBe('<script>alert(1)</script>');
    expect(dropped.map((d) => d.key)).toEqual(['metric', 'pub']);
  });

  it('drops parameters with broken percent-encoding and keeps the rest', () => {
    const { value, dropped } = parse('?q=%E0%A4%A&pub=CNN&from=%ZZ');
    expect(value.q).toBe('');
    expect(value.publishers).toEqual(['CNN']);
    expect(value.from).toBeNull();
    expect(dropped).toEqual([
      { key: 'q', reason: 'its percent-encoding is broken' },
      { key: 'from', reason: 'its percent-encoding is broken' },
    ]);
  });

  it('reports unknown parameters and bad enum values', () => {
    const { value, dropped } = parse('?utm_source=x&scale=cubic&undated=maybe&modality=rumoured');
    expect(value).toEqual(DEFAULT_VIEW);
    expect(dropped.map((d) => d.key)).toEqual(['utm_source', 'modality', 'undated', 'scale']);
  });

  it('treats empty values as absent', () => {
    expect(parse('?pub=&from=&q=&fig=')).toEqual({ value: DEFAULT_VIEW, dropped: [] });
  });
});

describe('serializeViewState', () => {
  it('leaves defaults out', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
  });

  it('writes one parameter for one metric hidden, and the kept ones when few are', () => {
    const allBut = (...ids: string[]) => METRIC_IDS.filter((id) => !ids.includes(id));
    expect(serializeViewState({ ...DEFAULT_VIEW, metrics: allBut('gaza_killed') })).toBe(
      'metric=-gaza_killed',
    );
    expect(
      serializeViewState({ ...DEFAULT_VIEW, metrics: allBut('gaza_killed', 'hostages_held') }),
    ).toBe('metric=-gaza_killed&metric=-hostages_held');
    expect(serializeViewState({ ...DEFAULT_VIEW, metrics: ['hostages_held'] })).toBe(
      'metric=hostages_held',
    );
    // Half and half: the kept ones, which read more plainly.
    const half = METRIC_IDS.slice(0, METRIC_IDS.length / 2);
    expect(serializeViewState({ ...DEFAULT_VIEW, metrics: half })).toBe(
      half.map((id) => `metric=${id}`).join('&'),
    );
  });

  it('round-trips every metric selection', () => {
    for (let mask = 1; mask < 2 ** 5; mask += 1) {
      // The first five metrics in every combination, and all but those.
      const few = METRIC_IDS.slice(0, 5).filter((_, i) => (mask >> i) & 1);
      const many = METRIC_IDS.filter((id) => !few.includes(id));
      for (const metrics of [few, many]) {
        const view = { ...DEFAULT_VIEW, metrics };
        expect(parse(serializeViewState(view)).value).toEqual(view);
      }
    }
  });

  it('round-trips through parseViewState', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      publishers: ['Reuters, AP', 'CNN'],
      metrics: ['gaza_killed', 'hostages_held'],
      from: '2023-10-07',
      q: 'a&b=c #1 ≈',
      undated: false,
      figure: '003_cd:10:2',
      article: '002_ab',
      scale: 'log',
      kind: 'total',
    };
    const search = serializeViewState(view);
    expect(search).toContain('pub=Reuters%2C+AP&pub=CNN');
    expect(parse(search)).toEqual({ value: view, dropped: [] });
  });
});

describe('splitQuery', () => {
  it('decodes + as a space and keeps repeats in order', () => {
    expect(splitQuery('?a=1+2&b&a=3').value).toEqual(
      new Map([
        ['a', ['1 2', '3']],
        ['b', ['']],
      ]),
    );
  });
});

describe('isIsoDay', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['0000-01-01', false],
    ['2023-10-07T00:00', false],
  ])('%s → %s', (raw, expected) => {
    expect(isIsoDay(raw)).toBe(expected);
  });
});

describe('dateRange', () => {
  it('is the view’s dates, or none while the start is after the end', () => {
    expect(dateRange({ from: '2024-01-01', to: '2024-02-01' })).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
    });
    expect(dateRange({ from: '2024-03-01', to: null })).toEqual({ from: '2024-03-01', to: null });
    expect(dateRange({ from: '2024-03-01', to: '2024-02-01' })).toEqual({ from: null, to: null });
  });

  it('lets Clear all clear dates that filter nothing', () => {
    const view: ViewState = { ...DEFAULT_VIEW, from: '2024-03-01', to: '2024-02-01' };
    expect(activeFilterCount(view)).toBe(2);
    expect(clearFilters(view)).toEqual(DEFAULT_VIEW);
  });
});

describe('clearFilters and activeFilterCount', () => {
  it('clears filters but keeps scale, selection and reader', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      publishers: ['CNN'],
      q: 'x',
      kind: 'incident',
      undated: false,
      scale: 'log',
      figure: '002_ab:17:1',
      article: '002_ab',
    };
    expect(activeFilterCount(view)).toBe(4);
    const cleared = clearFilters(view);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ scale: 'log', figure: '002_ab:17:1', article: '002_ab' });
  });
});

describe('the review filter', () => {
  it('reads all, reviewed and unreviewed, leaves the default out, and drops anything else', () => {
    expect(parse('?review=unreviewed')).toEqual({
      value: { ...DEFAULT_VIEW, review: 'unreviewed' },
      dropped: [],
    });
    expect(parse('?review=all').value.review).toBe('all');
    expect(parse('?review=corrected')).toEqual({
      value: DEFAULT_VIEW,
      dropped: [
        { key: 'review', value: 'corrected', reason: 'not one of all, reviewed, unreviewed' },
      ],
    });
    expect(parse('?review=reviewed&review=unreviewed').value.review).toBe('reviewed');
    expect(serializeViewState({ ...DEFAULT_VIEW, review: 'reviewed' })).toBe('review=reviewed');
    expect(serializeViewState({ ...DEFAULT_VIEW, review: 'all' })).toBe('');
  });

  it('is a filter that Clear all resets', () => {
    const view: ViewState = { ...DEFAULT_VIEW, review: 'reviewed' };
    expect(activeFilterCount(view)).toBe(1);
    expect(clearFilters(view).review).toBe('all');
  });
});

describe('describeDrop', () => {
  it('cuts long values short', () => {
    const line = describeDrop({ key: 'q', value: 'x'.repeat(500), reason: 'too long' });
    expect(line.length).toBeLessThan(70);
    expect(line).toMatch(/^q “x+…”: too long$/);
  });
});

describe('issue 11: sources, as known on a day, the day drawn, events, repeats, compare, embed', () => {
  it('reads every new parameter and writes it back the same way', () => {
    const search =
      'view=compare&src=Gaza+Health+Ministry&src=%28none%29&known=2024-02-13&x=published' +
      '&events=0&group=1&by=publisher&embed=1&panel=cards';
    const { value, dropped } = parse(`?${search}`);
    expect(dropped).toEqual([]);
    expect(value).toEqual<ViewState>({
      ...DEFAULT_VIEW,
      chartView: 'compare',
      sources: ['Gaza Health Ministry', '(none)'],
      knownOn: '2024-02-13',
      timeAxis: 'published',
      events: false,
      group: true,
      compareBy: 'publisher',
      embed: true,
      embedPanel: 'cards',
    });
    expect(serializeViewState(value)).toBe(search);
  });

  it('leaves the defaults out', () => {
    const defaults = '?x=described&events=1&group=0&by=source&embed=0&panel=casualties&view=chart';
    expect(parse(defaults)).toEqual({ value: DEFAULT_VIEW, dropped: [] });
    expect(serializeViewState(parse(defaults).value)).toBe('');
  });

  it('drops what is not valid, saying why', () => {
    const { value, dropped } = parse(
      '?src=Fox+News&known=2024-02-30&x=reported&events=maybe&group=yes&by=outlet&embed=2&panel=map&view=grid',
    );
    expect(value).toEqual(DEFAULT_VIEW);
    expect(dropped).toEqual([
      { key: 'view', value: 'grid', reason: 'not one of chart, table, compare' },
      { key: 'known', value: '2024-02-30', reason: 'not a real date in the form YYYY-MM-DD' },
      { key: 'x', value: 'reported', reason: 'not one of described, published' },
      { key: 'events', value: 'maybe', reason: 'not 0 or 1' },
      { key: 'group', value: 'yes', reason: 'not 0 or 1' },
      { key: 'by', value: 'outlet', reason: 'not one of source, publisher' },
      { key: 'embed', value: '2', reason: 'not 0 or 1' },
      { key: 'panel', value: 'map', reason: 'not one of casualties, hostages, cards' },
      { key: 'src', value: 'Fox News', reason: 'no such source in the dataset' },
    ]);
  });

  it('counts sources and the day known as filters that Clear all resets, keeping the rest', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      sources: ['Israeli military'],
      knownOn: '2024-01-01',
      timeAxis: 'published',
      group: true,
      chartView: 'compare',
    };
    expect(activeFilterCount(view)).toBe(2);
    expect(clearFilters(view)).toEqual({
      ...DEFAULT_VIEW,
      timeAxis: 'published',
      group: true,
      chartView: 'compare',
    });
  });

  it('sits beside issue 9’s parameters: kind, auto scale, short metric links', () => {
    const search =
      'metric=-gaza_displaced&kind=incident&scale=linear&src=Gaza+Health+Ministry' +
      '&known=2024-02-13&x=published&group=1';
    const { value, dropped } = parse(`?${search}`);
    expect(dropped).toEqual([]);
    expect(value.metrics).toHaveLength(METRIC_IDS.length - 1);
    expect(value).toMatchObject({ kind: 'incident', scale: 'linear', knownOn: '2024-02-13' });
    expect(serializeViewState(value)).toBe(search);
    expect(activeFilterCount(value)).toBe(4);
    expect(activeFilterCount(clearFilters(value))).toBe(0);
    expect(clearFilters(value)).toMatchObject({ timeAxis: 'published', group: true });
  });

  it('keeps an old long metric list working with the new parameters', () => {
    const old = `?${METRIC_IDS.filter((id) => id !== 'gaza_displaced')
      .map((id) => `metric=${id}`)
      .join('&')}&src=%28none%29&view=compare&by=publisher`;
    const { value, dropped } = parse(old);
    expect(dropped).toEqual([]);
    expect(serializeViewState(value)).toBe(
      'metric=-gaza_displaced&view=compare&src=%28none%29&by=publisher',
    );
  });
});
