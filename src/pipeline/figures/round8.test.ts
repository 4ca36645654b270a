// Round 8 of the figure rules. Sentences written for these tests in the styles of wire
// services, live blogs, Israeli, Arab and Asian outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2024-05-10'; // a Friday
const PUB_NOV = '2023-11-25'; // a Saturday
const figures = (sentence: string) =>
  extractSentenceFigures(sentence, PUB).map((f) => ({
    key: `${f.metric}=${f.value}`,
    qualifier: f.qualifier,
    modality: f.modality,
    scope: f.scope,
    asOf: f.asOf,
  }));

describe('a range gives its ends as the least and the most', () => {
  it.each([
    [
      'Under the deal, Israel would free between 700 and 1,100 Palestinian detainees in the first stage.',
      ['prisoners_released=700', 'at_least'],
      ['prisoners_released=1100', 'at_most'],
    ],
    [
      'Between 30 and 40 of the hostages still in Gaza are believed to be dead, officials said.',
      ['hostages_dead=30', 'at_least'],
      ['hostages_dead=40', 'at_most'],
    ],
  ])('%s', (sentence, low, high) => {
    const found = figures(sentence).map((f) => [f.key, f.qualifier]);
    expect(found).toEqual([low, high]);
  });

  it.each([
    // Two counts joined by "and" without "between" keep their own hedges.
    [
      'The ministry said 34,900 people had been killed and 78,400 wounded in Gaza.',
      ['exact', 'exact'],
    ],
    // A date between "between" and "and" is no low end of a count.
    [
      'Between October 7 and November 24, more than 14,800 people were killed in Gaza.',
      ['at_least'],
    ],
  ])('%s', (sentence, qualifiers) => {
    expect(figures(sentence).map((f) => f.qualifier)).toEqual(qualifiers);
  });
});

describe('the time a report was given, at the end of the sentence', () => {
  it('leaves the wounded of a running toll a total', () => {
    const found = figures(
      'The war has killed 34,900 people in Gaza and wounded 78,400 since October 7, the ministry said yesterday.',
    );
    expect(found.map((f) => [f.key, f.scope])).toEqual([
      ['gaza_killed=34900', 'total'],
      ['gaza_injured=78400', 'total'],
    ]);
  });

  it('still dates a count of the night before', () => {
    const [found] = figures(
      'Israeli strikes killed 40 people in Gaza overnight, the ministry said yesterday.',
    );
    expect([found?.key, found?.scope]).toEqual(['gaza_killed=40', 'incident']);
  });
});

describe("a day's own toll", () => {
  it.each([
    ["Two more reservists died in Khan Younis, bringing Tuesday's toll to 9.", '2024-05-07'],
    [
      "Another blast killed three soldiers in Rafah, bringing Sunday's death toll to 7.",
      '2024-05-05',
    ],
  ])('%s', (sentence, day) => {
    const last = figures(sentence).at(-1);
    expect([last?.scope, last?.asOf]).toEqual(['incident', day]);
  });

  it("keeps the war's toll a total", () => {
    const last = figures(
      'Israeli strikes killed 12 people in Gaza on Sunday, bringing the death toll to 35,034.',
    ).at(-1);
    expect([last?.key, last?.scope]).toEqual(['gaza_killed=35034', 'total']);
  });
});

describe('the dead among the hostages, handed over later', () => {
  it.each([
    ['The bodies of the 12 hostages believed dead are to be returned next week.', 'proposed'],
    [
      'The bodies of six hostages killed in captivity would be returned in the second phase.',
      'proposed',
    ],
    ['The remains of four hostages killed in captivity were handed over on Thursday.', 'reported'],
    ['Israel believes 30 of the hostages are dead.', 'reported'],
  ])('%s', (sentence, modality) => {
    const [found] = figures(sentence);
    expect([found?.key.split('=')[0], found?.modality]).toEqual(['hostages_dead', modality]);
  });
});

describe('people displaced are a stock', () => {
  it.each([
    ['About 1.9 million Gazans were displaced at the height of the war.', 'total'],
    [
      'In Rafah, where some 1.4 million displaced people are sheltering in tents, overnight strikes hit two homes.',
      'total',
    ],
    ['More than 600,000 people have been displaced again, the UN said.', 'incident'],
    ['Some 20,000 people were displaced overnight in Khan Younis.', 'incident'],
  ])('%s', (sentence, scope) => {
    const [found] = figures(sentence);
    expect([found?.key.split('=')[0], found?.scope]).toEqual(['gaza_displaced', scope]);
  });

  it('keeps the night of a strike in the clause after a "where" clause', () => {
    const found = figures(
      'In Khan Younis, where 40 people were killed overnight, residents fled to Rafah.',
    );
    expect(found.map((f) => [f.key, f.scope])).toEqual([['gaza_killed=40', 'incident']]);
  });
});

