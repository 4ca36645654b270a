import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  planBuild,
  runJob,
  appIndexPieces,
  articleShards,
} from '../pipeline/buildDataset.ts';
import { joinText } from '../pipeline/articleRecord.ts';
import { expandIndexArticle, shardFile } from './appData.ts';
import { appIndexSchema, articleShardSchema } from './appDataSchema.ts';

const files = [
  ' date 2024-03-05 The ministry said 30,000 people have been killed in Gaza since the war began. Hamas would release 40 hostages, officials said.',
  'Title Line\n\nIsrael released 39 Palestinian prisoners and Hamas freed 13 hostages on Friday.',
].map((text, i) => ({ file: `a${i}.txt`, bytes: new TextEncoder().encode(text) }));

describe('the dashboard files', () => {
  it('hold exactly the dataset: index rows expand to its figures, shards hold its text', () => {
    const input = { files, unreadable: [], metaText: null };
    const full = buildDataset(input);
    const planned = planBuild(input);
    if (!full.ok || !planned.ok) throw new Error('build failed');
    const records = planned.plan.jobs.map(runJob);
    const index = appIndexSchema.parse(
      JSON.parse([...appIndexPieces(planned.plan, records)].join('')),
    );
    const expanded = index.articles.map(expandIndexArticle);
    expect(expanded.flatMap((e) => e.figures)).toEqual(full.dataset.figures);
    expect(expanded.map((e) => e.article)).toEqual(
      full.dataset.articles.map((a) => ({ ...a, paragraphs: [] })),
    );
    const shards = [...articleShards(planned.plan, records)];
    expect(shards.map(([name]) => name)).toEqual([shardFile(0)]);
    const shard = articleShardSchema.parse(JSON.parse(joinText(shards[0]?.[1] ?? [])));
    for (const article of full.dataset.articles)
      expect(shard.articles[article.id]).toEqual(article.paragraphs);
  });
});
