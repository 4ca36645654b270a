import { describe, expect, it } from 'vitest';
import { cleanBody, isCaption, looksLikeOrganisation } from './cleanBody.ts';

describe('cleanBody', () => {
  it('takes the date prefix and keeps the rest of its line as text', () => {
    const cleaned = cleanBody(' date 2024-05-02 The first sentence of the story.\n\nMore.');
    expect(cleaned.signals.datePrefix).toBe('2024-05-02');
    expect(cleaned.title).toBeNull();
    expect(cleaned.paragraphs).toEqual(['The first sentence of the story.', 'More.']);
  });

  it('reads an agency’s name alone under the story as its credit, not the site’s name', () => {
    const cleaned = cleanBody('Talks went on.\n\nThey meet again on Monday.\n\nReuters');
    expect(cleaned.signals.wireCredit).toBe('Reuters');
    expect(cleaned.signals.siteName).toBeNull();
    expect(cleaned.paragraphs).toEqual(['Talks went on.', 'They meet again on Monday.']);
  });

  it('takes a headline-shaped first line as the title', () => {
    const cleaned = cleanBody('Talks Resume in Cairo\n\nNegotiators met on Monday.');
    expect(cleaned.title).toBe('Talks Resume in Cairo');
    expect(cleaned.paragraphs).toEqual(['Negotiators met on Monday.']);
  });

  it.each([
    ['Nov. 21 (UPI) -- Talks went on.', 'UPI', null, 'Nov 21'],
    ['CAIRO, March 3, 2024 (AFP/Reuters) - Talks went on.', 'AFP', '2024-03-03', null],
    ['TEL AVIV (AP) — Talks went on.', 'AP', null, null],
    ['GAZA CITY, Jan 5 – Talks went on.', null, null, 'Jan 5'],
  ])('reads the dateline of %j', (line, agency, date, partial) => {
    const cleaned = cleanBody(`Headline Here\n\n${line}`);
    expect(cleaned.paragraphs).toEqual(['Talks went on.']);
    expect(cleaned.signals.datelineAgency).toBe(agency);
    expect(cleaned.signals.datelineDate).toBe(date);
    expect(cleaned.signals.datelinePartialDate?.text ?? null).toBe(partial);
  });

  it('drops the time stamps of live-blog entries', () => {
    const cleaned = cleanBody(
      'Live Updates From the Border\n\n10:42 am GMT — Crossings reopened.\n\n4.15pm: Aid trucks entered.\n\n7:30 was the hour set for the pause to start.',
    );
    expect(cleaned.paragraphs).toEqual([
      'Crossings reopened.',
      'Aid trucks entered.',
      '7:30 was the hour set for the pause to start.',
    ]);
  });

  it('does not take a place label with a colon for a dateline', () => {
    const cleaned = cleanBody(' date 2024-01-01 Rafah: Residents fled south.');
    expect(cleaned.paragraphs).toEqual(['Rafah: Residents fled south.']);
    expect(cleaned.signals.datelineAgency).toBeNull();
  });

  it('drops captions, ads and bylines, keeping an outlet named in the byline', () => {
    const cleaned = cleanBody(
      [
        'A Headline',
        'By: Example Times',
        'Residents walk past rubble in Khan Younis. Photo by Jane Roe/Agency',
        'Advertisement',
        'The story starts here.',
        'A child is carried (AP Photo/John Doe)',
        'Mourners gather in Rafah, February 12, 2024. REUTERS/Jane Roe',
        'It ends here.',
      ].join('\n\n'),
    );
    expect(cleaned.paragraphs).toEqual(['The story starts here.', 'It ends here.']);
    expect(cleaned.signals.bylineOrg).toBe('Example Times');
  });

  it('keeps a paragraph that ends with a bare photo credit, without the credit', () => {
    const cleaned = cleanBody(
      [
        'A Headline',
        'Hamas freed four hostages on Saturday. (AP photo)',
        'In exchange, Israel released 200 prisoners. (AFP Photo)',
      ].join('\n\n'),
    );
    expect(cleaned.paragraphs).toEqual([
      'Hamas freed four hostages on Saturday.',
      'In exchange, Israel released 200 prisoners.',
    ]);
  });

  it.each([
    ['Published: January 5, 2024', '2024-01-05'],
    ['Fri 5 Jan 2024 10.30 GMT', '2024-01-05'],
    ['Monday, March 4, 2024 at 3:15 PM EST', '2024-03-04'],
    ['Updated 3:45 PM EST, Fri January 5, 2024', null],
  ])('reads the publication date line %j', (line, day) => {
    const cleaned = cleanBody(`A Headline Here\n\n${line}\n\nThe story.`);
    // A labelled line is the page's date line; a bare one at the top is kept apart.
    expect(cleaned.signals.publishedLine ?? cleaned.signals.bareDateLine).toBe(day);
    expect(cleaned.paragraphs).toEqual(['The story.']);
  });

  it("prefers the date beside the byline to a bare date at the top (the site's today)", () => {
    const cleaned = cleanBody(
      'Wednesday, 19 March 2025\n\nStrikes resume across Gaza\n\nExample Online , AFP , Tuesday 18 Mar 2025\n\nThe story.',
    );
    expect(cleaned.signals.publishedLine).toBe('2025-03-18');
    expect(cleaned.signals.bareDateLine).toBe('2025-03-19');
  });

  it('reads the only bare date line under the story, not one above a paragraph of it', () => {
    const closing = cleanBody(
      'Truce holds\n\nHamas freed 24 hostages on Friday.\n\nThe truce held overnight.\n\nAid trucks crossed.\n\n(AFP, Reuters)\n\nNovember 24 2023 21:48:00\n\nRELATED NEWS\n\nTurkish aid ship sets sail',
    );
    expect(closing.signals.closingDate).toBe('2023-11-24');
    expect(closing.paragraphs).not.toContain('November 24 2023 21:48:00');
    const heading = cleanBody(
      'A year of war\n\nThe war began a year ago.\n\nIt has not ended.\n\nThe talks stalled.\n\nOctober 7, 2023\n\nHamas-led gunmen attacked southern Israel.',
    );
    expect(heading.signals.closingDate).toBeNull();
    expect(heading.paragraphs).toContain('October 7, 2023');
  });

  it('drops the headlines listed under a links heading, and goes on with the story after them', () => {
    const cleaned = cleanBody(
      [
        'Truce holds',
        'Hamas freed 24 hostages on Friday.',
        'Related',
        '- Israeli raid frees 4 hostages as officials say 274 killed',
        '- Minister quits war cabinet',
        'The truce held overnight.',
        'MOST POPULAR',
        'Central bank raises rates to 40 percent',
      ].join('\n\n'),
    );
    expect(cleaned.paragraphs).toEqual([
      'Hamas freed 24 hostages on Friday.',
      'The truce held overnight.',
    ]);
  });

  it('drops the headlines under "Other news"', () => {
    const cleaned = cleanBody(
      [
        'Truce holds',
        'Hamas freed 24 hostages on Friday.',
        'Tags: Israel  Gaza',
        'Other news',
        '- Minister holds phone talks with counterpart',
        '- Blast in Gaza kills 18 at school shelter - VIDEO',
      ].join('\n\n'),
    );
    expect(cleaned.paragraphs.join(' ')).not.toContain('kills 18');
  });

  it('keeps a sentence that begins like a links heading', () => {
    const cleaned = cleanBody(
      'Truce holds\n\nHamas freed 24 hostages on Friday.\n\nMore news came on Saturday, when 17 were freed.',
    );
    expect(cleaned.paragraphs).toContain('More news came on Saturday, when 17 were freed.');
  });

  it('keeps the date lines of a timeline as text', () => {
    const cleaned = cleanBody(
      'Key Dates\n\nNovember 24, 2023\n\nA truce begins.\n\nDecember 1, 2023\n\nFighting resumes.',
    );
    expect(cleaned.paragraphs).toEqual([
      'November 24, 2023',
      'A truce begins.',
      'December 1, 2023',
      'Fighting resumes.',
    ]);
    expect(cleaned.signals.publishedLine).toBeNull();
  });

  it('keeps a live entry heading without its stamp, and drops the sign-off', () => {
    const cleaned = cleanBody(
      'Live: Day Five\n\nThank you for following Example News. This page is closed.\n\nTrucks cross at Rafahpublished at 08:05 Greenwich Mean Time 28 November 2023\n\nTwelve trucks crossed.',
    );
    expect(cleaned.paragraphs).toEqual(['Trucks cross at Rafah', 'Twelve trucks crossed.']);
    expect(cleaned.signals.liveStamp).toBe('2023-11-28');
    expect(cleaned.signals.thanksTo).toBe('Example News');
  });

  it('keeps a date in the story as text', () => {
    const cleaned = cleanBody(
      'A Headline Here\n\nOne.\n\nTwo.\n\nThree.\n\nJanuary 5, 2024\n\nFour.',
    );
    expect(cleaned.paragraphs).toContain('January 5, 2024');
    expect(cleaned.signals.publishedLine).toBeNull();
  });

  it('drops an outlet line under the byline and sign-off furniture', () => {
    const cleaned = cleanBody(
      'A Headline\n\nBy JANE ROE and JOHN DOE\n\nExample Press\n\nThe story.\n\n___\n\nFollow Example’s coverage of the war at https://example.org',
    );
    expect(cleaned.paragraphs).toEqual(['The story.']);
    expect(cleaned.signals.siteName).toBe('Example Press');
  });

  it('does not take a person in a byline for the publisher', () => {
    expect(cleanBody('Title\n\nBy Jane Doe\n\nText.').signals.bylineOrg).toBeNull();
    expect(cleanBody('Title\n\nBy Jane Doe, Example Post\n\nText.').signals.bylineOrg).toBe(
      'Example Post',
    );
  });

  it('reads credit lines and removes them', () => {
    const cleaned = cleanBody(
      'Title\n\nText.\n\nThis article originally appeared in The Example Herald.',
    );
    expect(cleaned.signals.creditedTo).toBe('The Example Herald');
    expect(cleaned.paragraphs).toEqual(['Text.']);
    expect(
      cleanBody('Courtesy of XYZ. Photo credit: A. Person/Agency\n\nText.').signals.creditedTo,
    ).toBe('XYZ');
  });

  it('removes a site name repeated at the end and keeps it as a signal', () => {
    const cleaned = cleanBody('Title\n\nText one.\n\nMorning Ledger\n\nMorning Ledger');
    expect(cleaned.paragraphs).toEqual(['Text one.']);
    expect(cleaned.signals.siteName).toBe('Morning Ledger');
  });

  it('takes a site name set before the first paragraph', () => {
    const cleaned = cleanBody(' date 2024-01-01 Valley Times - After days of talks, a deal.');
    expect(cleaned.signals.siteName).toBe('Valley Times');
    expect(cleaned.paragraphs).toEqual(['After days of talks, a deal.']);
  });

  it('puts back the space a full stop lost between sentences', () => {
    expect(
      cleanBody(' date 2024-01-01 Fighting continued.Officials said talks went on.').paragraphs,
    ).toEqual(['Fighting continued. Officials said talks went on.']);
  });

  it('tells organisations from people', () => {
    expect(looksLikeOrganisation('CNN')).toBe(true);
    expect(looksLikeOrganisation('The Example Tribune')).toBe(true);
    expect(looksLikeOrganisation('Jane Doe')).toBe(false);
  });
});

