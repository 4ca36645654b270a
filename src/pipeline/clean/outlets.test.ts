// Outlet names as pages print them on a line of their own, written for these tests.
import { describe, expect, it } from 'vitest';
import { knownOutlet } from './outlets.ts';

describe('knownOutlet', () => {
  it.each([
    ['TASS', 'TASS'],
    ['The National', 'The National'],
    ['Anadolu Agency', 'Anadolu Agency'],
    ['*Agence France-Presse*', 'Agence France-Presse'],
    ['AFP', 'AFP'],
    ['THE TIMES OF ISRAEL', 'THE TIMES OF ISRAEL'],
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
