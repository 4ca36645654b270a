// monthNumber's first-letters test must rule out only words the month map would not take.
import { describe, expect, it } from 'vitest';
import { monthNumber } from './monthNames.ts';

/** monthNumber as it read before the first-letters test: the month map on a lower-case copy. */
function slowMonthNumber(word: string): number | null {
  const months = [
    ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ];
  const long = [
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'],
    ...['september', 'october', 'november', 'december'],
  ];
  if (word.length < 3 || word.length > 10) return null;
  const bare = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  if (bare === 'sept') return 9;
  const short = months.indexOf(bare);
  if (short >= 0) return short + 1;
  const full = long.indexOf(bare);
  return full >= 0 ? full + 1 : null;
}

describe('monthNumber', () => {
  it('reads random words as the month map on a lower-case copy does', () => {
    // Letters of month names in both cases, other letters, marks and letters beyond ASCII
    // (some of which lower case turns into ASCII: "K" the Kelvin sign, "İ").
    const chars = Array.from('janfebmrpyulgsoctvdJANFEBMRPYULGSOCTVDxqXQ.-’ 1ÉéİıK\u212Aſ');
    const words = ['Sept.', 'SEPT', 'May', 'mAy.', 'December', 'Oct.', 'Octo', 'June', 'jUL'];
    let seed = 7;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    const differ: string[] = [];
    for (let k = 0; k < 200_000; k++) {
      let word = k % 4 === 0 ? (words[random(words.length)] ?? '') : '';
      if (word === '' || random(2) === 0)
        for (let i = random(12); i > 0; i--) word += chars[random(chars.length)] ?? '';
      if (monthNumber(word) !== slowMonthNumber(word)) differ.push(word);
    }
    expect(differ).toEqual([]);
  });

  it('reads every first character as the month map does', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const rest of ['an', 'AN', 'ay.', 'ecember', 'ct'])
        if (monthNumber(ch + rest) !== slowMonthNumber(ch + rest)) differ.push(ch + rest);
    }
    expect(differ).toEqual([]);
  });
});
