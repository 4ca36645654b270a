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
const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,.]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? )\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)*|\S/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const c = text.charCodeAt(0);
    const kind: TokenKind =
      c >= 48 && c <= 57
        ? 'digits'
        : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)
          ? 'word'
          : 'punct';
    const lower = text.toLowerCase();
    tokens.push({
      text,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + text.length,
      kind,
    });
  }
  return tokens;
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
