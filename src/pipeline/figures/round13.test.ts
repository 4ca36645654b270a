// Round 13 of the figure rules (stop 25). Sentences written for these tests in the styles of
// wire services, fact boxes and regional outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2025-02-26'; // a Wednesday
const keys = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published).map((f) => `${f.metric}=${f.value}`);

describe('how old a named person is', () => {
  it.each([
    'Keith Siegel, now 65, was handed over to the Red Cross in Gaza City.',
    'Agam Berger, now 20, walked free on Thursday.',
    'Shiri Bibas, a mother whose body was returned last week, was 32.',
    'Oded Lifshitz, the journalist and peace activist, was 84.',
  ])('%s', (sentence) => {
    expect(keys(sentence).filter((k) => /=(?:65|20|32|84)$/.test(k))).toEqual([]);
  });

  it('a count after a name keeps its own noun, and a toll after a copula is a toll', () => {
    expect(keys('Keith Siegel, now 65, was freed along with two other hostages.')).toEqual([
      'hostages_released=2',
    ]);
    expect(keys('The toll in Gaza, according to the ministry, was 70.')).toEqual([
      'gaza_killed=70',
    ]);
  });
});

describe('a span of time said with its unit once', () => {
  it.each([
    'They were shot dead by their captors a day or two before troops reached them in Rafah.',
    'Medics in Gaza said the wounded could wait a week or two for an evacuation.',
  ])('%s', (sentence) => {
    expect(keys(sentence).filter((k) => k.endsWith('=2'))).toEqual([]);
  });
});

describe('freed by force is a rescue', () => {
  it.each([
    ['Only three hostages had been freed by force before Saturday.', 'hostages_rescued=3'],
    ['Seven captives have been freed by force since the war began.', 'hostages_rescued=7'],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });

  it('freed in a deal is a release', () => {
    expect(keys('Only three hostages had been freed by Hamas before Saturday.')).toEqual([
      'hostages_released=3',
    ]);
  });
});

describe('walking out of a prison is a release', () => {
  it.each([
    'Nearly 2,000 Palestinians have walked out of Israeli jails since the deal took effect.',
    'On Monday 90 Palestinian detainees walked out of Ofer prison.',
  ])('%s', (sentence) => {
    expect(keys(sentence).map((k) => k.split('=')[0])).toEqual(['prisoners_released']);
  });

  it('walking out of a meeting frees no one', () => {
    expect(keys('Some 30 delegates walked out of the meeting in protest.')).toEqual([]);
  });
});

describe('taken captive into Gaza names no victim’s place', () => {
  it('a toll beside captives carried into Gaza is the attack on Israel’s', () => {
    expect(
      keys(
        'Israel says more than 900 people were killed in the surprise assault, and that gunmen took more than 150 people captive into Gaza.',
        '2023-10-10',
      ),
    ).toEqual(['israel_killed=900', 'hostages_taken=150']);
  });
});

describe('lives claimed', () => {
  it.each([
    ['The war has claimed more than 33,000 Palestinian lives.', 'gaza_killed=33000'],
    ['The attack claimed the lives of 1,200 people in Israel.', 'israel_killed=1200'],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });
});

describe("a fact box's lines", () => {
  const box = (lines: string[]) =>
    buildArticle('a', 'a.md', [' date 2025-11-12', ...lines].join('\n\n'), undefined).figures.map(
      (f) => `${f.metric}=${f.value}`,
    );

  it('a line that names no place takes the place of the casualties above it', () => {
    expect(
      box([
        'One month of the truce, in numbers',
        'Israel says it has kept to the truce; officials in Gaza and aid groups say otherwise.',
        'Palestinians killed since October 7, 2023: 69,185',
        'Killed since the truce began: 242',
      ]),
    ).toEqual(['gaza_killed=69185', 'gaza_killed=242']);
    expect(
      box([
        'The attack, in numbers',
        'Gaza and Israel have counted their dead for two years.',
        'Killed in Israel on October 7: about 1,200',
        'Wounded that day: 5,400',
      ]),
    ).toEqual(['israel_killed=1200', 'israel_injured=5400']);
  });
});
