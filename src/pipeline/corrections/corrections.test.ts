// DATASET.md "Corrections", bullet by bullet, through the whole build (buildDataset): what a
// corrections.json does to the dataset the extractor writes.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../dataset/corrections.ts';
import { datasetSchema, type Dataset, type Figure } from '../../dataset/schema.ts';
import { buildDataset, type InputFile } from '../buildDataset.ts';
import { correctArticle } from './correctArticle.ts';

const ARTICLE = ` date 2024-03-05 The health ministry said 30,000 people have been killed in Gaza since the war began.

Hamas would release 40 hostages under the proposal, officials said. Israel would free 120 Palestinian prisoners.

An airstrike on Tuesday killed 12 people and wounded 12 others in Rafah, the ministry said.

The army said 3 soldiers were killed on Monday, bringing the total to 240.`;

const file = (name: string, text: string): InputFile => ({
  file: name,
  bytes: new TextEncoder().encode(text),
});

function build(corrections: unknown[] | null, files = [file('a.txt', ARTICLE)]): Dataset {
  const result = buildDataset({
    files,
    unreadable: [],
    metaText: null,
    correctionsText: corrections === null ? null : JSON.stringify({ corrections }),
  });
  if (!result.ok) throw new Error(result.error);
  return datasetSchema.parse(result.dataset);
}

const entry = (fields: Partial<Correction> & Pick<Correction, 'quote' | 'number'>) => ({
  article: 'a.txt',
  action: 'drop',
  reason: 'checked by hand',
  ...fields,
});

const plain = build(null);
const byText = (dataset: Dataset, text: string, metric?: string) =>
  dataset.figures.filter((f) => f.text === text && (!metric || f.metric === metric));

describe('the extractor this test stands on', () => {
  it('finds these figures in the article', () => {
    expect(plain.figures.map((f) => `${f.id} ${f.metric} ${f.text}`)).toEqual([
      'a:0:0 gaza_killed 30,000',
      'a:1:0 hostages_released 40',
      'a:1:1 prisoners_released 120',
      'a:2:0 gaza_killed 12',
      'a:2:1 gaza_injured 12',
      'a:3:0 soldiers_killed 3',
      'a:3:1 soldiers_killed 240',
    ]);
    expect(plain.dropped).toEqual([]);
    expect(plain.corrections).toEqual({ applied: 0, unmatched: [] });
  });
});

describe('drop', () => {
  it('takes the figure out of figures and lists it in dropped with its review', () => {
    const dataset = build([entry({ quote: 'bringing the total to 240', number: '240' })]);
    const [gone] = byText(plain, '240');
    expect(byText(dataset, '240')).toEqual([]);
    expect(dataset.figures).toHaveLength(plain.figures.length - 1);
    expect(dataset.dropped).toEqual([
      { ...gone, review: { action: 'drop', reason: 'checked by hand' } },
    ]);
    expect(dataset.corrections).toEqual({ applied: 1, unmatched: [] });
  });
});