describe('cleanBody keeps text that only looks like furniture', () => {
  it('keeps a sentence that mentions a photo and a lead that names a place', () => {
    const cleaned = cleanBody(
      ' date 2024-03-02 Khan Younis – Israeli tanks moved in overnight.\n\nA photo by a local journalist showed the bodies in the street.\n\nThe ministry said 30 people had died. Below: a map of the strikes.',
    );
    expect(cleaned.signals.siteName).toBeNull();
    expect(cleaned.paragraphs).toEqual([
      'Khan Younis – Israeli tanks moved in overnight.',
      'A photo by a local journalist showed the bodies in the street.',
      'The ministry said 30 people had died. Below: a map of the strikes.',
    ]);
  });
});

describe('links to other stories set in the text', () => {
  it('are dropped, whatever their headline says', () => {
    const { paragraphs } = cleanBody(
      [
        'Israeli strikes killed 12 people in Rafah overnight, medics said.',
        'Also read: Who are the 20 hostages still held in Gaza?',
        'Read more » Gaza death toll passes 30,000',
        'Related: How the truce collapsed',
        'The army said it struck militant sites.',
      ].join('\n\n'),
    );
    expect(paragraphs).toEqual([
      'Israeli strikes killed 12 people in Rafah overnight, medics said.',
      'The army said it struck militant sites.',
    ]);
  });

  it('keeps a sentence that only starts like one', () => {
    const { paragraphs } = cleanBody(
      'Watch the video of the release below.\n\nRelated deaths were reported in Khan Younis.',
    );
    expect(paragraphs).toHaveLength(2);
  });
});

