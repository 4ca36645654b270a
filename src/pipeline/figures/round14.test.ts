// Round 14 of the figure rules (stop 26). Sentences written for these tests in the styles of
// wire copy, fact-checks, analyses and regional outlets; negatives alongside.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../buildArticle.ts';
import { extractSentenceFigures } from './extractFigures.ts';

const PUB = '2025-05-14'; // a Wednesday
const figuresOf = (sentence: string, published = PUB) =>
  extractSentenceFigures(sentence, published);
const keys = (sentence: string, published = PUB) =>
  figuresOf(sentence, published).map((f) => `${f.metric}=${f.value}`);
const article = (lines: string[]) =>
  buildArticle('a', 'a.md', [' date 2025-05-14', ...lines].join('\n\n'), undefined).figures.map(
    (f) => `${f.metric}=${f.value}`,
  );

describe('a count in a clause that hangs on the attack on Israel', () => {
  it.each([
    'Israel began its offensive after the attack, in which roughly 1,200 people died and about 250 were taken hostage.',
    "The minister condemned Hamas's 7 October atrocities, in which some 1,200 people were killed.",
    'The Hamas atrocities killed 1,200 people, most of them civilians.',
    'The war followed the October 7 massacres, during which 1,200 people were killed.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toContain('israel_killed=1200');
    expect(keys(sentence).filter((k) => k.startsWith('gaza_killed'))).toEqual([]);
  });

  it.each([
    [
      'Israel’s assault on Khan Younis, in which 38 people were killed, drew protests.',
      'gaza_killed=38',
    ],
    [
      'Four captives seized in the October 7 attack were freed on Saturday, in a raid that Gaza medics said killed 93 people in Nuseirat.',
      'gaza_killed=93',
    ],
  ])(
    'an attack of Israel’s, or a clause that names Gaza, keeps Gaza’s dead: %s',
    (sentence, key) => {
      expect(keys(sentence)).toContain(key);
    },
  );
});

describe('a count with a participle of its own in a clause opened before it', () => {
  it('the comma after the participle closes the clause', () => {
    expect(
      keys(
        'The conflict, which began with an attack that killed 1,200 and saw 251 taken captive, has displaced 1.9 million Gazans.',
      ),
    ).toEqual(['israel_killed=1200', 'hostages_taken=251', 'gaza_displaced=1900000']);
  });

  it('a "that" after a reporting verb opens what was said, not a clause on a noun', () => {
    expect(
      keys('Mediators said that 110 hostages held in Gaza, most of them women, were freed.'),
    ).toEqual(['hostages_released=110']);
  });
});