describe('set', () => {
  it('changes only the given fields and keeps the extracted values that changed', () => {
    const dataset = build([
      entry({
        quote: 'bringing the total to 240',
        number: '240',
        action: 'set',
        set: { scope: 'total', asOf: '2024-03-04', value: 240 },
        reason: 'the toll as of Monday',
        by: 'AB',
        date: '2024-03-06',
      }),
    ]);
    const [before] = byText(plain, '240');
    const [after] = byText(dataset, '240');
    expect(after).toEqual({
      ...before,
      asOf: '2024-03-04',
      // Only what changed: scope and value were already as given.
      review: {
        action: 'set',
        reason: 'the toll as of Monday',
        original: { asOf: '2024-03-05' },
        by: 'AB',
        date: '2024-03-06',
      },
    });
    expect(dataset.figures.filter((f) => !f.review)).toEqual(
      plain.figures.filter((f) => f.id !== before?.id),
    );
  });

  it('keeps source and attribution in step', () => {
    const set = (values: Correction['set']) =>
      byText(
        build([entry({ quote: 'said 3 soldiers', number: '3', action: 'set', set: values })]),
        '3',
      )[0];
    // A new attribution gets its canonical source; the original keeps both old values.
    expect(set({ attribution: 'the Israel Defense Forces' })).toMatchObject({
      attribution: 'the Israel Defense Forces',
      source: 'Israeli military',
      review: { original: { attribution: 'the army' } },
    });
    expect(set({ attribution: 'Hamas officials' })).toMatchObject({
      source: 'Hamas',
      review: { original: { attribution: 'the army', source: 'Israeli military' } },
    });
    expect(set({ attribution: null })).toMatchObject({ attribution: null, source: null });
    expect(set({ source: null })).toMatchObject({ attribution: null, source: null });
    // A source alone is the body the attribution names.
    expect(set({ source: 'Times of Israel tally' })).toMatchObject({
      attribution: 'the army',
      source: 'Times of Israel tally',
    });
    const unattributed = byText(
      build([
        entry({
          quote: 'release 40 hostages',
          number: '40',
          action: 'set',
          set: { source: 'Qatari mediators' },
        }),
      ]),
      '40',
    )[0];
    expect(unattributed).toMatchObject({
      attribution: 'Qatari mediators',
      source: 'Qatari mediators',
      review: { original: { attribution: null, source: null } },
    });
  });
});

describe('add', () => {
  it('refuses to add where the extractor already has a figure', () => {
    const dataset = build([
      entry({
        quote: 'would free 120 Palestinian',
        number: '120',
        action: 'add',
        set: { metric: 'prisoners_released', value: 120 },
      }),
    ]);
    expect(dataset.figures).toEqual(plain.figures);
    expect(dataset.corrections.unmatched).toEqual([
      {
        index: 0,
        article: 'a.txt',
        quote: 'would free 120 Palestinian',
        number: '120',
        why: 'already a figure there (a:1:1)',
      },
    ]);
  });

  it('checks an add against what was extracted, whatever other entries drop', () => {
    const dataset = build([
      entry({ quote: 'Hamas would release 40 hostages', number: '40' }),
      entry({
        quote: 'release 40 hostages under',
        number: '40',
        action: 'add',
        set: { metric: 'hostages_released', value: 40, modality: 'proposed', scope: 'incident' },
      }),
    ]);
    expect(dataset.corrections.applied).toBe(1);
    expect(dataset.corrections.unmatched.map((u) => u.why)).toEqual([
      'already a figure there (a:1:0)',
    ]);
  });

  it('says when the number occurs more than once where the quote is', () => {
    const dataset = build([
      entry({
        quote: 'killed 12 people and wounded 12',
        number: '12',
        action: 'add',
        set: { metric: 'gaza_killed', value: 12 },
      }),
    ]);
    expect(dataset.corrections.unmatched.map((u) => u.why)).toEqual([
      'more than one place: the quote and number occur 2 times; quote more of the sentence',
    ]);
  });

  it('adds a figure the extractor missed, in reading order', () => {
    const missed = 'The ministry also counted 9,000 missing.';
    const text = `${ARTICLE}\n\n${missed}`;
    const correction = entry({
      quote: 'counted 9,000 missing',
      number: '9,000',
      action: 'add',
      set: { metric: 'gaza_killed', value: 9000, qualifier: 'approx' },
      reason: 'the missing are presumed dead under rubble',
    });
    const result = build([correction], [file('a.txt', text)]);
    const figure = result.figures.at(-1) as Figure;
    expect(figure).toEqual({
      id: 'a:4:1026',
      articleId: 'a',
      metric: 'gaza_killed',
      value: 9000,
      text: '9,000',
      qualifier: 'approx',
      modality: 'reported',
      scope: 'total',
      // A total describes the day of publication unless told otherwise.
      asOf: '2024-03-05',
      attribution: null,
      start: 26,
      end: 31,
      source: null,
      paragraph: 4,
      sentence: missed,
      sentenceStart: 0,
      review: {
        action: 'add',
        reason: 'the missing are presumed dead under rubble',
        original: null,
      },
    });
    expect(figure.sentence.slice(figure.start, figure.end)).toBe(figure.text);
    expect(result.corrections).toEqual({ applied: 1, unmatched: [] });
    // Same text, same id: a link to the added figure keeps working.
    expect(build([correction], [file('a.txt', text)]).figures.at(-1)?.id).toBe(figure.id);

    const twoPlaces = build(
      [
        entry({
          quote: 'in 2 places',
          number: '2',
          action: 'add',
          set: { metric: 'gaza_displaced', value: 2, attribution: 'the health ministry' },
        }),
      ],
      [file('a.txt', ARTICLE.replace('in Gaza since', 'in 2 places since'))],
    );
    expect(twoPlaces.figures.slice(0, 2).map((f) => f.text)).toEqual(['30,000', '2']);
    expect(twoPlaces.figures[1]).toMatchObject({
      attribution: 'the health ministry',
      source: 'Gaza Health Ministry',
      scope: 'total',
    });
  });
});

