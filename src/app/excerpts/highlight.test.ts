import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../data/sampleDataset.ts';
import { paragraphParts, sentenceParts } from './highlight.ts';

const [first, second] = sampleDataset.figures;
if (!first || !second) throw new Error('sample dataset too small');

describe('sentenceParts', () => {
  it('cuts the sentence around the number', () => {
    expect(sentenceParts(first)).toEqual([
      { text: 'Officials said ' },
      { text: '13,000', figureId: first.id },
      { text: ' people were counted.' },
    ]);
  });

  it('finds the number when the offsets are wrong, and gives up gracefully', () => {
    expect(sentenceParts({ ...first, start: 0, end: 3 })[1]).toEqual({
      text: '13,000',
      figureId: first.id,
    });
    expect(sentenceParts({ ...first, text: '999' })).toEqual([{ text: first.sentence }]);
  });
});

describe('paragraphParts', () => {
  it('marks every figure in its paragraph', () => {
    const paragraph = `Intro. ${second.sentence} Outro.`;
    const parts = paragraphParts(paragraph, [{ ...second, sentenceStart: 7 }]);
    expect(parts).toEqual([
      { text: 'Intro. Hamas would release ' },
      { text: '50', figureId: second.id },
      { text: ' hostages. Outro.' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(paragraph);
  });

  it('falls back to finding the sentence when sentenceStart is off', () => {
    const paragraph = `Intro. ${second.sentence}`;
    const parts = paragraphParts(paragraph, [{ ...second, sentenceStart: 0 }]);
    expect(parts[1]).toEqual({ text: '50', figureId: second.id });
  });

  it('skips overlapping figures rather than garbling the text', () => {
    const paragraph = second.sentence;
    const parts = paragraphParts(paragraph, [second, { ...second, id: 'twin' }]);
    expect(parts.map((p) => p.text).join('')).toBe(paragraph);
    expect(parts.filter((p) => p.figureId)).toHaveLength(1);
  });
});