describe('isCaption on random lines', () => {
  it('reads them as its three patterns tried on every line did', () => {
    const all = [
      /(?:\b(?:file )?photo(?:graph)?s? (?:by|courtesy of)\b|\bphoto ?credit\b|\((?:ap|afp|reuters) photo\b|\/getty images\b|\bvia getty images\b|\bimage credit\b)[^.!?]{0,80}$/i,
      /^(?:photo|image|pictured|above|below|top|file photo)\s*:/i,
      /\b[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*\/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\)?\s*$/,
    ];
    const words = ['Photo', 'photos', 'PHOTOGRAPH', 'by', 'courtesy', 'of', 'credit', '(AP', 'AFP'];
    const more = ['Getty', 'Images', 'images', 'via', '/', 'REUTERS', 'Jane', 'Roe', 'Image', ':'];
    const pool = [...words, ...more, 'file', 'Rafah', '.', ')', 'Pictured', 'photo', 'ap', 'x/'];
    let seed = 29;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    let captions = 0;
    for (let k = 0; k < 20000; k++) {
      const parts: string[] = [];
      for (let i = 1 + random(8); i > 0; i--) parts.push(pool[random(pool.length)] ?? '');
      const line = parts.join(random(4) === 0 ? '' : ' ');
      const expected = all.some((re) => re.test(line));
      if (expected) captions++;
      expect(isCaption(line), line).toBe(expected);
    }
    expect(captions).toBeGreaterThan(300);
  });
});

describe('page forms of round 12', () => {
  it('takes a byline that names the page top as the outlet', () => {
    const c = cleanBody(
      [
        'EXAMPLE MALAYSIA',
        'Home > World',
        'Ceasefire holds as three hostages are freed',
        'By Example Malaysia | 20/01/2025 | 11:15 am',
        'The long-awaited ceasefire in Gaza took hold yesterday after a delay of nearly three hours.',
      ].join('\n\n'),
    );
    expect(c.signals.bylineOrg).toBe('Example Malaysia');
  });

  it("names the site, not its company, when the copyright's owner is the site's company", () => {
    const c = cleanBody(
      [
        'Example.net - Valley News, Weather, Sports, Classifieds',
        'Home | Valley | World | Business | Sports',
        'Hostages freed on first day of truce',
        'Hamas freed 24 hostages on Friday, the first day of a four-day truce with Israel.',
        'Copyright © 2023 Example Media. All rights reserved.',
      ].join('\n\n'),
    );
    expect(c.signals.creditedTo).toBe('Example.net');
  });
});

describe('a name of section words over a tagline that says it is a newspaper', () => {
  it('is the site', () => {
    const c = cleanBody(
      [
        'Daily News',
        "Example Land's National Newspaper Since 1918",
        'Home > World',
        'Six months on, no end in sight to the war',
        'Six months after the attack, the war in the Gaza Strip has claimed more than 33,000 lives.',
      ].join('\n\n'),
    );
    expect(c.signals.siteName ?? c.signals.masthead).toBe('Daily News');
  });
});

describe('page forms of round 13', () => {
  it('passes over a language switcher among the lines above the headline', () => {
    const c = cleanBody(
      [
        'EXAMPRESS - National News Agency',
        'Home | Politics | Economy | International | Sports',
        'English | Română',
        'International',
        '16-01-2025 11:20',
        'Ceasefire deal: 33 hostages to be freed in the first phase',
        'The ministry welcomed the agreement reached in Doha on Wednesday.',
      ].join('\n\n'),
    );
    expect(c.title).toBe('Ceasefire deal: 33 hostages to be freed in the first phase');
  });
});

describe('page forms of round 14', () => {
  const page = [
    'EIPS | The Example Institute for Policy Studies',
    'Research | Publications | Events | About | עברית',
    'Data | The War in Numbers',
    'October 6, 2024',
    'One Year of War: The Data',
    'The figures below are drawn from official publications, updated to October 6, 2024.',
    'October 7, 2023',
    'Killed on October 7: about 1,200',
    '© All rights reserved EIPS',
  ];

  it('two short labels over the date are the section, and the headline follows', () => {
    expect(cleanBody(page.join('\n\n')).title).toBe('One Year of War: The Data');
  });

  it('a date set over the headline is the page’s, whatever dates head the sections below', () => {
    const { signals } = cleanBody(page.join('\n\n'));
    expect(signals.publishedLine ?? signals.bareDateLine).toBe('2024-10-06');
  });

  it('date lines of a timeline with no date over the headline still give the page no day', () => {
    const { signals } = cleanBody(
      [
        'A year of war, day by day',
        'October 7, 2023',
        'Gunmen crossed into southern Israel at dawn.',
        'October 27, 2023',
        'Troops and tanks entered northern Gaza.',
      ].join('\n\n'),
    );
    expect(signals.publishedLine ?? signals.bareDateLine).toBeNull();
  });
});
