// Number words as news style writes them: "Ninety", "twenty-five", "a dozen", "1.2 million". Pure.
import { wordTable } from '../wordTable.ts';

const UNITS: Readonly<Record<string, number>> = wordTable({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
export const SCALES: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
});

/**
 * Every number word and hyphenated compound ("seven", "ninety", "twenty-five", "dozen") with
 * its value, in one map: this is asked of nearly every word of every sentence.
 */
const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ...Object.entries(TENS).flatMap(([tens, t]) =>
    Object.entries(UNITS)
      .filter(([, u]) => u < 10)
      .map(([unit, u]): [string, number] => [`${tens}-${unit}`, t + u]),
  ),
  ['dozen', 12],
]);

/** The value of one word ("seven", "twenty-five", "ninety"), or null. */
export function wordValue(lower: string): number | null {
  return WORD_VALUES.get(lower) ?? null;
}

export function isScaleWord(lower: string): boolean {
  return Object.hasOwn(SCALES, lower);
}

/** "31,488" → 31488; "40 000" → 40000; "1.2" → 1.2. */
export function digitsValue(text: string): number {
  return Number(text.replace(/[, \u00A0\u2009\u202F]/g, ''));
}

/** Whether a text may hold a number at all: a cheap test before tokenizing a sentence. */
export const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/i;
