import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

describe('splitSentences', () => {
  it('splits a paragraph and keeps each sentence at its offset', () => {
    const paragraph =
      'The talks resumed on Oct. 7 in Cairo. U.S. officials attended. Nobody spoke.';
    const spans = splitSentences(paragraph);
    expect(spans.map((s) => s.text)).toEqual([
      'The talks resumed on Oct. 7 in Cairo.',
      'U.S. officials attended.',
      'Nobody spoke.',
    ]);
    for (const s of spans) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('is deterministic', () => {
    const p = 'One. Two! Three?';
    expect(splitSentences(p)).toEqual(splitSentences(p));
  });
});
