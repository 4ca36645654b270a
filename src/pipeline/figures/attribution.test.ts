import { describe, expect, it } from 'vitest';
import { attributionOf } from './attribution.ts';

describe('attributionOf', () => {
  it.each([
    [
      'About 20,000 people were killed, according to Gaza health authorities.',
      'Gaza health authorities',
    ],
    ['The toll rose to 74, as reported by local health officials.', 'local health officials'],
    [
      'The death toll rose to 1,537, the Gaza-based Health Ministry said Thursday.',
      'the Gaza-based Health Ministry',
    ],
    ['Israel believes that 129 people are still held.', 'Israel'],
    ['Both sides would free women and children, said Al-Reshiq.', 'Al-Reshiq'],
    ['The Israeli army says 41 other hostages are dead.', 'The Israeli army'],
    ['As per Israeli authorities, 110 hostages have been released.', 'Israeli authorities'],
  ])('%s → %s', (sentence, who) => {
    expect(attributionOf(sentence)).toBe(who);
  });

  it.each([
    'Three hostages were killed in December.',
    'He said the talks had stalled.',
    'An estimated 253 people were abducted.',
  ])('finds no source in %j', (sentence) => {
    expect(attributionOf(sentence)).toBeNull();
  });
});
