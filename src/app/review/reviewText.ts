// A reviewed figure in words, the same wherever it appears: the excerpt, the tooltip, the
// table and the exports. Pure.
import { metricInfo } from '../../dataset/metrics.ts';
import {
  CORRECTABLE_FIELDS,
  type Correctable,
  type CorrectableField,
  type DropReview,
  type FigureReview,
} from '../../dataset/schema.ts';
import { formatDay, formatNumber, QUALIFIER_WORDS } from '../format/format.ts';

/** "Corrected", "Added by review", or "Checked" for a set that changed nothing. */
export function reviewLabel(review: FigureReview): string {
  if (review.action === 'add') return 'Added by review';
  return review.original && Object.keys(review.original).length > 0 ? 'Corrected' : 'Checked';
}

/** "Corrected by review", "Added by review", "Checked by review": where there is no room for why. */
export function reviewBadge(review: FigureReview): string {
  const label = reviewLabel(review);
  return label.endsWith('by review') ? label : `${label} by review`;
}

/** "Corrected: one day's toll, not the war's". */
export function reviewLine(review: FigureReview | DropReview): string {
  const label = review.action === 'drop' ? 'Dropped' : reviewLabel(review);
  return `${label}: ${review.reason}`;
}

/** "AB, 14 Feb 2024", or '' when the entry named neither. */
export function reviewedBy(review: FigureReview | DropReview): string {
  return [review.by?.trim(), review.date ? formatDay(review.date) : undefined]
    .filter(Boolean)
    .join(', ');
}

/** One value as a reader sees it: "Killed in Gaza", "20,000", "no day", "attributed to “X”". */
export function fieldPhrase<F extends CorrectableField>(field: F, value: Correctable[F]): string {
  switch (field) {
    case 'metric':
      return metricInfo(value as Correctable['metric']).label;
    case 'value':
      return formatNumber(value as number);
    case 'qualifier':
      return `hedge ${QUALIFIER_WORDS[value as Correctable['qualifier']]}`;
    case 'modality':
      return String(value);
    case 'scope':
      return value === 'total' ? 'running total' : 'incident';
    case 'asOf':
      return value === null ? 'no day' : `day ${formatDay(value as string)}`;
    case 'attribution':
      return value === null ? 'no attribution' : `attributed to “${String(value)}”`;
    default:
      return value === null ? 'no source' : `source “${String(value)}”`;
  }
}

/** What the extractor had read, for the reader who asks. */
export function extractorRead(review: FigureReview): string {
  if (review.action === 'add' || !review.original) return 'The extractor did not find this figure.';
  const original = review.original;
  const changed = CORRECTABLE_FIELDS.filter((field) => field in original);
  if (changed.length === 0) return 'The extractor read it the same way.';
  const parts = changed.map((field) => fieldPhrase(field, original[field] as never));
  return `The extractor read: ${parts.join('; ')}.`;
}

/** The review as one spreadsheet cell: action, reason and what the extractor had read. */
export function reviewCell(review: FigureReview | undefined): string {
  if (!review) return '';
  const original =
    review.action === 'set' && review.original && Object.keys(review.original).length > 0
      ? ` (extractor read ${CORRECTABLE_FIELDS.filter(
          (f) => review.original && f in review.original,
        )
          .map((f) => `${f}=${String(review.original?.[f])}`)
          .join(', ')})`
      : '';
  return `${review.action}: ${review.reason}${original}`;
}
