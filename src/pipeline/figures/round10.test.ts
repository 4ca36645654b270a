// Round 10 of the figure rules. Sentences written for these tests in the styles of wire
// services, opinion pages, live blogs, Asian and African outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2024-11-27'; // a Wednesday
const read = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published).map(
    (f) => `${f.metric}=${f.value} ${f.modality} ${f.scope} ${f.asOf}`,
  );
const keys = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published).map((f) => `${f.metric}=${f.value}`);
const article = (...paragraphs: string[]) =>
  buildArticle('a', 'a.txt', ` date ${PUB}\n` + paragraphs.join('\n\n'), undefined).figures.map(
    (f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`,
  );

describe('captives said to be "still there" are held', () => {
  it.each([
    ['Fifty hostages are still there today, officials say.', 'hostages_held=50'],
    ['About 100 captives are still there, according to Israel.', 'hostages_held=100'],
    ['Of the 251 hostages taken, 97 are still inside Gaza.', 'hostages_held=97'],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toContain(expected);
  });

  it('people still there who are no captives are none', () => {
    expect(keys('Some 30 people are still there, sheltering in the school.')).toEqual([]);
  });
});

describe('a verb that takes a toll to a new value', () => {
  it.each([
    "The latest strikes take Gaza's death toll since October 7, 2023 to more than 48,900.",
    'Overnight raids take the toll since the war began to 44,282.',
    'The new deaths push the toll since October to 43,972, the ministry said.',
  ])('%s', (sentence) => {
    expect(read(sentence)[0]).toMatch(/^gaza_killed=\d+ reported total 2024-11-27$/);
  });
});

describe('what had been done by a day is the tally up to it', () => {
  it.each([
    [
      'By Sunday night, Hamas had released 58 hostages in total, while Israel had freed 117 Palestinian prisoners.',
      [
        'hostages_released=58 reported total 2024-11-24',
        'prisoners_released=117 reported total 2024-11-24',
      ],
    ],
    [
      'By Friday, 24 hostages had been freed so far.',
      ['hostages_released=24 reported total 2024-11-22'],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['On Sunday, Hamas released 13 hostages.', 'hostages_released=13 reported incident 2024-11-24'],
    // A "since" says what the tally is of: one phase of the war.
    [
      'By Thursday evening, the ministry said 95 people had been killed and 310 injured since the truce collapsed.',
      'gaza_killed=95 reported incident 2024-11-21',
    ],
  ])('a day that is no "by" deadline, or a tally of a phase, stays one event: %s', (s, e) => {
    expect(read(s)[0]).toBe(e);
  });
});

describe('a return told in the past is reported, whatever the sentence says "could" be', () => {
  it('"what could be done: 33 hostages came home"', () => {
    expect(
      read(
        'In January, a truce offered a glimpse of what could be done: 33 hostages came home, and Israel released some 1,800 prisoners.',
      ).map((r) => r.split(' ')[1]),
    ).toEqual(['reported', 'reported']);
  });

  it.each([
    'A deal could have seen 33 hostages come home.',
    'Under the proposal, 33 hostages would have come home by now.',
  ])('a return that did not happen stays proposed: %s', (sentence) => {
    expect(read(sentence)[0]).toMatch(/^hostages_released=33 proposed/);
  });
});

describe('"N more" with no noun counts more of the group counted last', () => {
  it.each([
    [
      'The military said 188 soldiers had been killed since the ground operation began. Two more were killed in southern Gaza on Sunday, it said.',
      'soldiers_killed=2 incident 2024-11-24',
    ],
    [
      'Hamas freed 24 hostages on Friday. Two more were released on Saturday.',
      'hostages_released=2 incident 2024-11-23',
    ],
    [
      'Strikes killed 40 people in Rafah on Tuesday. Three more died in hospital.',
      'gaza_killed=3 incident 2024-11-26',
    ],
  ])('%s', (text, expected) => {
    expect(article(text)).toContain(expected);
  });
});

describe('an evacuation on flights is no release, and "rescue flights" rescue no one', () => {
  it.each([
    "Nepal's embassy has already brought home 254 Nepalis on two rescue flights since October.",
    'India has brought home 1,200 citizens on five evacuation flights.',
    'Rescue teams pulled 12 bodies from the rubble, civil defence said.'.replace(
      '12 bodies',
      'the bodies',
    ),
    'Thailand sent three rescue planes to fly its workers out.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it.each([
    ['Two hostages were freed in a rescue operation in Rafah.', 'hostages_rescued=2'],
    ['Special forces carried out the rescue of four hostages.', 'hostages_rescued=4'],
    [
      'Four hostages freed from captivity were flown home on an army flight.',
      'hostages_released=4',
    ],
  ])('a rescue, and captives flown home, still count: %s', (sentence, expected) => {
    expect(keys(sentence)).toEqual([expected]);
  });
});

describe('a page’s own title printed under its masthead is its headline', () => {
  it('a markdown heading under a masthead and a menu reads as the body’s figure', () => {
    const md = [
      '[Example Daily](https://www.example-daily.com/) | Our Nation’s Paper',
      '',
      'News · Business · Opinions',
      '',
      '**OPINIONS**',
      '',
      '# Gaza at 60,000 dead: the numbers we are used to',
      '',
      '**By A. Writer** | Wednesday, July 30, 2025',
      '',
      "On Tuesday, Gaza's health ministry said the number of people killed had passed 60,000. Its precise count was 60,034 dead and 145,870 wounded.",
    ].join('\n');
    const { article: page, figures } = buildArticle('a', 'a.md', md, undefined);
    expect(page.title).toBe('Gaza at 60,000 dead: the numbers we are used to');
    expect(figures.map((f) => `${f.metric}=${f.value} ${f.asOf}`)).toEqual([
      'gaza_killed=60000 2025-07-29',
      'gaza_killed=60000 2025-07-29',
      'gaza_killed=60034 2025-07-29',
      'gaza_injured=145870 2025-07-29',
    ]);
  });

  it('a headline’s round number takes the day of the body’s count it rounds', () => {
    const html = [
      '<html><head><title>Over 400 killed as Israel resumes Gaza strikes</title></head><body>',
      '<p>March 18, 2025</p>',
      '<p>Israeli air strikes killed at least 404 people across the Gaza Strip on Monday, the ministry said.</p>',
      '</body></html>',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.html', html, undefined);
    expect(figures.map((f) => `${f.metric}=${f.value} ${f.scope} ${f.asOf}`)).toEqual([
      'gaza_killed=400 incident 2025-03-17',
      'gaza_killed=404 incident 2025-03-17',
    ]);
  });

  it('a headline’s exact number, or a round one far from the body’s, keeps its own reading', () => {
    const html = [
      '<html><head><title>Over 400 killed as Israel resumes Gaza strikes</title></head><body>',
      '<p>March 18, 2025</p>',
      '<p>Israeli air strikes killed at least 520 people across the Gaza Strip on Monday, the ministry said.</p>',
      '</body></html>',
    ].join('\n');
    const { figures } = buildArticle('a', 'a.html', html, undefined);
    expect(figures.map((f) => `${f.value} ${f.asOf}`)).toEqual(['400 null', '520 2025-03-17']);
  });
});

describe('"Its count was …" goes on with what its source said the sentence before', () => {
  it.each([
    'Its precise count was 26,083 dead and 64,487 wounded.',
    'Their latest tally showed 26,083 dead and 64,487 wounded.',
  ])('%s', (second) => {
    expect(
      article(
        `On Tuesday, Gaza's health ministry said more than 26,000 people had been killed. ${second}`,
      ),
    ).toEqual([
      'gaza_killed=26000 total 2024-11-26',
      'gaza_killed=26083 total 2024-11-26',
      'gaza_injured=64487 total 2024-11-26',
    ]);
  });
});

