// eventWord's first test must pass over only words that no test reading neighbours starts from.
import { describe, expect, it } from 'vitest';
import { eventInContext, eventWord } from './eventWord.ts';
import { viewSentence } from './sentenceView.ts';
import { stem } from './tokens.ts';

describe('eventWord', () => {
  it('reads random sentences as every test read for every word does', () => {
    const words = [
      ...['alive', 'longer', 'no', 'lost', 'lose', 'soldiers', 'hostages', 'Captives', 'as'],
      ...['captive', 'hostage’s', 'held', 'taken', 'took', 'homes', 'their', 'from', 'fled'],
      ...['brought', 'bring', 'came', 'home', 'back', 'them', 'fell', 'in', 'battle', 'rockets'],
      ...['go', 'let', 'free', 'set', 'captivity', "Hamas's", 'killed', 'lives', 'claimed'],
      ...['jails', 'Israeli', 'administrative', 'detention', 'remains', 'the', 'turned', 'over'],
      ...['hand', 'into', 'wounded', 'released', 'died', 'still', 'more', 'than', '330', ','],
      ...['constructor', 'Alive', 'TAKEN', 'homes’', 'free-', 'during', 'strike', 'being'],
      ...['left', 'leaving', 'who', 'that', 'Gaza', 'not', 'failed', 'never'],
      // Phrases whole, for tests that need several words in place.
      ...['who left Gaza', 'that leave captivity', 'not bringing them home', 'failed to bring'],
      ...['fled their homes', 'as hostages', 'no longer alive', 'let go', 'turned them over'],
    ];
    let seed = 17;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    const differ: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const parts: string[] = [];
      for (let i = 1 + random(14); i > 0; i--) parts.push(words[random(words.length)] ?? '');
      const view = viewSentence(parts.join(' '));
      view.tokens.forEach((t, i) => {
        const full = t.kind === 'word' ? eventInContext(view, i, stem(t.lower)) : null;
        if (eventWord(view, i) !== full) differ.push(`${view.text} @${i}`);
      });
    }
    expect(differ).toEqual([]);
  });
});
