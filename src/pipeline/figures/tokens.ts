// A sentence as a list of word, number and punctuation tokens with their positions. Pure.

export type TokenKind = 'word' | 'digits' | 'punct';

export interface Token {
  text: string;
  /** Lower case, typographic apostrophes made plain. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Numbers: "31,488"; "40 000" with a (no-break, thin or plain) space between groups of three,
// as many outlets print them, unless a month stands before ("Oct. 7 250" is a day and a count).
export const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,.]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)*|\S/gu;

/** TOKEN at one position: numbers are read with it (words and marks by hand, below). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/**
 * The tokens TOKEN matches, in order. Words and single marks are read character by character
 * (TOKEN's word pattern is greedy and never backtracks, so the longest run it allows is its
 * match), numbers by TOKEN itself at their first digit: the same tokens, at a third of the cost.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let p = 0;
  while (p < n) {
    const c = sentence.charCodeAt(p);
    if (isSpace(c)) {
      p++;
      continue;
    }
    const end = tokenEnd(sentence, p);
    const text = sentence.slice(p, end);
    tokens.push({ text, lower: lowerOf(text), start: p, end, kind: kindOf(c) });
    p = end;
  }
  return tokens;
}

/** A token's kind, by its first character. */
export function kindOf(c: number): TokenKind {
  return c >= 48 && c <= 57 ? 'digits' : isLetter(c) ? 'word' : 'punct';
}

/** A token's lower case, typographic apostrophes made plain. */
export function lowerOf(text: string): string {
  // Most tokens are lower case already (ASCII, no capital): they are their own lower case, and
  // no copy is made.
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return lowerCopy(text);
  }
  return text;
}

function lowerCopy(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Where the token that starts at p (no space) ends: TOKEN's match there. */
export function tokenEnd(text: string, p: number): number {
  const n = text.length;
  const c = text.charCodeAt(p);
  if (isLetter(c)) {
    // [letters]+ (['’][A-Za-z]+)* (-[letters]+ (['’][A-Za-z]+)*)*
    let end = p + 1;
    while (end < n && isLetter(text.charCodeAt(end))) end++;
    for (;;) {
      while (
        end + 1 < n &&
        isApostrophe(text.charCodeAt(end)) &&
        isAsciiLetter(text.charCodeAt(end + 1))
      ) {
        end += 2;
        while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
      }
      if (end + 1 >= n || text.charCodeAt(end) !== 45 || !isLetter(text.charCodeAt(end + 1)))
        return end;
      end += 2;
      while (end < n && isLetter(text.charCodeAt(end))) end++;
    }
  }
  if (c >= 48 && c <= 57) {
    TOKEN_AT.lastIndex = p;
    return p + (TOKEN_AT.exec(text)?.[0].length ?? 1);
  }
  // One code point: a surrogate pair is one mark.
  const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00;
  return p + (pair ? 2 : 1);
}

/** [A-Za-z\u00C0-\u024F], TOKEN's letters. */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/** [A-Za-z] (false for NaN: a read past the end of a text). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** What \s matches: the characters TOKEN passes over. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The word without a possessive ending: "gaza's" → "gaza". */
export function stem(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  return lower.endsWith("'") ? lower.slice(0, -1) : lower;
}

export function isCapitalized(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return token.kind === 'word' && c >= 65 && c <= 90;
}

/** What sets a part off from the count before it: "33 hostages, eight of them dead," or with dashes. */
export const isAsideMark = (text: string | undefined): boolean =>
  text === ',' || text === '–' || text === '—' || text === '-';

/** Double quotation marks, straight and curly. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
