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

describe('a part with a blow of its own is a figure', () => {
  it.each([
    [
      'The ministry said 90 people were killed in Gaza, including 12 in a strike on a market in Gaza City.',
      ['gaza_killed=90', 'gaza_killed=12'],
    ],
    [
      'At least 240 Palestinians have been killed since the truce, including 104 killed in a wave of strikes on October 28-29.',
      ['gaza_killed=240', 'gaza_killed=104'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('a part that only says who they were is not', () => {
    expect(keys('The toll in Gaza rose to 40,000, including 16,000 children.')).toEqual([
      'gaza_killed=40000',
    ]);
  });
});

describe('a speaker is no place', () => {
  it('"Israel\'s military says" names who counts, not where the dead are', () => {
    expect(
      keys(
        "Israel's military says 1,300 people have now been killed in Israel since gunmen stormed across the border from Gaza on Saturday.",
        '2023-10-12',
      ),
    ).toEqual(['israel_killed=1300']);
  });

  it("Israel's army as the one who kills places the dead on the other side", () => {
    expect(keys("Israel's army killed 30 people in a strike overnight.")).toEqual([
      'gaza_killed=30',
    ]);
  });
});

describe('captives carried off', () => {
  it.each([
    [
      'Gunmen broke into southern Israel, killing about 1,200 people and dragging 253 hostages into Gaza.',
      ['israel_killed=1200', 'hostages_taken=253'],
    ],
    [
      'Officials estimate that around 150 people were taken across the border on Saturday.',
      ['hostages_taken=150'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2023-10-12')).toEqual(expected);
  });

  it('patients taken across the border to another country are no captives', () => {
    expect(
      keys('Some 40 wounded children were taken across the border to Egypt for treatment.'),
    ).toEqual([]);
  });
});

describe('a part set off by dashes', () => {
  it.each([
    '33 hostages – eight of them dead – were handed over in the first phase.',
    'Hamas handed over 33 hostages - eight of them dead - in the first phase.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual(['hostages_released=33', 'hostages_dead=8']);
  });
});

describe('a release counted by nationality', () => {
  it.each([
    [
      'The 24 freed captives included 13 Israelis, 10 Thai nationals and one Filipino.',
      [
        'hostages_released=24',
        'hostages_released=13',
        'hostages_released=10',
        'hostages_released=1',
      ],
    ],
    [
      'During the November truce, 105 were freed (81 Israelis and 24 foreign nationals).',
      ['hostages_released=105', 'hostages_released=81', 'hostages_released=24'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2023-11-25')).toEqual(expected);
  });

  it('who the freed were, by age or sex, is no figure', () => {
    expect(keys('The 39 prisoners released on Friday included 24 women.', '2023-11-25')).toEqual([
      'prisoners_released=39',
    ]);
    expect(keys('Hamas freed 24 hostages (mostly Israelis) on Friday.', '2023-11-25')).toEqual([
      'hostages_released=24',
    ]);
  });
});

describe('a fact-box label that opens with a part of the line above', () => {
  const box = (lines: string[]) =>
    buildArticle('a', 'a.md', [' date 2025-02-22', ...lines].join('\n\n'), undefined).figures.map(
      (f) => `${f.metric}=${f.value}`,
    );

  it.each([
    [['- Still held in Gaza: 111', '- Of those, declared dead by Israel: 39']],
    [['Hostages believed still in Gaza: 111', '- of whom confirmed dead by Israel: 39']],
    [['Hostages still held: 111', 'Of whom Israel says are dead: 39']],
  ])('%j', (lines) => {
    expect(box(lines)).toEqual(['hostages_held=111', 'hostages_dead=39']);
  });
});

describe('migrant workers killed in Israel', () => {
  it.each([
    ['More than 40 Thai workers have been killed since the war began.', ['israel_killed=40']],
    [
      'Thirty-nine Thais were killed in the assault, and 19 were injured, according to the Ministry of Labour.',
      ['israel_killed=39', 'israel_injured=19'],
    ],
    ['Ten Nepali students were killed in the attack on the kibbutz.', ['israel_killed=10']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2023-11-25')).toEqual(expected);
  });

  it('are Gaza’s dead where their own words place them there', () => {
    expect(keys('Two Thai nationals were killed in an Israeli strike in Gaza.')).toEqual([
      'gaza_killed=2',
    ]);
  });
});

describe('"the Ministry of …" other than health', () => {
  it('places no one on the Palestinian side', () => {
    expect(
      keys(
        'Five Filipinos were wounded in the rocket attack, the Ministry of Foreign Affairs said.',
      ),
    ).toEqual(['israel_injured=5']);
  });
});

describe('a number quoted with its hedge', () => {
  it.each([
    [
      'The Israeli military put the Palestinian death toll in Gaza at "under 100".',
      'gaza_killed=100',
    ],
    [
      'Hamas said it would seek to release "more than 20" additional women and children.',
      'hostages_released=20',
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });

  it('a quoted span of time stays one', () => {
    expect(keys('He said "100 days" of war in Gaza had passed.')).toEqual([]);
  });
});

describe('nationals after a colon, and a part in one incident', () => {
  it('a release listed by nationality after a colon', () => {
    expect(
      keys('On Friday, 24 hostages were freed: 13 Israelis, 10 Thai nationals and one Filipino.'),
    ).toEqual([
      'hostages_released=24',
      'hostages_released=13',
      'hostages_released=10',
      'hostages_released=1',
    ]);
  });

  it('who they were, by age or sex, after a colon is no figure', () => {
    expect(
      keys(
        'Four hostages have been released so far: a mother and daughter last week, and two elderly Israeli women on Monday.',
      ),
    ).toEqual(['hostages_released=4']);
  });

  it('a part killed in a single incident is a figure', () => {
    expect(
      keys(
        'The army said 185 soldiers had been killed in Gaza, including nine killed in a single incident in Khan Younis last week.',
      ),
    ).toEqual(['soldiers_killed=185', 'soldiers_killed=9']);
  });
});

describe('bodies given back after the dead were counted', () => {
  const story = (lines: string[]) =>
    buildArticle('a', 'a.txt', [' date 2025-11-05', ...lines].join('\n\n'), undefined).figures.map(
      (f) => `${f.metric}=${f.value}`,
    );

  it('a count returned with no noun of its own is of the dead', () => {
    expect(
      story([
        'Under the deal, Hamas was to return the remains of all 28 deceased hostages.',
        'It has so far returned 21 of them, along with the bodies of several foreign nationals.',
      ]),
    ).toEqual(['hostages_dead=28', 'hostages_dead=21']);
  });

  it('after the living were counted, it is a release', () => {
    expect(
      story(['Hamas freed 20 living hostages on Monday.', 'Since then, 25 have been returned.']),
    ).toEqual(['hostages_released=20', 'hostages_released=25']);
  });
});

describe('the kinds of prisoner a release is made of', () => {
  it.each([
    'Israel freed 1,968 Palestinians on Monday, the prison service said: 250 prisoners serving long sentences, and 1,718 people detained in Gaza during the war and held without charge.',
    'Israel began releasing 1,968 Palestinian prisoners and detainees on Monday: 250 serving long or life sentences and 1,718 detained in Gaza during the war.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([
      'prisoners_released=1968',
      'prisoners_released=250',
      'prisoners_released=1718',
    ]);
  });

  it('who they were by age or sex is no kind of detention', () => {
    expect(keys('Israel freed 39 prisoners: 24 women and 15 teenagers.')).toEqual([
      'prisoners_released=39',
    ]);
  });
});

describe('other readings of round 13', () => {
  it.each([
    [
      'Israel says that of the 133 hostages still in Gaza, at least 30 are believed to be dead.',
      ['hostages_held=133', 'hostages_dead=30'],
    ],
    [
      'The ministry said 6,268 others have been wounded in the bombardment, which Israel launched after gunmen stormed across the border at dawn on October 7.',
      ['gaza_injured=6268'],
    ],
    [
      'According to the Israeli government, 1,400 people were killed in the attack, and 199 people are being held as hostages in the Gaza Strip.',
      ['israel_killed=1400', 'hostages_held=199'],
    ],
    [
      'Of the 251 taken, 117 have come home, including 105 freed in the November truce.',
      ['hostages_released=117', 'hostages_released=105'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence, '2024-04-08')).toEqual(expected);
  });
});

describe('prisoners walking out, in the present', () => {
  it('"walk out of Israeli jails" is a release', () => {
    expect(keys('On Friday 39 Palestinians walk out of Israeli jails.')).toEqual([
      'prisoners_released=39',
    ]);
  });
});

describe('round 13, last readings', () => {
  it.each([
    [
      "Israel's prison service said 39 Palestinian prisoners, 24 women and 15 teenage boys, had been released from Ofer prison.",
      ['prisoners_released=39'],
    ],
    [
      'Of the 251 people abducted, 73 remain in Gaza, about half believed to be dead.',
      ['hostages_taken=251', 'hostages_held=73'],
    ],
    ['Israel believes a number of the 33 hostages are no longer alive.', []],
    ["The three young women were taken to Re'im military base to meet their mothers.", []],
    [
      'The ministry said 32 bodies and 317 injured people were taken to hospitals in Gaza.',
      ['gaza_killed=32', 'gaza_injured=317'],
    ],
    [
      'Israel says the bodies of 28 hostages were to be returned under the deal, meaning 24 remain in Gaza.',
      ['hostages_dead=28', 'hostages_dead=24'],
    ],
    [
      'Gunmen stormed southern Israel on October 7, 2023, killing 1,200 people and dragging 251 into Gaza.',
      ['israel_killed=1200', 'hostages_taken=251'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('days of round 13', () => {
  const asOf = (sentence: string, published: string) =>
    extractSentenceFigures(sentence, published).map(
      (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`,
    );

  it('the wounded joined by "and" to a passive toll share its event and day', () => {
    expect(
      asOf(
        'At least 20 people were killed and 155 others injured when they came under fire at a roundabout in Gaza City on Thursday night.',
        '2024-03-15',
      ),
    ).toEqual(['gaza_killed=20 incident 2024-03-14', 'gaza_injured=155 incident 2024-03-14']);
  });

  it("the day right before a reporting verb is the report's, not the event's", () => {
    expect(
      asOf(
        'The foreign ministry on Monday confirmed that four Filipinos were killed in the October 7 attack on communities in southern Israel.',
        '2023-10-16',
      ),
    ).toEqual(['israel_killed=4 incident 2023-10-07']);
  });

  it("a fact-box label's own day in its source note dates its own line", () => {
    const figures = buildArticle(
      'a',
      'a.md',
      [
        ' date 2024-11-20',
        '## The numbers',
        'Killed in Gaza since October 2023 (Ministry of Health, 19 November): 43,972',
        'Injured: 104,008',
      ].join('\n\n'),
      undefined,
    ).figures.map((f) => `${f.metric}=${f.value} ${f.asOf}`);
    expect(figures).toEqual(['gaza_killed=43972 2024-11-19', 'gaza_injured=104008 2024-11-20']);
  });
});
