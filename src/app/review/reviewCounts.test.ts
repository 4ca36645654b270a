import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../data/sampleDataset.ts';
import { reviewCounts } from './reviewCounts.ts';

describe('reviewCounts', () => {
  it('counts nothing reviewed in a dataset without corrections', () => {
    expect(reviewCounts(sampleDataset)).toEqual({
      reviewed: 0,
      corrected: 0,
      checked: 0,
      added: 0,
      dropped: 0,
      unmatched: 0,
    });
  });

  it('counts corrected, checked, added and dropped figures, and entries that did not apply', () => {
    const [one, two, three, four] = sampleDataset.figures;
    if (!one || !two || !three || !four) throw new Error('sample too small');
    const dataset = {
      figures: [
        { ...one, review: { action: 'set' as const, reason: 'r', original: { value: 1 } } },
        { ...two, review: { action: 'set' as const, reason: 'r', original: {} } },
        { ...three, review: { action: 'add' as const, reason: 'r', original: null } },
        four,
      ],
      dropped: [{ ...four, review: { action: 'drop' as const, reason: 'r' } }],
      corrections: {
        applied: 4,
        unmatched: [{ index: 4, article: 'a.txt', quote: 'q 1', number: '1', why: 'w' }],
      },
    };
    expect(reviewCounts(dataset)).toEqual({
      reviewed: 4,
      corrected: 1,
      checked: 1,
      added: 1,
      dropped: 1,
      unmatched: 1,
    });
  });
});
