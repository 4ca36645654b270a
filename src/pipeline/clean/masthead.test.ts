// Lines a page prints above its headline, written for these tests.
import { describe, expect, it } from 'vitest';
import {
  isLowerCaseBrand,
  isMenuLine,
  isSectionName,
  isSectionPath,
  isTagline,
  menuOwner,
  readMasthead,
} from './masthead.ts';

describe('readMasthead', () => {
  it.each([
    ['TASS', 'TASS', true],
    ['The National', 'The National', true],
    ['Anadolu Agency', 'Anadolu Agency', true],
    ['EXAMPLE.COM', null, false],
    ['The Example Herald', 'The Example Herald', false],
    ['Example Daily News', 'Example Daily News', false],
  ])('%s', (line, name, known) => {
    const masthead = readMasthead(line);
    expect(masthead?.name ?? null).toBe(name);
    if (masthead) expect(masthead.known).toBe(known);
  });

  it.each([
    'World News',
    'Middle East',
    'OCHA',
    'Jane Doe',
    'Israel Revises Toll',
    'The ministry gave a new toll.',
  ])('names no outlet: %s', (line) => {
    expect(readMasthead(line)).toBeNull();
  });
});

describe('the lines under and around the outlet name', () => {
  it('tells a tagline from an outlet and a headline', () => {
    expect(isTagline('Russian News Agency')).toBe(true);
    expect(isTagline('Independent Arab Daily')).toBe(true);
    expect(isTagline('Reuters')).toBe(false);
    expect(isTagline('Envoy Urges Truce')).toBe(false);
  });

  it('knows a section heading', () => {
    expect(isSectionName('Middle East')).toBe(true);
    expect(isSectionName('World News')).toBe(true);
    expect(isSectionName('Example Daily News')).toBe(false);
    expect(isSectionName('Israel-Gaza War Live')).toBe(false);
  });
});

describe('menuOwner: a menu whose first item is the site, before its link home', () => {
  it.each([
    ['EXAMPLE | Home · National · International · Business', 'EXAMPLE'],
    ['Example Herald | Home | World | Sport | Opinion', 'Example Herald'],
    ['examplenews | Home | News | Business', 'examplenews'],
    // no link home after it: a menu of sections
    ['World | Politics | Business | Sport', null],
    ['HOME | WORLD | POLITICS | MEDIA', null],
    ['World | Home | Politics | Sport', null],
  ])('%s', (line, name) => {
    expect(menuOwner(line)).toBe(name);
  });
});

describe('isLowerCaseBrand', () => {
  it.each([
    ['examplenews', true],
    ['examplenews.', true],
    ['exampleweb English', true],
    ['mid-week', true],
    ['x-ray', false],
    ['well-known facts', false],
    ['home', false],
    ['menu', false],
    ['the war goes on', false],
    ['Example News', false],
    ['ab', false],
  ])('%s', (line, brand) => {
    expect(isLowerCaseBrand(line)).toBe(brand);
  });
});

describe('isSectionPath', () => {
  it.each([
    ['World > Middle East', true],
    ['World | Middle East', true],
    ['World, Middle East', true],
    ['Gaza, Israel', true],
    ['World', false],
    ['Gaza, where the strikes fell', false],
    ['Hamas, Israel agree truce', false],
  ])('%s', (line, path) => {
    expect(isSectionPath(line)).toBe(path);
  });
});

describe('a menu with slashes between its items', () => {
  it('is a menu; a byline or a section path with one slash is not', () => {
    expect(isMenuLine('Home / News / World / Business / Opinion / Digital Edition')).toBe(true);
    expect(isMenuLine('by EXR / pic by AFP')).toBe(false);
    expect(isMenuLine('World / Middle East')).toBe(false);
    expect(menuOwner('EXAMPLE POST / Home / World / Sport')).toBe('EXAMPLE POST');
  });
});

describe('names at the top of a page, round 12', () => {
  it('reads initials beside a translated name, whatever the order of its letters', () => {
    expect(readMasthead('EAP - Example Press Agency')?.name).toBe('Example Press Agency');
    expect(readMasthead('XYZ - Example Press Agency')).toBeNull();
  });

  it('reads a site named by its address before what it offers', () => {
    expect(readMasthead('Example.net - Valley News, Weather, Sports, Classifieds')?.name).toBe(
      'Example.net',
    );
    expect(readMasthead('Example.net - Valley News is the best.')).toBeNull();
  });

  it('reads a menu with one longer item among several', () => {
    expect(isMenuLine('News | Politics | World | Business | Poland in the world')).toBe(true);
    expect(isMenuLine('Gaza | Four killed in the strike | Aid')).toBe(false);
  });
});

describe('names at the top of a page, round 13', () => {
  it('reads a one-word name in capitals before what kind of newsroom it is', () => {
    expect(readMasthead('EXAMPRESS - Romanian National News Agency')?.name).toBe('EXAMPRESS');
    expect(readMasthead('WORLD - Latest News')).toBeNull();
    expect(readMasthead('GAZA - Breaking News')).toBeNull();
  });

  it('reads a site named by its address before "news agency"', () => {
    expect(readMasthead('24.xy news agency')?.name).toBe('24.xy');
    expect(readMasthead('24.xy is a news agency')).toBeNull();
  });
});

describe('a language switcher is a menu', () => {
  it.each([
    ['English | Română', true],
    ['RU | KG | EN', true],
    ['Gaza | Israel', false],
    ['English', false],
  ])('%s', (line, menu) => {
    expect(isMenuLine(line)).toBe(menu);
  });
});

describe('names at the top of a page, round 14', () => {
  it.each([
    // Initials beside a long name spelled out, "The" before it.
    ['EIPS | The Example Institute for Policy Studies', 'The Example Institute for Policy Studies'],
    // The name in its own script beside its name in Latin letters, an edition's label after.
    ['예시신문 | The Yesi Shinmun — English Edition', 'The Yesi Shinmun'],
    ['Пример | The Primer', 'The Primer'],
  ])('%s', (line, name) => {
    expect(readMasthead(line)?.name).toBe(name);
  });

  it.each([
    // Initials whose letters are not the name's; a place in two scripts.
    'EXN | The Institute for Policy Studies',
    'غزة | Gaza',
  ])('not a name: %s', (line) => {
    expect(readMasthead(line)).toBeNull();
  });

  it('a menu whose links kept their brackets is a menu', () => {
    expect(isMenuLine('[Home] [World] [Politics] [Business] [Opinion]')).toBe(true);
    expect(isMenuLine('[Photo] Families wait at the crossing')).toBe(false);
  });
});

describe('a brand in capitals beside the broadcaster it stands for', () => {
  it('"EXA WORLD - Voice of Exampleland"', () => {
    expect(readMasthead('EXA WORLD - Voice of Exampleland')?.name).toBe('EXA WORLD');
  });

  it('a section in capitals over a headline is none', () => {
    expect(readMasthead('BREAKING NEWS - Radio silence in Gaza')).toBeNull();
  });
});
