// Page date lines in the forms news sites print them, written for these tests.
import { describe, expect, it } from 'vitest';
import {
  FULL_DATE,
  liveEntryDay,
  ownDateLine,
  readFullDate,
  readLiveStamp,
  readPageDate,
} from './pageDate.ts';

describe('an unclear slash date on a labelled date line', () => {
  it('is read day first, as most sites outside the US print it', () => {
    expect(readPageDate('Issued on: 07/04/2024 - 18:22 Modified: 07/04/2024 - 21:09')).toEqual({
      date: '2024-04-07',
      updated: false,
      labelled: true,
    });
    expect(readPageDate('Published 05/06/2024')?.date).toBe('2024-06-05');
    // a bare one stays unread
    expect(readPageDate('05/06/2024')?.date ?? null).toBeNull();
  });
});

describe('an unclear slash date settled by the line itself', () => {
  it.each([
    // The weekday names which reading it is: 4 December 2023 was a Monday.
    ['Monday 04/12/2023', '2023-12-04'],
    ['Monday, 12/04/2023', '2023-12-04'],
    ['Sunday 10/05/2025', '2025-10-05'],
    // A US time zone writes the month first, even after a label.
    ['Updated: 12/04/2023 10:15 AM EST', '2023-12-04'],
    // A label alone reads the day first; nothing settles a bare date.
    ['Updated: 12/04/2023 10:15', '2023-04-12'],
    ['10/05/2025', null],
  ])('%s → %s', (line, day) => {
    expect(readPageDate(line)?.date ?? null).toBe(day);
  });
});

