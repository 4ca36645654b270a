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

const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*(?:-[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)*|\S/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const kind: TokenKind = /^\d/.test(text)
      ? 'digits'
      : /^[A-Za-z\u00C0-\u024F]/u.test(text)
        ? 'word'
        : 'punct';
    tokens.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + text.length,
      kind,
    });
  }
  return tokens;
}

/** The word without a possessive ending: "gaza's" → "gaza". */
export function stem(lower: string): string {
  return lower.replace(/'s?$/, '');
}

export function isCapitalized(token: Token): boolean {
  return token.kind === 'word' && /^[A-Z]/.test(token.text);
}