const keys = (sentence: string, pub = PUB) =>
  extractSentenceFigures(sentence, pub).map((f) => `${f.metric}=${f.value}`);

describe('a fact box value with a plus', () => {
  it.each([
    ['Killed in the West Bank: 1,000+', 'west_bank_killed=1000'],
    ['Palestinians in Israeli jails: 11,100+', 'prisoners_held=11100'],
  ])('%s', (line, key) => {
    const [found] = figures(line);
    expect([found?.key, found?.qualifier]).toEqual([key, 'at_least']);
  });

  it('keeps a plain value exact', () => {
    expect(figures('Killed: 34,000').map((f) => f.qualifier)).toEqual(['exact']);
  });
});

describe('a sum of one day is that day’s', () => {
  it.each([
    ['In all, 17 hostages were freed on Saturday after a delay of several hours.', 'incident'],
    ['In total, 1,200 people were killed in Israel on October 7.', 'incident'],
    // A running count keeps its sum, whatever day the report names.
    ['In all, 34,800 people have been killed in Gaza, the ministry said on Saturday.', 'total'],
    ['Hamas has freed 58 hostages so far.', 'total'],
    // "so far" that describes a noun ("the only deal so far") is no running count.
    ['In the only deal so far, agreed in November, 105 hostages were freed.', 'incident'],
  ])('%s', (sentence, scope) => {
    expect(figures(sentence)[0]?.scope).toBe(scope);
  });
});

