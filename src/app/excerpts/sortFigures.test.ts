import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { sortFigures } from './sortFigures.ts';

const { rows } = buildDatasetIndex(sampleDataset);

describe('sortFigures', () => {
  it('puts the newest first, report-dated figures at their report’s day, undated last', () => {
    expect(sortFigures(rows, 'desc').map((r) => r.id)).toEqual([
      'c:0:0',
      'c:1:0',
      'c:2:0',
      'b:0:0',
      'b:1:0',
      'a:0:0',
      'a:1:0',
      'b:2:0',
      'd:0:0',
    ]);
  });

  it('puts the oldest first and still keeps undated figures last', () => {
    const ids = sortFigures(rows, 'asc').map((r) => r.id);
    expect(ids[0]).toBe('b:2:0');
    expect(ids.at(-1)).toBe('d:0:0');
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortFigures(rows, 'asc');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
