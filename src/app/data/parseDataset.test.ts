import { describe, expect, it } from 'vitest';
import { DatasetLoadError, parseDataset } from './parseDataset.ts';
import { sampleDataset } from './sampleDataset.ts';

function problemOf(text: string) {
  try {
    parseDataset(text);
  } catch (error) {
    if (error instanceof DatasetLoadError) return error.problem;
    throw error;
  }
  return 'ok';
}

const good = JSON.stringify(sampleDataset);

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(parseDataset(good).figures).toHaveLength(sampleDataset.figures.length);
  });

  it('rejects truncated JSON', () => {
    expect(problemOf(good.slice(0, good.length / 2))).toBe('not-json');
    expect(problemOf('')).toBe('not-json');
  });

  it('rejects another schema version before validating', () => {
    expect(problemOf(JSON.stringify({ ...sampleDataset, schemaVersion: 2 }))).toBe(
      'schema-version',
    );
    expect(problemOf('[]')).toBe('schema-version');
    expect(problemOf('null')).toBe('schema-version');
  });

  it('rejects a dataset that fails validation and names the field', () => {
    const broken = structuredClone(sampleDataset) as unknown as { figures: { value: unknown }[] };
    const first = broken.figures[0];
    if (first) first.value = 'many';
    try {
      parseDataset(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect((error as DatasetLoadError).problem).toBe('invalid');
      expect((error as DatasetLoadError).details[0]).toMatch(/^figures\.0\.value/);
    }
  });

  it('rejects figures that point at missing articles and duplicate ids', () => {
    const orphan = structuredClone(sampleDataset);
    const figure = orphan.figures[0];
    if (figure) orphan.figures.push({ ...figure, articleId: 'gone' });
    expect(problemOf(JSON.stringify(orphan))).toBe('invalid');
  });
});
