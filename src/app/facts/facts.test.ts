import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { randomDataset } from '../data/randomDataset.ts';
import type { Dataset, Figure } from '../../dataset/schema.ts';
import { queryFigures } from '../filters/figureQuery.ts';
import { DEFAULT_VIEW } from '../url/viewState.ts';
import { factIdsOf, groupFacts, repeatsText } from './facts.ts';

const factKey = (f: Figure) =>
  f.asOf === null ? `undated ${f.id}` : `${f.metric}|${f.value}|${f.asOf}|${f.modality}`;

describe('repeated facts', () => {
  // Few values and days, so that many figures repeat one another.
  const dataset: Dataset = randomDataset(21, 400);
  for (const f of dataset.figures) f.value = (f.value % 4) + 1;
  const index = buildDatasetIndex(dataset);

  it('numbers figures alike (metric, value, day, reported or proposed) as one fact', () => {
    const ids = factIdsOf(index.columns);
    const byKey = new Map<string, number>();
    index.rows.forEach((row, i) => {
      const key = factKey(row);
      const id = ids[i] ?? -1;
      if (byKey.has(key)) expect(id).toBe(byKey.get(key));
      else byKey.set(key, id);
    });
    expect(new Set(byKey.values()).size).toBe(byKey.size);
  });

  it('groups the matching figures: one per fact, the first report, with every report', () => {
    const { positions } = queryFigures(index.columns, DEFAULT_VIEW);
    const facts = groupFacts(index.columns, positions);
    const keys = new Map<string, Figure[]>();
    for (const i of positions) {
      const row = index.rows[i];
      if (!row) continue;
      keys.set(factKey(row), [...(keys.get(factKey(row)) ?? []), row]);
    }
    expect(facts.representatives.length).toBe(keys.size);
    const covered = new Set<number>();
    for (const rep of facts.representatives) {
      const row = index.rows[rep];
      if (!row) throw new Error('no row');
      const reports = keys.get(factKey(row)) ?? [];
      const members = facts.members.get(rep);
      if (reports.length === 1) {
        expect(members).toBeUndefined();
        covered.add(rep);
        continue;
      }
      expect([...(members ?? [])].map((i) => index.rows[i]?.id).sort()).toEqual(
        reports.map((r) => r.id).sort(),
      );
      for (const i of members ?? []) covered.add(i);
      // The representative is the first report: no report was published before it.
      const earliest = reports
        .map((r) => dataset.articles.find((a) => a.id === r.articleId)?.published ?? '9999')
        .sort()[0];
      expect(row.published ?? '9999').toBe(earliest);
      const publishers = new Set(
        reports.map((r) => index.rows.find((x) => x.id === r.id)?.publisher),
      );
      expect(facts.repeats.get(rep)).toEqual({
        count: reports.length,
        publishers: publishers.size,
      });
    }
    expect(covered.size).toBe(positions.length);
  });

  it('says how often a fact was reported', () => {
    expect(repeatsText({ count: 4, publishers: 3 })).toBe('reported 4 times by 3 publishers');
    expect(repeatsText({ count: 2, publishers: 1 })).toBe('reported 2 times by 1 publisher');
  });
});
