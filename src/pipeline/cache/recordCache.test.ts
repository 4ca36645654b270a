import { describe, expect, it } from 'vitest';
import {
  encodeText,
  joinShares,
  joinText,
  SHARE,
  SHARE_COUNT,
  shareOf,
  type ArticleRecord,
  type JsonText,
} from '../articleRecord.ts';
import { CACHE_HEADER, cachePieces, parseCache, readBlock } from './recordCache.ts';

/** A fresh record whose every share says which article and kind it is. */
const record = (name: string): ArticleRecord => ({
  shares: Array.from({ length: SHARE_COUNT }, (_, kind) => `"${name}${kind}",`),
  metrics: ['gaza_killed'],
  warnings: [`${name} warned`],
});

const encode = (pieces: readonly JsonText[]) => new TextEncoder().encode(joinText(pieces));

const text = (r: ArticleRecord | undefined, kind: number) =>
  r ? joinText([shareOf(r, kind)]) : undefined;

describe('the record cache', () => {
  it('gives back the shares, metrics and warnings it was given; a later block wins', () => {
    const file = encode([
      CACHE_HEADER,
      ...cachePieces([
        ['k1', record('a')],
        ['k2', record('b')],
      ]),
      ...cachePieces([['k1', record('c')]]),
    ]);
    const { entries, stored } = parseCache(file);
    expect(stored).toBe(3);
    for (let kind = 0; kind < SHARE_COUNT; kind++) {
      expect(text(entries.get('k1'), kind)).toBe(`"c${kind}",`);
      expect(text(entries.get('k2'), kind)).toBe(`"b${kind}",`);
    }
    expect(entries.get('k2')).toMatchObject({ metrics: ['gaza_killed'], warnings: ['b warned'] });
  });

  it('keeps shares with bytes outside ASCII and empty shares', () => {
    const r: ArticleRecord = { shares: ['"é—\u{1F600}",', ''], metrics: [], warnings: [] };
    const { entries } = parseCache(encode([CACHE_HEADER, ...cachePieces([['k', r]])]));
    expect(text(entries.get('k'), 0)).toBe('"é—\u{1F600}",');
    expect(text(entries.get('k'), 1)).toBe('');
  });

  it('is empty when cut short, of another version or missing', () => {
    const whole = encode([CACHE_HEADER, ...cachePieces([['k', record('a')]])]);
    expect(parseCache(whole.subarray(0, whole.length - 1)).entries.size).toBe(0);
    expect(parseCache(encode(['conflict-figures extract cache 5\n'])).entries.size).toBe(0);
    expect(parseCache(null)).toEqual({ entries: new Map(), stored: 0 });
  });

  it('joins the shares of records stored one after another into one piece', () => {
    const names = ['a', 'b', 'c', 'd'];
    const { entries } = parseCache(
      encode([CACHE_HEADER, ...cachePieces(names.map((n) => [n, record(n)]))]),
    );
    const cached = names.map((n) => entries.get(n) as ArticleRecord);
    const all: JsonText[] = [];
    joinShares(all, cached, SHARE.figures);
    expect(all).toHaveLength(1);
    expect(joinText(all)).toBe('"a1","b1","c1","d1"');
    // A fresh record in the middle splits the run; the order of records is kept.
    const mixed: JsonText[] = [];
    joinShares(
      mixed,
      [cached[0], record('x'), cached[2], cached[3], cached[1]] as ArticleRecord[],
      1,
    );
    expect(mixed).toHaveLength(4);
    expect(joinText(mixed)).toBe('"a1","x1","c1","d1","b1"');
  });

  it('reads a block on its own (what a worker sends) in order, keys repeated or empty', () => {
    const block = encodeText(
      cachePieces([
        ['', record('a')],
        ['', record('b')],
      ]),
    );
    const entries = readBlock(block);
    expect(entries.map(([key, r]) => [key, text(r, SHARE.text)])).toEqual([
      ['', '"a4",'],
      ['', '"b4",'],
    ]);
  });
});
