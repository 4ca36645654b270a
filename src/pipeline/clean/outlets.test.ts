// Outlet names as pages print them on a line of their own, written for these tests.
import { describe, expect, it } from 'vitest';
import { knownOutlet, outletOfUrl } from './outlets.ts';

describe('knownOutlet', () => {
  it.each([
    ['TASS', 'TASS'],
    ['The National', 'The National'],
    ['Anadolu Agency', 'Anadolu Agency'],
    ['*Agence France-Presse*', 'Agence France-Presse'],
    ['AFP', 'AFP'],
    // A name in a logo's lettering is written as the outlet writes it.
    ['THE TIMES OF ISRAEL', 'The Times of Israel'],
    ['npr', 'NPR'],
    // Another of its names stays as printed.
    ['Israel National News', 'Israel National News'],
    ['TIMESOFINDIA.COM', 'The Times of India'],
    ['www.aljazeera.com', 'Al Jazeera'],
  ])('%s', (line, name) => {
    expect(knownOutlet(line)).toBe(name);
  });

  it.each([
    'Russian News Agency',
    'The Nation',
    'Gaza',
    'National',
    'Reuters reported',
    'example.com',
  ])('is no known outlet: %s', (line) => {
    expect(knownOutlet(line)).toBeNull();
  });
});

describe('outletOfUrl', () => {
  it.each([
    ['https://www.theguardian.com/world/2024/jan/14/story', 'The Guardian'],
    ['https://english.aljazeera.com/news/2024/5/2/story', 'Al Jazeera'],
    ['http://edition.cnn.com/2024/05/02/middleeast/story', 'CNN'],
    ['https://www.example-gazette.com/story', null],
    ['not a url', null],
  ])('%s → %s', (url, outlet) => {
    expect(outletOfUrl(url)).toBe(outlet);
  });
});

describe('knownOutlet: a name printed with a full stop', () => {
  it('is the name without it', () => {
    expect(knownOutlet('THE GUARDIAN.')).toBe('The Guardian');
    expect(knownOutlet('Reuters.')).toBe('Reuters');
  });
});

describe('knownOutlet: a name with an edition word or its own short name', () => {
  it.each([
    ['Al Arabiya English', 'Al Arabiya'],
    ['Reuters Online', 'Reuters'],
    ['MEMO Middle East Monitor', 'Middle East Monitor'],
    ['Middle East Monitor MEMO', 'Middle East Monitor'],
  ])('%s', (line, name) => {
    expect(knownOutlet(line)).toBe(name);
  });

  it('is no outlet for an edition word alone, or another outlet’s short name beside a name', () => {
    expect(knownOutlet('English')).toBeNull();
    expect(knownOutlet('AFP Middle East Monitor')).toBeNull();
  });
});
