import { describe, expect, it } from 'vitest';
import { parseCorrectionsFile } from './correctionsFile.ts';

const good = {
  article: 'a.txt',
  quote: 'wounded 12 others',
  number: '12',
  action: 'drop',
  reason: 'not a count of people',
};

const errorOf = (text: string) => {
  const result = parseCorrectionsFile(text);
  return result.ok ? null : result.error;
};

describe('parseCorrectionsFile', () => {
  it('reads the entries of a good file', () => {
    const result = parseCorrectionsFile(JSON.stringify({ corrections: [good] }, null, 2));
    expect(result).toEqual({ ok: true, corrections: [good] });
  });

  it('names the line and column of a syntax error', () => {
    expect(errorOf('{\n  "corrections": [\n    { "article": "a.txt", }\n  ]\n}')).toMatch(
      /^corrections\.json: .+ at line 3, column \d+$/,
    );
    expect(errorOf('')).toMatch(/^corrections\.json: .+ at line 1, column 1$/);
    expect(errorOf('{ "corrections": [] } // why')).toMatch(/at line 1, column 23/);
  });

  it('names the entry, its field and where it stands for a wrong shape', () => {
    const text = JSON.stringify(
      { corrections: [good, { ...good, action: 'set', set: { metric: 'gaza_kiled' } }] },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('gaza_kiled')) + 1;
    expect(errorOf(text)).toBe(
      `corrections.json: entry 1 (set.metric) at line ${line}, column 9: metric "gaza_kiled" is not known`,
    );
  });

  it('points at the entry when a field is missing, and at the file when it is no list', () => {
    const text = JSON.stringify({ corrections: [good, { ...good, reason: undefined }] }, null, 2);
    // The second entry's opening brace: line 10 (the first entry spans lines 3 to 9).
    expect(errorOf(text)).toBe(
      'corrections.json: entry 1 (reason) at line 10, column 5: reason is missing',
    );
    expect(errorOf('[]')).toBe(
      'corrections.json: at line 1, column 1: expected an object { "corrections": [ … ] }',
    );
    expect(errorOf('{ "corrections": [ { "action": "fix" } ] }')).toMatch(
      /^corrections\.json: entry 0 \(\w+\) at line 1, column \d+: /,
    );
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseCorrectionsFile(`\uFEFF${JSON.stringify({ corrections: [good] })}`).ok).toBe(true);
  });
});
