import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  buildDataset,
  planBuild,
  runJob,
  appIndexPieces,
  appSentencesPieces,
  articleShards,
} from '../pipeline/buildDataset.ts';
import { joinText } from '../pipeline/articleRecord.ts';
import { appFiles, expandAppFiles, shardFile } from './appData.ts';
import { appIndexSchema, appSentencesSchema, articleShardSchema } from './appDataSchema.ts';

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
    const index = appIndexSchema.parse(JSON.parse(joinText(appIndexPieces(planned.plan, records))));
    const sentences = appSentencesSchema.parse(JSON.parse(joinText(appSentencesPieces(records))));
    const expanded = expandAppFiles(index, sentences);
    expect(expanded.figures).toEqual(full.dataset.figures);
    expect(expanded.articles).toEqual(full.dataset.articles.map((a) => ({ ...a, paragraphs: [] })));
    // What tests and tools make of a dataset is what the extractor writes.
    const { articles: _articles, figures: _figures, ...envelope } = index;
    expect(appFiles(full.dataset, envelope)).toEqual({
      index,
      sentences,
    });
    const shards = [...articleShards(records)];
    expect(shards.map(([name]) => name)).toEqual([shardFile(0)]);
    const shard = articleShardSchema.parse(JSON.parse(joinText(shards[0]?.[1] ?? [])));
    for (const article of full.dataset.articles)
      expect(shard.articles[article.id]).toEqual(article.paragraphs);
  });
});

describe('the dashboard files with corrections', () => {
  it('carry the reviews, the dropped figures, the summary and the entries', () => {
    const corrections = [
      {
        article: 'a0.txt',
        quote: 'release 40 hostages',
        number: '40',
        action: 'set' as const,
        set: { modality: 'reported' as const },
        reason: 'released since',
      },
      {
        article: 'a1.txt',
        quote: 'freed 13 hostages',
        number: '13',
        action: 'drop' as const,
        reason: 'counted twice',
      },
      {
        article: 'a1.txt',
        quote: 'nowhere 5',
        number: '5',
        action: 'drop' as const,
        reason: 'not there',
      },
    ];
    const input = {
      files,
      unreadable: [],
      metaText: null,
      correctionsText: JSON.stringify({ corrections }),
    };
    const full = buildDataset(input);
    const planned = planBuild(input);
    if (!full.ok || !planned.ok) throw new Error('build failed');
    const { records, ...reviewed } = applyCorrections(planned.plan, planned.plan.jobs.map(runJob));
    const index = appIndexSchema.parse(
      JSON.parse(joinText(appIndexPieces(planned.plan, records, reviewed))),
    );
    const sentences = appSentencesSchema.parse(JSON.parse(joinText(appSentencesPieces(records))));
    const { figures } = expandAppFiles(index, sentences);
    expect(figures).toEqual(full.dataset.figures);
    expect(figures.filter((f) => f.review).map((f) => f.review?.reason)).toEqual([
      'released since',
    ]);
    expect(index.dropped).toEqual(full.dataset.dropped);
    expect(index.dropped?.map((f) => f.text)).toEqual(['13']);
    expect(index.corrections).toEqual({ ...full.dataset.corrections, entries: corrections });
    expect(full.dataset.corrections.unmatched.map((u) => u.index)).toEqual([2]);
  });
});
