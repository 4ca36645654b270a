// Publisher and publication date of whole pages as they come out when copied from news sites:
// wire stories, live blogs, Israeli, Arab and Asian outlets. Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../clean/cleanBody.ts';
import { parseDocument } from '../input/parseDocument.ts';
import { resolveMetadata } from './resolveMetadata.ts';

function metadataOf(text: string, file = 'page.txt') {
  const doc = parseDocument(file, text);
  return resolveMetadata(undefined, doc, cleanBody(doc.body));
}

const page = (...lines: string[]) => lines.join('\n\n');

describe('the publication date a page prints', () => {
  it.each([
    [
      '2024.03.05',
      page('Aid Convoy Reaches the North', '2024.03.05', 'Trucks crossed at dawn.'),
      '2024-03-05',
    ],
    [
      'Tuesday, March 5, 2024',
      page('Aid Convoy Reaches the North', 'Tuesday, March 5, 2024', 'Trucks crossed at dawn.'),
      '2024-03-05',
    ],
    [
      'Posted Mar 6, 2024',
      page('Aid Convoy Reaches the North', 'Posted Mar 6, 2024', 'Trucks crossed.'),
      '2024-03-06',
    ],
    [
      '06.03.2024',
      page('Aid Convoy Reaches the North', '06.03.2024', 'Trucks crossed at dawn.'),
      '2024-03-06',
    ],
    [
      'a byline run into "Published: …"',
      page(
        'Aid convoy reaches the north',
        'By Example Wire Published: Wed 6 Mar 2024, 9:10 PM',
        'Trucks crossed.',
      ),
      '2024-03-06',
    ],
    [
      'a date line above the headline',
      page(
        'Wed 6 Mar 2024 11:20 am - Mecca Time',
        'Aid convoy reaches the north',
        'Trucks crossed.',
      ),
      '2024-03-06',
    ],
    [
      'a broken credit, a time and a date',
      page('Aid convoy reaches the north', 'Wire) 14:05, March 07, 2024', 'Trucks crossed.'),
      '2024-03-07',
    ],
    [
      'a byline, an outlet and a date on one line',
      page(
        'Aid convoy',
        'By Jane Doe | Example Wire | March 6, 2024 4:12 PM GMT',
        'Trucks crossed.',
      ),
      '2024-03-06',
    ],
    [
      'a desk, a site address and "Posted …" on one line',
      page(
        'Aid convoy',
        'World Desk / EXAMPLE.COM / Posted Mar 6, 2024, 10:15 IST',
        'Trucks crossed.',
      ),
      '2024-03-06',
    ],
    [
      '"Published: 06.03.2024 14:20"',
      page('Aid convoy', 'Published: 06.03.2024 14:20', 'Trucks crossed.'),
      '2024-03-06',
    ],
    ['2024.03.05 10:02', page('Aid convoy', '2024.03.05 10:02', 'Trucks crossed.'), '2024-03-05'],
    // Only an update: the page came out that day or before; it is the date the page gives.
    [
      'only "Updated …"',
      page('Aid convoy reaches the north', 'Updated 10:02 GMT on 2024-03-06', 'Trucks crossed.'),
      '2024-03-06',
    ],
    [
      '"Published" before "Updated"',
      page('Aid convoy', 'Published 5 March 2024', 'Updated 7 March 2024', 'Trucks crossed.'),
      '2024-03-05',
    ],
  ])('%s', (_, text, day) => {
    const info = metadataOf(text);
    expect(info.published).toBe(day);
    expect(info.publishedFrom).toBe('text');
  });

  it('takes the headline under a date line for the title', () => {
    const info = metadataOf(
      page(
        'Wed 6 Mar 2024 11:20 am - Mecca Time',
        'Aid convoy reaches the north',
        'Trucks crossed.',
      ),
    );
    expect(info.title).toBe('Aid convoy reaches the north');
    expect(info.published).toBe('2024-03-06');
  });

  it('takes the year of a year-month date line for a dateline without one', () => {
    const info = metadataOf(' date 2024-12 Jerusalem, December 3: The cabinet met late at night.');
    expect(info.published).toBe('2024-12-03');
    expect(metadataOf(' date 2024 JERUSALEM, Dec. 3 (AP) — The cabinet met.').published).toBe(
      '2024-12-03',
    );
  });

  it('does not mix a year-month date line with a dateline of another month', () => {
    const info = metadataOf(' date 2024-12 Jerusalem, November 30: The cabinet met.');
    expect(info.published).toBeNull();
    expect(info.warnings).toContain(
      'no publication date: the dateline says "November 30" without a year',
    );
  });

  it('keeps a year-month date line out of the text and dates nothing with it alone', () => {
    const doc = parseDocument('p.txt', ' date 2024-08 Talks resumed in Doha on Thursday.');
    const cleaned = cleanBody(doc.body);
    expect(cleaned.paragraphs).toEqual(['Talks resumed in Doha on Thursday.']);
    const info = resolveMetadata(undefined, doc, cleaned);
    expect(info.published).toBeNull();
    expect(info.warnings).toContain(
      'no publication date: the date line at the top gives only a year and month',
    );
  });

  it('dates a live blog by its latest entry', () => {
    const info = metadataOf(
      page(
        'Summary',
        '• Crossings reopened for aid',
        '1. Crossings reopen for aidpublished at 09:12 Greenwich Mean Time 5 December 2023',
        'Trucks moved in at dawn.',
        '2. Talks resume in Doha published at 21:40 Greenwich Mean Time 4 December 2023',
        'Mediators met late.',
      ),
    );
    expect(info.published).toBe('2023-12-05');
  });

  it('reads the date beside a credit above a timeline', () => {
    const info = metadataOf(
      page(
        'Key dates of the war',
        'By Jane Doe | Example Wire | March 6, 2024 4:12 PM GMT',
        'October 7, 2023',
        'Gunmen cross into southern Israel.',
        'November 24, 2023',
        'A truce begins.',
      ),
    );
    expect(info.published).toBe('2024-03-06');
    expect(info.publisher).toBe('Example Wire');
    expect(info.title).toBe('Key dates of the war');
  });

  it('takes the headline under a credit and date line for the title', () => {
    const info = metadataOf(
      page(
        'Example Wire | 6 March 2024',
        'Aid convoy reaches the north',
        'Trucks crossed.',
        'More came.',
      ),
    );
    expect([info.title, info.publisher, info.published]).toEqual([
      'Aid convoy reaches the north',
      'Example Wire',
      '2024-03-06',
    ]);
  });

  it("reads the page's date line above a timeline", () => {
    const info = metadataOf(
      page(
        'Key dates of the war',
        'Tuesday, March 5, 2024',
        'The war has gone through several phases.',
        'October 7, 2023',
        'Gunmen cross into southern Israel.',
        'November 24, 2023',
        'A truce begins.',
      ),
    );
    expect(info.published).toBe('2024-03-05');
    expect(info.title).toBe('Key dates of the war');
  });

  it('does not take the first date of a timeline for the publication date', () => {
    const info = metadataOf(
      page(
        'Key dates of the war',
        'October 7, 2023',
        'Gunmen cross into southern Israel.',
        'November 24, 2023',
        'A truce begins and the first captives are freed.',
        'January 19, 2025',
        'A ceasefire takes effect.',
      ),
    );
    expect(info.published).toBeNull();
    expect(info.warnings).toContain('no publication date in the text');
  });

  it('does not guess a date the text does not give', () => {
    expect(metadataOf(page('Aid convoy', 'Trucks crossed on Tuesday.')).published).toBeNull();
    expect(metadataOf(page('Aid convoy', '05/06/2024', 'Trucks crossed.')).published).toBeNull();
    expect(metadataOf('Nov. 19 (UPI) -- Trucks crossed.').published).toBeNull();
  });
});

