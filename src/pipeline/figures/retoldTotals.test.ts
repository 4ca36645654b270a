import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { dateRetoldTotals, type RetoldTotal } from './retoldTotals.ts';

const PUB = '2024-01-27'; // a Saturday
const article = (...paragraphs: string[]) =>
  buildArticle('a', 'a.txt', ` date ${PUB}\n` + paragraphs.join('\n\n'), undefined).figures.map(
    (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`,
  );

describe('a sentence that goes on with what was said the day before', () => {
  it('"It said …" takes the day its source spoke in the sentence before', () => {
    expect(
      article(
        "Gaza's health ministry said on Friday that 26,083 people have been killed in the territory. It said 64,487 others had been wounded.",
      ),
    ).toEqual(['gaza_killed=26083 total 2024-01-26', 'gaza_injured=64487 total 2024-01-26']);
  });

  it('a new paragraph, or a sentence that does not go on, keeps the publication day', () => {
    expect(
      article(
        "Gaza's health ministry said on Friday that 26,083 people have been killed in the territory.",
        'It said 64,487 others had been wounded.',
      ),
    ).toEqual(['gaza_killed=26083 total 2024-01-26', 'gaza_injured=64487 total 2024-01-27']);
    expect(
      article(
        "Gaza's health ministry said on Friday that 26,083 people have been killed in the territory. Aid agencies say 64,487 have been wounded.",
      ),
    ).toEqual(['gaza_killed=26083 total 2024-01-26', 'gaza_injured=64487 total 2024-01-27']);
  });
});

describe('the same exact count told again', () => {
  it("a fact box's repetition takes the day the story gave the count", () => {
    expect(
      article(
        "Gaza's health ministry said on Friday that 26,083 people have been killed in Gaza.",
        'Killed in Gaza: 26,083',
      ),
    ).toEqual(['gaza_killed=26083 total 2024-01-26', 'gaza_killed=26083 total 2024-01-26']);
  });

  it('a round count is no proof of the same count', () => {
    expect(
      article(
        'The ministry said on Friday that more than 26,000 people have been killed in Gaza.',
        'More than 26,000 people have been killed in Gaza.',
      ),
    ).toEqual(['gaza_killed=26000 total 2024-01-26', 'gaza_killed=26000 total 2024-01-27']);
  });
});

describe('dateRetoldTotals', () => {
  const total = (over: Partial<RetoldTotal>): RetoldTotal => ({
    metric: 'gaza_killed',
    value: 26083,
    paragraph: 0,
    sentence: 's',
    scope: 'total',
    modality: 'reported',
    qualifier: 'exact',
    asOf: PUB,
    ...over,
  });

  it('leaves a count two days disagree on as it is', () => {
    const figures = [
      total({ asOf: '2024-01-25', paragraph: 1 }),
      total({ asOf: '2024-01-26', paragraph: 2 }),
      total({ paragraph: 3 }),
    ];
    expect(dateRetoldTotals(figures, [], PUB).map((f) => f.asOf)).toEqual([
      '2024-01-25',
      '2024-01-26',
      PUB,
    ]);
  });

  it('changes nothing without a publication day', () => {
    const figures = [total({ asOf: '2024-01-26', paragraph: 1 }), total({ asOf: null })];
    expect(dateRetoldTotals(figures, [], null)).toEqual(figures);
  });
});

describe('a group pointed back at', () => {
  it('"these four people" are the four counted before, with what happened to them', () => {
    expect(
      article(
        'Israeli special forces rescued four hostages from Nuseirat on Saturday.',
        'The prime minister welcomed the safe return of these four people to their families.',
      ),
    ).toEqual(['hostages_rescued=4 incident 2024-01-27', 'hostages_rescued=4 incident 2024-01-27']);
  });
});

describe('a reunion after a rescue', () => {
  it('"four hostages had been reunited with their families" are the four rescued', () => {
    expect(
      article(
        'Israeli forces rescued four hostages from Nuseirat on Saturday.',
        'The minister was relieved that four hostages had been reunited with their families.',
      ),
    ).toEqual(['hostages_rescued=4 incident 2024-01-27', 'hostages_rescued=4 incident 2024-01-27']);
  });
});