describe('a word of death before a later noun describes it', () => {
  it('"10 living hostages and 18 bodies of deceased hostages released"', () => {
    expect(
      read(
        'The proposal would see 10 living hostages and 18 bodies of deceased hostages released in two stages.',
      ),
    ).toEqual([
      'hostages_released=10 proposed incident null',
      'hostages_dead=18 proposed incident null',
    ]);
  });

  it('bodies returned to Israel are remains handed back, no homecoming', () => {
    expect(keys('25 bodies of deceased hostages were returned to Israel.')).toEqual([
      'hostages_dead=25',
    ]);
    expect(keys('450,000 people have returned to northern Gaza.')).toEqual([]);
  });
});

describe('the dead and the wounded of one phrase share what follows it', () => {
  it('"413 people had been killed and more than 500 wounded in the strikes"', () => {
    expect(
      read(
        'The Gaza health ministry said at least 413 people had been killed and more than 500 wounded in the strikes, which hit tent camps.',
      ).map((r) => r.split(' ')[2]),
    ).toEqual(['incident', 'incident']);
  });

  it('a tally of the war stays a tally', () => {
    expect(
      read(
        'The ministry said 30,000 people had been killed and 70,000 wounded since October 7.',
      ).map((r) => r.split(' ')[2]),
    ).toEqual(['total', 'total']);
  });
});

