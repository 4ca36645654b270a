// Golden test: the shipped articles against a reviewed, checked-in list of their figures.
// After a deliberate change to the rules, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run src/pipeline/shippedCorpus.test.ts
// and review the diff of __golden__/shipped-figures.json line by line before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';
import { readCorpus } from './io.ts';

const root = fileURLToPath(new URL('../../data/articles', import.meta.url));
const goldenPath = fileURLToPath(new URL('./__golden__/shipped-figures.json', import.meta.url));

describe('the shipped articles', () => {
  it('give the reviewed figures', async () => {
    const result = buildDataset(await readCorpus(root));
    if (!result.ok) throw new Error(result.error);
    const actual = {
      articles: result.dataset.articles.map((a) => ({
        id: a.id,
        publisher: a.publisher,
        publisherFrom: a.publisherFrom,
        published: a.published,
        publishedFrom: a.publishedFrom,
      })),
      figures: result.dataset.figures.map((f) =>
        [f.id, f.metric, f.value, f.text, f.qualifier, f.modality, f.scope, f.asOf, f.source].join(
          ' | ',
        ),
      ),
      rejected: result.dataset.rejected,
    };
    if (process.env.UPDATE_GOLDEN)
      writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
});
