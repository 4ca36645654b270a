// A small hand-written dataset for unit tests: four publishers (one unknown), totals over
// time, incidents, a figure dated only by its report, one of an undated article (no day at
// all), a proposal and hedged values.
import { appFiles } from '../../dataset/appData.ts';
import type { AppIndex, AppSentences } from '../../dataset/appDataSchema.ts';
import type { Article, Dataset, Figure } from '../../dataset/schema.ts';
import { METRICS } from '../../dataset/metrics.ts';

function article(id: string, publisher: string | null, published: string | null): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Title of ${id}`,
    publisher,
    publisherFrom: publisher === null ? null : 'text',
    published,
    publishedFrom: published === null ? null : 'text',
    url: null,
    notes: [],
    paragraphs: [],
    warnings: [],
  };
}

function figure(
  articleId: string,
  index: number,
  fields: Partial<Figure> & Pick<Figure, 'metric' | 'value' | 'text'>,
): Figure {
  const sentence = fields.sentence ?? `Officials said ${fields.text} people were counted.`;
  const start = sentence.indexOf(fields.text);
  return {
    id: `${articleId}:${index}:0`,
    articleId,
    qualifier: 'exact',
    modality: 'reported',
    scope: 'total',
    asOf: null,
    attribution: null,
    paragraph: index,
    sentence,
    start,
    end: start + fields.text.length,
    sentenceStart: 0,
    ...fields,
    source: fields.attribution ? (fields.source ?? fields.attribution) : null,
  };
}

const a = article('a', 'CNN', '2023-11-21');
const b = article('b', 'The New York Times', '2023-12-20');
const c = article('c', null, '2024-02-13');
const d = article('d', 'UPI', null);

a.paragraphs = [
  'Officials said 13,000 people were counted. More news.',
  'Hamas would release 50 hostages.',
];

export const sampleDataset: Dataset = {
  schemaVersion: 1,
  metrics: METRICS.map((m) => ({ ...m })),
  articles: [a, b, c, d],
  figures: [
    figure('a', 0, { metric: 'gaza_killed', value: 13000, text: '13,000', asOf: '2023-11-21' }),
    figure('a', 1, {
      metric: 'hostages_released',
      value: 50,
      text: '50',
      modality: 'proposed',
      scope: 'incident',
      sentence: 'Hamas would release 50 hostages.',
    }),
    figure('b', 0, {
      metric: 'gaza_killed',
      value: 20000,
      text: '20,000',
      qualifier: 'approx',
      asOf: '2023-12-20',
      attribution: 'Gaza health authorities',
      source: 'Gaza Health Ministry',
    }),
    figure('b', 1, { metric: 'hostages_held', value: 129, text: '129', asOf: '2023-12-20' }),
    figure('b', 2, {
      metric: 'israel_killed',
      value: 1200,
      text: '1,200',
      scope: 'incident',
      asOf: '2023-10-07',
    }),
    figure('c', 0, {
      metric: 'gaza_killed',
      value: 28000,
      text: '28,000',
      qualifier: 'at_least',
      asOf: '2024-02-13',
    }),
    figure('c', 1, { metric: 'gaza_killed', value: 28473, text: '28,473', asOf: '2024-02-13' }),
    figure('c', 2, {
      metric: 'hostages_held',
      value: 100,
      text: '100',
      qualifier: 'approx',
      asOf: '2024-02-13',
    }),
    figure('d', 0, {
      metric: 'hostages_rescued',
      value: 2,
      text: 'two',
      scope: 'incident',
      sentence: 'Troops rescued two hostages.',
    }),
  ],
  rejected: [],
  dropped: [],
  corrections: { applied: 0, unmatched: [] },
};

const sampleFiles = appFiles(sampleDataset);
/** The sample as the extractor would write index.json (see src/dataset/appData.ts). */
export const sampleIndex: AppIndex = sampleFiles.index;
/** …and sentences.json. */
export const sampleSentences: AppSentences = sampleFiles.sentences;
