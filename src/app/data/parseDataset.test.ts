import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError, figureRowSchema, isFigureRow, parseDataset } from './parseDataset.ts';
import { parseShardArticle } from './parseShard.ts';
import { sampleDataset, sampleIndex } from './sampleDataset.ts';

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
const indexProblem = (text: string) => problemOf(() => parseDataset(text));

describe('parseDataset (index.json)', () => {
  it('expands a valid index into the dataset, without article text', () => {
    const { dataset, shardOf } = parseDataset(good);
    expect(dataset.figures).toEqual(sampleDataset.figures);
    expect(dataset.articles).toEqual(sampleDataset.articles.map((a) => ({ ...a, paragraphs: [] })));
    expect(shardOf.get('c')).toBe(0);
  });

  it('reads the war’s events in day order, and refuses a broken one naming it', () => {
    const later = { date: '2025-01-19', label: 'Ceasefire', source: 'https://example.org/b' };
    const first = { date: '2023-10-07', label: 'Attack', source: 'https://example.org/a' };
    const withEvents = { ...sampleIndex, events: [later, first] };
    expect(parseDataset(JSON.stringify(withEvents)).events).toEqual([first, later]);
    expect(parseDataset(good).events).toEqual([]);
    try {
      parseDataset(
        JSON.stringify({ ...sampleIndex, events: [{ ...first, source: 'javascript:x' }] }),
      );
      expect.unreachable();
    } catch (error) {
      expect((error as DatasetLoadError).problem).toBe('invalid');
      expect((error as DatasetLoadError).details[0]).toMatch(/^events\.0\.source/);
    }
  });

  it('rejects truncated JSON', () => {
    expect(indexProblem(good.slice(0, good.length / 2))).toBe('not-json');
    expect(indexProblem('')).toBe('not-json');
  });

  it('rejects another schema version before validating', () => {
    expect(indexProblem(JSON.stringify({ ...sampleIndex, schemaVersion: 2 }))).toBe(
      'schema-version',
    );
    expect(indexProblem('[]')).toBe('schema-version');
    expect(indexProblem('null')).toBe('schema-version');
  });

  it('rejects an index that fails validation and names the field', () => {
    const broken = structuredClone(sampleIndex) as unknown as {
      articles: { figures: unknown[][] }[];
    };
    const row = broken.articles[0]?.figures[0];
    if (row) row[3] = 'many';
    try {
      parseDataset(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).problem).toBe('invalid');
      expect((error as DatasetLoadError).details[0]).toMatch(/^articles\.0\.figures\.0\.3/);
    }
  });

  it('checks sentences and rows as the schema does, naming the field', () => {
    const broken = structuredClone(sampleIndex) as unknown as {
      articles: { sentences: unknown[] }[];
    };
    broken.articles[1]?.sentences.push(42);
    try {
      parseDataset(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect((error as DatasetLoadError).details[0]).toMatch(/^articles\.1\.sentences\.\d+/);
    }
  });

  it('rejects duplicate ids and rows that point at missing sentences', () => {
    const twice = structuredClone(sampleIndex);
    const first = twice.articles[0];
    if (first) twice.articles.push(first);
    expect(indexProblem(JSON.stringify(twice))).toBe('invalid');
    const orphan = structuredClone(sampleIndex);
    const row = orphan.articles[0]?.figures[0];
    if (row) row[10] = 99;
    expect(indexProblem(JSON.stringify(orphan))).toBe('invalid');
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

describe('isFigureRow', () => {
  const good = sampleIndex.articles[0]?.figures[0] ?? [];

  it('gives the schema’s verdict on rows near and far from valid ones', () => {
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
      null,
      undefined,
      true,
      [],
      {},
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(...values),
        fc.boolean(),
        (cell, value, drop) => {
          const row: unknown[] = [...good];
          if (drop) row.length = cell;
          else row[cell] = value;
          expect(isFigureRow(row)).toBe(figureRowSchema.safeParse(row).success);
        },
      ),
      { numRuns: 3000 },
    );
    expect(isFigureRow(good)).toBe(true);
    expect(isFigureRow([...good, 1])).toBe(figureRowSchema.safeParse([...good, 1]).success);
    expect(isFigureRow('row')).toBe(false);
  });
});
