// Publisher, publication date, title and URL of an article, from the most trusted place that
// gives them: the meta file, then front matter or HTML meta tags, then the text's own signals.
// Each value records where it came from. Dates are never guessed. Pure.
import type { Provenance } from '../../dataset/schema.ts';
import type { CleanedBody } from '../clean/cleanBody.ts';
import type { Day } from '../dates/calendar.ts';
import type { SourceDocument } from '../input/sourceDocument.ts';
import type { MetaEntry } from './metaFile.ts';

export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  publisherFrom: Provenance | null;
  published: Day | null;
  publishedFrom: Provenance | null;
  url: string | null;
  notes: string[];
  warnings: string[];
}

function textPublisher(cleaned: CleanedBody): { value: string; how: string } | null {
  const s = cleaned.signals;
  if (s.creditedTo) return { value: s.creditedTo, how: 'a credit line in the text' };
  if (s.bylineOrg) return { value: s.bylineOrg, how: 'the byline' };
  if (s.datelineAgency) return { value: s.datelineAgency, how: 'the dateline' };
  if (s.siteName) return { value: s.siteName, how: 'the site name in the text' };
  return null;
}

export function resolveMetadata(
  meta: MetaEntry | undefined,
  doc: SourceDocument,
  cleaned: CleanedBody,
): ArticleMetadata {
  const notes: string[] = [];
  const warnings: string[] = [];
  const formatFrom = doc.metaSource;
  const describe = (from: Provenance) =>
    from === 'meta-file'
      ? 'articles.meta.json'
      : from === 'front-matter'
        ? 'the front matter'
        : from === 'html-meta'
          ? "the page's meta tags"
          : 'the text';

  let publisher: string | null = null;
  let publisherFrom: Provenance | null = null;
  if (meta?.publisher) [publisher, publisherFrom] = [meta.publisher, 'meta-file'];
  else if (doc.meta.publisher && formatFrom)
    [publisher, publisherFrom] = [doc.meta.publisher, formatFrom];
  else {
    const found = textPublisher(cleaned);
    if (found) {
      [publisher, publisherFrom] = [found.value, 'text'];
      notes.push(`Publisher read from ${found.how}.`);
    }
  }
  if (publisherFrom && publisherFrom !== 'text')
    notes.push(`Publisher from ${describe(publisherFrom)}.`);
  if (!publisher) warnings.push('no publisher found');

  let published: Day | null = null;
  let publishedFrom: Provenance | null = null;
  const s = cleaned.signals;
  if (meta?.published) [published, publishedFrom] = [meta.published, 'meta-file'];
  else if (doc.meta.published && formatFrom)
    [published, publishedFrom] = [doc.meta.published, formatFrom];
  else if (s.datePrefix) {
    [published, publishedFrom] = [s.datePrefix, 'text'];
    notes.push('Publication date read from the date line at the top of the text.');
  } else if (s.publishedLine) {
    [published, publishedFrom] = [s.publishedLine, 'text'];
    notes.push('Publication date read from the "Published" line.');
  } else if (s.datelineDate) {
    [published, publishedFrom] = [s.datelineDate, 'text'];
    notes.push('Publication date read from the dateline.');
  }
  if (publishedFrom && publishedFrom !== 'text')
    notes.push(`Publication date from ${describe(publishedFrom)}.`);
  if (!published) {
    warnings.push(
      s.datelinePartialDate
        ? `no publication date: the dateline says "${s.datelinePartialDate}" without a year`
        : 'no publication date in the text',
    );
  }
  if (meta?.note) notes.push(`Note: ${meta.note}`);

  return {
    title: meta?.title ?? doc.meta.title ?? cleaned.title,
    publisher,
    publisherFrom,
    published,
    publishedFrom,
    url: meta?.url ?? doc.meta.url,
    notes,
    warnings,
  };
}
