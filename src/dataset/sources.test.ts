import { describe, expect, it } from 'vitest';
import {
  canonicalSource,
  knownSourceOf,
  knownSourcesIn,
  KNOWN_SOURCES,
  mayNameKind,
  requiredLiterals,
  type KnownSource,
} from './sources.ts';

/** The bodies named, in the order the text names them; canonicalSource reads them nearest first. */
const named =
  (...attributions: string[]): (() => KnownSource[]) =>
  () =>
    [...attributions].reverse().map((a) => {
      const s = knownSourceOf(a);
      if (!s) throw new Error(`not a known body: ${a}`);
      return s;
    });

describe('canonicalSource', () => {
  it.each([
    ['the Hamas-run Health Ministry', 'Gaza Health Ministry'],
    ['the Gaza health ministry', 'Gaza Health Ministry'],
    ["Gaza's Ministry of Health", 'Gaza Health Ministry'],
    ['Palestinian health officials in Gaza', 'Gaza Health Ministry'],
    ['the health ministry in the Hamas-controlled strip', 'Gaza Health Ministry'],
    ['medical authorities in Gaza', 'Gaza Health Ministry'],
    ['the Gaza-based ministry of health', 'Gaza Health Ministry'],
    ['the health ministry in Ramallah', 'Palestinian Health Ministry (Ramallah)'],
    ['the West Bank-based health ministry', 'Palestinian Health Ministry (Ramallah)'],
    ['the IDF', 'Israeli military'],
    ['the Israeli military', 'Israeli military'],
    ["Israel's army", 'Israeli military'],
    ['an army spokeswoman', 'Israeli military'],
    ['the Israel Defense Forces', 'Israeli military'],
    ["the prime minister's office", 'Israeli Prime Minister’s Office'],
    ['Netanyahu’s office', 'Israeli Prime Minister’s Office'],
    ['OCHA', 'UN OCHA'],
    ['the UN Office for the Coordination of Humanitarian Affairs', 'UN OCHA'],
    ['the UN agency for Palestinian refugees', 'UNRWA'],
    ['UNRWA chief Philippe Lazzarini', 'UNRWA'],
    ['the World Health Organization', 'World Health Organization'],
    ['WHO', 'World Health Organization'],
    ['Hamas', 'Hamas'],
    ['a senior Hamas official', 'Hamas'],
    ["Hamas's armed wing", 'Al-Qassam Brigades'],
    ['the Ezzedine al-Qassam Brigades', 'Al-Qassam Brigades'],
    ["the Palestinian Prisoners' Society", 'Palestinian Prisoners’ Society'],
    ['the Prisoners Club', 'Palestinian Prisoners’ Society'],
    ["Gaza's government media office", 'Gaza Government Media Office'],
    ['the Hamas-run government media office', 'Gaza Government Media Office'],
    ['the Israel Prison Service', 'Israel Prison Service'],
    ['Israeli officials', 'Israeli government'],
    ['Israel', 'Israeli government'],
    ['the official news agency WAFA', 'WAFA'],
  ])('%s → %s', (attribution, source) => {
    expect(canonicalSource(attribution)).toBe(source);
  });

  it('keeps the words of a body it does not know, without a leading "the"', () => {
    expect(canonicalSource('the Lebanese civil registry')).toBe('Lebanese civil registry');
    expect(canonicalSource('witnesses')).toBe('witnesses');
    expect(canonicalSource('The Times of Gaza')).toBe('Times of Gaza');
  });

  it('is null exactly when the attribution is', () => {
    expect(canonicalSource(null)).toBeNull();
    expect(canonicalSource('the')).toBe('the');
  });

  it('does not read the pronoun "who" as the World Health Organization', () => {
    expect(canonicalSource('residents who fled')).toBe('residents who fled');
  });

  it('resolves "the ministry" to the ministry the article named last', () => {
    expect(canonicalSource('the ministry', named('the Gaza health ministry'))).toBe(
      'Gaza Health Ministry',
    );
    expect(
      canonicalSource(
        'the ministry',
        named('the Gaza health ministry', 'Ramallah health ministry'),
      ),
    ).toBe('Palestinian Health Ministry (Ramallah)');
    // The army named before is not a ministry.
    expect(canonicalSource('the ministry', named('the IDF'))).toBe('ministry');
  });

  it('resolves "the official" to the body the article named last', () => {
    expect(
      canonicalSource('the official', named('a Hamas official', 'a senior Israeli official')),
    ).toBe('Israeli government');
    expect(canonicalSource('the spokesman')).toBe('spokesman');
  });

  it('resolves "the army" to the army named before, the Israeli one by default', () => {
    expect(canonicalSource('the army')).toBe('Israeli military');
    expect(canonicalSource('the military', named('the IDF'))).toBe('Israeli military');
  });

  it('reads a Palestinian health ministry by where the victims are', () => {
    expect(canonicalSource('the Palestinian health ministry', undefined, 'west_bank')).toBe(
      'Palestinian Health Ministry (Ramallah)',
    );
    expect(canonicalSource('the Palestinian health ministry', undefined, 'gaza')).toBe(
      'Gaza Health Ministry',
    );
    expect(canonicalSource('the health ministry', undefined, 'gaza')).toBe('Gaza Health Ministry');
    expect(canonicalSource('the health ministry')).toBe('health ministry');
    // Medical sources are not the ministry.
    expect(canonicalSource('medical sources', undefined, 'gaza')).toBe('medical sources');
  });
});