describe('a phase after a pause is one episode', () => {
  it.each([
    'By Thursday evening, the ministry said 95 people had been killed and 310 injured since fighting resumed.',
    'The ministry said 700 people had been killed since the truce collapsed.',
    'At least 300 people have been killed in Gaza since the ceasefire broke down.',
    'During the seven-day pause in fighting, Hamas released 105 hostages.',
  ])('%s', (sentence) => {
    expect(read(sentence)[0]).toMatch(/ incident /);
  });

  it('a war that broke out is counted from', () => {
    expect(
      read(
        'Nearly 500 Palestinians have been killed in the West Bank since the Gaza war broke out.',
      )[0],
    ).toMatch(/^west_bank_killed=500 reported total/);
  });
});

describe('a group named by its number after its rescue keeps what happened to it', () => {
  it('"welcomed the safe return of the four hostages"', () => {
    expect(
      article(
        'Israeli forces rescued four hostages from Nuseirat on Saturday. The president welcomed the safe return of the four hostages.',
      ),
    ).toEqual(['hostages_rescued=4 incident 2024-11-23', 'hostages_rescued=4 incident 2024-11-23']);
  });
});

describe('words joined before a noun are of that noun', () => {
  it.each([
    [
      '33 of the 98 Israeli and foreign hostages still held in Gaza are due to be released.',
      'hostages_held=98',
    ],
    ['Hamas freed 17 Thai and Filipino workers on Friday.', 'hostages_released=17'],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toContain(expected);
  });
});

describe('the millions who live in a place are its population', () => {
  it('"displacement among the 2.3 million people in the enclave"', () => {
    expect(
      keys(
        'The order raised the prospect of a new wave of displacement among the 2.3 million people in the enclave.',
      ),
    ).toEqual([]);
  });

  it('a group described by what befell it still counts', () => {
    expect(
      keys('UNRWA says the 1.7 million people in the strip who fled their homes need shelter.'),
    ).toEqual(['gaza_displaced=1700000']);
  });
});

describe('a part of the captives still held is a stock', () => {
  it('"47 remained in Gaza …, including 25 the military said were dead"', () => {
    expect(
      read(
        "Of the 251 hostages taken that day, 47 remained in Gaza before Monday's releases, including 25 the military said were dead.",
      ),
    ).toContain('hostages_dead=25 reported total 2024-11-27');
  });
});

