import { describe, expect, it } from 'vitest';
import { TOKEN, tokenize } from './tokens.ts';

/** The tokens as TOKEN alone finds them: what tokenize's hand-written reading must give. */
function byPattern(sentence: string) {
  return [...sentence.matchAll(TOKEN)].map((m) => m[0]);
}

describe('tokenize', () => {
  it('reads words, numbers and marks', () => {
    expect(tokenize("Gaza's 31,488 dead—Oct. 7 250 Hamas-run 😀").map((t) => t.text)).toEqual([
      "Gaza's",
      '31,488',
      'dead',
      '—',
      'Oct',
      '.',
      '7',
      '250',
      'Hamas-run',
      '😀',
    ]);
    expect(tokenize('40 000 killed')[0]).toMatchObject({ text: '40 000', kind: 'digits' });
    expect(tokenize('Israel’s')[0]).toMatchObject({ lower: "israel's", kind: 'word' });
  });

  it('finds the tokens TOKEN finds, on any text', () => {
    const pieces = [
      ...['a', 'Z', 'é', '\u024f', '\u00c0', '\u00bf', '×', "'", '’', '‘', '-', '–', ',', '.'],
      ...[' ', '\u00a0', '\u2009', '\u202f', '\t', '\n', '\u2028', '\ufeff', '\u200b', '\u0085'],
      ...['0', '7', '25', '000', 'Oct', 'Oct.', 'January', 'May ', '😀', '\ud800', '\udc00', '('],
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let i = 1 + random(14); i > 0; i--) text += pieces[random(pieces.length)] ?? '';
      expect(
        tokenize(text).map((t) => t.text),
        JSON.stringify(text),
      ).toEqual(byPattern(text));
    }
  });
});
