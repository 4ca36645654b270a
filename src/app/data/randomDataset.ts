// A seeded random dataset for tests that hold the fast paths (columns, search index, summary
// marks) to the plain definitions: many publishers and days, undated figures, proposals,
// hedges, accents, repeated sentences and ids that sort differently as text and as numbers.
import { METRIC_IDS, METRICS } from '../../dataset/metrics.ts';
import type { Article, Dataset, Figure } from '../../dataset/schema.ts';
import { seeded } from '../../lib/seededRandom.ts';

const WORDS = ['Gaza', 'ministry', 'Israëli', 'hostages', 'released', 'killed', 'said', 'Hamas'];
const PUBLISHERS = ['CNN', 'The Times', 'Reuters', null, 'Al Jazeera', 'AP', 'BBC', 'NPR'];
const ATTRIBUTIONS = [null, 'the ministry', 'Gaza health officials', null, 'the IDF'];
const SOURCES: Record<string, string> = {
  'the ministry': 'Gaza Health Ministry',
  'Gaza health officials': 'Gaza Health Ministry',
  'the IDF': 'Israel Defense Forces',
};

export function randomDataset(seed: number, articleCount: number): Dataset {
  // The benchmark corpus's seeded source: the same seed gives the same dataset.
  const { next, int, pick } = seeded(seed);
  const day = () => `2024-0${int(1, 3)}-${String(int(1, 28)).padStart(2, '0')}`;
  const articles: Article[] = [];
  const figures: Figure[] = [];
  for (let a = 0; a < articleCount; a += 1) {
    const id = `art${a}`;
    articles.push({
      id,
      file: `${id}.txt`,
      title: `Article ${a}`,
      publisher: pick(PUBLISHERS),
      publisherFrom: 'text',
      published: next() < 0.1 ? null : day(),
      publishedFrom: 'text',
      url: null,
      notes: [],
      paragraphs: [],
      warnings: [],
    });
    const shared = `${pick(WORDS)} ${pick(WORDS)} said 12 people.`;
    for (let f = 0; f < int(0, 14); f += 1) {
      // Every other number written with a thousands separator ("1,234").
      const n = int(1, 3000);
      const text = f % 2 === 1 ? n.toLocaleString('en-US') : String(n);
      const attribution = ATTRIBUTIONS[(a + f) % ATTRIBUTIONS.length] ?? null;
      const sentence =
        next() < 0.3 ? shared : `${pick(WORDS)} ${text} ${pick(WORDS)} ${pick(WORDS)}.`;
      const start = Math.max(0, sentence.indexOf(text));
      figures.push({
        id: `${id}:${f}:${int(0, 1)}`,
        articleId: id,
        metric: pick(METRIC_IDS),
        value: int(1, 5000) * (next() < 0.05 ? 40 : 1),
        text,
        qualifier: pick(['exact', 'exact', 'approx', 'at_least', 'at_most'] as const),
        modality: next() < 0.15 ? 'proposed' : 'reported',
        scope: next() < 0.4 ? 'incident' : 'total',
        asOf: next() < 0.2 ? null : day(),
        attribution,
        source: attribution === null ? null : (SOURCES[attribution] ?? attribution),
        paragraph: f,
        sentence,
        start,
        end: start + text.length,
        sentenceStart: 0,
      });
    }
  }
  return {
    schemaVersion: 1,
    metrics: METRICS.map((m) => ({ ...m })),
    articles,
    figures,
    rejected: [],
    dropped: [],
    corrections: { applied: 0, unmatched: [] },
  };
}
