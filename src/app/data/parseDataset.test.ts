import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../dataset/appData.ts';
import { appIndexSchema } from '../../dataset/appDataSchema.ts';
import {
  areFigureColumns,
  DatasetLoadError,
  isIndexArticle,
  parseDataset,
} from './parseDataset.ts';
import { parseShardArticle } from './parseShard.ts';
import { sampleDataset, sampleIndex, sampleSentences } from './sampleDataset.ts';

function problemOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
  return 'ok';
}

const good = JSON.stringify(sampleIndex);
const goodSentences = JSON.stringify(sampleSentences);
const indexProblem = (text: string, sentences = goodSentences) =>
  problemOf(() => parseDataset(text, sentences));
const detailsOf = (index: unknown, sentences: unknown = sampleSentences) => {
  try {
    parseDataset(JSON.stringify(index), JSON.stringify(sentences));
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.details;
    throw error;
  }
  return [];
};

describe('parseDataset (index.json and sentences.json)', () => {
  it('expands a valid index into the dataset, without article text', () => {
    const { dataset, shardOf } = parseDataset(good, goodSentences);
    expect(dataset.figures).toEqual(sampleDataset.figures);
    expect(dataset.articles).toEqual(sampleDataset.articles.map((a) => ({ ...a, paragraphs: [] })));
    expect(shardOf.get('c')).toBe(0);
  });

  it('reads the war’s events in day order, and refuses a broken one naming it', () => {
    const later = { date: '2025-01-19', label: 'Ceasefire', source: 'https://example.org/b' };
    const first = { date: '2023-10-07', label: 'Attack', source: 'https://example.org/a' };
    const withEvents = { ...sampleIndex, events: [later, first] };
    expect(parseDataset(JSON.stringify(withEvents), goodSentences).events).toEqual([first, later]);
    expect(parseDataset(good, goodSentences).events).toEqual([]);
    try {
      parseDataset(
        JSON.stringify({ ...sampleIndex, events: [{ ...first, source: 'javascript:x' }] }),
        goodSentences,
      );
      expect.unreachable();
    } catch (error) {
      expect((error as DatasetLoadError).problem).toBe('invalid');
      expect((error as DatasetLoadError).details[0]).toMatch(/^events\.0\.source/);
    }
  });

  it('rejects truncated JSON, in either file', () => {
    expect(indexProblem(good.slice(0, good.length / 2))).toBe('not-json');
    expect(indexProblem('')).toBe('not-json');
    expect(indexProblem(good, goodSentences.slice(0, 10))).toBe('not-json');
  });

  it('rejects another schema version, or the earlier layout, before validating', () => {
    expect(indexProblem(JSON.stringify({ ...sampleIndex, schemaVersion: 2 }))).toBe(
      'schema-version',
    );
    expect(indexProblem('[]')).toBe('schema-version');
    expect(indexProblem('null')).toBe('schema-version');
    const { indexFormat: _format, ...layout1 } = sampleIndex;
    expect(indexProblem(JSON.stringify(layout1))).toBe('schema-version');
    expect(indexProblem(good, JSON.stringify({ ...sampleSentences, schemaVersion: 3 }))).toBe(
      'schema-version',
    );
  });

  it('rejects an index that fails validation and names the field', () => {
    const broken = structuredClone(sampleIndex) as unknown as { figures: { value: unknown[] } };
    broken.figures.value[0] = 'many';
    expect(indexProblem(JSON.stringify(broken))).toBe('invalid');
    expect(detailsOf(broken)[0]).toMatch(/^figures\.value\.0/);
    const article = structuredClone(sampleIndex) as unknown as { articles: { title: unknown }[] };
    if (article.articles[1]) article.articles[1].title = 7;
    expect(detailsOf(article)[0]).toMatch(/^articles\.1\.title/);
  });

  it('checks the sentences as the schema does, naming the entry', () => {
    const broken = structuredClone(sampleSentences) as unknown as { sentences: unknown[] };
    broken.sentences.push(42);
    expect(detailsOf(sampleIndex, broken)[0]).toMatch(/^sentences\.\d+/);
  });

  it('rejects duplicate ids, rows that point at missing sentences, columns of other lengths', () => {
    const twice = structuredClone(sampleIndex);
    const first = twice.articles[0];
    if (first) twice.articles.push({ ...first, figureCount: 0, sentenceCount: 0 });
    expect(indexProblem(JSON.stringify(twice))).toBe('invalid');
    const same = structuredClone(sampleIndex);
    const at = same.articles.findIndex((a) => a.figureCount >= 2);
    const row = same.articles.slice(0, at).reduce((sum, a) => sum + a.figureCount, 0);
    same.figures.paragraph[row + 1] = same.figures.paragraph[row] ?? 0;
    same.figures.n[row + 1] = same.figures.n[row] ?? 0;
    expect(detailsOf(same)[0]).toMatch(/^figure id .* is used twice/);
    const orphan = structuredClone(sampleIndex);
    orphan.figures.sentence[0] = 99;
    expect(indexProblem(JSON.stringify(orphan))).toBe('invalid');
    const short = structuredClone(sampleIndex);
    short.figures.text.pop();
    expect(detailsOf(short)[0]).toMatch(/^figures\.text has/);
    const fewer = { ...sampleSentences, sentences: sampleSentences.sentences.slice(1) };
    expect(detailsOf(sampleIndex, fewer)[0]).toMatch(/sentences\.json has/);
  });
});