describe('readFullDate', () => {
  it.each([
    ['March 5, 2024', '2024-03-05'],
    ['Mar. 6 2024', '2024-03-06'],
    ['Oct.24,2023', '2023-10-24'],
    ['Posted on : Mar.6,2024 17:21 KST', '2024-03-06'],
    ['January 05, 2024', '2024-01-05'],
    ['March 5th, 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['26 Oct 2023', '2023-10-26'],
    ['2024-03-05', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    // Dots put the day first, as European and Israeli sites write them.
    ['06.03.2024', '2024-03-06'],
    ['26/03/2024', '2024-03-26'],
    ['03/26/2024', '2024-03-26'],
    // Which is the day cannot be told: no date rather than a wrong one.
    ['05/06/2024', null],
    ['2023-02-30', null],
  ])('%s', (text, day) => {
    expect(readFullDate(text)?.date).toBe(day);
  });

  it('finds no date without a year or inside a longer number', () => {
    expect(readFullDate('on March 5')).toBeNull();
    expect(readFullDate('a toll of 1.200.2024')).toBeNull();
  });
});

describe('readPageDate', () => {
  it.each([
    ['Published: January 5, 2024', '2024-01-05', false, true],
    ['Posted Mar 6, 2024', '2024-03-06', false, true],
    ['Posted on 6 March 2024', '2024-03-06', false, true],
    ['Published: Thu 26 Oct 2023, 8:44 PM', '2023-10-26', false, true],
    ['First published Wed 6 Mar 2024 07.15 GMT', '2024-03-06', false, true],
    ['Updated 10:02 GMT on 2024-03-06', '2024-03-06', true, true],
    ['Last updated: 7 March 2024', '2024-03-07', true, true],
    ['Updated 3:45 PM EST, Fri January 5, 2024', '2024-01-05', true, true],
    ['Tuesday, March 5, 2024', '2024-03-05', false, false],
    ['2024.03.05', '2024-03-05', false, false],
    ['06.03.2024', '2024-03-06', false, false],
    ['Fri 5 Jan 2024 10.30 GMT', '2024-01-05', false, false],
    ['Wed 6 Mar 2024 11:20 am - Mecca Time', '2024-03-06', false, false],
    ['Monday, March 4, 2024 at 3:15 PM EST', '2024-03-04', false, false],
    ['March 4, 2024 | 15:20 IST', '2024-03-04', false, false],
    // A broken credit and a time in front of the date, as copied from some agency pages.
    ['Wire) 14:05, March 07, 2024', '2024-03-07', false, false],
    ['March 9, 2024 7:02 AM GMT+2 Updated 3 hours ago', '2024-03-09', false, false],
    ['9 March 2024, 11:20 pm  |  28 Adar I 5784', '2024-03-09', false, false],
    ['Last update on: Mon Nov 13, 2023 05:00 AM', '2023-11-13', true, true],
    ['Latest update 13 November 2023', '2023-11-13', true, true],
    ['Originally published Nov 12, 2023', '2023-11-12', false, true],
    // Copying lost the space between the year and the time, or between two forms of the day.
    ['November 12, 20239:03 PM ET', '2023-11-12', false, false],
    ['11/12/2023November 12, 2023', '2023-11-12', false, false],
    ['12/11/2023 November 12, 2023', '2023-11-12', false, false],
    // A readers' counter, an author set apart by a dash, a byline after a labelled day.
    ['2025-07-13 11:32  |  Views: 1,284', '2025-07-13', false, false],
    ['Jane Q. Example — 3 November 2025, 7:00am', '2025-11-03', false, false],
    [
      'Published on 07/04/2024 - 12:05 By Ana Example - Reporter at Example - City',
      '2024-04-07',
      false,
      true,
    ],
  ])('%s', (line, day, updated, labelled) => {
    expect(readPageDate(line)).toEqual({ date: day, updated, labelled });
  });

  it.each([
    'On March 5, 2024, the ministry said 30,000 had died.',
    'Israeli strikes hit Rafah on March 5, 2024',
    'Mourners gather in Rafah, February 12, 2024. (AP)',
    'Oct. 7, 2023 - Hamas-led gunmen attack southern Israel, killing 1,200 people.',
    'Published by the ministry of health',
  ])('is not a page date: %s', (line) => {
    expect(readPageDate(line)).toBeNull();
  });

  it('reads the outlet that opens a credit line, the agency that helped and the time aside', () => {
    expect(readPageDate('Example-Isle with Reuters | Fri, 22 Aug 2025 | 14:35')).toEqual({
      date: '2025-08-22',
      updated: false,
      labelled: true,
      credit: 'Example-Isle',
    });
  });
});

describe('readLiveStamp', () => {
  it('takes the stamp off a live entry heading', () => {
    expect(
      readLiveStamp(
        'Crossings reopen for aidpublished at 09:12 Greenwich Mean Time 4 December 2023',
      ),
    ).toEqual({ date: '2023-12-04', rest: 'Crossings reopen for aid' });
    expect(readLiveStamp('Posted at 14:30 GMT, December 5, 2023')).toEqual({
      date: '2023-12-05',
      rest: '',
    });
  });

  it('leaves sentences about publishing alone', () => {
    expect(readLiveStamp('The list was published at 10:00 on Monday.')).toBeNull();
  });
});

describe('ownDateLine', () => {
  it('takes the only date line', () => {
    expect(ownDateLine(['06.03.2024'])).toBe('06.03.2024');
    expect(ownDateLine([])).toBeNull();
  });

  it('takes a date line printed apart from the timeline under it', () => {
    expect(ownDateLine(['Tuesday, March 5, 2024', 'October 7, 2023', 'November 24, 2023'])).toBe(
      'Tuesday, March 5, 2024',
    );
    expect(ownDateLine(['2024.03.05 10:02', '7 October 2023', '24 November 2023'])).toBe(
      '2024.03.05 10:02',
    );
  });

  it.each([
    // A timeline from its first entry, in one form.
    [['October 7, 2023', 'November 24, 2023', 'January 19, 2025']],
    // Latest first, in one form: the first entry is not set apart.
    [['January 19, 2025', 'November 24, 2023', 'October 7, 2023']],
    // A form of its own, but earlier than what follows: an entry, not the page's date.
    [['Saturday, October 7, 2023', 'November 24, 2023', 'January 19, 2025']],
  ])('takes no entry of a timeline: %j', (lines) => {
    expect(ownDateLine(lines)).toBeNull();
  });
});

describe('a header line of several fields', () => {
  it.each([
    ['MAY 2, 2024 18:20 Updated: MAY 3, 2024 07:02', '2024-05-02'],
    ['Sara Haddad |02.05.2024 - 18:20 GMT+3 | Update: 03.05.2024 - 07:02 GMT+3', '2024-05-02'],
    ['Updated: 3 May 2024 7:02 am Published: 2 May 2024 6:20 pm', '2024-05-02'],
    ['Posted: 2 May 2024 Updated: 3 May 2024', '2024-05-02'],
    [
      'Format: News Release | Source: UNRWA | Posted: 2 May 2024 | Originally published: 2 May 2024',
      '2024-05-02',
    ],
  ])('%s', (line, day) => {
    expect(readPageDate(line)?.date).toBe(day);
  });

  it.each([
    'Ceasefire takes effect | January 19, 2025',
    'Hamas frees 3 hostages | January 19, 2025',
    'The army said on May 2, 2024 that the strike killed 12 | Updated: May 3, 2024',
  ])('is not a timeline entry or a sentence: %s', (line) => {
    expect(readPageDate(line)).toBeNull();
  });
});

describe('a header line of several fields', () => {
  it('is one field with no bar, "update", "modified" or "Published:" (readDateParts passes it over)', () => {
    // The split readDateParts makes; a line of fewer than two fields is no header line.
    const split = (text: string) =>
      text
        .split(
          /\s*\|\s*|\s+(?=\(?(?:(?:last )?(?:updated?|modified)\s*:?|(?:published|posted)\s*:)\s*\S)/i,
        )
        .map((part) => part.trim())
        .filter(Boolean);
    const pieces = ['Posted:', 'March 5, 2024', 'UPDATED', 'updat', 'Last', 'update', 'd'];
    const more = [':', 'Jane Roe', '14:05', 'GMT', '|', '¦', 'upDate', 'Update:', 'ed', 'Modified'];
    const words = [...pieces, ...more];
    const gaps = [' ', '  ', '', '\t', ' : '];
    let seed = 11;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    let checked = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let i = 1 + random(8); i > 0; i--)
        text += (words[random(words.length)] ?? '') + (gaps[random(gaps.length)] ?? '');
      if (text.includes('|') || /update|modified|(?:published|posted)\s*:/i.test(text)) continue;
      checked++;
      expect(split(text).length, text).toBeLessThan(2);
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('date lines of this round', () => {
  it.each([
    // No space after the comma, a space before it.
    ['By AFP - Jan 08,2024 - Last updated at Jan 08,2024', '2024-01-08'],
    ['Oct 07,2025', '2025-10-07'],
    ['Published: 21 December ,2023: 04:15 PM GST', '2023-12-21'],
    // A year of two figures beside the time, and the Hebrew date before it month first.
    ['Kislev 30, 5784, 12/13/23 08:05', '2023-12-13'],
    ['12/13/23 08:05', '2023-12-13'],
  ])('%s', (line, day) => {
    expect(readPageDate(line)?.date).toBe(day);
  });

  it('reads no year of two figures without a time, nor an unclear one', () => {
    expect(readPageDate('Open 24/7 for patients')).toBeNull();
    expect(readPageDate('12/13/23')).toBeNull();
    expect(readPageDate('05/03/24 10:00')?.date ?? null).toBeNull();
  });
});

describe('a full date', () => {
  it('has four digits in a row, or a slash date with a time: without them FULL_DATE finds nothing (readFullDate skips it)', () => {
    const words = ['March', 'Mar.', '5', '05', '5th', '2024', '202', '24', '10', '.', '/', '-'];
    const more = [',', ' ', 'Oct', '26', '123', '1', '2023', '7', 'st', 'GMT', '12.03.', ':'];
    const pool = [...words, ...more];
    let seed = 23;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    let withDate = 0;
    let checked = 0;
    for (let k = 0; k < 20000; k++) {
      const parts: string[] = [];
      for (let i = 1 + random(8); i > 0; i--) parts.push(pool[random(pool.length)] ?? '');
      const text = parts.join(random(3) === 0 ? '' : ' ');
      if (FULL_DATE.exec(text)) withDate++;
      if (/\d{4}/.test(text) || /\d\/\d{2}\s+\d{1,2}[:.]\d{2}/.test(text)) continue;
      checked++;
      expect(FULL_DATE.exec(text), text).toBeNull();
    }
    // The strings do make dates, and many have no year.
    expect(withDate).toBeGreaterThan(200);
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('a date line with its section and byline after it', () => {
  it.each([
    ['On December 12, 2023 9:14 pm  In News by Agency', '2023-12-12'],
    ['March 5, 2024 by Jane Roe', '2024-03-05'],
    ['Published 12 Mar 2024 By Sam Lee', '2024-03-12'],
  ])('%s → %s', (line, day) => {
    expect(readPageDate(line)?.date ?? null).toBe(day);
  });

  it('leaves a sentence that holds a date a sentence', () => {
    expect(readPageDate('On March 5, 2024 Israel said 30 were killed by Hamas')).toBeNull();
  });
});

describe('round 8 date lines', () => {
  it.each([
    // the Hijri date beside it, month first
    ['Sunday, April 7, 2024 · Ramadan 28, 1445 AH', '2024-04-07'],
    // a section "of" the day, as some portals print it
    ['World News  of Monday, 13 October 2025', '2025-10-13'],
    // a desk and its city run into an update line
    ['Example World Desk New Delhi, UPDATED: Mar 5, 2024 14:20 IST', '2024-03-05'],
  ])('%s → %s', (line, day) => {
    expect(readPageDate(line)?.date ?? null).toBe(day);
  });

  it('leaves a sentence of the story a sentence', () => {
    expect(
      readPageDate('The last of the hostages were freed on Monday, 13 October 2025.'),
    ).toBeNull();
  });
});

describe('liveEntryDay', () => {
  it("reads a live blog's stamps, all with a time, as the latest day", () => {
    expect(
      liveEntryDay(['Mar 5, 2024 14:20 IST', 'Mar 5, 2024 09:05 IST', 'Mar 4, 2024 22:45 IST']),
    ).toBe('2024-03-05');
  });

  it("reads no timeline's days, and no single line", () => {
    expect(liveEntryDay(['October 7, 2023', 'November 24, 2023', 'January 19, 2025'])).toBeNull();
    expect(liveEntryDay(['Mar 5, 2024 14:20 IST'])).toBeNull();
  });
});

describe('credit lines after review', () => {
  it('takes the agency that helped off a credit, not the words of a name', () => {
    expect(readPageDate('Example Post with Reuters | Fri, 22 Aug 2025 | 14:35')?.credit).toBe(
      'Example Post',
    );
  });

  it('reads an author whose name ends like a verb before a dash', () => {
    expect(readPageDate('Ali Mohammed Hassan — 3 November 2025, 7:00am')?.date).toBe('2025-11-03');
  });
});

describe("a dateline's place before a page's date line", () => {
  it.each([
    ['Rome, 15 Jul 2025 17:22 — Middle East', '2025-07-15'],
    ['Nairobi, 3 March 2024 09:10 – World', '2024-03-03'],
    ['Buenos Aires, Nov. 12, 2024 - Politics & Economy', '2024-11-12'],
    ['Kuala Lumpur, 8 June 2024, 4:05 pm', '2024-06-08'],
  ])('reads %s as the day', (line, day) => {
    expect(readPageDate(line)?.date).toBe(day);
  });

  it('reads no story that opens with a dateline and a date', () => {
    expect(readPageDate('Gaza, 8 October 2023 — the army said troops had crossed')).toBeNull();
    expect(readPageDate('Gaza City, 8 October 2023 — Hamas Fighters Crossed The Fence')).toBeNull();
  });
});

describe('a two-figure year before "AT" and a time', () => {
  it('reads the day', () => {
    expect(readPageDate('10/13/25 AT 4:05 AM EDT')?.date).toBe('2025-10-13');
  });
});

describe('a byline field before the date on a header line (round 13)', () => {
  it('reads the day after "Author:" or "By"', () => {
    expect(readPageDate('Author: Example Belgrade | 13.10.2025 14:27 | 0 shares')?.date).toBe(
      '2025-10-13',
    );
    expect(readPageDate('By Jane Roe · 12 March 2024 · 3 min read')?.date).toBe('2024-03-12');
  });

  it("still reads no timeline's entry as the page's date", () => {
    expect(readPageDate('Ceasefire takes effect | January 19, 2025 | Hostages freed')).toBeNull();
  });
});