describe('who a count is a part of', () => {
  it.each([
    [
      'Officials said 31 Thais were among those abducted, and 23 were freed during the truce.',
      ['hostages_taken=31', 'hostages_released=23'],
    ],
    ['Nine Britons are among those still held in Gaza.', ['hostages_held=9']],
    // "among the 17 hostages freed": the 17 are the release; the two are a part of it.
    ['Two Nepalis were among the 17 hostages freed on Saturday.', ['hostages_released=17']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('hostages named by their state in a demand for their release', () => {
  it.each([
    ['Bangkok will keep pressing for the release of eight Thai workers still held in Gaza.'],
    ['Families demanded the release of the 137 hostages still held in Gaza.'],
  ])('%s', (sentence) => {
    expect(keys(sentence).map((k) => k.split('=')[0])).toEqual(['hostages_held']);
  });

  it('leaves a release under way a release', () => {
    expect(keys('Hamas began the release of 13 hostages held in Gaza on Friday.')).toEqual([
      'hostages_released=13',
    ]);
  });
});

describe('words about a subject’s past in a relative clause', () => {
  it('do not make a running toll one event', () => {
    const [found] = figures(
      'The war in Gaza, which began with the Hamas attack, has killed more than 67,800 Palestinians, the ministry said.',
    );
    expect([found?.key, found?.scope]).toEqual(['gaza_killed=67800', 'total']);
  });

  it('leave the event of the subject itself', () => {
    const [found] = figures('The strike, which hit a school in Gaza City, killed 27 people.');
    expect([found?.key, found?.scope]).toEqual(['gaza_killed=27', 'incident']);
  });
});

describe('counts over several fronts, one outside the metrics', () => {
  it.each([
    ['The group counts 68 journalists killed across Gaza, Israel and Lebanon.'],
    ['At least 68 journalists have been killed in Gaza and Lebanon.'],
    ['Israeli strikes killed 40 people in Gaza and southern Lebanon on Sunday.'],
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it.each([
    [
      'At least 23,968 people have been killed in Gaza, the ministry said, while Lebanon counted 150 dead.',
      ['gaza_killed=23968'],
    ],
    [
      'Some 400 have been killed in the West Bank and 23,968 in Gaza.',
      ['west_bank_killed=400', 'gaza_killed=23968'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('the wounded a country offers to treat', () => {
  it.each([
    ['Malaysia says it is ready to treat up to 1,000 wounded Palestinians in its hospitals.'],
    ['The UAE will take in 1,000 injured children from Gaza.'],
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it('still counts the wounded of the war', () => {
    expect(keys('More than 60,000 people have been wounded in Gaza, the ministry said.')).toEqual([
      'gaza_injured=60000',
    ]);
  });
});

describe('a report of its own after another count', () => {
  it('opens the count’s stretch: the period before is the other count’s', () => {
    const found = figures(
      'The ministry said 357 people were killed in Gaza in the past 24 hours, adding that 9,600 Palestinians have been wounded in the Israeli bombardment.',
    );
    expect(found.map((f) => [f.key, f.scope])).toEqual([
      ['gaza_killed=357', 'incident'],
      ['gaza_injured=9600', 'total'],
    ]);
  });

  it('leaves a period after the count its own', () => {
    const found = figures(
      'The ministry said 35,000 people have been killed in Gaza since October, adding that 40 were killed in the past day.',
    );
    expect(found.map((f) => [f.key, f.scope])).toEqual([
      ['gaza_killed=35000', 'total'],
      ['gaza_killed=40', 'incident'],
    ]);
  });
});

describe('round 8c: states, parts and places', () => {
  it.each([
    // tens of thousands wounded, with no place, are Gaza's
    ['Wounded: 75,886', ['gaza_injured=75886']],
    ['Injured: 5,400', []],
    // a toll brought above or past a mark
    [
      'Strikes killed 30 people in Gaza, bringing the overall toll since October 2023 above 52,800.',
      ['gaza_killed=30', 'gaza_killed=52800'],
    ],
    // a hedged part of a list of parts
    [
      'The office said the war has killed 14,854 Palestinians, including 6,150 children and more than 4,000 women, and wounded more than 36,000 others.',
      ['gaza_killed=14854', 'gaza_injured=36000'],
    ],
    // how some of the wounded are
    ['Two of the wounded in Gaza were in serious condition.', []],
    [
      'At least 30 people were wounded in Gaza, five of them in critical condition.',
      ['gaza_injured=30'],
    ],
    // a release of what is not a person
    ['Hamas this month released videos showing two emaciated hostages.', []],
    ['Hamas released two hostages on Friday.', ['hostages_released=2']],
    // those waiting for their return are held
    ['The forum said 109 hostages are still waiting for their return.', ['hostages_held=109']],
    // an operation that freed hostages rescued them
    [
      'The ministry said 274 Palestinians were killed during the Israeli operation in Nuseirat that freed four hostages.',
      ['gaza_killed=274', 'hostages_rescued=4'],
    ],
    ['The deal that freed 105 hostages collapsed on December 1.', ['hostages_released=105']],
    // brought back alive after a count of bodies
    [
      'The IDF has recovered the bodies of 37 hostages, and eight have been rescued alive.',
      ['hostages_dead=37', 'hostages_rescued=8'],
    ],
    // the living have no event; the dead of the same "of whom" clause are hostages
    [
      'Of the 58 hostages still held in Gaza, Israel believes 20 are alive and 38 are dead.',
      ['hostages_held=58', 'hostages_dead=38'],
    ],
    [
      'Israel says 58 hostages remain in Gaza, of whom 20 are believed to be alive and 38 are presumed dead.',
      ['hostages_held=58', 'hostages_dead=38'],
    ],
    // "the Israeli death toll in Gaza" is the toll Israel caused there
    ['Israeli death toll in Gaza passes 45,000', ['gaza_killed=45000']],
    ["Israel's death toll from the war has risen to 1,700.", ['israel_killed=1700']],
    // captives taken "into the Gaza Strip": not where the dead of the attack were
    [
      'Militants killed some 1,200 people that day and kidnapped 251 others into the Gaza Strip.',
      ['israel_killed=1200', 'hostages_taken=251'],
    ],
    // a strike in Qatar
    [
      'An Israeli strike on Hamas leaders in Doha killed six people, including a Qatari officer.',
      [],
    ],
    ['Qatar said 20 Palestinians were killed in Gaza on Monday.', ['gaza_killed=20']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2024-06-09')).toEqual(expected);
  });
});

describe('round 8d: days, places and demands', () => {
  it.each([
    // how long they were held, between the count and its verb
    [
      'Ten Thai nationals held hostage in the Gaza Strip since the October 7 attack were released on Friday evening.',
      'incident',
      '2023-11-24',
    ],
    ['Some 240 people held hostage since October 7 have been released so far.', 'total', PUB_NOV],
    // the dead of 7 October, whatever the count's size
    [
      'Israel says its campaign aims to destroy Hamas, whose fighters killed 1,200 people and took about 240 hostages in their Oct 7 rampage.',
      'incident',
      '2023-10-07',
    ],
    ['Since October 7, some 1,500 people have been killed in Israel.', 'total', PUB_NOV],
  ])('%s', (sentence, scope, day) => {
    const [found] = extractSentenceFigures(sentence, PUB_NOV);
    expect([found?.scope, found?.asOf]).toEqual([scope, day]);
  });

  it('ends a "since" phrase at a month, before who did the killing', () => {
    expect(
      keys(
        'More than 420 Palestinians have been killed since October by Israeli troops and settlers.',
      ),
    ).toEqual(['west_bank_killed=420']);
  });

  it.each([
    ['Israel had earlier insisted on the release of 40 hostages in the first phase.', 'proposed'],
    ['Israel insisted that 40 hostages were released.', 'reported'],
  ])('%s', (sentence, modality) => {
    expect(figures(sentence)[0]?.modality).toBe(modality);
  });
});

describe("a timeline entry's later sentences", () => {
  const article = (...paragraphs: string[]) =>
    buildArticle(
      'a',
      'a.txt',
      ` date 2025-11-13\n${paragraphs.join('\n\n')}`,
      undefined,
    ).figures.map((f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`);

  it('tell of the day the entry opens with', () => {
    expect(
      article(
        'October 13 – Hamas frees the last 20 living hostages. Israel releases 1,968 Palestinian prisoners. Hamas hands over the remains of four dead hostages.',
        'March 18 – The truce collapses. Fifty-nine hostages remain in the Strip.',
      ),
    ).toEqual([
      'hostages_released=20 incident 2025-10-13',
      'prisoners_released=1968 incident 2025-10-13',
      'hostages_dead=4 incident 2025-10-13',
      'hostages_held=59 total 2025-03-18',
    ]);
  });

  it('are not an ordinary paragraph that opens with a date phrase', () => {
    expect(
      article(
        'On Monday, the ministry said 300 people were killed in Gaza. Some 69,000 have been killed in Gaza since October 2023.',
      ),
    ).toEqual(['gaza_killed=300 incident 2025-11-10', 'gaza_killed=69000 total 2025-11-13']);
  });
});

describe('round 8e: days that describe someone else, stocks of the dead, parts set off by commas', () => {
  const PUB_JUL = '2024-07-18';
  it.each([
    // the day they were taken is the taking's
    [
      'The IDF has confirmed the deaths of 42 of those taken on Oct. 7, officials said.',
      'total',
      PUB_JUL,
    ],
    ['Hamas abducted 251 people on October 7.', 'incident', '2023-10-07'],
    // the day a campaign began is no day of the count
    [
      'Israel says 326 soldiers have been killed in the ground offensive that began on Oct. 27.',
      'total',
      PUB_JUL,
    ],
    [
      'The army says 174 of its soldiers have been killed in the ground offensive, which began on October 27.',
      'total',
      PUB_JUL,
    ],
    // the dead still held are a stock
    ['Deceased hostages still held in Gaza this morning: 28', 'total', PUB_JUL],
  ])('%s', (sentence, scope, day) => {
    const [found] = extractSentenceFigures(sentence, PUB_JUL);
    expect([found?.scope, found?.asOf]).toEqual([scope, day]);
  });

  it.each([
    [
      'Hamas handed over the bodies of four hostages on Monday, leaving 24 still in Gaza.',
      ['hostages_dead=4', 'hostages_dead=24'],
    ],
    [
      'Hamas freed 20 hostages, leaving 28 still held.',
      ['hostages_released=20', 'hostages_held=28'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('gives a part set off by commas the time of the count it is part of', () => {
    const found = figures(
      'Over that first phase, Hamas handed over 33 hostages, eight of them dead, in exchange for 1,800 prisoners.',
    );
    expect(found.map((f) => [f.key, f.scope])).toEqual([
      ['hostages_released=33', 'incident'],
      ['hostages_dead=8', 'incident'],
      ['prisoners_released=1800', 'incident'],
    ]);
  });
});

describe('who among a toll told elsewhere', () => {
  it.each([
    ['US President Joe Biden said at least 22 Americans were among the dead.', []],
    ['Thailand said 18 of its nationals had been killed in Israel.', []],
    [
      'At least 1,200 people were killed in Israel, and 22 Americans were among the dead.',
      ['israel_killed=1200'],
    ],
    // those among the abducted, or among a release, are still counted as before
    ['Officials said 31 Thais were among those abducted.', ['hostages_taken=31']],
    ['The army said 190 of its soldiers had been killed in Gaza.', ['soldiers_killed=190']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2023-10-11')).toEqual(expected);
  });
});

describe('a part named after "Among the … were"', () => {
  it.each([
    ['Among the released Palestinian prisoners were 36 serving life sentences.', []],
    ['Among the dead were 12 children.', []],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('round 8f: clock times, told days, larger groups', () => {
  it('reads "7 a.m." as a time of day', () => {
    expect(keys('The truce, which began at 7 a.m. on Friday, has largely held.')).toEqual([]);
  });

  it.each([
    // a clause ", in which …" after a "since" phrase is told of the day the phrase opens on
    [
      'Families marked three months since the Hamas attack of October 7, in which about 1,200 people were killed.',
      'israel_killed=1200',
      'incident',
      '2023-10-07',
    ],
    // a toll's subject that names its day counts that day
    [
      'Hamas also released 10 workers, bringing the number of captives freed on Friday to 24.',
      'hostages_released=24',
      'incident',
      '2023-11-24',
    ],
  ])('%s', (sentence, key, scope, day) => {
    const found = extractSentenceFigures(sentence, PUB_NOV).find(
      (f) => `${f.metric}=${f.value}` === key,
    );
    expect([found?.scope, found?.asOf]).toEqual([scope, day]);
  });

  it.each([
    [
      'Of the 251 hostages seized by militants, 97 are still in Gaza.',
      ['hostages_taken=251', 'hostages_held=97'],
    ],
    [
      'Under the deal, Hamas is to release 50 of the roughly 240 hostages it seized in its October 7 raid.',
      ['hostages_released=50', 'hostages_taken=240'],
    ],
    [
      'Troops accidentally killed three of roughly 130 hostages still held in Gaza.',
      ['hostages_dead=3', 'hostages_held=130'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, PUB_NOV)).toEqual(expected);
  });
});

describe('round 8g: people taken that day, parts of "them", fronted times, ones, flights home', () => {
  it.each([
    [
      '111 of the 251 people taken on October 7 remain in Gaza, and the IDF has declared 39 of them dead.',
      ['hostages_held=111', 'hostages_taken=251', 'hostages_dead=39'],
    ],
    [
      'Before the exchange, Palestinian prisoner organizations counted more than 11,100 Palestinians in Israeli prisons.',
      ['prisoners_held=11100'],
    ],
    ['A relative of one of the hostages due to be freed in the first phase spoke.', []],
    [
      'In November last year, Brazil repatriated 32 people from Gaza, most of them Brazilian citizens.',
      [],
    ],
    ['The government has so far repatriated 137 Filipinos who asked to come home.', []],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2024-07-30')).toEqual(expected);
  });

  const article = (...paragraphs: string[]) =>
    buildArticle(
      'a',
      'a.txt',
      ` date 2025-03-19\n${paragraphs.join('\n\n')}`,
      undefined,
    ).figures.map((f) => `${f.metric}=${f.value}`);
  it('reads a count joined to a part of "them" as a part of the same group', () => {
    expect(
      article(
        'Hamas holds 59 hostages in Gaza. Israel believes 24 of them are alive and 35 are dead.',
      ),
    ).toEqual(['hostages_held=59', 'hostages_dead=35']);
  });
  it('but not a clause of its own after a comma', () => {
    expect(
      article(
        'Hamas holds 59 hostages in Gaza.',
        'Ten of them were killed in Israel on October 7, and four were injured.',
      ),
    ).not.toContain('hostages_dead=4');
  });
});

describe('a clause of its own after ", and"', () => {
  it.each([
    [
      'During the first phase, 25 living Israeli hostages and the bodies of eight others were handed over, and five Thai nationals were also freed.',
      ['hostages_released=25', 'hostages_dead=8', 'hostages_released=5'],
    ],
    // the bodies of a list joined without a clause of its own are all bodies
    [
      'The bodies of four hostages and two soldiers were returned on Thursday.',
      ['hostages_dead=4', 'hostages_dead=2'],
    ],
    [
      'Hamas freed 105 hostages during a weeklong ceasefire last November, and Israeli forces have rescued eight alive.',
      ['hostages_released=105'],
    ],
    // a list of names with their ages is no clause of its own
    [
      'Only two hostages, Dana Levi, 60, and Noam Bar, 70, have been freed by the military since the war began.',
      ['hostages_rescued=2'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2024-09-01').slice(0, expected.length)).toEqual(expected);
  });
});

describe('a share restated as people between dashes', () => {
  it.each([
    [
      'Ninety percent of the population – 1.9 million people – has been displaced at least once.',
      ['gaza_displaced=1900000'],
    ],
    ["Gaza's population – 2.3 million people – is trapped.", []],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});