describe('the publisher a page names', () => {
  it.each([
    ['(EFE).-', ' date 2023-12-04 Madrid, Dec 4 (EFE).- The ministry gave a new toll.', 'EFE'],
    ['(APP):', 'ISLAMABAD, Oct 9 (APP): The ministry gave a new toll.', 'APP'],
    ['/TASS/.', ' date 2025-06-20 BEIRUT, June 20. /TASS/. The ministry gave a new toll.', 'TASS'],
    ['(Reuters) -', page('Toll Rises', '(Reuters) -The ministry gave a new toll.'), 'Reuters'],
    [
      '— TASS. after the dateline',
      page('Toll Rises', 'UNITED NATIONS, March 6 — TASS. The envoy gave a new toll.', 'He left.'),
      'TASS',
    ],
    [
      'a dateline line closed by — TASS',
      page(
        'Toll Rises',
        'UNITED NATIONS, March 6, 2024 — TASS',
        'The envoy gave a toll.',
        'He left.',
      ),
      'TASS',
    ],
    ['By AFP', page('Toll Rises', 'By AFP', 'The ministry gave a new toll.'), 'AFP'],
    [
      'an agency and an update on one line',
      page(
        'Toll Rises',
        '*Agence France-Presse* | Updated 10:02 GMT on 2024-03-08',
        'The toll rose.',
      ),
      'Agence France-Presse',
    ],
    [
      "a known site's address beside the date",
      page(
        'Toll Rises',
        'TOI World Desk / TIMESOFINDIA.COM / Posted Mar 6, 2024',
        'The toll rose.',
      ),
      'The Times of India',
    ],
    [
      'By: The Example Times',
      page('Toll Rises', 'By: The Example Times', 'The ministry gave a new toll.'),
      'The Example Times',
    ],
    [
      'a wire dateline repeated at the end',
      page(
        'Toll Rises in the North',
        'The ministry gave a new toll.',
        'Talks went on in Cairo.',
        'CAIRO (Sputnik) - The ministry gave a new toll.',
      ),
      'Sputnik',
    ],
    [
      '- Reuters at the end',
      page('Toll Rises', 'The ministry gave a new toll.', 'Talks went on in Cairo.- Reuters'),
      'Reuters',
    ],
    [
      '— AP on its own line',
      page('Toll Rises', 'The ministry gave a new toll.', 'Talks went on.', '— AP'),
      'AP',
    ],
    [
      'Thank you for following …',
      page(
        'Live: talks in Cairo',
        'Thank you for following Example News. This blog is no longer being updated.',
        'Summary:',
        '- Talks went on in Cairo.',
      ),
      'Example News',
    ],
  ])('%s', (_, text, publisher) => {
    const info = metadataOf(text);
    expect(info.publisher).toBe(publisher);
    expect(info.publisherFrom).toBe('text');
  });

  it.each([
    page('Toll Rises', 'A Hamas official told CBS News that 20 were freed.'),
    page('Toll Rises', 'The ministry gave a new toll.', 'Ten were killed, Reuters reported.'),
    page('Toll Rises', 'The army confirmed it, Channel 12 reported on Monday.'),
    page('Toll Rises', 'The figure was revised, according to the Times of Israel.'),
    page('Toll Rises', 'The ministry gave a new toll.', 'Talks went on.', 'Agency Report'),
    page('Toll Rises', 'By Agencies', 'The ministry gave a new toll.'),
    page('Live: talks in Cairo', 'Thanks for following our live coverage.', 'Talks went on.'),
    page('Toll Rises', 'The ministry gave a new toll.', 'Talks went on.', 'With AFP'),
    page('Toll Rises', 'The toll rose.', 'Talks went on.', 'Additional reporting by Reuters'),
    page('Toll Rises', 'The toll rose.', 'Talks went on. (With Reuters)'),
    page('Toll Rises', 'The toll rose.', 'Reuters contributed to this report.'),
  ])('an outlet only cited or a generic credit names no publisher: %s', (text) => {
    const info = metadataOf(text);
    expect(info.publisher).toBeNull();
    expect(info.warnings).toContain('no publisher found');
  });

  it('removes the credit lines from the text', () => {
    const doc = parseDocument(
      'p.txt',
      page(
        'Toll Rises',
        'The ministry gave a new toll.',
        'Talks went on.- Reuters',
        'Agency Report',
      ),
    );
    expect(cleanBody(doc.body).paragraphs).toEqual([
      'The ministry gave a new toll.',
      'Talks went on.',
    ]);
  });

  it('takes a wire credit at the end for the publisher only when the page names no outlet of its own', () => {
    const own = [
      page(
        'The Example Times',
        'Toll Rises',
        'The ministry gave a new toll.',
        'Talks went on. — Reuters',
      ),
      page(
        'Toll Rises',
        'By Jane Doe, Example Post',
        'The ministry gave a toll.',
        'Talks went on.- Reuters',
      ),
      page(
        'The National',
        'Toll Rises',
        'GAZA CITY (AFP) - The ministry gave a toll.',
        'Talks went on.',
      ),
    ];
    own.push(
      page(
        'Toll Rises',
        'By Jane Doe, Example Post',
        'The toll rose.',
        'Talks went on.',
        'With AFP',
      ),
      page(
        'Toll Rises',
        'By Jane Doe, Example Post',
        'The toll rose.',
        'Additional reporting by Reuters',
      ),
    );
    expect(own.map((text) => metadataOf(text).publisher)).toEqual([
      'The Example Times',
      'Example Post',
      'The National',
      'Example Post',
      'Example Post',
    ]);
  });
});

describe("a page's header above the headline", () => {
  it.each([
    [
      'an agency and its tagline',
      page(
        'TASS',
        'Russian News Agency',
        'Envoy Urges Truce',
        'MOSCOW, March 6. /TASS/. The envoy spoke.',
        'He left.',
      ),
      'TASS',
      null,
    ],
    [
      'an agency and its tagline over a story without a dateline',
      page('TASS', 'Russian News Agency', 'Envoy Urges Truce', 'The envoy spoke.', 'He left.'),
      'TASS',
      null,
    ],
    [
      'an outlet name without a newsroom word',
      page('The National', 'Envoy Urges Truce', 'The envoy spoke.', 'He left.'),
      'The National',
      null,
    ],
    [
      'an outlet, then the date',
      page('Anadolu Agency', '06.03.2024', 'Envoy urges truce', 'The envoy spoke.', 'He left.'),
      'Anadolu Agency',
      '2024-03-06',
    ],
    [
      'the date, then an outlet with a newsroom word',
      page(
        'Wednesday, March 6, 2024',
        'Example Daily News',
        'Envoy urges truce',
        'The envoy spoke.',
        'He left.',
      ),
      'Example Daily News',
      '2024-03-06',
    ],
    [
      'a section, an outlet, its tagline and the date',
      page(
        'Middle East',
        'TASS',
        'Russian News Agency',
        '6 MAR 2024, 10:02',
        'Envoy urges truce',
        'The envoy spoke.',
        'He left.',
      ),
      'TASS',
      '2024-03-06',
    ],
  ])('%s', (_, text, publisher, published) => {
    const info = metadataOf(text);
    expect(info.publisher).toBe(publisher);
    expect(info.published).toBe(published);
    expect(info.title?.toLowerCase()).toBe('envoy urges truce');
  });

  it('keeps the text under the header', () => {
    const doc = parseDocument(
      'p.txt',
      page('TASS', 'Russian News Agency', 'Envoy urges truce', 'The envoy spoke.', 'He left.'),
    );
    expect(cleanBody(doc.body).paragraphs).toEqual(['The envoy spoke.', 'He left.']);
  });

  it('takes no section heading or initials of a body for an outlet', () => {
    expect(
      metadataOf(page('World News', 'Envoy urges truce', 'The envoy spoke.', 'He left.')).publisher,
    ).toBeNull();
    expect(
      metadataOf(page('OCHA', 'Situation update', 'The envoy spoke.', 'He left.')).publisher,
    ).toBeNull();
  });
});

describe('metadata given by the format', () => {
  it('reads front matter whose values hold a colon', () => {
    const info = metadataOf(
      '---\ntitle: "Counting: a day in Gaza"\npublisher: Re: Example\npublished: 2024-10-07\n---\n\nText.\n',
      'p.md',
    );
    expect(info.publisher).toBe('Re: Example');
    expect(info.published).toBe('2024-10-07');
    expect(info.publisherFrom).toBe('front-matter');
    expect(info.title).toBe('Counting: a day in Gaza');
  });
});

describe('the outlet a page names as its own outside the story', () => {
  it("takes the page's title over the agency its byline credits", () => {
    const html = `<html><head><title>Truce holds for a second day - Example Times</title></head><body>
<header><ul class="menu"><li>World</li><li>Sport</li></ul></header>
<h1>Truce holds for a second day</h1>
<div class="author-line">AFP <span class="date">Published: Sat 25 Nov 2023, 9:40 PM</span></div>
<p>Hamas freed 17 hostages on Saturday, the second day of the truce.</p></body></html>`;
    const meta = metadataOf(html, 'page.html');
    expect(meta.publisher).toBe('Example Times');
    expect(meta.published).toBe('2023-11-25');
  });

  it("takes a logo's name when the title names no outlet", () => {
    const html = `<html><head><title>Truce holds</title></head><body>
<header><a class="logo" href="/">Example Daily News</a></header>
<h1>Truce holds</h1><p>GAZA, Nov 25 (Reuters) - Hamas freed 17 hostages.</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBe('Example Daily News');
  });

  it("takes a known outlet's web address from the front matter", () => {
    const md = `---\ntitle: "Hundred days"\nurl: https://www.theguardian.com/world/2024/jan/14/story\n---\n\n# Hundred days\n\n**Jane Doe** in Jerusalem\n\nSun 14 Jan 2024 06.00 GMT\n\nThe war has lasted 100 days.`;
    const meta = metadataOf(md, 'page.md');
    expect(meta.publisher).toBe('The Guardian');
    expect(meta.published).toBe('2024-01-14');
  });

  it('takes no section, sentence or unknown address for an outlet', () => {
    const html = `<html><head><title>Truce holds | World News</title><link rel="canonical" href="https://www.example.org/a"></head><body>
<h1>Truce holds</h1><p>Hamas freed 17 hostages, Example Wire reported.</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBeNull();
  });

  it('reads the date line under the headline when a menu stands above it', () => {
    const html = `<html><head><meta property="og:site_name" content="Example Agency"></head><body>
<div class="header"><a href="/">Example Agency - News &amp; Info</a><ul><li>Home</li><li>Gaza</li><li>Prisoners</li><li>Opinion</li></ul></div>
<div class="news-details"><h1>Toll rises to 12 in Jenin raid</h1>
<div class="date">Thursday, January 23, 2025, 2:35 PM</div>
<p>JENIN, January 23, 2025 (Example) – The death toll of the raid has risen to 12, the ministry said.</p></div></body></html>`;
    expect(metadataOf(html, 'page.html').published).toBe('2025-01-23');
  });
});

describe('how copied pages name their outlet and date, round 4', () => {
  it.each([
    [
      'a name over its menu',
      page(
        'Example NewsHour',
        'Full Episode | Podcasts | Newsletters | Live',
        'Aid convoy reaches Gaza City',
        'Feb 29, 2024 6:40 PM EST',
        'Trucks crossed at dawn.',
      ),
      'Example NewsHour',
    ],
    [
      'a body over its press release',
      page(
        'EXAMPLE RIGHTS WATCH',
        'PRESS RELEASE',
        '5 December 2024',
        'A new report documents the destruction of Gaza.',
      ),
      'EXAMPLE RIGHTS WATCH',
    ],
    [
      'initials and name side by side',
      page(
        'JNS | Jewish News Syndicate',
        '# Two soldiers killed in Gaza',
        'Two soldiers were killed on Monday.',
      ),
      'JNS',
    ],
    [
      'a label and a desk byline on one line',
      page(
        'Gaza, a year on',
        '*Explained* | By XT News Desk',
        'Oct 07, 2024 10:32 AM IST',
        'The war has lasted a year.',
      ),
      'XT',
    ],
    [
      "the outlet's name before the company's copyright",
      page(
        'Example Gulf News',
        'Gaza toll passes 40,000',
        'Thursday, August 15, 2024',
        'The toll rose.',
        'Copyright 2024 Example Publishing LLC. All rights reserved.',
      ),
      'Example Gulf News',
    ],
    [
      'a "Follow … on" line after another sentence',
      page(
        'Gaza toll passes 40,000',
        'Thursday, August 15, 2024',
        'The toll rose.',
        'Get the latest updates. Follow Example Daily News on WhatsApp and Google News.',
      ),
      'Example Daily News',
    ],
    [
      'a copyright line with (c) and a year after the name',
      page(
        'Gaza toll passes 40,000',
        'Thursday, August 15, 2024',
        'The toll rose.',
        'Copyright (c) 2025 Example News Syndicate. All rights reserved.',
      ),
      'Example News Syndicate',
    ],
  ])('%s', (_, text, publisher) => {
    expect(metadataOf(text).publisher).toBe(publisher);
  });

  it('takes a company copyright, without its legal form, only when the page names nothing else', () => {
    const text = page(
      'Gaza toll passes 40,000',
      'Thursday, August 15, 2024',
      'The toll rose.',
      'Copyright 2024 Example Productions Ltd. All rights reserved.',
    );
    expect(metadataOf(text).publisher).toBe('Example Productions');
  });

  it.each([
    [
      "writers' names run into the date",
      page(
        'Truce takes hold',
        'Jane Roe and John Doe Friday 24 November 2023 21:40 GMT',
        'Hamas freed 13 hostages on Friday.',
      ),
      '2023-11-24',
    ],
    [
      'an unclear slash date settled by the dateline',
      page(
        'EXAMPLE AGENCY',
        'Toll rises',
        '10/05/2025 09:45 PM',
        'GAZA, May 10 (Example) -- The death toll has risen, the ministry said.',
      ),
      '2025-05-10',
    ],
    [
      'front matter with a printed date',
      '---\npubDate: "Mar 18, 2025"\nsite: Example\n---\n\n# Strikes resume\n\nStrikes resumed across Gaza.',
      '2025-03-18',
    ],
  ])('%s', (_, text, day) => {
    expect(metadataOf(text, text.startsWith('---') ? 'page.md' : 'page.txt').published).toBe(day);
  });

  it('leaves an unclear slash date unread when no dateline settles it', () => {
    const text = page(
      'EXAMPLE AGENCY',
      'Toll rises',
      '10/05/2025 09:45 PM',
      'The death toll has risen, the ministry said.',
    );
    expect(metadataOf(text).published).toBeNull();
  });

  it("reads a logo's picture by its name without the word 'logo'", () => {
    const html = `<html><head><title>Six bodies recovered</title></head><body><div class="site-header__logo"><a href="/"><img alt="The Example Telegraph logo" src="/l.svg"></a></div><h1>Six bodies recovered</h1><p>Text.</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBe('The Example Telegraph');
  });
});