describe('one handover among several', () => {
  it.each([
    'The second group of 13 hostages has been handed to the Red Cross in Khan Younis.',
    'A third batch of 10 hostages has been freed.',
  ])('a numbered batch is one handover: %s', (sentence) => {
    expect(read(sentence)[0]).toMatch(/^hostages_released=\d+ reported incident/);
  });

  it('a release under way, summed "in total", is one exchange of the day', () => {
    expect(read('In total, Israel is freeing 1,968 Palestinians.')).toEqual([
      'prisoners_released=1968 reported incident 2024-11-27',
    ]);
  });

  it('captives transferred to the Red Cross are released; prisoners moved between jails are not', () => {
    expect(
      keys(
        'The first seven hostages have been transferred to the International Committee of the Red Cross.',
      ),
    ).toEqual(['hostages_released=7']);
    expect(keys('Some 300 detainees were transferred to Ofer prison.')).toEqual([]);
  });
});

describe('fact box labels with a source in brackets, an adverb first, or many words', () => {
  it.each([
    ['Newly displaced since March 18 (OCHA): about 400,000', 'gaza_displaced=400000'],
    [
      "Palestinians held in Israeli jails (Prisoners' Society figures): more than 9,900",
      'prisoners_held=9900',
    ],
    ['Killed (Gaza Health Ministry): 35,000', 'gaza_killed=35000'],
  ])('%s', (line, expected) => {
    expect(keys(line)).toEqual([expected]);
  });
});

describe('lengths and numbers that count no one', () => {
  it.each([
    'Egypt proposed a 40- to 70-day truce under which Hamas would release eight hostages.',
    'Captives would have been exchanged for Palestinian prisoners in three 42-day phases.',
  ])('%s', (sentence) => {
    expect(keys(sentence).filter((k) => !k.endsWith('=8'))).toEqual([]);
  });
});

describe('the day a strike fell, told in a clause about it, is its dead’s', () => {
  it('"killed in the strike that hit the hospital on Tuesday evening"', () => {
    expect(
      read(
        'The ministry said the toll includes 471 people killed in the strike that hit a hospital in Gaza City on Tuesday evening.',
      ),
    ).toEqual(['gaza_killed=471 reported incident 2024-11-26']);
  });

  it('a clause about a truce does not date a release', () => {
    expect(read('Hamas freed 24 hostages under the truce that began on Friday.')[0]).not.toContain(
      '2024-11-22',
    );
  });
});

describe('captives a release would free, named by where they still are, are held', () => {
  it.each([
    'The operation is needed to free the 128 captives it says remain in Gaza.',
    'Hamas must free the 101 hostages who are still in Gaza.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([expect.stringMatching(/^hostages_held=1\d\d$/)]);
  });

  it('people freed who remain elsewhere were freed', () => {
    expect(keys('Hamas freed the 24 hostages who remain in hospital.')).toEqual([
      'hostages_released=24',
    ]);
  });
});

describe('"forced out of" is a displacement', () => {
  it('"Another 100,000 or so have been forced out of parts of northern Gaza"', () => {
    expect(read('Another 100,000 or so have been forced out of parts of northern Gaza.')).toEqual([
      'gaza_displaced=100000 reported total 2024-11-27',
    ]);
  });
});

describe('the dead beside a count of people carried off', () => {
  it('"1,200 people were killed and 251 captured" under a timeline day are Israel’s', () => {
    expect(
      article(
        '7 October 2023 – The attack. Israel says around 1,200 people were killed and 251 captured.',
      ),
    ).toEqual(['israel_killed=1200 incident 2023-10-07', 'hostages_taken=251 incident 2023-10-07']);
  });

  it('a toll of the war beside fighters captured stays Gaza’s', () => {
    expect(keys('Israeli strikes have killed 30,000 in Gaza and captured 2,000 fighters.')).toEqual(
      ['gaza_killed=30000'],
    );
  });
});

