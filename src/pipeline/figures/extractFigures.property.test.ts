// Property tests: whatever text comes in, extraction never throws and its output keeps its
// invariants. `npm test` runs a fixed seed; `npm run fuzz` runs many more cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../buildDataset.ts';
import { extractSentenceFigures } from './extractFigures.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20231007);
const settings = { numRuns: runs, seed };

const SENTENCES = [
  'The health ministry said at least 30,410 Palestinians have been killed and 71,700 wounded since the war began.',
  'Hamas would free 40 captives in return for 120 Palestinian prisoners held in Israeli jails.',
  'Officials think 117 people seized on Oct. 7, many of them elderly, are still being held captive in the strip.',
  'Two hostages, Ana Costa, 61, and Tomas Weil, 74, were freed by the military on Tuesday.',
  'Seventy Israelis and 19 Thai nationals were let go, while a dozen more could follow.',
  'The Oct. 7 attack killed about 1,200 people in Israel and some 250 people were taken hostage.',
  'Nearly 1.9 million people, or about 85 percent of the population, had been displaced.',
];
const WORDS = [
  'killed',
  'released',
  'hostages',
  '1,200',
  'one',
  'more than',
  'would',
  'Oct.',
  '7',
  ',',
  'since',
  '%',
  '$',
  'aged',
];

function checkInvariants(sentence: string, published: string | null) {
  const figures = extractSentenceFigures(sentence, published);
  for (const f of figures) {
    expect(sentence.slice(f.start, f.end)).toBe(f.text);
    expect(Number.isFinite(f.value) && f.value > 0).toBe(true);
    expect(f.asOf === null || /^\d{4}-\d{2}-\d{2}$/.test(f.asOf)).toBe(true);
  }
  expect(extractSentenceFigures(sentence, published)).toEqual(figures);
}

/** A sentence with random edits: characters and words inserted, removed or replaced. */
const editedSentence = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 }), fc.constant('')),
        fc.nat(6),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([sentence, edits]) =>
    edits.reduce((text, [at, insert, remove]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, sentence),
  );

describe('extraction properties', () => {
  it('never throws on random text and keeps its invariants', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.option(fc.constant('2024-03-05')),
        (text, day) => {
          checkInvariants(text, day);
        },
      ),
      settings,
    );
  });

  it('never throws on edited news sentences and keeps its invariants', () => {
    fc.assert(
      fc.property(editedSentence, (sentence) => {
        checkInvariants(sentence, '2024-03-05');
      }),
      settings,
    );
  });

  it('builds any set of files into a dataset with unique ids, deterministically', () => {
    const file = fc.record({
      file: fc
        .tuple(
          fc.constantFrom('a', 'b', 'dir/a', 'x y', 'ü'),
          fc.constantFrom('.txt', '.md', '.html', '.bin'),
        )
        .map(([n, e]) => n + e),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        editedSentence.map((s) => new TextEncoder().encode(s)),
      ),
    });
    fc.assert(
      fc.property(fc.uniqueArray(file, { selector: (f) => f.file, maxLength: 6 }), (files) => {
        const one = buildDataset({ files, unreadable: [], metaText: null });
        const two = buildDataset({ files: [...files].reverse(), unreadable: [], metaText: null });
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
        if (!one.ok) return;
        const { articles, figures, rejected } = one.dataset;
        expect(articles.length + rejected.length).toBe(files.length);
        expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
        expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
        for (const f of figures) expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
      }),
      { ...settings, numRuns: Math.ceil(runs / 3) },
    );
  });
});
