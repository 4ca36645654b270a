// How much of the dataset people reviewed by hand, for "About the data". Pure.
import type { Dataset } from '../../dataset/schema.ts';
import { reviewLabel } from './reviewText.ts';

export interface ReviewCounts {
  /** Corrected, checked, added and dropped together: every figure a person looked at. */
  reviewed: number;
  corrected: number;
  /** Set entries that changed nothing: a person confirmed the extractor's reading. */
  checked: number;
  added: number;
  dropped: number;
  /** Entries of corrections.json that found no figure (or more than one). */
  unmatched: number;
}

export function reviewCounts(
  dataset: Pick<Dataset, 'figures' | 'dropped' | 'corrections'>,
): ReviewCounts {
  let corrected = 0;
  let checked = 0;
  let added = 0;
  for (const figure of dataset.figures) {
    if (!figure.review) continue;
    const label = reviewLabel(figure.review);
    if (label === 'Corrected') corrected++;
    else if (label === 'Checked') checked++;
    else added++;
  }
  const dropped = dataset.dropped.length;
  return {
    reviewed: corrected + checked + added + dropped,
    corrected,
    checked,
    added,
    dropped,
    unmatched: dataset.corrections.unmatched.length,
  };
}
