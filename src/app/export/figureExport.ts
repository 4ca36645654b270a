// The filtered figures as files a reader can take away: CSV for spreadsheets and JSON for
// code, each row carrying its article, publisher, dates and sentence.
import type { Article, FigureReview } from '../../dataset/schema.ts';
import type { FigureRow } from '../data/figureRow.ts';
import { publisherLabel } from '../data/figureRow.ts';
import { reviewCell } from '../review/reviewText.ts';
import type { WarEvent } from '../../dataset/events.ts';

export interface ExportRecord {
  id: string;
  metric: string;
  metric_label: string;
  value: number;
  text: string;
  qualifier: string;
  modality: string;
  scope: string;
  as_of: string | null;
  /** The day the dashboard draws and filters it at: as_of, else the publication day. */
  day: string | null;
  /** `report` when day is the publication day standing in for a missing as_of. */
  dated_by: 'figure' | 'report' | null;
  attribution: string | null;
  /** Who the number comes from, in the one name the source filter uses (DATASET.md "Sources"). */
  source: string | null;
  publisher: string;
  published: string | null;
  article_id: string;
  article_title: string | null;
  article_file: string | null;
  article_url: string | null;
  paragraph: number;
  sentence: string;
  /** What people did to the figure by hand (DATASET.md "Corrections"), or null. */
  review: FigureReview | null;
}

export function exportRecords(
  rows: readonly FigureRow[],
  articleById: ReadonlyMap<string, Article>,
): ExportRecord[] {
  return rows.map((row) => {
    const article = articleById.get(row.articleId);
    return {
      id: row.id,
      metric: row.metric,
      metric_label: row.metricLabel,
      value: row.value,
      text: row.text,
      qualifier: row.qualifier,
      modality: row.modality,
      scope: row.scope,
      as_of: row.asOf,
      day: row.day,
      dated_by: row.day === null ? null : row.dayFromReport ? 'report' : 'figure',
      attribution: row.attribution,
      source: row.source,
      publisher: publisherLabel(row.publisher),
      published: row.published,
      article_id: row.articleId,
      article_title: row.articleTitle,
      article_file: article?.file ?? null,
      article_url: article?.url ?? null,
      paragraph: row.paragraph,
      sentence: row.sentence,
      review: row.review ?? null,
    };
  });
}

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a
 * leading apostrophe, since sentences come from the open web.
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const header: (keyof ExportRecord)[] = [
    'id',
    'metric',
    'metric_label',
    'value',
    'text',
    'qualifier',
    'modality',
    'scope',
    'as_of',
    'day',
    'dated_by',
    'attribution',
    'source',
    'publisher',
    'published',
    'article_id',
    'article_title',
    'article_file',
    'article_url',
    'paragraph',
    'sentence',
    'review',
  ];
  const lines = [header.join(',')];
  for (const record of records) {
    // The review in one cell: "set: reason (extractor read value=…)".
    const cell = (key: keyof ExportRecord) =>
      key === 'review' ? reviewCell(record.review ?? undefined) : record[key];
    lines.push(header.map((key) => csvCell(cell(key))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The figures, and the war's events the charts mark (none when they are switched off). */
export function toJson(
  records: readonly ExportRecord[],
  link: string,
  events: readonly WarEvent[] = [],
): string {
  return `${JSON.stringify({ link, count: records.length, figures: records, events }, null, 2)}\n`;
}