describe('knownSourcesIn', () => {
  it('lists the bodies a text names, in order, with where each ends', () => {
    const text = 'The IDF said on Monday. Later, Gaza’s health ministry gave its own count.';
    const found = knownSourcesIn(text);
    expect(found.map((f) => f.source.name)).toEqual(['Israeli military', 'Gaza Health Ministry']);
    expect(text.slice(0, found[0]?.end)).toBe('The IDF');
  });
});

describe('mayNameKind', () => {
  it('lets through every text that names a body of the kind', () => {
    const texts = [
      'The Hamas-run Health Ministry said; the IDF and the Israel Defense Forces replied.',
      "Gaza's Ministry of Health, the health ministry in Ramallah and Israel's army spoke.",
      'An army spokeswoman, OCHA, UNRWA, the UN, the Prisoners Club and the Red Crescent.',
      "Netanyahu’s office, Gaza's government media office and the Israel Prison Service.",
      "Hamas's armed wing, the al-Quds Brigades, Israeli officials, WAFA and Magen David Adom.",
      'Israel',
      'Medical authorities in Gaza, Israeli troops and army radio all gave counts.',
    ];
    for (const text of texts)
      for (const { source } of knownSourcesIn(text))
        expect(mayNameKind(text, source.kind), `${source.name} in ${text}`).toBe(true);
  });

  it('rules out text that names no body of the kind', () => {
    const text = 'Strikes killed 12 people in Rafah, the ministry said.';
    expect(mayNameKind(text, 'ministry')).toBe(false);
    expect(mayNameKind(text, 'military')).toBe(false);
    expect(mayNameKind(text, 'any')).toBe(true);
  });

  it('gives the same answers when one text is asked of every kind, its cases kept', () => {
    // Random texts of body names' words, with and without capitals and quotes of each kind.
    const words = ['the', 'IDF', 'Health', 'ministry', 'Israel’s', "Israel's", 'army', 'Hamas'];
    words.push('media', 'office', 'Gaza', 'Red', 'Crescent', 'UN', 'police', 'military', 'of');
    const kinds = [...new Set(KNOWN_SOURCES.map((s) => s.kind)), 'any' as const];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + next(8) }, () => words[next(words.length)]).join(' ');
      const cased = { text };
      for (const kind of kinds)
        expect(mayNameKind(cased, kind), `${kind} in ${text}`).toBe(mayNameKind(text, kind));
    }
  });

  it('reads the clauses every match of an alias satisfies', () => {
    expect(requiredLiterals(String.raw`(?:israeli|israel['’]?s) police`)).toEqual([
      ['israeli police', "israel's police", 'israel’s police', 'israels police'],
    ]);
    expect(
      requiredLiterals(String.raw`gaza(?: \w+)? (?:health|medical) (?:ministry|officials)`),
    ).toEqual([
      ['gaza'],
      [' health ministry', ' health officials', ' medical ministry', ' medical officials'],
    ]);
    expect(requiredLiterals(String.raw`\bidf\b`)).toEqual([['idf']]);
    // Syntax it does not read rules nothing out.
    expect(requiredLiterals(String.raw`\p{L}+`)).toBeNull();
  });
});