describe('a total a deal brings to counts those it freed', () => {
  it('"brings the total under the truce so far to seven hostages and 290 prisoners"', () => {
    expect(
      read('That brings the total under the truce so far to seven hostages and 290 prisoners.'),
    ).toEqual([
      'hostages_released=7 reported total 2024-11-27',
      'prisoners_released=290 reported total 2024-11-27',
    ]);
  });
});

describe('the whole group of dead captives a deal owes is the count of the dead held', () => {
  // Gold files read "all 28 deceased hostages" under a deal as reported and a total 4 times in
  // 5; "the 28 who died in captivity" splits evenly and is left to the deal (round9.test.ts).
  it.each([
    'Under the deal, Hamas was to return the remains of all 28 deceased hostages within 72 hours.',
    'Hamas is obliged to return the bodies of all 28 deceased captives.',
    'Hamas was supposed to hand over the remains of the 28 dead hostages within 72 hours.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual(['hostages_dead=28 reported total 2024-11-27']);
  });

  it.each([
    'A deal would see 10 living hostages and 18 bodies returned.',
    'Hamas is expected to hand over the remains of four deceased hostages tonight.',
  ])('a number of bodies a deal hands over stays proposed: %s', (sentence) => {
    expect(read(sentence).at(-1)).toMatch(/^hostages_dead=\d+ proposed incident/);
  });
});