describe('mastheads with a full stop, breadcrumbs, owners and front matter keys', () => {
  it.each([
    [
      'a masthead under a skip link, over a menu and a section path',
      page(
        'Skip to Main Content',
        'THE NEW YORK TIMES.',
        'World | Middle East',
        'Siege tightens',
        'Updated Oct. 12, 2023 at 6:41 pm ET',
        'Troops massed on the border.',
      ),
      'The New York Times',
      'Siege tightens',
    ],
    [
      "a breadcrumb whose first step is the site's name",
      page(
        'Example Times › World › Middle East',
        'Four hostages rescued',
        'PUBLISHED Jun 09, 2024, 10:15 AM',
        'Special forces freed four hostages.',
      ),
      'Example Times',
      'Four hostages rescued',
    ],
  ])('%s', (_, text, publisher, title) => {
    const meta = metadataOf(text);
    expect(meta.publisher).toBe(publisher);
    expect(meta.title).toBe(title);
  });

  it('takes the outlet over a company with a "DAC" or "AG" after its name', () => {
    const text = page(
      'The Example Times',
      'News | Sport | Business | Opinion',
      'Strike kills aid workers',
      'Wed Apr 03 2024 - 05:50',
      'Seven aid workers were killed.',
      '© 2024 The Example Times DAC',
    );
    expect(metadataOf(text).publisher).toBe('The Example Times');
  });

  it('reads "date_published" in front matter', () => {
    const md =
      '---\ntitle: "Toll passes 45,000"\nsite: Example World\ndate_published: 2024-12-16T11:05:00+03:00\n---\n\nThe toll rose.';
    expect(metadataOf(md, 'page.md').published).toBe('2024-12-16');
  });
});

