// Golden tests of the shipped articles: what the extractor reads in them, checked against a
// reviewed list of their figures, and the shipped dataset, which is that reading with the
// reviewers' corrections (data/articles/corrections.json) applied. After a deliberate change
// to the rules or the corrections, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run src/pipeline/shippedCorpus.test.ts
// and review the diff of __golden__/*.json line by line before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema.ts';
import { buildDataset } from './buildDataset.ts';
import { readCorpus } from './io.ts';

const root = fileURLToPath(new URL('../../data/articles', import.meta.url));
const golden = (name: string) =>
  fileURLToPath(new URL(`./__golden__/${name}.json`, import.meta.url));

function summary(dataset: Dataset) {
  return {
    articles: dataset.articles.map((a) => ({
      id: a.id,
      publisher: a.publisher,
      publisherFrom: a.publisherFrom,
      published: a.published,
      publishedFrom: a.publishedFrom,
    })),
    figures: dataset.figures.map((f) =>
      [
        f.id,
        f.metric,
        f.value,
        f.text,
        f.qualifier,
        f.modality,
        f.scope,
        f.asOf,
        f.source,
        f.review ? `${f.review.action}: ${f.review.reason}` : '',
      ]
        .join(' | ')
        .replace(/ \| $/, ''),
    ),
    dropped: dataset.dropped.map((f) => `${f.id} | ${f.review.reason}`),
    corrections: dataset.corrections,
    rejected: dataset.rejected,
  };
}

function matchesGolden(name: string, actual: unknown): void {
  if (process.env.UPDATE_GOLDEN)
    writeFileSync(golden(name), `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(golden(name), 'utf8')));
}

describe('the shipped articles', () => {
  it('give the reviewed figures to the extractor alone', async () => {
    const corpus = await readCorpus(root);
    const result = buildDataset({ ...corpus, correctionsText: null });
    if (!result.ok) throw new Error(result.error);
    matchesGolden('shipped-figures', summary(result.dataset));
  });

  it('make the shipped dataset, with every correction of corrections.json applied', async () => {
    const result = buildDataset(await readCorpus(root));
    if (!result.ok) throw new Error(result.error);
    const shipped = summary(result.dataset);
    expect(shipped.corrections.unmatched).toEqual([]);
    matchesGolden('shipped-dataset', shipped);
  });
});