describe('ways out of captivity', () => {
  it.each([
    [
      'On 13 October, the 20 living hostages still held in Gaza walked free.',
      'hostages_released=20 reported incident 2024-10-13',
    ],
    [
      'In the end, 105 hostages came out of Gaza during the pause.',
      'hostages_released=105 reported incident null',
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('captives still held whose release is asked for stay held', () => {
    expect(read('The 59 hostages still held in Gaza must be freed.')).toEqual([
      'hostages_held=59 reported total 2024-11-27',
    ]);
  });

  it('"dragged back across the fence" is a taking, beside the dead of that day', () => {
    expect(
      keys(
        'Nobody disputes what happened on 7 October, when some 1,200 people were murdered in southern Israel and around 240 were dragged back across the fence.',
      ),
    ).toEqual(['israel_killed=1200', 'hostages_taken=240']);
  });
});

describe('days counted from another day of the sentence', () => {
  it('"on Tuesday mourned 24 soldiers killed … the previous day" is Monday', () => {
    expect(
      read(
        'The army on Tuesday mourned 24 soldiers killed in Gaza the previous day, its deadliest day.',
      ),
    ).toEqual(['soldiers_killed=24 reported incident 2024-11-25']);
  });

  it('"… had been killed and … wounded by Monday" is a tally up to Monday', () => {
    expect(
      read(
        'According to the ministry, 32,333 Palestinians had been killed and 74,694 wounded by Monday.',
      ),
    ).toEqual([
      'gaza_killed=32333 reported total 2024-11-25',
      'gaza_injured=74694 reported total 2024-11-25',
    ]);
  });
});

describe('a record is one event', () => {
  it('"killed in the heaviest bombardment since the ceasefire began" is that day’s', () => {
    expect(
      read(
        "Gaza's health ministry says more than 400 people have been killed in the heaviest Israeli bombardment since a ceasefire began in January.",
      ),
    ).toEqual(['gaza_killed=400 reported incident 2024-11-27']);
  });

  it('a war’s toll is still its toll', () => {
    expect(read('The Israeli bombardment has killed 60,000 people, the ministry says.')).toEqual([
      'gaza_killed=60000 reported total 2024-11-27',
    ]);
  });
});

describe('nouns of killing and of coming back dead', () => {
  it('"the murder of about 1,200 people on 7 October"', () => {
    expect(keys('The war began with the murder of about 1,200 people on 7 October 2023.')).toEqual([
      'israel_killed=1200',
    ]);
  });

  it('a crime someone is jailed for kills no one', () => {
    expect(
      keys(
        'Israel released 1,968 prisoners: 250 serving sentences, including many for murder, and 1,718 people detained in Gaza.',
      ),
      // (The kinds of prisoner released are figures since round 13; no one is killed.)
    ).toEqual(['prisoners_released=1968', 'prisoners_released=250', 'prisoners_released=1718']);
  });

  it('"eight of them in coffins" are dead', () => {
    expect(keys('In January a truce freed 33 hostages, eight of them in coffins.')).toEqual([
      'hostages_released=33',
      'hostages_dead=8',
    ]);
  });
});

describe('the Palestinian ministry in a paragraph about the West Bank', () => {
  it('a count it gives with no place of its own is the paragraph’s, in an article about Gaza', () => {
    const gaza =
      'Israeli strikes killed 40 people in Gaza City on Wednesday, the ministry in Gaza said.';
    expect(
      article(
        gaza,
        gaza.replace('40', '35').replace('Gaza City', 'Khan Younis'),
        'Settlers rampaged through a village near Qalqilya on Thursday evening. The Palestinian health ministry said one man was shot dead. More than 630 Palestinians have been killed in the occupied West Bank since October 7.',
      ),
    ).toContain('west_bank_killed=1 incident 2024-11-21');
  });
});

describe('the bodies Gaza’s health ministry receives', () => {
  it('are Palestinians’, not captives’', () => {
    expect(
      keys(
        "Israel has so far returned 330 bodies, many of them unidentified, Gaza's health ministry said.",
      ),
    ).toEqual([]);
  });

  it('captives’ bodies it reports are still counted', () => {
    expect(keys("Gaza's health ministry said the bodies of 15 hostages were returned.")).toEqual([
      'hostages_dead=15',
    ]);
  });
});

describe('captives whose remains are still held are the dead', () => {
  it.each([
    [
      'The families of four hostages whose remains are still in Gaza continue to wait.',
      ['hostages_dead=4'],
    ],
    [
      'Hamas handed over the bodies of four deceased hostages on Monday, out of 28 whose remains were still in the enclave, leaving 24.',
      ['hostages_dead=4', 'hostages_dead=28', 'hostages_dead=24'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('those a release leaves in Gaza are held', () => {
    expect(keys('Hamas freed 20 hostages, leaving 28 in Gaza.')).toEqual([
      'hostages_released=20',
      'hostages_held=28',
    ]);
  });
});

describe('the day of a blow, when its sentence gives only the day its source spoke', () => {
  it('"said on Sunday that 274 were killed in the raid" is the raid’s day', () => {
    expect(
      article(
        'Israeli forces rescued four hostages in a raid on Nuseirat on Saturday.',
        "Gaza's health ministry said on Wednesday that 274 people were killed and 698 wounded in the raid.",
      ),
    ).toEqual([
      'hostages_rescued=4 incident 2024-11-23',
      'gaza_killed=274 incident 2024-11-23',
      'gaza_injured=698 incident 2024-11-23',
    ]);
  });

  it('what the victims were doing when hit is of the same day', () => {
    expect(
      read(
        'Israeli fire killed 20 people and wounded 155 who were waiting for aid in Gaza City on Tuesday evening, the ministry said.',
      ),
    ).toEqual([
      'gaza_killed=20 reported incident 2024-11-26',
      'gaza_injured=155 reported incident 2024-11-26',
    ]);
  });

  it('a day in a clause about who they were stays theirs', () => {
    expect(read('Israel released 24 hostages who had been abducted on October 7.')).toEqual([
      'hostages_released=24 reported incident null',
    ]);
  });
});

describe('more raids and ranges', () => {
  it('an operation named well before "that freed" is a rescue', () => {
    expect(
      keys(
        'Two states condemned an Israeli military operation in the Nuseirat refugee camp in central Gaza that freed four hostages on Saturday.',
      ),
    ).toEqual(['hostages_rescued=4']);
    expect(keys('Hamas signed the deal that freed 50 hostages.')).toEqual(['hostages_released=50']);
  });

  it.each([
    'Most of the dead in Gaza were aged between 22 and 40.',
    'The victims, aged from 18 to 35, were killed in the strike on Gaza.',
  ])('a range of ages counts no one: %s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });
});

describe('round 10, from probes 57 and 59', () => {
  it('a handover by a day, with no sum named, is that day’s', () => {
    expect(read('By Monday evening, Hamas had returned the bodies of four hostages.')).toEqual([
      'hostages_dead=4 reported incident 2024-11-25',
    ]);
  });

  it.each(['16:40 Health ministry toll', '11:20 Hostages still in Gaza'])(
    'a live entry’s clock time counts no one: %s',
    (line) => {
      expect(keys(line)).toEqual([]);
    },
  );

  it('"in a single night" is one event', () => {
    expect(
      read(
        'Israel resumes its bombardment, killing more than 400 people in a single night, the Gaza health ministry said.',
      )[0],
    ).toMatch(/^gaza_killed=400 reported incident/);
  });

  it('a phase resumed on a named day is told as a tally from it', () => {
    expect(
      read(
        'At least 5,685 people have been killed in Gaza since hostilities resumed on March 18.',
      )[0],
    ).toMatch(/^gaza_killed=5685 reported total/);
  });

  it('"of those freed by Israel" are prisoners', () => {
    expect(
      keys('Of those freed by Israel, 250 were serving sentences handed down by military courts.'),
    ).toEqual(['prisoners_released=250']);
  });

  it('bodies of people killed in Israel, flown home, are Israel’s dead', () => {
    expect(keys('Bodies of 10 Nepali students killed in Israel to be flown home')).toEqual([
      'israel_killed=10',
    ]);
  });

  it('the whole a count of remains is taken out of is remains too', () => {
    expect(
      keys(
        'Hamas also hands over the remains of four deceased hostages, out of 28 it was obliged to return.',
      ),
    ).toEqual(['hostages_dead=4', 'hostages_dead=28']);
  });

  it('rescues in the plural, told in the perfect, are a tally', () => {
    expect(
      read('Israeli troops have rescued eight hostages alive in military operations.'),
    ).toEqual(['hostages_rescued=8 reported total 2024-11-27']);
    expect(read('Israeli troops rescued two hostages in a raid on Rafah.')[0]).toMatch(
      / incident /,
    );
  });

  it('a second "that" clause has its own time', () => {
    expect(
      read(
        'The ministry said 241 people had been killed in the previous 24 hours, and that 54,918 people had been wounded since October 7.',
      ),
    ).toEqual([
      'gaza_killed=241 reported incident 2024-11-27',
      'gaza_injured=54918 reported total 2024-11-27',
    ]);
  });

  it('a fact box label may say whose count it is, over many words', () => {
    expect(
      keys(
        'Palestinians killed in the occupied West Bank, including East Jerusalem, according to the health ministry: 742',
      ),
    ).toEqual(['west_bank_killed=742']);
  });
});

describe('round 10, from probes 58 and 60', () => {
  it('the last day of a range of days counts no one', () => {
    expect(
      keys('On October 28 and 29, strikes killed 104 people, the health ministry said.'),
    ).toEqual(['gaza_killed=104']);
  });

  it('what people hold that is no captive: "holding dual citizenship"', () => {
    expect(
      keys(
        '105 hostages were freed by Hamas, among them 81 Israelis, most holding dual citizenship, and 24 foreign nationals.',
      ),
    ).toEqual(['hostages_released=105', 'hostages_released=81', 'hostages_released=24']);
  });

  it('coffins said to hold the remains of captives are the dead', () => {
    expect(
      keys(
        'Hamas has handed the Red Cross four coffins said to contain the remains of deceased hostages.',
      ),
    ).toEqual(['hostages_dead=4']);
    expect(keys('Mourners carried 12 coffins through the streets of Tel Aviv.')).toEqual([]);
  });

  it('"Of the 129 believed to remain in Gaza, … the deaths of 34" are the captives’', () => {
    expect(
      keys(
        'Of the 129 believed to remain in Gaza, the Israeli military has confirmed the deaths of 34.',
      ),
    ).toContain('hostages_dead=34');
  });

  it('"have now rescued three hostages" is a tally', () => {
    expect(read('Israeli forces have now rescued three hostages alive.')).toEqual([
      'hostages_rescued=3 reported total 2024-11-27',
    ]);
  });
});

describe('round 10, after review: the rules kept to what they say', () => {
  it('fighters captured are no abduction beside a toll', () => {
    expect(
      keys('Israeli strikes have killed 30,000 people in Gaza, and troops captured 500 fighters.'),
    ).toEqual(['gaza_killed=30000']);
  });

  it('"the deadliest war" names no one event', () => {
    expect(
      read('The deadliest war in Gaza has killed more than 40,000 people, the ministry says.')[0],
    ).toMatch(/ total /);
  });

  it('"Of the 2.1 million remaining in Gaza" are its people, not its captives', () => {
    expect(keys('Of the 2.1 million remaining in Gaza, 1.9 million have been displaced.')).toEqual([
      'gaza_displaced=1900000',
    ]);
  });

  it('a border crossed for treatment is no taking', () => {
    expect(
      keys(
        'Twelve wounded children were taken across the border to Egypt for treatment from Gaza.',
      ),
    ).not.toContain('hostages_taken=12');
  });

  it('"the 2.3 million people in the Gaza Strip who fled" is a group described', () => {
    expect(
      keys(
        'UNRWA says the 1.7 million people in the Gaza Strip who fled their homes need shelter.',
      ),
    ).toEqual(['gaza_displaced=1700000']);
  });

  it('a count after a day and "and" is still a count', () => {
    expect(keys('Five people were killed in Gaza on March 18 and 19 others wounded.')).toContain(
      'gaza_injured=19',
    );
  });

  it('a total "since the ceasefire" is no release', () => {
    expect(
      keys('The new strikes brought the death toll since the ceasefire to 104, the ministry said.'),
    ).toEqual(['gaza_killed=104']);
  });

  it('"said on Oct. 7" on a war anniversary is the page’s day', () => {
    expect(
      read(
        "The death toll from Israel's war on Gaza has reached 41,909, the health ministry said on Oct. 7.",
        '2024-10-07',
      ),
    ).toEqual(['gaza_killed=41909 reported total 2024-10-07']);
    expect(read('About 1,200 people were killed in Israel on Oct. 7.', '2024-10-07')).toEqual([
      'israel_killed=1200 reported incident 2023-10-07',
    ]);
  });
});

describe('a headline’s round number is read on the side its hedge says', () => {
  const page = (headline: string, body: string) =>
    buildArticle(
      'a',
      'a.html',
      `<html><head><title>${headline}</title></head><body><p>March 18, 2025</p><p>${body}</p></body></html>`,
      undefined,
    ).figures.map((f) => `${f.value} ${f.asOf}`);

  it('"Nearly 400" is not "at least 404"', () => {
    expect(
      page(
        'Nearly 400 killed as Israel resumes Gaza strikes',
        'Israeli air strikes killed at least 404 people across the Gaza Strip on Monday, the ministry said.',
      ),
    ).toEqual(['400 null', '404 2025-03-17']);
  });

  it('"Nearly 400" is "396"', () => {
    expect(
      page(
        'Nearly 400 killed as Israel resumes Gaza strikes',
        'Israeli air strikes killed 396 people across the Gaza Strip on Monday, the ministry said.',
      ),
    ).toEqual(['400 2025-03-17', '396 2025-03-17']);
  });
});
