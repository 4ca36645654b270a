// One figure joined with what every view needs from its article (publisher, dates, title) and
// from the metric vocabulary. Rows are built once, when the dataset loads (datasetIndex.ts);
// filters, charts, cards and the list all read them.
import { metricInfo, type MetricGroup } from '../../dataset/metrics.ts';
import type { Article, Figure } from '../../dataset/schema.ts';
import { UNKNOWN_PUBLISHER } from '../url/viewState.ts';

export interface FigureRow extends Figure {
  /** Where the row is in DatasetIndex.rows (and its columns). */
  position: number;
  /** The publisher's name, or UNKNOWN_PUBLISHER: the key publisher filters use. */
  publisher: string;
  published: string | null;
  /**
   * The day the figure is drawn at and filtered by: its own asOf or, when the text does not
   * say which day it describes, its article's publication day ("dated by the report"); null
   * only when neither is known.
   */
  day: string | null;
  /** Whether `day` is the publication day standing in for a missing asOf. */
  dayFromReport: boolean;
  articleTitle: string | null;
  metricLabel: string;
  group: MetricGroup;
}

export function publisherKey(article: Pick<Article, 'publisher'> | undefined): string {
  const name = article?.publisher?.trim();
  return name ? name : UNKNOWN_PUBLISHER;
}

/** How a publisher key reads on the page. */
export function publisherLabel(key: string): string {
  return key === UNKNOWN_PUBLISHER ? 'Unknown publisher' : key;
}

export function figureRow(
  figure: Figure,
  position: number,
  article: Article | undefined,
): FigureRow {
  const info = metricInfo(figure.metric);
  const published = article?.published ?? null;
  // Spelled out rather than spread: V8 builds 100,000 spread objects thirty times slower.
  return {
    position,
    id: figure.id,
    articleId: figure.articleId,
    metric: figure.metric,
    value: figure.value,
    text: figure.text,
    qualifier: figure.qualifier,
    modality: figure.modality,
    scope: figure.scope,
    asOf: figure.asOf,
    attribution: figure.attribution,
    source: figure.source,
    paragraph: figure.paragraph,
    sentence: figure.sentence,
    start: figure.start,
    end: figure.end,
    sentenceStart: figure.sentenceStart,
    review: figure.review,
    publisher: publisherKey(article),
    published,
    day: figure.asOf ?? published,
    dayFromReport: figure.asOf === null && published !== null,
    articleTitle: article?.title ?? null,
    metricLabel: info.label,
    group: info.group,
  };
}