describe('people taken on the day of the attack, by its men or in it, were taken captive', () => {
  it.each([
    [
      'Of the 251 people taken on 7 October, 58 are still in Gaza.',
      ['hostages_taken=251', 'hostages_held=58'],
    ],
    ['Only a handful of the 240 people taken by Hamas have come home.', ['hostages_taken=240']],
    [
      'Hamas-led gunmen killed 1,200 people and took 251 people on October 7.',
      ['israel_killed=1200', 'hostages_taken=251'],
    ],
    ['Around 250 people were taken in the attack on the kibbutzim.', ['hostages_taken=250']],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it.each([
    'Police took 30 people into custody on Monday.',
    'The families remember the 1,200 lives taken in the attack.',
  ])('not captives: %s', (sentence) => {
    expect(keys(sentence).filter((k) => k.startsWith('hostages_'))).toEqual([]);
  });
});

describe('a wire credit closing the sentence dates the filing, not the count', () => {
  it('the day of the attack stays the taking’s', () => {
    const [taken] = figuresOf(
      'The war began with the October 7, 2023 raid in which gunmen seized 251 hostages, according to Israeli figures. – Reuters, May 2, 2025.',
    ).filter((f) => f.metric === 'hostages_taken');
    expect(taken?.asOf).toBe('2023-10-07');
  });

  it('a dash before words in small letters is no credit', () => {
    const [killed] = figuresOf(
      'Medics in Gaza said 41 people were killed on Tuesday – the deadliest day since March 18.',
    );
    expect(killed?.asOf).toBe('2025-05-13');
  });
});

describe('those left where captives are, and remains still to come back', () => {
  it.each([
    ['Two hostages were freed on Sunday, leaving 57 in the enclave.', 'hostages_held=57'],
    [
      'Hamas freed three more captives on Saturday, which leaves 59 inside the Strip.',
      'hostages_held=59',
    ],
    [
      'Hamas has handed over the remains of six captives, with 22 more still to be returned.',
      'hostages_dead=22',
    ],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toContain(key);
  });

  it('remains still to be returned are reported, a running total', () => {
    const last = figuresOf(
      'Hamas has handed over the remains of six captives, with 22 more still to be returned.',
    ).at(-1);
    expect([last?.modality, last?.scope]).toEqual(['reported', 'total']);
  });

  it('the living yet to be freed under a deal stay its proposed releases', () => {
    expect(keys('Under the deal, 19 of the 33 hostages are yet to be released.')).not.toContain(
      'hostages_held=19',
    );
  });
});

describe('a second thing said of a part "of them"', () => {
  it('the dead joined by "and that" are the captives too', () => {
    expect(
      article([
        'The group is thought to hold 58 hostages. Officials believe 21 of them are alive, and that at least 35 are dead.',
      ]),
    ).toEqual(['hostages_held=58', 'hostages_dead=35']);
  });
});

describe('a ratio said as "N to M"', () => {
  it.each([
    'The November truce swapped 105 hostages for 240 prisoners, a ratio of roughly 1 to 2.',
    'Critics called the 1-to-30 ratio a reward for terror.',
  ])('%s', (sentence) => {
    expect(keys(sentence).filter((k) => /=(?:1|2|30)$/.test(k))).toEqual([]);
  });
});

describe('what Israel freed others for came back in an exchange', () => {
  it.each([
    ['Israel freed almost 2,000 detainees for the 20 surviving hostages.', 'hostages_released=20'],
    [
      'Is it true Israel released 1,968 Palestinians for 20 living captives?',
      'hostages_released=20',
    ],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toContain(key);
    expect(keys(sentence).filter((k) => k.startsWith('hostages_rescued'))).toEqual([]);
  });

  it('captives Israel frees itself are still rescued', () => {
    expect(keys('Israel frees two hostages in a night raid on Rafah.')).toEqual([
      'hostages_rescued=2',
    ]);
  });
});

describe("hostages' remains, by the possessive", () => {
  it.each([
    ["The agreement also provides for the return of 28 hostages' remains.", 'hostages_dead=28'],
    ['Hamas handed back four hostages’ bodies on Thursday.', 'hostages_dead=4'],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toEqual([key]);
  });

  it("the captives' families are no remains", () => {
    expect(keys("The four hostages' families met the prime minister on Monday.")).toEqual([]);
  });
});

describe('a part set after "of whom" with no noun of its own', () => {
  it.each([
    'The army says 890 soldiers have been killed since October 7, 2023, of whom 447 fell after the ground invasion began.',
    'The army says 890 soldiers have been killed since October 7, 2023, of whom 447 died after the ground operation began.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual(['soldiers_killed=890', 'soldiers_killed=447']);
  });

  it('a part that only says who they were is no figure', () => {
    expect(
      keys('About 1,200 people were killed on October 7, of whom 815 were civilians.'),
    ).toEqual(['israel_killed=1200']);
  });

  it('things that fell after an event are no soldiers', () => {
    expect(keys('Shares fell after the invasion began, and 12 traders lost their jobs.')).toEqual(
      [],
    );
  });
});

describe('where captives are held, and where people only were', () => {
  it('"the vicinity of" a place is no captivity', () => {
    expect(
      article([
        "The UN rights office said it had recorded 640 killings near aid sites and convoys in Gaza since late May. Of those, 480 were in the vicinity of the foundation's hubs.",
      ]).filter((k) => k.startsWith('prisoners_') || k.startsWith('hostages_')),
    ).toEqual([]);
  });

  it('"in the Strip" and "in the hands of" are', () => {
    expect(keys('Israel says 48 hostages remain in the Strip.')).toEqual(['hostages_held=48']);
  });
});

describe('a relative clause of their captivity, then their own verb', () => {
  it.each([
    [
      'Relatives wept as word came that four Nepali farmhands who had been held by Hamas for over a year had been handed over to the Red Cross.',
      'hostages_released=4',
    ],
    [
      'Three captives who were seized at a music festival were freed on Saturday.',
      'hostages_released=3',
    ],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toEqual([key]);
  });

  it('those who died in captivity stay the dead, whatever became of their remains', () => {
    const [dead] = figuresOf(
      'Under the agreement, the remains of all 26 hostages who died in captivity are supposed to be returned by Monday.',
    );
    expect([dead?.metric, dead?.modality]).toEqual(['hostages_dead', 'reported']);
  });
});

describe('"that figure" after the dead and the wounded of one place', () => {
  it('is the one whose size the new number is nearer to', () => {
    expect(
      article([
        'By Thursday the toll since October 2023 stood at 50,021 killed and 113,274 wounded in Gaza.',
        'That figure was 48,405 at the end of the first phase.',
      ]),
    ).toEqual(['gaza_killed=50021', 'gaza_injured=113274', 'gaza_killed=48405']);
  });
});

describe('the displaced and the people of a place', () => {
  it.each([
    [
      'Roughly 1.9 million people in Gaza, out of 2.1 million, have fled their homes.',
      ['gaza_displaced=1900000'],
    ],
    ['The strip, whose 2.1 million people have nearly all been displaced, braced for winter.', []],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('thousands "of them" displaced are people, whoever was counted last', () => {
    expect(
      article([
        'Hamas handed over the remains of two captives on Friday, and Israel said 11 are still in Gaza.',
        "The enclave's 2.1 million people face shortages. Aid agencies say 1.8 million of them remain displaced.",
      ]),
    ).toContain('gaza_displaced=1800000');
  });
});

describe('a participle whose object points back at the count', () => {
  it.each([
    [
      'Commandos rescued two hostages held in Rafah overnight, freeing them from an apartment under heavy fire.',
      ['hostages_rescued=2'],
    ],
    [
      'Hamas released three hostages on Saturday, handing them to the Red Cross.',
      ['hostages_released=3'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('a part with a blow of its own, past who they were', () => {
  it('"including 11 people, most of them children, in a strike on a house"', () => {
    expect(
      keys(
        'At least 44 Palestinians were killed across Gaza on Thursday, including 11 people, most of them children, in a strike on a house in Khan Younis.',
      ),
    ).toEqual(['gaza_killed=44', 'gaza_killed=11']);
  });

  it('who they were, with no blow after, is no part of its own', () => {
    expect(
      keys(
        'At least 44 Palestinians were killed in Gaza on Thursday, including 11 children, most of them girls.',
      ),
    ).toEqual(['gaza_killed=44']);
  });
});

describe('the day of a taking, a place between', () => {
  it('"abducted from Israel on October 7" is not the day of their release', () => {
    const [freed] = figuresOf(
      'Four Thai farmhands abducted from Israel on October 7, 2023 were freed in Khan Younis on Thursday.',
    );
    expect(freed?.asOf).toBe('2025-05-08');
  });
});

describe('a live blog stamped with times alone', () => {
  it('dates the events of its entries by the page’s day', () => {
    const { figures } = buildArticle(
      'a',
      'a.md',
      [
        ' date 2025-10-13',
        '# Hostage release: live updates',
        '7:48 PM IST',
        'Hamas says the bodies of four hostages will be handed over tonight.',
        '1:30 PM IST',
        'Second group: 13 hostages handed to the Red Cross in Khan Younis',
        '10:40 AM IST',
        'Seven hostages were handed over to the Red Cross in northern Gaza, the army said.',
      ].join('\n\n'),
      undefined,
    );
    const released = figures.filter((f) => f.metric === 'hostages_released');
    expect(released.map((f) => [f.value, f.asOf])).toEqual([
      [13, '2025-10-13'],
      [7, '2025-10-13'],
    ]);
  });
});

describe('a timeline entry opened by a day and a dash', () => {
  it.each([
    ['March 3 – Five hostages are freed in Deir al-Balah.', 'hostages_released=5'],
    [
      'February 8 – Three more captives are handed over; Israel releases 183 prisoners.',
      'hostages_released=3',
    ],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toContain(key);
  });

  it('a range between two numbers stays a range', () => {
    expect(keys('Between 10 – 15 people were killed in Gaza on Monday.')).not.toContain(
      'gaza_killed=15',
    );
  });
});

describe('"and N were taken" beside the dead', () => {
  it('is a taking', () => {
    expect(
      keys(
        '"A year ago, 1,200 people were murdered in a single morning and 250 were taken," she said.',
      ),
    ).toEqual(['israel_killed=1200', 'hostages_taken=250']);
  });

  it('those taken to hospital are no captives', () => {
    expect(keys('Five people were killed in Gaza and two were taken to hospital.')).not.toContain(
      'hostages_taken=2',
    );
  });
});

describe("Hamas' attack, with the apostrophe alone", () => {
  it('is the attack on Israel', () => {
    expect(
      article([
        'Gaza health officials said 210 Palestinians were killed in the raid in Nuseirat.',
        "Israel says about 1,200 people were killed in Hamas' first assault.",
      ]),
    ).toEqual(['gaza_killed=210', 'israel_killed=1200']);
  });
});

describe('the people of a place, a hedge or a possessive between', () => {
  it.each([
    [
      'The UN said more than 250,000 people in the Gaza Strip, home to about 2.3 million people, had fled.',
      ['gaza_displaced=250000'],
    ],
    [
      "Some 1.7 million Palestinians, out of the Strip's 2.3 million population, have fled their homes.",
      ['gaza_displaced=1700000'],
    ],
    [
      'Rafah is now home to more than 1.3 million displaced Palestinians.',
      ['gaza_displaced=1300000'],
    ],
  ])('%s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });
});

describe('a release yet to come, of people still held', () => {
  it.each([
    'Israel says it resumed the offensive to pressure Hamas to free the 58 hostages still held in Gaza.',
    'The minister vowed to keep fighting until Hamas releases the 58 hostages still in Gaza.',
  ])('leaves them held: %s', (sentence) => {
    expect(keys(sentence)).toEqual(['hostages_held=58']);
  });

  it.each([
    ['Hamas freed the 20 hostages still alive on Monday.', 'hostages_released=20'],
    [
      'Hamas was to return the remains of all 28 deceased hostages still in Gaza.',
      'hostages_dead=28',
    ],
  ])('a release done, or remains, stay so: %s', (sentence, key) => {
    expect(keys(sentence)).toEqual([key]);
  });
});

describe('"still" right after the noun', () => {
  it('a headline list: the second count is held, not killed', () => {
    expect(
      keys('One Year On: 41,000 Palestinians Killed, 100 Hostages Still In Captivity'),
    ).toEqual(['gaza_killed=41000', 'hostages_held=100']);
  });
});

describe('those killed in captivity', () => {
  it.each([
    'Israel says 120 hostages remain in Gaza, including at least 30 who are thought to have been killed in captivity.',
    'At least 40 people have died in captivity, the army says.',
  ])('%s', (sentence) => {
    expect(keys(sentence).filter((k) => k.startsWith('gaza_killed'))).toEqual([]);
    expect(keys(sentence).some((k) => k.startsWith('hostages_dead'))).toBe(true);
  });
});

describe('a named event of a year gone by, and the clause on it', () => {
  it('"the Nakba of 1948, when …" is no count of this war', () => {
    expect(
      keys(
        'The Nakba of 1948, when some 700,000 Palestinians fled or were driven out, still shapes Gaza.',
      ),
    ).toEqual([]);
  });
});

describe('a fact-box label that ends with the group above', () => {
  it('"Believed dead among them"', () => {
    expect(article(['Hostages still held in Gaza: 97', 'Believed dead among them: 33'])).toEqual([
      'hostages_held=97',
      'hostages_dead=33',
    ]);
  });

  it('a sentence that ends "most of them:" is no label', () => {
    expect(
      article([
        'Hamas still holds 50 hostages. Talks have brought home most of them: 105 in the November 2023 truce and 33 in this year’s ceasefire.',
      ]),
    ).toEqual(['hostages_held=50', 'hostages_released=105', 'hostages_released=33']);
  });
});

describe('a toll whose verb is followed by "above" or "upwards of"', () => {
  it.each([
    [
      'Health officials in Gaza said the death toll since October 7 had climbed above 16,000, about 40 percent of them children.',
      'gaza_killed=16000',
    ],
    ["Gaza's health ministry put the death toll at upwards of 1,800.", 'gaza_killed=1800'],
  ])('%s', (sentence, key) => {
    expect(keys(sentence)).toEqual([key]);
  });
});

describe('a part named by one site of the attack', () => {
  it('"including 320 at a music festival" is a figure of its own', () => {
    expect(
      keys(
        'Gunmen killed about 1,200 people in Israel, including 320 at a music festival near the border.',
      ),
    ).toEqual(['israel_killed=1200', 'israel_killed=320']);
  });
});

describe('captives who came back "as bodies"', () => {
  it('are the dead', () => {
    expect(
      keys('Hamas freed 33 hostages in the first phase, 25 of them alive and eight as bodies.'),
    ).toEqual(['hostages_released=33', 'hostages_dead=8']);
  });
});

describe("a country's own dead in a clause of its own", () => {
  it('"as Israel counts 1,300 dead" after a Gaza toll', () => {
    expect(keys('Gaza death toll passes 1,500 as Israel counts 1,300 dead')).toEqual([
      'gaza_killed=1500',
      'israel_killed=1300',
    ]);
  });
});

describe('the kinds of detainee a release was made of', () => {
  it('"held without charge" after "comprised" is how they had been held', () => {
    expect(
      article([
        'Israel freed 1,968 Palestinians on Monday.',
        'They comprised 250 prisoners serving life terms and 1,718 people detained in Gaza during the war and held without charge.',
        'Some 9,000 Palestinians remain in Israeli jails, including 3,000 held without charge.',
      ]),
    ).toEqual(['prisoners_released=1968', 'prisoners_released=1718', 'prisoners_held=9000']);
  });
});

describe('the heading over a fact box places its lines', () => {
  it('"West Bank" and "Israel" over lines that name no place', () => {
    expect(
      article([
        'One year of war, in numbers',
        '**Israel**',
        'Killed: about 1,200',
        '**Gaza, October 2023 to October 2024, by the count of the health ministry in Gaza**',
        'Killed: 41,900',
        '**West Bank**',
        'Palestinians killed since 7 October 2023: more than 730',
      ]),
    ).toEqual(['israel_killed=1200', 'gaza_killed=41900', 'west_bank_killed=730']);
  });
});

describe('soldiers named as the other side', () => {
  it('"clashes with Israeli troops" gives no soldiers’ toll', () => {
    expect(
      keys(
        'In the West Bank, medics said 12 Palestinians were killed on Monday in clashes with Israeli troops, bringing the number killed there to 60.',
      ),
    ).toEqual(['west_bank_killed=12', 'west_bank_killed=60']);
  });

  it('a soldier killed before the toll still makes it the army’s', () => {
    expect(keys('A reservist was killed in Gaza, the army said, raising the toll to 301.')).toEqual(
      ['soldiers_killed=301'],
    );
  });
});

describe('what people hold that is no captive', () => {
  it.each([
    'About 40 people held photographs of the captives outside the embassy.',
    'Some 300 people held a vigil in the square on Sunday.',
  ])('%s', (sentence) => {
    expect(keys(sentence)).toEqual([]);
  });

  it('captives held are held', () => {
    expect(keys('Hamas has held 130 hostages since October.')).toEqual(['hostages_held=130']);
  });
});

describe("a kinsman's age", () => {
  it('"cousin, 9," is how old he is', () => {
    expect(keys("- A family's agony as cousin, 9, still held in Gaza")).toEqual([]);
  });
});

describe('bodies of people recovered in Israel', () => {
  it('are its dead', () => {
    expect(
      keys(
        "At the festival site near Kibbutz Re'im, rescuers said they had recovered the bodies of 250 people.",
      ),
    ).toEqual(['israel_killed=250']);
  });

  it('bodies of hostages recovered in Gaza stay the hostages’ dead', () => {
    expect(keys('Troops recovered the bodies of three hostages in Gaza.')).toEqual([
      'hostages_dead=3',
    ]);
  });
});

describe('the seat of who counts yields to the place the paragraph is about', () => {
  it('"the Patriarchate of Jerusalem said 18 were killed", of a church in Gaza City', () => {
    expect(
      article([
        'A strike hit a church compound in Gaza City on Thursday night, where displaced families from across Gaza were sheltering.',
        'Churches in Gaza have taken in hundreds of families since the war began.',
        'The Orthodox Patriarchate of Jerusalem said 18 people were killed.',
      ]),
    ).toEqual(['gaza_killed=18']);
  });

  it('"Israel\'s health ministry said" still places the wounded in Israel', () => {
    expect(
      article([
        'Gaza officials said 700 people had been killed in strikes on the enclave.',
        "At least 2,600 others have been wounded, Israel's health ministry said.",
      ]),
    ).toEqual(['gaza_killed=700', 'israel_injured=2600']);
  });
});

describe('round 14, sixth part', () => {
  it('a bare toll after a toll of the same paragraph has its place', () => {
    expect(
      article([
        'The ministry said 40,005 people had been killed in Gaza since the war began. In the past 24 hours, 41 people were killed, it said.',
      ]),
    ).toEqual(['gaza_killed=40005', 'gaza_killed=41']);
  });

  it("the base after a possessor of two words ('the Gaza Strip's')", () => {
    expect(
      keys("The UN says about 1.7 million of the Gaza Strip's 2.3 million people have fled."),
    ).toEqual(['gaza_displaced=1700000']);
  });

  it('those who "returned alive" after the dead were counted are the living', () => {
    expect(
      article([
        'Israel believes 34 of the hostages still in Gaza are dead.',
        'Of those abducted, 117 have returned alive.',
      ]),
    ).toEqual(['hostages_dead=34', 'hostages_released=117']);
  });

  it('the wounded joined by "and" to Israel’s dead are Israel’s wounded', () => {
    expect(
      article([
        'Thailand marks 100 days since the attack on Israel.',
        'The ministry says 39 Thai workers were killed and 18 injured in the attack.',
      ]),
    ).toEqual(['israel_killed=39', 'israel_injured=18']);
  });

  it.each([
    [
      'The army says 405 soldiers have fallen in Gaza since October 27, out of more than 840 killed on all fronts.',
      ['soldiers_killed=405', 'soldiers_killed=840'],
    ],
    [
      'Seven hostages have been rescued out of about 250 taken.',
      ['hostages_rescued=7', 'hostages_taken=250'],
    ],
  ])('the whole a count is taken out of: %s', (sentence, expected) => {
    expect(keys(sentence)).toEqual(expected);
  });

  it('"one negotiated deal" counts no one', () => {
    expect(keys('Only one negotiated deal has ever freed them.')).toEqual([]);
  });

  it('"rescue operations, freeing four captives" is a rescue', () => {
    expect(
      keys(
        'Israel carried out one of its largest hostage rescue operations on Saturday, freeing four captives in central Gaza.',
      ),
    ).toEqual(['hostages_rescued=4']);
  });
});