describe('matching by article, quote and number', () => {
  it('finds a figure by a piece of its sentence and the number in it', () => {
    const dataset = build([entry({ quote: 'wounded 12 others', number: '12' })]);
    expect(dataset.dropped.map((f) => f.metric)).toEqual(['gaza_injured']);
  });

  it('does not apply a quote that holds the same number twice, and says why', () => {
    const dataset = build([
      entry({ quote: 'killed 12 people and wounded 12 others', number: '12' }),
    ]);
    expect(dataset.figures).toEqual(plain.figures);
    expect(dataset.corrections).toEqual({
      applied: 0,
      unmatched: [
        {
          index: 0,
          article: 'a.txt',
          quote: 'killed 12 people and wounded 12 others',
          number: '12',
          why: 'more than one figure there (2 figures); quote more of the sentence',
        },
      ],
    });
  });

  it('says when there is no figure at the number, or the quote is not in the text', () => {
    const dataset = build([
      entry({ quote: 'the war began', number: 'war' }),
      entry({ quote: 'the war ended', number: 'war' }),
    ]);
    expect(dataset.corrections.unmatched.map((u) => [u.index, u.why])).toEqual([
      [0, 'no figure there: the extractor found none at this number'],
      [1, "no figure there: the quote is not in the article's text"],
    ]);
  });

  it('lists a correction for an article renamed, deleted or rejected, and applies the rest', () => {
    const corrections = [
      entry({ quote: 'wounded 12 others', number: '12' }),
      entry({ article: 'b.txt', quote: 'wounded 12 others', number: '12' }),
    ];
    const renamed = build(corrections, [file('b.txt', ARTICLE)]);
    expect(renamed.corrections.applied).toBe(1);
    expect(renamed.corrections.unmatched).toEqual([
      {
        index: 0,
        article: 'a.txt',
        quote: 'wounded 12 others',
        number: '12',
        why: 'no figure there: no such article in the input (renamed or deleted?)',
      },
    ]);
    const deleted = build(corrections, [file('c.txt', ARTICLE)]);
    expect(deleted.corrections.unmatched.map((u) => u.index)).toEqual([0, 1]);
    const emptied = build(corrections, [file('a.txt', '  '), file('b.txt', ARTICLE)]);
    expect(emptied.corrections.unmatched[0]?.why).toBe(
      'no figure there: the article was not read (empty file)',
    );
  });

  it('applies one correction to a figure; a second one for it is listed', () => {
    const dataset = build([
      entry({ quote: 'wounded 12 others', number: '12', action: 'set', set: { value: 13 } }),
      entry({ quote: 'and wounded 12', number: '12' }),
    ]);
    expect(byText(dataset, '12', 'gaza_injured')[0]?.value).toBe(13);
    expect(dataset.corrections.unmatched.map((u) => u.why)).toEqual([
      'entry 0 already corrects this figure',
    ]);
  });

  it('matches in files under folders by their path', () => {
    const dataset = build(
      [entry({ article: 'x/a.txt', quote: 'wounded 12 others', number: '12' })],
      [file('x/a.txt', ARTICLE)],
    );
    expect(dataset.corrections.applied).toBe(1);
  });
});

