import { describe, expect, it } from 'vitest';
import type { FigureReview } from '../../dataset/schema.ts';
import {
  extractorRead,
  reviewBadge,
  reviewCell,
  reviewedBy,
  reviewLabel,
  reviewLine,
} from './reviewText.ts';

const corrected: FigureReview = {
  action: 'set',
  reason: "one day's toll, not the war's",
  original: { scope: 'total', value: 20000, attribution: 'Gaza health authorities', asOf: null },
  by: 'AB',
  date: '2024-02-14',
};
const added: FigureReview = { action: 'add', reason: 'missed', original: null };

describe('a review in words', () => {
  it('says what happened and why', () => {
    expect(reviewLine(corrected)).toBe("Corrected: one day's toll, not the war's");
    expect(reviewLine(added)).toBe('Added by review: missed');
    expect(reviewLine({ action: 'drop', reason: 'an age' })).toBe('Dropped: an age');
    expect(reviewLabel({ action: 'set', reason: 'right', original: {} })).toBe('Checked');
    expect(reviewedBy(corrected)).toBe('AB, 14 Feb 2024');
    expect([reviewBadge(corrected), reviewBadge(added)]).toEqual([
      'Corrected by review',
      'Added by review',
    ]);
    expect(reviewedBy(added)).toBe('');
  });

  it('says what the extractor had read, in the order of the fields', () => {
    expect(extractorRead(corrected)).toBe(
      'The extractor read: 20,000; running total; no day; attributed to “Gaza health authorities”.',
    );
    expect(extractorRead(added)).toBe('The extractor did not find this figure.');
  });

  it('fits in one spreadsheet cell', () => {
    expect(reviewCell(corrected)).toBe(
      "set: one day's toll, not the war's (extractor read value=20000, scope=total, asOf=null, attribution=Gaza health authorities)",
    );
    expect(reviewCell(added)).toBe('add: missed');
    expect(reviewCell(undefined)).toBe('');
  });
});
