// Fact-box lines in their layouts, other countries and earlier wars, population bases.
// Sentences written for these tests; the publication date is Saturday 15 June 2024.
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from './extractFigures.ts';

function figures(sentence: string): string[] {
  return extractSentenceFigures(sentence, '2024-06-15').map(
    (f) => `${f.metric}=${f.value} ${f.scope}`,
  );
}

describe('fact-box lines', () => {
  it.each([
    ['36,120: Palestinians killed in Gaza', ['gaza_killed=36120 total']],
    ['299 — soldiers killed in the Gaza ground operation', ['soldiers_killed=299 total']],
    ['1.7 million: Displaced inside the Strip', ['gaza_displaced=1700000 total']],
    ['Soldiers killed: 301', ['soldiers_killed=301 total']],
    [
      '118: hostages still in Gaza, including 40 believed dead',
      ['hostages_held=118 total', 'hostages_dead=40 total'],
    ],
    [
      'Israel: 1,163 killed on Oct. 7; 253 taken hostage',
      ['israel_killed=1163 incident', 'hostages_taken=253 incident'],
    ],
    [
      'Gaza: 37,100 killed · 84,900 injured · 10,000 missing',
      ['gaza_killed=37100 total', 'gaza_injured=84900 total'],
    ],
    [
      'At a glance: 38,000 killed in Gaza; 87,000 wounded; 1.9 million displaced.',
      ['gaza_killed=38000 total', 'gaza_injured=87000 total', 'gaza_displaced=1900000 total'],
    ],
  ])('%s', (line, expected) => {
    expect(figures(line)).toEqual(expected);
  });

  it('reads no count in an age', () => {
    expect(figures('Age: 34')).toEqual([]);
    expect(figures('Yarden Cohen, age: 34')).toEqual([]);
  });

  it('keeps the scope of a news brief under a place', () => {
    expect(figures('Gaza: 30 people were killed in strikes overnight.')).toEqual([
      'gaza_killed=30 incident',
    ]);
  });
});

describe('places outside the metrics', () => {
  it.each([
    'Around 100,000 Lebanese have fled the south.',
    'More than 90,000 people have been displaced in southern Lebanon.',
    'Israeli strikes killed 12 people in the Bekaa Valley on Friday.',
  ])('count for none: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('counts East Jerusalem and Nur Shams with the West Bank', () => {
    expect(
      figures('Seventeen people have been killed in Israeli attacks on East Jerusalem this year.'),
    ).toEqual(['west_bank_killed=17 total']);
    expect(figures('An Israeli strike on Nur Shams killed seven people.')).toEqual([
      'west_bank_killed=7 incident',
    ]);
  });
});

describe('earlier wars named without a year', () => {
  it.each([
    'During Operation Cast Lead in 2008-09, some 1,400 Palestinians and 13 Israelis were killed.',
    'Operation Protective Edge killed 2,251 Palestinians.',
    'Operation Pillar of Defense killed 174 Palestinians.',
    'Operation Guardian of the Walls killed 260 Palestinians in Gaza.',
    'Operation Breaking Dawn killed 49 Palestinians.',
    'Operation Shield and Arrow killed 33 Palestinians.',
    'Operation Summer Rains killed more than 400 Palestinians.',
    'Operation Returning Echo killed 25 Palestinians.',
    'In the previous war, 2,251 Palestinians were killed.',
    'During the second intifada, more than 3,000 Palestinians were killed.',
    'In the last Gaza war, 260 Palestinians were killed.',
    'Over the past two decades, Israel has released more than 7,000 prisoners in exchanges.',
    'Throughout the seven-week conflict in the summer of 2014, 2,100 Palestinians died in Gaza.',
  ])('count for none: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('do not reach a count they only describe a part of', () => {
    expect(
      figures(
        'There are currently 48 hostages being held in Gaza, including the body of one soldier from a previous war.',
      ),
    ).toEqual(['hostages_held=48 total']);
  });
});

describe('a count dated to a year before the war', () => {
  it.each([
    'The UN recorded 151 Palestinian deaths in the West Bank in 2022.',
    '2,200 Palestinians were killed during 2014, the UN said.',
    'Palestinians killed in 2021: 260',
  ])('counts for none: %s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('leaves a year in another clause alone', () => {
    expect(
      figures('More than 500 Palestinians have been killed in the West Bank, up from 150 in 2022.'),
    ).toEqual(['west_bank_killed=500 total']);
  });
});

describe('population bases with a possessor', () => {
  it.each([
    [
      'The war has displaced 1.7 million of Gaza’s 2.4 million people, according to the UN.',
      ['gaza_displaced=1700000 total'],
    ],
    [
      'The UN estimates 1.9 million of Gaza’s 2.2 million people have been driven from their homes.',
      ['gaza_displaced=1900000 total'],
    ],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('a toll raised after one soldier’s death', () => {
  it('is the soldiers’ toll', () => {
    expect(
      figures(
        'Staff Sgt. Noam Levi, 21, from Ashdod, was killed in southern Gaza, the army announced, raising the toll to 301.',
      ),
    ).toEqual(['soldiers_killed=301 total']);
  });
});