describe('round 4b of page metadata: other calendars, taglines, release centres, lost separators', () => {
  it.each([
    [
      'a Persian date beside the Gregorian one',
      page(
        'EXAMPLE TIMES',
        'Politics | Economy | Culture | Sports',
        'Tuesday 25 Mehr 1402 - October 17, 2023 - 23:48',
        'Blast hits Gaza hospital',
        'An explosion killed hundreds.',
      ),
      { published: '2023-10-17' },
    ],
    [
      'a name over its tagline',
      page(
        'EXAMPLE AL-AKHBAR',
        'The Leading Arab International Daily',
        'Arab World',
        'Council adopts aid resolution',
        'Friday, 22 December, 2023 - 22:40',
        'The council voted.',
        '© 2023 Example Research & Publishing Company',
      ),
      {
        publisher: 'EXAMPLE AL-AKHBAR',
        published: '2023-12-22',
        title: 'Council adopts aid resolution',
      },
    ],
    [
      "a charity's name over its press releases",
      page(
        'Help the Children International',
        'Media Centre > Press Releases',
        '20.11.2025',
        'GAZA: CHILDREN KILLED SINCE CEASEFIRE',
        'The charity warned on Thursday.',
      ),
      { publisher: 'Help the Children International', published: '2025-11-20' },
    ],
    [
      'a menu whose separators were lost, a role in the byline, an owner that is a subsidiary',
      page(
        'Beacon',
        'News Politics Football Celebs TV Money Travel',
        'News > World News',
        "'They're home!' Last living hostages freed",
        'By Jane Roe, Senior News Reporter and John Doe',
        '13:42, 13 Oct 2025 Updated 18:05, 13 Oct 2025',
        'Hamas released the men in two groups.',
        '© a Example Media plc subsidiary',
      ),
      {
        publisher: 'Beacon',
        published: '2025-10-13',
        title: "'They're home!' Last living hostages freed",
      },
    ],
    [
      'an update in brackets after the date, a section path with a slash',
      page(
        'News · Business · Opinion · Culture · Sports',
        'WORLD / POLITICS',
        'Strikes shatter the truce',
        'Mar 18, 2025 (Updated: Mar 19, 2025)',
        'Strikes resumed on Tuesday.',
      ),
      { published: '2025-03-18', title: 'Strikes shatter the truce' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it('reads front matter keys in other languages and house styles, and a logo image', () => {
    const spanish =
      '---\nmedio: EXAMPLE PAÍS English Edition\nfecha_publicacion: 28/05/2024\n---\n\n# Spain recognizes Palestine\n\nText.';
    expect(metadataOf(spanish, 'page.md')).toMatchObject({
      publisher: 'EXAMPLE PAÍS English Edition',
      published: '2024-05-28',
    });
    const paper =
      '---\nheadline: "A year of war"\npaper: The Example Times\nprint_edition: "Monday October 07 2024, p. 8"\n---\n\n# A year of war\n\nText.';
    expect(metadataOf(paper, 'page.md').publisher).toBe('The Example Times');
    const logo =
      '![The Example Times](https://example.com/assets/logo.svg)\n\n# Strikes resume\n\nMar 18, 2025\n\nText.';
    expect(metadataOf(logo, 'page.md').publisher).toBe('The Example Times');
  });
});

describe('round 5 of page metadata: wire copy on an outlet, desk initials, lost spaces', () => {
  it.each([
    [
      "a wire agency in the byline fields, under the page's own name",
      page(
        'Harbour TV',
        'Strikes kill dozens overnight',
        'World News | Agence France-Presse | Updated: November 12, 2023 9:03 pm IST',
        'Strikes hit the south.',
      ),
      { publisher: 'Harbour TV', published: '2023-11-12' },
    ],
    [
      "a wire agency's byline under a name with a newsroom word",
      page(
        'The Valley Gazette',
        'Strikes kill dozens overnight',
        'By Reuters',
        'Nov 12, 2023',
        'Strikes hit the south.',
      ),
      { publisher: 'The Valley Gazette' },
    ],
    [
      'only the agency names the page',
      page('Strikes kill dozens overnight', 'By Reuters', 'Nov 12, 2023', 'Strikes hit the south.'),
      { publisher: 'Reuters' },
    ],
    [
      "a desk's initials under the outlet's full name",
      page(
        'Harbour Times',
        'Strikes kill dozens overnight',
        'By HT News Desk',
        'Updated on Nov 12, 2023 09:03 PM IST',
        'Strikes hit the south.',
      ),
      { publisher: 'Harbour Times', published: '2023-11-12' },
    ],
    [
      'a staff byline with other initials keeps its own name',
      page(
        'Harbour Times',
        'Strikes kill dozens overnight',
        'By XYZ News Desk',
        'Nov 12, 2023',
        'Strikes hit the south.',
      ),
      { publisher: 'XYZ' },
    ],
    [
      'a masthead in capitals with its newsroom word in capitals',
      page(
        'THE EXAMPLE STAR AND MAIL',
        'Strikes kill dozens overnight',
        'JANE DOE',
        'PUBLISHED NOVEMBER 12, 2023',
        'Strikes hit the south.',
      ),
      { publisher: 'THE EXAMPLE STAR AND MAIL', published: '2023-11-12' },
    ],
    [
      'a year run into the time after it',
      page(
        'Strikes kill dozens overnight',
        'November 12, 20239:03 PM ET',
        'Strikes hit the south.',
      ),
      { published: '2023-11-12' },
    ],
    [
      'the same day in figures and in words, run together',
      page(
        'Strikes kill dozens overnight',
        '11/12/2023November 12, 2023',
        'Strikes hit the south.',
      ),
      { published: '2023-11-12' },
    ],
    [
      'a date line and a "Last update on" line under it',
      page(
        'Strikes kill dozens overnight',
        'AFP, Gaza',
        'Sun Nov 12, 2023 09:03 PM',
        'Last update on: Mon Nov 13, 2023 05:00 AM',
        'Strikes hit the south.',
      ),
      { published: '2023-11-12' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });
});

describe("a page's own name and date outside its text", () => {
  const html = (head: string, body: string) =>
    `<html><head>${head}</head><body>${body}<article><h1>Strikes resume</h1><p>Strikes resumed on Sunday, officials said.</p></article></body></html>`;
  it.each([
    [
      'a title end and a logo that agree, with no newsroom word',
      html(
        '<title>Strikes resume | The Peninsula</title>',
        '<header><a class="logo" href="/"><img src="/l.png" alt="The Peninsula Qatar"></a></header>',
      ),
      'The Peninsula',
    ],
    [
      "a title end and the footer's copyright owner",
      html(
        '<title>Strikes resume - Kathimerini</title>',
        '<footer><p>Copyright © 2023 Kathimerini</p></footer>',
      ),
      'Kathimerini',
    ],
    [
      'a title end alone, with no newsroom word',
      html('<title>Strikes resume - Gaza</title>', ''),
      null,
    ],
    [
      'a title end and a logo that differ',
      html(
        '<title>Strikes resume | Middle East</title>',
        '<header><a class="logo" href="/"><img src="/l.png" alt="Harbour Voice"></a></header>',
      ),
      null,
    ],
  ])('%s', (_, page, publisher) => {
    expect(metadataOf(page, 'page.html').publisher).toBe(publisher);
  });

  it('reads the day a site files a story under in its address, when the text gives none', () => {
    const md = (url: string) =>
      `---\ntitle: Strikes resume\nurl: ${url}\n---\n\nStrikes resumed on Sunday, officials said.\n`;
    expect(
      metadataOf(md('https://www.example.my/news/world/2023/11/12/strikes'), 'page.md'),
    ).toMatchObject({
      published: '2023-11-12',
    });
    expect(
      metadataOf(md('https://www.example.my/news/world/2023/11/strikes'), 'page.md').published,
    ).toBeNull();
    const dated = `---\nurl: https://www.example.my/2023/11/12/strikes\n---\n\nNov 14, 2023\n\nStrikes resumed on Sunday, officials said.\n`;
    expect(metadataOf(dated, 'page.md').published).toBe('2023-11-14');
  });
});

describe('round 5b of page metadata: formats that name the site by its address, update ages', () => {
  it("reads a known outlet's address in og:site_name as its name", () => {
    const page =
      '<html><head><meta property="og:site_name" content="dw.com"></head><body><p>Strikes resumed on Sunday.</p></body></html>';
    expect(metadataOf(page, 'page.html').publisher).toBe('DW');
  });

  it('takes no web address in a front matter field as a publisher', () => {
    const md =
      '---\ntitle: Example Flagship\nsource: https://www.example-brief.com/newsletter/02/08/2025/x\ndate: 2025-02-08\n---\n\n**Example Brief News**\n\nFeb 8, 2025\n\nHostages were freed on Saturday, officials said.\n';
    expect(metadataOf(md, 'page.md').publisher).toBe('Example Brief News');
    const known = md.replace('www.example-brief.com', 'www.dw.com');
    expect(metadataOf(known, 'page.md').publisher).toBe('DW');
  });

  it("passes over an update's age beside the date", () => {
    const text = page(
      'Strikes resume',
      'By Example staff',
      'Published date: 19 January 2025 18:24 GMT | Last update: 4 hours 12 mins ago',
      'Strikes resumed on Sunday.',
    );
    expect(metadataOf(text).published).toBe('2025-01-19');
  });
});

describe('round 5c of page metadata: source lines, outlets beside a byline, read times', () => {
  it.each([
    [
      '"Source: X and news agencies" at the end',
      page(
        'Strikes resume',
        'Published On 12 Nov 2023',
        'Strikes resumed on Sunday.',
        'Source: Example Jazeera News and news agencies',
      ),
      { publisher: 'Example Jazeera News', published: '2023-11-12' },
    ],
    [
      "the outlet in a field of its own beside the writer's, and a day written 12-Nov-2023",
      page(
        'Strikes resume',
        'By Jane Doe | Daily Example Times',
        '12-Nov-2023',
        'Strikes resumed on Sunday.',
      ),
      { publisher: 'Daily Example Times', published: '2023-11-12' },
    ],
    [
      'a read time after the date',
      page(
        'Strikes resume',
        'Updated Sun, November 12, 2023 at 9:03 PM GMT+2·2 min read',
        'Strikes resumed on Sunday.',
      ),
      { published: '2023-11-12' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it('takes no publisher from a source line that names a body, not a newsroom', () => {
    const text = page(
      'Strikes resume',
      'Nov 12, 2023',
      'Strikes resumed on Sunday.',
      "Source: Gaza's health ministry",
    );
    expect(metadataOf(text).publisher).toBeNull();
  });
});

describe('round 6 of page metadata: the headline block, bullets, desks, owners, more outlets', () => {
  it.each([
    [
      'a date under the writer’s name, below a standfirst',
      page(
        'Example Courier',
        'World',
        'Truce talks resume in Cairo',
        'Negotiators from both sides met again on Monday.',
        'Jane Roe',
        'May 15, 2024',
        'Talks resumed in Cairo on Monday, officials said.',
        'A second round is due next week.',
      ),
      { publisher: 'Example Courier', published: '2024-05-15' },
    ],
    [
      'a place and the date with a bullet between them',
      page(
        'Truce talks resume in Cairo',
        'AFP',
        'Gaza Strip   ●   Sun, January 28, 2024',
        'Talks resumed in Cairo on Sunday.',
      ),
      { published: '2024-01-28' },
    ],
    [
      'a date in a zone the header names by its letters',
      page('Truce talks resume', 'By Jane Roe', 'Dec 22, 2023 06:41 AM PKT', 'Talks resumed.'),
      { published: '2023-12-22' },
    ],
    [
      'a desk’s unknown initials under a known masthead',
      page(
        'Israel Hayom',
        'Truce talks resume',
        'ILH Staff',
        'Published on 10-10-2023 12:05',
        'Talks resumed on Tuesday.',
      ),
      { publisher: 'Israel Hayom', published: '2023-10-10' },
    ],
    [
      'the owner in the footer, without its legal form',
      page(
        'Truce talks resume',
        'May 1, 2024',
        'Talks resumed on Wednesday.',
        '© 2024 Example Courier Inc. All rights reserved.',
      ),
      { publisher: 'Example Courier' },
    ],
    [
      'a broadcaster known by its initials, over an agency line under the story',
      page(
        'RNZ',
        'World',
        'Truce talks resume',
        '12:03 pm on 24 March 2025',
        'Talks resumed on Monday.',
        'A second round is due.',
        'Reuters',
      ),
      { publisher: 'RNZ', published: '2025-03-24' },
    ],
    [
      'a masthead with a mark after it',
      page(
        'THE GLOBE AND MAIL*',
        'Truce talks resume',
        'PUBLISHED JANUARY 21, 2024',
        'Talks resumed on Sunday.',
      ),
      { publisher: 'The Globe and Mail', published: '2024-01-21' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it('takes no bare date from below the story’s first sentences', () => {
    const text = page(
      'Truce talks resume',
      'Talks resumed in Cairo on Monday, officials said.',
      'A second round is due next week.',
      'Mediators said a deal was close.',
      'May 15, 2024',
      'The delegations will meet again on Thursday.',
    );
    expect(metadataOf(text).published).toBeNull();
  });

  it('keeps unknown initials in a byline when nothing else names the page', () => {
    expect(metadataOf(page('Truce talks resume', 'EXN Staff', 'Talks resumed.')).publisher).toBe(
      'EXN',
    );
  });

  it('reads a page by its address when its title ends with the site’s', () => {
    const html = `<html><head><title>Truce talks resume - SWI swissinfo.ch</title></head><body>
      <h1>Truce talks resume</h1><p>This content was published on July 29, 2025 - 14:01</p>
      <p>GAZA CITY (Reuters) - Talks resumed on Tuesday.</p></body></html>`;
    expect(metadataOf(html, 'page.html')).toMatchObject({
      publisher: 'SWI swissinfo.ch',
      published: '2025-07-29',
    });
  });
});

describe('round 6b of page metadata: sources, owners, portals, logos, agencies in front matter', () => {
  it.each([
    [
      'a source line that lists several bodies',
      page(
        'EXAMPLE TV',
        'Home | World | Opinion | Live',
        'Strikes resume',
        'Published 18 March 2025',
        'Strikes resumed on Tuesday.',
        'Source: Example Agency - Other Network - Third News',
      ),
      { publisher: 'EXAMPLE TV', published: '2025-03-18' },
    ],
    [
      'a footer’s owner under a known outlet’s name',
      page(
        'CTV News',
        'Canada | World | Politics | Business',
        'Truce holds',
        'Published Sunday, November 26, 2023 1:05PM EST',
        'The truce held on Sunday.',
        '© 2023 Example Media Group All rights reserved.',
      ),
      { publisher: 'CTV News', published: '2023-11-26' },
    ],
    [
      'a portal carrying another outlet’s story',
      page(
        'MSN',
        'Discover',
        'News',
        'World',
        'The Independent',
        'Strikes resume',
        'Story by Jane Roe, John Doe • 5h • 4 min read',
        'Strikes resumed on Tuesday.',
        '© 2025 Microsoft',
      ),
      { publisher: 'MSN' },
    ],
    [
      'an outlet in a portal’s byline, before the story’s age',
      page('Strikes resume', 'Story by Example News • 1mo', 'Strikes resumed on Tuesday.'),
      { publisher: 'Example News' },
    ],
    [
      'a menu copied one item to a line above the date',
      page(
        'Example Portal News',
        'Search the web',
        'Home',
        'US',
        'World',
        'Politics',
        'Health',
        'Science',
        'Strikes resume',
        'AFP',
        'Wed, October 18, 2023 at 4:12 AM EDT · 4 min read',
        'Strikes resumed on Wednesday.',
      ),
      { publisher: 'Example Portal News', published: '2023-10-18' },
    ],
    [
      'a footer that gives the day the article was first published',
      page(
        'Strikes resume',
        'Strikes resumed on Saturday, the military said.',
        'This article was first published on June 8, 2024.',
        '© 2024 Example Reporter Group',
      ),
      { publisher: 'Example Reporter Group', published: '2024-06-08' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it.each([
    [
      'a date run into a lower-case byline',
      page(
        'Example Lebanon Daily — the leading news destination',
        'Home | Lebanon | Middle East | World',
        'Displaced stream south',
        'by Example Newsdesk 27 November 2024, 14:35',
        'Thousands of displaced people clogged the roads on Wednesday.',
      ),
      { published: '2024-11-27' },
    ],
    [
      'a menu with a brand item that has a digit in it',
      page(
        '7Example',
        'Home | National | World | Politics | 7Now',
        'Strikes resume',
        'By Associated Press',
        '4:12pm Dec 4, 2025',
        'Strikes resumed on Thursday.',
      ),
      { publisher: '7Example', published: '2025-12-04' },
    ],
  ])('%s (after probes 13 and 14)', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it('reads a logo that sets a known name and its tagline apart with a dash', () => {
    const md = [
      '[![Prensa Latina - Latin American News Agency](https://www.example.com/img/logo-en.png)](https://www.example.com/)',
      '',
      '# Court orders measures',
      '',
      'The Hague, Jan 26 (Prensa Latina) The court ruled on Friday.',
      '',
      '© Prensa Latina Agencia Informativa Latinoamericana. All rights reserved.',
    ].join('\n');
    expect(metadataOf(md, 'page.md').publisher).toBe('Prensa Latina');
  });

  it('takes the site’s name from before a section at the end of the title', () => {
    const html = `<html><head><title>Toll passes 25,000 – Example Chronicle – World</title></head>
      <body><h1>Toll passes 25,000</h1><p>January 21, 2024</p><p>The toll passed 25,000.</p></body></html>`;
    expect(metadataOf(html, 'page.html')).toMatchObject({
      publisher: 'Example Chronicle',
      published: '2024-01-21',
    });
  });

  it('reads a "Published by … on …" line under the story', () => {
    const text = page(
      'Toll passes 25,000',
      'The ministry said on Sunday that 25,105 people had been killed.',
      'Published by Example Herald on 21/01/2024',
    );
    expect(metadataOf(text)).toMatchObject({
      publisher: 'Example Herald',
      published: '2024-01-21',
    });
  });

  it.each([
    [
      'an update’s age among a header’s fields',
      page(
        'Toll rises',
        'Example News Staff | Updated 3 hours ago | Published March 6, 2024',
        'The toll rose.',
      ),
      { publisher: 'Example News', published: '2024-03-06' },
    ],
    [
      'an update’s age in words',
      page(
        'Example Sentinel',
        'Toll rises',
        'MARCH 6, 2024 / 10:15 AM / UPDATED A DAY AGO',
        'The toll rose.',
      ),
      { publisher: 'Example Sentinel', published: '2024-03-06' },
    ],
    [
      'a copyright owner with its parent company after it',
      page(
        'Toll rises',
        'March 6, 2024',
        'The toll rose.',
        'Copyright © 2024 Example Media Group, a division of Example Holdings. All rights reserved.',
      ),
      { publisher: 'Example Media Group', published: '2024-03-06' },
    ],
  ])('%s', (_, text, expected) => {
    expect(metadataOf(text)).toMatchObject(expected);
  });

  it('keeps a syndication credit over a known outlet’s name', () => {
    const text = page(
      'CTV News',
      'Canada | World | Politics | Business',
      'Truce holds',
      'The truce held on Sunday.',
      'This article was first published in The Example Post.',
    );
    expect(metadataOf(text).publisher).toBe('The Example Post');
  });

  it('reads a byline and date set in emphasis, with the desk’s staff', () => {
    const md =
      '# Ceasefire begins\n\n*By* **Example Herald staff** | *19 January 2025, 11:15 GMT*\n\nThree hostages were freed.';
    expect(metadataOf(md, 'page.md')).toMatchObject({
      publisher: 'Example Herald',
      published: '2025-01-19',
    });
  });

  it('takes the page’s own address over an agency in its front matter', () => {
    const md = [
      '---',
      'title: Key figures',
      'url: https://www.thejakartapost.com/world/2024/10/07/key-figures.html',
      'source: AFP',
      '---',
      '# Key figures',
      '',
      'Israel says 97 hostages are still held.',
    ].join('\n');
    expect(metadataOf(md, 'page.md').publisher).toBe('The Jakarta Post');
    const agencyOnly = md.replace(/^url: .*$/m, 'section: World');
    expect(metadataOf(agencyOnly, 'page.md').publisher).toBe('AFP');
  });

  it('takes a logo that is the site’s address', () => {
    const md = [
      '[![eExample.com](https://www.eexample.com/assets/img/logo.svg)](https://www.eexample.com/)',
      '',
      '# Strikes resume',
      '',
      '24.09.2024 • 10:31',
      '',
      'Strikes resumed on Monday.',
      '',
      '© 2024 Example Publishing S.A. – All rights reserved.',
    ].join('\n');
    expect(metadataOf(md, 'page.md')).toMatchObject({
      publisher: 'eExample.com',
      published: '2024-09-24',
    });
  });

  it('takes the name a link to the front page is labelled with', () => {
    const html = `<html><head><title>Who are the hostages?</title></head><body><header>
      <a href="https://www.example-herald.com.au/" aria-label="The Example Morning Herald homepage">
      <svg role="img" aria-label="The Example Morning Herald"></svg></a>
      <nav><a href="/">Home</a><a href="/world">World</a></nav></header>
      <article><h1>Who are the hostages?</h1><p>Israel says 239 hostages are held.</p></article>
      <footer><p>Copyright © 2023</p></footer></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBe('The Example Morning Herald');
  });
});

describe('round 8 of page metadata: links home, owners, descriptions, credits under the story', () => {
  const story = 'Strikes resumed on Sunday, officials said.';

  it.each([
    [
      'a markdown link to the home page above the headline',
      `[EXAMPLE TIMES](https://www.example-times.com/) · [News](https://www.example-times.com/news) · [World](https://www.example-times.com/world)\n\n# Strikes resume\n\n${story}\n\n© Example Media Limited 2025.\n`,
      'EXAMPLE TIMES',
    ],
    [
      'a site address as the home link, a menu of places after it',
      `[example.com.au](https://www.example.com.au/) — the nation's news site\n\n[USA](https://www.example.com.au/usa/) | [World](https://www.example.com.au/world/) | [Sport](https://www.example.com.au/sport/)\n\n# Strikes resume\n\n${story}\n`,
      'example.com.au',
    ],
  ])('%s', (_, text, publisher) => {
    expect(metadataOf(text, 'page.md').publisher).toBe(publisher);
  });

  it('takes no menu item "Home" as the name', () => {
    const text = `[Home](https://www.example.com/) | [World](https://www.example.com/world) | [Sport](https://www.example.com/sport)\n\n# Strikes resume\n\n${story}\n`;
    expect(metadataOf(text, 'page.md').publisher).toBeNull();
  });

  it.each([
    [
      "the owner's legal forms, all of them",
      page('Strikes resume', story, '© 2025 Example Nationwide News Pty Ltd. All times AEST.'),
      'Example Nationwide News',
    ],
    [
      'a trust that owns the paper yields to the name at the top',
      page(
        'The Example Tribune',
        'Voice of the people since 1881',
        'Home | World | Sport | Business',
        'Strikes resume',
        story,
        '(c) 2023 The Example Tribune Trust, All Rights Reserved.',
      ),
      'The Example Tribune',
    ],
    [
      '"All rights reserved to" before the owner',
      page('Strikes resume', story, '© All rights reserved to EPS - Example Press Service'),
      'EPS',
    ],
    [
      'a byline of the paper in capitals, with its article',
      page(
        'Strikes resume',
        'By THE EXAMPLE',
        story,
        'Copyright (c) 2023 Example Group | All rights reserved.',
      ),
      'THE EXAMPLE',
    ],
    [
      'an agency credit on its own line above the date and share buttons',
      page(
        'Strikes resume',
        story,
        'Talks stalled last week, mediators said.',
        '- AFP',
        'Published: 23:48, May 15, 2024',
        'Example Age | The Outspoken Daily',
        'Share: Facebook | Twitter | WhatsApp',
      ),
      'AFP',
    ],
    [
      "an outlet's initials in a dateline in title case",
      page('Strikes resume', 'November 24, 2023', `Occupied Palestine (EXN)- ${story}`),
      'EXN',
    ],
  ])('%s', (_, text, publisher) => {
    expect(metadataOf(text).publisher).toBe(publisher);
  });

  it("reads the name before a site's description in og:site_name", () => {
    const html =
      '<html><head><meta property="og:site_name" content="Example News - Breaking news, special reports, world, business, sport coverage"></head><body><p>Strikes resumed on Sunday.</p></body></html>';
    expect(metadataOf(html, 'page.html').publisher).toBe('Example News');
  });

  it('reads a short description too, and keeps a name with a dash in it', () => {
    const html = (site: string) =>
      `<html><head><meta property="og:site_name" content="${site}"></head><body><p>Strikes resumed on Sunday.</p></body></html>`;
    expect(
      metadataOf(html('The Example Daily News - Region and World News'), 'page.html').publisher,
    ).toBe('The Example Daily News');
    expect(metadataOf(html('Example - Times'), 'page.html').publisher).toBe('Example - Times');
  });
});

describe('round 8 publication dates', () => {
  const story = 'Strikes resumed on Sunday, officials said.';
  it.each([
    [
      'a date under the byline, after a standfirst of whole sentences',
      page(
        'Gaza is a test the world is failing',
        '- Starvation is being used in full view of the world.',
        '- Uganda knows what it means to feed people fleeing war.',
        'By Guest Writer',
        'Monday, July 28, 2025',
        story,
      ),
      '2025-07-28',
    ],
    [
      "a live blog's stamps, the latest first",
      page(
        'Strikes resume: live updates',
        'Last Updated: 2 hours ago',
        'Jun 09, 2024 11:35 am',
        story,
        'Jun 09, 2024 10:45 am',
        'The ministry said 37,084 people had been killed.',
        'Jun 08, 2024 21:20 pm',
        'Four hostages were rescued, the army said.',
      ),
      '2024-06-09',
    ],
  ])('%s', (_, text, day) => {
    expect(metadataOf(text).published).toBe(day);
  });
});

describe('round 8 credit lines that carry the outlet and its day', () => {
  const story = 'Strikes resumed on Sunday, officials said.';
  it.each([
    [
      'an outlet, its city and the day, under the standfirst',
      page(
        'Example de Noticias',
        'English | Português',
        'Strikes resume',
        'Example de Noticias | São Paulo (SP) | June 09, 2024 at 14:21',
        story,
        'Example de Noticias is a media outlet of the popular movements.',
      ),
      'Example de Noticias',
      '2024-06-09',
    ],
    [
      'the outlet and a slash date at the end, read as most of the world writes it',
      page(
        'Strikes resume',
        story,
        'Talks went on in Cairo, mediators said.',
        'The Example | 12/03/2024',
      ),
      'The Example',
      '2024-03-12',
    ],
    [
      'a newsroom and a slash date at the end, read as most of the world writes it',
      page(
        'Strikes resume',
        story,
        'Talks went on in Cairo, mediators said.',
        'The Example Wire | 12/03/2024',
      ),
      'The Example Wire',
      '2024-03-12',
    ],
    [
      "a print edition's credit under the story",
      page(
        'Strikes resume',
        story,
        'This article was first published in the print edition of The Example Paper on July 26, 2025 as "Strikes resume".',
      ),
      'The Example Paper',
      '2025-07-26',
    ],
    [
      'one day printed twice, posted and first published',
      page('Strikes resume', 'Posted', '10 Sep 2024', 'Originally published', '10 Sep 2024', story),
      null,
      '2024-09-10',
    ],
  ])('%s', (_, text, publisher, day) => {
    expect(metadataOf(text)).toMatchObject({ publisher, published: day });
  });

  it("drops 'Online News' after a site's name", () => {
    expect(
      metadataOf(
        page(
          'Example Daily Times Online News',
          'Home | World | Sport | Business',
          'Strikes resume',
          story,
        ),
      ).publisher,
    ).toBe('Example Daily Times');
  });

  it('keeps a timeline entry in title case from reading as a credit', () => {
    expect(
      metadataOf(
        page(
          'Strikes resume',
          story,
          'Ceasefire Takes Effect | January 19, 2025',
          'More strikes followed.',
        ),
      ).published,
    ).toBeNull();
  });
});

describe("an agency's dateline under a long header", () => {
  it('settles which figure of a slash date is the month', () => {
    const text = page(
      'Example News Agency (EXNA)',
      'Home | Kuwait | Gulf | Arab | World | Economics | Sports',
      'English | عربي',
      '07/04/2024 15:40',
      'Strikes resume as the war enters its seventh month',
      'GAZA, April 7 (EXNA) -- The war entered its seventh month on Sunday, the ministry said.',
    );
    expect(metadataOf(text).published).toBe('2024-04-07');
  });
});

describe('outlet names in the furniture of round 9', () => {
  const story =
    'Israeli strikes killed at least 40 people across the Gaza Strip on Tuesday, the ministry said.';

  it('reads a footer that reserves its rights before the mark', () => {
    const html = `<html><head><title>Strikes resume in Gaza | Example Orbit</title></head><body>
<p>Home | Region | World | Opinion | Video</p><p>WORLD</p><h1>Strikes resume in Gaza</h1>
<p>Mar 18, 2025, 14:05 GMT</p><p>${story}</p>
<p>All rights reserved © Example Orbit 2025</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBe('Example Orbit');
  });

  it('takes a section label over the headline for no outlet', () => {
    const text = page('WORLD', 'Strikes resume in Gaza', story, 'More strikes followed.');
    expect(metadataOf(text).publisher).not.toBe('WORLD');
  });

  it("drops a logo's full stop from the name, not a company's", () => {
    const md = page(
      '[examplenews.](https://www.examplenews.com/) | News | Business | Sport',
      '# Strikes resume in Gaza',
      story,
    );
    expect(metadataOf(md, 'page.md').publisher).toBe('examplenews');
    expect(metadataOf(page('Strikes resume', story, '© 2025 Example Media Co.')).publisher).toBe(
      'Example Media',
    );
  });
});

describe("the page's address printed on a line of its own", () => {
  const story =
    'Israeli strikes killed at least 40 people across the Gaza Strip on Tuesday, the ministry said.';

  it.each([
    [
      'at the top',
      page(
        'https://www.example.com/en/news/2025/03/18/31456/strikes-resume',
        'Example Agency',
        'Strikes resume in Gaza',
        story,
        'More strikes followed.',
      ),
    ],
    [
      'labelled, at the end',
      page(
        'Strikes resume in Gaza',
        story,
        'More strikes followed.',
        'Source: <https://example.org/2025/03/18/strikes-resume/>',
      ),
    ],
  ])('dates an undated page: %s', (_, text) => {
    const found = metadataOf(text);
    expect(found.published).toBe('2025-03-18');
  });

  it('yields to a date the page prints', () => {
    const text = page(
      'https://www.example.com/2025/03/17/strikes-resume',
      'Strikes resume in Gaza',
      'Tuesday, March 18, 2025',
      story,
      'More strikes followed.',
    );
    expect(metadataOf(text).published).toBe('2025-03-18');
  });

  it('leaves a link in the middle of the story to other pages', () => {
    const text = page(
      'Strikes resume in Gaza',
      story,
      'More strikes followed.',
      'Families searched the rubble.',
      'The UN called for a pause.',
      'https://www.example.com/2024/01/02/older-story',
      'Aid groups warned of famine.',
      'Hospitals ran short of fuel.',
      'Talks in Cairo stalled.',
      'The army said it struck militants.',
      'Residents fled south.',
    );
    expect(metadataOf(text).published).toBeNull();
  });
});

describe('brands written in small letters, and menus that open with the site', () => {
  const story =
    'Israeli forces opened fire on crowds around aid trucks in Gaza City, killing 112 people, the ministry said on Thursday.';

  it('reads a small-letter brand over its menu, not the menu’s "HOME"', () => {
    const text = page(
      'exampleweb English',
      'HOME | HUMAN RIGHTS | POLITICS | WOMEN | MEDIA | WORLD',
      'WORLD',
      'Death toll in Gaza exceeds 30,000',
      story,
      'More strikes followed.',
    );
    expect(metadataOf(text).publisher).toBe('exampleweb English');
  });

  it('reads the name a menu opens with before its link home, over the owner company', () => {
    const md = page(
      '**EXAMPLE** | Home · National · International · Business · Sports',
      '# Hostage freed ahead of visit',
      story,
      'Copyright © 2025 Example Publishing (India) Pvt. Ltd. All Rights Reserved.',
    );
    expect(metadataOf(md, 'page.md').publisher).toBe('EXAMPLE');
  });

  it("agrees a title's end with a link home that writes the name run together", () => {
    const html = `<html><head><title>Ceasefire takes effect | Example Bawaba</title></head><body>
<div class="top-bar"><a href="https://www.example.com/">examplebawaba</a> <span>News</span> <span>Business</span></div>
<h1>Ceasefire takes effect</h1><div class="meta">Published January 19th, 2025 - 07:05 GMT</div>
<p>${story}</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).toBe('Example Bawaba');
  });

  it('takes no name from a menu link labelled "Home"', () => {
    const html = `<html><head><title>Ceasefire takes effect</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Ceasefire takes effect</h1><p>${story}</p></body></html>`;
    expect(metadataOf(html, 'page.html').publisher).not.toBe('Home');
  });
});

describe('outlets and dates of round 9, last part', () => {
  const story =
    'Israeli strikes killed at least 25 Palestinians across the Gaza Strip on Wednesday, health officials said.';

  it('reads a name in letters beyond ASCII over a section label', () => {
    const text = page('Örnek Today', 'WORLD', 'Strikes kill 25 in Gaza', story, 'More followed.');
    expect(metadataOf(text).publisher).toBe('Örnek Today');
  });

  it('reads a name over its own web address, not the owner company', () => {
    const text = page(
      'The Example Ledger',
      'theexampleledger.com',
      'Home > World',
      'Strikes kill 25 in Gaza',
      story,
      'Copyright © 1994 - 2024 The Example Communications Sdn Bhd. All rights reserved.',
    );
    expect(metadataOf(text).publisher).toBe('The Example Ledger');
  });

  it('takes no agency from a day in the dateline’s brackets', () => {
    const text = page(
      'Strikes kill 25 in Gaza',
      'Reuters',
      '07 Apr 2024, 11:48 pm',
      `JERUSALEM/CAIRO (April 7): ${story}`,
      '© 2024 Example Ledger Sdn Bhd',
    );
    const found = metadataOf(text);
    expect(found.publisher).not.toBe('April 7');
    expect(found.published).toBe('2024-04-07');
  });

  it('drops the web address a site name carries after a dash', () => {
    const md = page(
      '[The Example Press - ExamplePress.com](https://www.examplepress.com/)',
      '# Three hostages home',
      story,
    );
    expect(metadataOf(md, 'page.md').publisher).toBe('The Example Press');
  });

  it('reads "Nov - 22 - 2024 , 07:40"', () => {
    const text = page(
      'EXAMPLE ONLINE',
      'Opinion',
      'A test for us all',
      'Nov - 22 - 2024 , 07:40',
      story,
    );
    expect(metadataOf(text).published).toBe('2024-11-22');
  });

  it('finds the name the page’s own address spells', () => {
    const md = [
      '---',
      'title: "Hope and dread for a family"',
      'url: https://examplehimal.com/news/hope-and-dread',
      '---',
      '',
      '# Hope and dread for a family',
      '',
      story,
      '',
      'Example Himal | Himal Media Pvt Ltd | Lalitpur | © 2025',
    ].join('\n');
    expect(metadataOf(md, 'page.md').publisher).toBe('Example Himal');
  });

  it('finds no name when none on the page spells the address', () => {
    const md = ['---', 'url: https://examplehimal.com/news/x', '---', '', story].join('\n');
    expect(metadataOf(md, 'page.md').publisher).toBeNull();
  });
});

describe('dates set among other furniture', () => {
  const story =
    'More than 400 Palestinians were killed on Tuesday across the Gaza Strip, the ministry said.';

  it("reads an HTML date span set between a section's name and the story's code", () => {
    const html = `<html><head><title>Strikes resume - Example Agency</title></head><body>
<div class="item-header"><span class="service">International</span>
<span class="date">Mar 18, 2025, 5:41 PM</span><span class="code">News ID: 85782390</span></div>
<h1>Strikes resume</h1><p>${story}</p></body></html>`;
    expect(metadataOf(html, 'page.html').published).toBe('2025-03-18');
  });

  it("reads the first publication a footer's sentence tells of", () => {
    const md = page(
      '# Deadliest day',
      '*Published 5 hours ago*',
      story,
      'More strikes followed.',
      '*Example is published by Example Dotcom Sdn Bhd. First published on 23 Jan 2024, 11:02am. © 2024 Example Dotcom Sdn Bhd.*',
    );
    expect(metadataOf(md, 'page.md').published).toBe('2024-01-23');
  });

  it("reads the page's address under a byline, six lines down", () => {
    const text = page(
      'EXAMPLE POST',
      'News | Politics | Metro | World',
      'Remains returned',
      'By Jane Doe',
      '2 hours ago',
      'https://examplepost.example/2025/11/10/remains-returned/',
      story,
    );
    expect(metadataOf(text).published).toBe('2025-11-10');
  });
});

describe('a desk credited beside the date', () => {
  it('reads the date and takes no outlet from the desk', () => {
    const text = page(
      'Gaza deal: how two years of war led to the swap',
      'Foreign Desk with agency reports | October 14, 2025',
      'Israel and Hamas on Monday completed the first stage of the ceasefire, with 20 hostages freed.',
      'More followed.',
    );
    const found = metadataOf(text);
    expect(found.published).toBe('2025-10-14');
    expect(found.publisher ?? '').not.toMatch(/desk/i);
  });
});

describe('round 9, from probes 39-40', () => {
  const story =
    'Israel launched a wave of airstrikes across the Gaza Strip on Tuesday, killing at least 404 people.';

  it('reads "Posted by X | date"', () => {
    const text = page(
      'Strikes resume in Gaza',
      'Posted by Chief Editor | February 29, 2024',
      story,
    );
    expect(metadataOf(text).published).toBe('2024-02-29');
  });

  it("dates a saved page by the address its browser saved it from ('18-Mar-2025')", () => {
    const html = `<!-- saved from url=(0075)https://www.example.com.pk/18-Mar-2025/strikes-resume -->
<html><head><title>Strikes resume | Example Daily</title></head><body>
<div id="header"><a href="https://www.example.com.pk/" class="logo">Example Daily</a>
<a href="https://facebook.com/">f</a></div><h1>Strikes resume</h1><p>${story}</p></body></html>`;
    const found = metadataOf(html, 'page.html');
    expect(found.published).toBe('2025-03-18');
    expect(found.publisher).toBe('Example Daily');
  });

  it('reads an agency named in capitals after the day of a dateline', () => {
    const text = page(
      'Three hostages and 90 prisoners freed',
      `YEREVAN, JANUARY 20, EXAMPRESS. ${story}`,
      'More followed.',
    );
    expect(metadataOf(text).publisher).toBe('EXAMPRESS');
  });
});

describe('round 9, from probes 41-42: outlets', () => {
  const story =
    'The first three Israeli hostages have been handed over to the Red Cross as a fragile ceasefire took hold in Gaza.';

  it('reads a name at the very top over its section label, not the owner company', () => {
    const text = page(
      'The Example',
      'World',
      'First three hostages home',
      story,
      'Copyright 2025 Example Holdings News Pty Ltd',
    );
    expect(metadataOf(text).publisher).toBe('The Example');
  });

  it('reads the outlet bracketed after the date', () => {
    const text = page('Editorial: hopes betrayed', 'March 19, 2025 (Example Japan)', story);
    const found = metadataOf(text);
    expect(found.publisher).toBe('Example Japan');
    expect(found.published).toBe('2025-03-19');
  });

  it('takes no outlet from "(Updated)" after a date', () => {
    const text = page('Editorial: hopes betrayed', 'Tuesday, March 5, 2024 (Updated)', story);
    expect(metadataOf(text).publisher).not.toBe('Updated');
  });
});

describe('round 9, from probe 43: dates between slashes', () => {
  const story =
    'The Ministry of Health in Gaza announced on Friday that the death toll had risen to 26,083.';

  it('reads "[26/ January/2024]"', () => {
    const text = page(
      'Home | Local | Arab | International',
      'Arab',
      '[26/ January/2024]',
      'Gaza death toll rises',
      story,
    );
    expect(metadataOf(text).published).toBe('2024-01-26');
  });

  it('reads a dateline\'s "November 24/2023"', () => {
    const text = page(
      'Hostages freed as truce takes hold',
      `Addis Abeba, November 24/2023 – ${story}`,
    );
    expect(metadataOf(text).published).toBe('2023-11-24');
  });
});

describe('outlet names in the furniture of round 10', () => {
  const story =
    'Israeli strikes killed at least 40 people across the Gaza Strip on Tuesday, the ministry said.';

  it('names a logo in small letters as the footer writes it', () => {
    const html = `<html><head><title>Strikes resume in Gaza : World : News : The Examplereh</title></head>
<body><div class="logo">examplereh</div><h1>Strikes resume in Gaza</h1>
<p>Posted on : Mar.18,2025 17:21 KST</p><p>${story}</p>
<footer><p>Examplereh Media Company. 12, Main Road, Seoul</p><p>Copyright © The Examplereh. All rights reserved.</p></footer>
</body></html>`;
    const found = metadataOf(html, 'page.html');
    expect(found.publisher).toBe('The Examplereh');
    expect(found.published).toBe('2025-03-18');
  });

  it("reads the site's own name of an address under a section's host name", () => {
    const text = page(
      'https://news.ex-ample.com/world/2025/3/18/strikes-resume-1412',
      'Strikes resume in Gaza',
      'Reuters',
      story,
      'More strikes followed.',
      'EX-AMPLE News',
    );
    expect(metadataOf(text).publisher).toBe('EX-AMPLE News');
  });
});

describe('outlet names and dates in the furniture of round 10, part 3', () => {
  const story =
    'Israeli strikes killed at least 40 people across the Gaza Strip on Tuesday, the ministry said.';

  it('reads initials beside the name they stand for, and a date beside a views counter', () => {
    const text = page(
      'ENA - Example News Agency',
      'Home / World',
      'Strikes resume in Gaza',
      '2025-03-18 11:32  |  Views: 1,284',
      story,
      'More strikes followed.',
    );
    const found = metadataOf(text);
    expect(found.publisher).toBe('Example News Agency');
    expect(found.published).toBe('2025-03-18');
  });

  it("drops where a copyright's owner is from its name", () => {
    const text = page(
      'Strikes resume in Gaza',
      'Tuesday, March 18, 2025',
      story,
      'Copyright © 2025 Example Tribune, Kingdom of Exampleland. All rights reserved.',
    );
    expect(metadataOf(text).publisher).toBe('Example Tribune');
  });

  it('takes a link home with a language path for the site', () => {
    const md = page(
      '[Example TV](https://www.example-tv.com/en) | News | Programs | Live',
      '# Strikes resume in Gaza',
      'March 18, 2025',
      story,
    );
    expect(metadataOf(md, 'page.md').publisher).toBe('Example TV');
  });
});

describe('a news agency named in its own language', () => {
  it('"Agência Example" over its company and a menu is the outlet', () => {
    const text = page(
      'Agência Example',
      'Empresa Example de Comunicação',
      'Últimas notícias | Geral | Política | Internacional | English',
      'Six months of war in Gaza',
      'Published on 07/04/2024 - 12:05 By Ana Example - Reporter at Agência Example - Brasília',
      'Israeli strikes killed at least 40 people across the Gaza Strip on Saturday, the ministry said.',
    );
    const found = metadataOf(text);
    expect(found.publisher).toBe('Agência Example');
    expect(found.published).toBe('2024-04-07');
  });
});

describe("an outlet's reporter credited under the headline", () => {
  it('"EXAMPLE STAR REPORTER" names the outlet', () => {
    const text = page(
      'Jubilation as first prisoners freed under ceasefire',
      'Monday, January 20, 2025',
      'EXAMPLE STAR REPORTER',
      'THOUSANDS of Palestinians celebrated in the streets as buses carrying 90 prisoners arrived.',
      'More buses followed.',
    );
    expect(metadataOf(text).publisher).toBe('EXAMPLE STAR');
  });
});

describe('a dateline without a year on a page whose copyright names one', () => {
  const story = 'The death toll has risen to 49,547, the health authorities said Thursday.';

  it('reads the dateline in the copyright’s year', () => {
    const text = page(
      'Example News Agency',
      'Gaza death toll rises',
      `Gaza, March 20, (Xinhua/ENA) -- ${story}`,
      'More strikes followed.',
      'Copyright © 2025 Example News Agency. All rights reserved.',
    );
    expect(metadataOf(text).published).toBe('2025-03-20');
  });

  it('leaves the year unknown without one', () => {
    const text = page(
      'Gaza death toll rises',
      `Gaza, March 20 (ENA) -- ${story}`,
      'More strikes followed.',
    );
    expect(metadataOf(text).published).toBeNull();
  });

  it('takes the name before a home link’s tagline', () => {
    const md = page(
      '[EXAMPLE — Official voice of the Example Party](https://en.example.cu/)',
      'World',
      '# Gaza in figures',
      'August 13, 2025 09:08:36',
      story,
    );
    expect(metadataOf(md, 'page.md').publisher).toBe('EXAMPLE');
  });
});

describe("a page's day in its address, written with dashes", () => {
  it('reads ".../08-04-2024/…" day first', () => {
    const text = page(
      'https://example.co.nz/08-04-2024/six-months-of-war-in-numbers/',
      'Six months of war, in numbers',
      'Israeli strikes killed at least 40 people across the Gaza Strip, the ministry said.',
      'More strikes followed.',
    );
    expect(metadataOf(text).published).toBe('2024-04-08');
  });
});

describe('outlet names and dates in the furniture of round 10, last part', () => {
  const story =
    'Israeli strikes killed at least 40 people across the Gaza Strip on Tuesday, the ministry said.';

  it.each([
    [
      'a brand that raises a letter inside its word, over a menu, before its company',
      page(
        'theExample',
        'Home | News | World | Business',
        'Strikes resume in Gaza',
        'Posted on 25 October 2023 - 04:18pm',
        story,
        '© Copyright Example Media Corporation Sdn. Bhd. All rights reserved.',
      ),
      'theExample',
    ],
    [
      "an outlet's staff in the byline, whatever its name",
      page(
        'Strikes resume in Gaza',
        'By New York Example Week staff · Sunday, January 19, 2025',
        story,
        'More strikes followed.',
      ),
      'New York Example Week',
    ],
    [
      'a name over a menu whose items are joined by ampersands',
      page(
        'Examplon',
        'News & Politics  Culture  Science & Health  Food  Life  Podcasts',
        'OPINION',
        'Strikes resume in Gaza',
        'Published August 22, 2025 3:15PM (EDT)',
        story,
      ),
      'Examplon',
    ],
    [
      'a copyright owner before its company after a slash',
      page(
        'Strikes resume in Gaza',
        'March 18, 2025',
        story,
        '© 2024 The Example Post / EXAMPLE POST ApS',
      ),
      'The Example Post',
    ],
    [
      'a circled c',
      page(
        'Strikes resume in Gaza',
        'March 18, 2025',
        story,
        'ⓒ Example International Broadcasting. All rights reserved.',
      ),
      'Example International Broadcasting',
    ],
    [
      'a name that opens with a figure',
      page(
        'Strikes resume in Gaza',
        'March 18, 2025',
        story,
        'Copyright © 2025 5Example. All rights reserved.',
      ),
      '5Example',
    ],
  ])('%s', (_, text, publisher) => {
    expect(metadataOf(text).publisher).toBe(publisher);
  });

  it('a role in a byline is no outlet', () => {
    const text = page(
      'EXAMPLE NEWS',
      'Home | World | Sport',
      'Strikes resume in Gaza',
      'By Middle East correspondent and wires',
      story,
    );
    expect(metadataOf(text).publisher).not.toBe('Middle East');
  });

  it.each([
    [
      '"Published 16. Apr 2025"',
      page('Strikes resume in Gaza', 'Published 16. Apr 2025', story),
      '2025-04-16',
    ],
    [
      '"Published Jan. 5" over "© 2024 Example"',
      page(
        'Strikes resume in Gaza',
        'Published Jan. 5|Updated Jan. 5',
        story,
        'More strikes followed.',
        '© 2024 Example Bay Times',
      ),
      '2024-01-05',
    ],
  ])('reads %s', (_, text, day) => {
    expect(metadataOf(text).published).toBe(day);
  });
});

describe('Indonesian page furniture', () => {
  const story =
    'The number of Palestinians killed in the Gaza Strip has risen to 3,478, the ministry said on Wednesday.';

  it('a dateline that opens with the site’s own address names it', () => {
    const text = page(
      'Palestinian death toll in Gaza climbs to 3,478',
      'Thursday 19 Oct 2023 10:45 WIB',
      `EXAMPLE.CO.ID, GAZA -- ${story}`,
      'More strikes followed.',
    );
    expect(metadataOf(text).publisher).toBe('EXAMPLE.CO.ID');
  });

  it('a site named by its address before a dash and the date, over a company named "PT."', () => {
    const md = page(
      '# Gaza ceasefire at day 28',
      '**Example.com** - 16/02/2025, 14:20 WIB',
      story,
      'More strikes followed.',
      'Copyright 2008 - 2025 PT. Example Cyber Media (Example Digital Group). All Rights Reserved.',
    );
    const found = metadataOf(md, 'page.md');
    expect(found.publisher).toBe('Example.com');
    expect(found.published).toBe('2025-02-16');
  });
});

describe('outlet names in the furniture of round 11 (stop 23)', () => {
  const story =
    'Israeli strikes killed at least 26 people across the Gaza Strip on Tuesday, officials said.';
  it.each([
    [
      'a name at the top over sections listed with commas',
      page('The Example Age', 'World, Middle East', 'Strikes go on in Gaza', 'AP', story),
      'The Example Age',
    ],
    [
      'a brand in small letters joined by a hyphen, over its menu',
      page('mid-week', 'Cityside | Sports | World News | Opinion', 'Strikes go on in Gaza', story),
      'mid-week',
    ],
    [
      "an owner's copyright line that names the site at the top",
      page(
        'Example Mercury',
        'News | Sport | Lifestyle | Property',
        'Strikes go on in Gaza',
        'By Example Associated Press',
        story,
        '© 2025 Example Community Media. Example Mercury, Level 1, 76 Main Street.',
      ),
      'Example Mercury',
    ],
    [
      'a copyright owner that names no site keeps the credit',
      page(
        'Example Mercury',
        'News | Sport | Lifestyle | Property',
        'Strikes go on in Gaza',
        story,
        '© 2025 Example Community Media. All rights reserved.',
      ),
      'Example Community Media',
    ],
    [
      'the copyright of an HTML footer written with an entity',
      '<html><head><title>Strikes go on in Gaza</title></head><body><article><h1>Strikes go on in Gaza</h1><p>' +
        story +
        '</p></article><footer><p>&copy; 2025 Example Citi Newsroom. All rights reserved.</p></footer></body></html>',
      'Example Citi Newsroom',
    ],
  ])('%s', (_, text, publisher) => {
    const file = text.startsWith('<html') ? 'page.html' : 'page.txt';
    expect(metadataOf(text, file).publisher).toBe(publisher);
  });
});

describe('outlet names and dates in the furniture of round 11, part 2', () => {
  const story =
    'Israeli strikes killed at least 26 people across the Gaza Strip on Tuesday, officials said.';
  it.each([
    [
      'a name at the very top over its tagline and its menu',
      page(
        'Examplinform',
        'Multimedia Platform of Example Land',
        'War | Politics | Economy | World',
        'Strikes go on in Gaza',
        story,
      ),
      'Examplinform',
    ],
    [
      'a name of section words over a tagline that says it is a newspaper',
      page(
        'Daily News',
        "Example Land's National Newspaper Since 1918",
        'Home | Local | Business | Sports | World',
        'Strikes go on in Gaza',
        story,
      ),
      'Daily News',
    ],
    [
      '"X is published by Y" at the foot of the page',
      page(
        'Strikes go on in Gaza',
        story,
        'Example Daily is published by Example Media Group. (c) 2024 Example Media Group. All Rights Reserved.',
      ),
      'Example Daily',
    ],
    [
      "a site's name in small letters before the copyright mark",
      page('Strikes go on in Gaza', story, 'exr nws © EXR 2025 · Privacy · Cookies · Contact'),
      'EXR',
    ],
  ])('%s', (_, text, publisher) => {
    expect(metadataOf(text).publisher).toBe(publisher);
  });

  it.each([
    [
      'a date line with the byline and comments set apart by wide spaces',
      page('Strikes go on in Gaza', 'August 13, 2025  Example Times Reporter  4 Comments', story),
      '2025-08-13',
    ],
    [
      'the same fields with bars between the wide spaces',
      page(
        'Strikes go on in Gaza',
        'January 8, 2024  |  Example Times Reporter  |  3 Comments',
        story,
      ),
      '2024-01-08',
    ],
    [
      'the day "Published" beside the copyright line at the foot',
      page(
        'Strikes go on in Gaza',
        'Updated 3 hours ago',
        story,
        'Copyright © 2023, The Example Sun, an Example News Network publication | Published December 16, 2023 at 9:05 a.m.',
      ),
      '2023-12-16',
    ],
  ])('%s', (_, text, published) => {
    expect(metadataOf(text).published).toBe(published);
  });

  it.each([
    [
      "a link home to the home page's file",
      page(
        '[Exampleshub.](https://www.exampleshub.co.nz/home.html)',
        'WORLD',
        '# Strikes go on in Gaza',
        '26/03/2024',
        story,
      ),
      'Exampleshub.',
    ],
    [
      'a breadcrumb from the home page just under the headline',
      page(
        '# Strikes go on in Gaza',
        '[Examples.co.ke](https://www.examples.co.ke) > News > World',
        '18 March 2025 - 15:47',
        story,
      ),
      'Examples.co.ke',
    ],
  ])('%s', (_, md, publisher) => {
    expect(metadataOf(md, 'page.md').publisher).toBe(publisher.replace(/\.$/, ''));
  });

  it("a table row's date and figures are no date line", () => {
    expect(
      metadataOf(page('Strikes go on in Gaza', story, 'October 31, 2023 | 8,525 | 21,543'))
        .published,
    ).toBeNull();
  });
});

describe('round 12: a site named by its address in og:site_name', () => {
  it('keeps the address, not the tagline after a dash', () => {
    const html =
      '<html><head><meta property="og:site_name" content="example.co.ke - Kenya news."></head><body><p>Strikes resumed on Sunday.</p></body></html>';
    expect(metadataOf(html, 'page.html').publisher).toBe('example.co.ke');
  });
});

describe('pages of round 14', () => {
  it('the name at the top over its menu outranks a group of companies in the footer', () => {
    const info = metadataOf(
      page(
        'EXAMPLE ARGUS',
        'Home | News | Opinion | Sport | Business',
        'Opinion',
        'Why the truce must hold',
        'By Jane Doe',
        'Published Apr 2, 2025',
        'Cape Town - Two weeks ago the strikes resumed across Gaza.',
        '© 2025 Example Online and affiliated companies. All rights reserved.',
      ),
    );
    expect(info.publisher?.toLowerCase()).toBe('example argus');
  });

  it('a writer named without "By" before the labelled date', () => {
    const info = metadataOf(
      page(
        'ExamplePoint',
        'Home > News > World News',
        'Army Says 21 Soldiers Killed In Gaza',
        'Jane Example Published January 23, 2024 | 02:40 PM',
        'Twenty-one soldiers were killed in central Gaza on Monday, the army said.',
      ),
    );
    expect(info.published).toBe('2024-01-23');
  });
});

describe('a parent company named "Société …" in the footer', () => {
  it('yields to the initials and name at the top', () => {
    const info = metadataOf(
      page(
        'ERI | Example Radio International',
        'News · World',
        'A doctor back from Gaza describes the shootings',
        'Published July 14, 2025',
        'By Jane Doe | ERI',
        'A Montreal physician who spent four weeks in Gaza says most of her patients had been shot.',
        '© Société Example-Radio. All rights reserved.',
      ),
    );
    expect(info.publisher).toBe('Example Radio International');
  });
});