describe('an entry keeps its figure when the extractor changes', () => {
  // The same paragraph read by an older extractor that missed the first "12": the injured
  // figure was a:2:0 then and is a:2:1 now. The entry follows the text, not the id.
  const now = plain.figures.filter((f) => f.paragraph === 2);
  const older = now.filter((f) => f.metric === 'gaza_injured').map((f) => ({ ...f, id: 'a:2:0' }));
  const article = {
    id: 'a',
    published: '2024-03-05',
    paragraphs: build(null).articles[0]?.paragraphs ?? [],
  };
  const correction = {
    index: 0,
    correction: entry({
      quote: 'wounded 12 others',
      number: '12',
      action: 'set',
      set: { value: 14 },
    }) as Correction,
  };

  it('corrects the same figure before and after a figure is found earlier in the paragraph', () => {
    const before = correctArticle(article, older, [correction]);
    const after = correctArticle(article, now, [correction]);
    expect(before.figures.map((f) => [f.id, f.metric, f.value])).toEqual([
      ['a:2:0', 'gaza_injured', 14],
    ]);
    expect(after.figures.map((f) => [f.id, f.metric, f.value])).toEqual([
      ['a:2:0', 'gaza_killed', 12],
      ['a:2:1', 'gaza_injured', 14],
    ]);
    expect(after.outcomes).toEqual([{ index: 0, applied: true }]);
  });

  it('turns an add into "already a figure there" once the extractor finds it', () => {
    const add = {
      index: 0,
      correction: entry({
        quote: 'killed 12 people',
        number: '12',
        action: 'add',
        set: { metric: 'gaza_killed', value: 12 },
      }) as Correction,
    };
    // "killed 12" stands before "wounded 12": the added figure comes first.
    expect(correctArticle(article, older, [add]).figures.map((f) => f.id)).toEqual([
      'a:2:1031',
      'a:2:0',
    ]);
    expect(correctArticle(article, now, [add]).outcomes).toEqual([
      { index: 0, why: 'already a figure there (a:2:0)' },
    ]);
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input, whatever order the files come in', () => {
    const corrections = [
      entry({ quote: 'wounded 12 others', number: '12', action: 'set', set: { value: 13 } }),
      entry({ quote: 'bringing the total to 240', number: '240' }),
      entry({ article: 'b.txt', quote: 'killed 12 people', number: '12' }),
      entry({ article: 'gone.txt', quote: 'killed 12 people', number: '12' }),
    ];
    const files = [file('a.txt', ARTICLE), file('b.txt', ARTICLE)];
    const one = JSON.stringify(build(corrections, files));
    expect(JSON.stringify(build(corrections, [...files].reverse()))).toBe(one);
    expect(JSON.stringify(build(corrections, files))).toBe(one);
  });

  it('leaves the output as it was without corrections or with an empty list', () => {
    expect(build([])).toEqual(plain);
  });
});

describe('a broken corrections.json', () => {
  it.each([
    ['not JSON', '{ "corrections": [ }', /^corrections\.json: .* at line 1, column \d+$/],
    [
      'of another shape',
      '{ "fixes": [] }',
      /^corrections\.json: at line 1, column 1: no "corrections" list$/,
    ],
    [
      'with an unknown action',
      JSON.stringify({
        corrections: [entry({ quote: 'q 1', number: '1', action: 'fix' as never })],
      }),
      /^corrections\.json: entry 0 \(action\) at line 1, column \d+: action "fix" is not one of/,
    ],
  ])('stops the build when %s, naming the file and where', (_name, text, message) => {
    const result = buildDataset({
      files: [file('a.txt', ARTICLE)],
      unreadable: [],
      metaText: null,
      correctionsText: text,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});