describe('parseShardArticle (articles/<n>.json)', () => {
  const shard = JSON.stringify({ schemaVersion: 1, articles: { a: ['One.', 'Two.'] } });
  const shardProblem = (text: string, id = 'a') => problemOf(() => parseShardArticle(text, id));

  it('gives the paragraphs of the article asked for', () => {
    expect(parseShardArticle(shard, 'a')).toEqual(['One.', 'Two.']);
  });

  it('says what is wrong with a broken shard', () => {
    expect(shardProblem(shard.slice(0, 20))).toBe('not-json');
    expect(shardProblem(JSON.stringify({ schemaVersion: 7, articles: {} }))).toBe('schema-version');
    expect(shardProblem(JSON.stringify({ schemaVersion: 1, articles: { a: 'text' } }))).toBe(
      'invalid',
    );
    expect(shardProblem(shard, 'b')).toBe('invalid');
    expect(shardProblem(shard, 'constructor')).toBe('invalid');
  });
});

const values = [
  0,
  1,
  2,
  13,
  14,
  -1,
  0.5,
  1e300,
  Number.MAX_SAFE_INTEGER + 2,
  NaN,
  '',
  'x',
  '2024-01-01',
  '2024-1-1',
  'text',
  null,
  undefined,
  true,
  [],
  ['x'],
  [1],
  {},
];

describe('isIndexArticle', () => {
  const articleSchema = appIndexSchema.shape.articles.element;
  const good = sampleIndex.articles[0] as unknown as Record<string, unknown>;
  const keys = [...Object.keys(good), 'reviews'];

  it('gives the schema’s verdict on articles near and far from valid ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom(...values),
        fc.boolean(),
        (key, value, drop) => {
          const article: Record<string, unknown> = drop
            ? Object.fromEntries(Object.entries(good).filter(([k]) => k !== key))
            : { ...good, [key]: value };
          expect(isIndexArticle(article)).toBe(articleSchema.safeParse(article).success);
        },
      ),
      { numRuns: 3000 },
    );
    expect(isIndexArticle(good)).toBe(true);
    expect(isIndexArticle('article')).toBe(false);
  });
});

describe('areFigureColumns', () => {
  const columnsSchema = appIndexSchema.shape.figures;
  const good = sampleIndex.figures as unknown as Record<string, unknown[]>;

  it('gives the schema’s verdict on columns near and far from valid ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIGURE_COLUMNS),
        fc.nat({ max: 4 }),
        fc.constantFrom(...values),
        fc.boolean(),
        (column, at, value, drop) => {
          const columns: Record<string, unknown> = drop
            ? Object.fromEntries(Object.entries(good).filter(([k]) => k !== column))
            : { ...good, [column]: Object.assign([...(good[column] ?? [])], { [at]: value }) };
          expect(areFigureColumns(columns)).toBe(columnsSchema.safeParse(columns).success);
        },
      ),
      { numRuns: 3000 },
    );
    expect(areFigureColumns(good)).toBe(true);
    expect(areFigureColumns([])).toBe(false);
  });
});
