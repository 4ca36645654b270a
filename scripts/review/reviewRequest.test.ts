import { describe, expect, it } from 'vitest';
import { REVIEW_TOKEN_HEADER, type Correction } from '../../src/dataset/corrections.ts';
import {
  appendEntries,
  readRequest,
  refuseHost,
  refuseWrite,
  writtenEntries,
  type RequestHeaders,
} from './reviewRequest.ts';
import { fileUnder, withToken } from './staticFiles.ts';

const PORT = 4180;
const TOKEN = 'a'.repeat(48);
const good: RequestHeaders = {
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
  'sec-fetch-site': 'same-origin',
  'content-type': 'application/json',
  [REVIEW_TOKEN_HEADER.toLowerCase()]: TOKEN,
};
const entry: Correction = {
  article: 'a.txt',
  quote: 'wounded 12 others',
  number: '12',
  action: 'drop',
  reason: 'counted twice',
};

describe('who may write', () => {
  it('lets the page itself write', () => {
    expect(refuseWrite(good, PORT, TOKEN)).toBeNull();
    expect(
      refuseWrite(
        { ...good, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` },
        PORT,
        TOKEN,
      ),
    ).toBeNull();
  });

  it.each([
    ['another host name (DNS rebinding)', { host: `evil.example:${PORT}` }, 421],
    ['another port', { host: '127.0.0.1:9999' }, 421],
    ['no origin', { origin: undefined }, 403],
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['the other name of this host as origin', { origin: `http://localhost:${PORT}` }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['no token', { [REVIEW_TOKEN_HEADER.toLowerCase()]: undefined }, 403],
    ['a wrong token', { [REVIEW_TOKEN_HEADER.toLowerCase()]: 'b'.repeat(48) }, 403],
    ['a token of another length', { [REVIEW_TOKEN_HEADER.toLowerCase()]: 'a' }, 403],
  ])('refuses %s', (_name, change, status) => {
    expect(refuseWrite({ ...good, ...change }, PORT, TOKEN)?.status).toBe(status);
  });

  it('serves pages only under its own names', () => {
    expect(refuseHost({ host: `localhost:${PORT}` }, PORT)).toBeNull();
    expect(refuseHost({ host: 'attacker.example' }, PORT)?.status).toBe(421);
    expect(refuseHost({}, PORT)?.status).toBe(421);
  });
});

describe('what a request may hold', () => {
  it('takes entries of the build’s schema', () => {
    expect(readRequest(JSON.stringify({ corrections: [entry] }))).toEqual({
      ok: true,
      entries: [entry],
    });
  });

  it.each([
    ['not JSON', '{ corrections'],
    ['no entries', JSON.stringify({ corrections: [] })],
    ['an entry without a reason', JSON.stringify({ corrections: [{ ...entry, reason: '' }] })],
    ['an unknown action', JSON.stringify({ corrections: [{ ...entry, action: 'delete-file' }] })],
    [
      'an impossible day',
      JSON.stringify({ corrections: [{ ...entry, action: 'set', set: { asOf: '2024-02-30' } }] }),
    ],
    ['more than the file', JSON.stringify({ corrections: [entry], path: '../../etc' })],
  ])('refuses %s', (_name, body) => {
    expect(readRequest(body)).toMatchObject({ status: 400 });
  });
});

describe('the file written', () => {
  it('keeps the entries there as written and adds the new ones after them', () => {
    const current =
      '{"corrections":[{"reason":"kept as is","article":"b.txt","quote":"q 1","number":"1","action":"drop"}]}';
    const result = appendEntries(current, [entry]);
    if (!('ok' in result)) throw new Error(result.error);
    expect(result.first).toBe(1);
    const kept = (JSON.parse(current) as { corrections: unknown[] }).corrections[0];
    expect(result.text).toBe(`${JSON.stringify({ corrections: [kept, entry] }, null, 2)}\n`);
    expect(
      Object.keys((JSON.parse(result.text) as { corrections: object[] }).corrections[0] ?? {})[0],
    ).toBe('reason');
  });

  it('starts the file when there is none, and leaves a broken one alone', () => {
    expect(appendEntries(null, [entry])).toEqual({
      ok: true,
      text: `${JSON.stringify({ corrections: [entry] }, null, 2)}\n`,
      first: 0,
    });
    expect(appendEntries('{ "corrections": [ ', [entry])).toMatchObject({
      status: 409,
      error: expect.stringMatching(
        /^corrections\.json: .* at line 1, column \d+\. Fix the file by hand first/,
      ) as unknown,
    });
  });

  it('says what became of the entries written, from the rebuilt dataset', () => {
    const summary = {
      applied: 2,
      unmatched: [
        { index: 0, article: 'a', quote: 'q', number: '1', why: 'old' },
        { index: 3, article: 'a', quote: 'q', number: '1', why: 'already a figure there (a:1:0)' },
      ],
    };
    expect(writtenEntries(summary, 2, 2)).toEqual([
      { index: 2, applied: true },
      { index: 3, applied: false, why: 'already a figure there (a:1:0)' },
    ]);
  });
});

describe('static files', () => {
  it('serves only what is under its folder', () => {
    expect(fileUnder('/srv/app', '/assets/x.js')).toBe('/srv/app/assets/x.js');
    expect(fileUnder('/srv/app', '/')).toBe('/srv/app');
    // A path climbing out is read from the top of the folder, as a browser would resolve it.
    expect(fileUnder('/srv/app', '/../secret')).toBe('/srv/app/secret');
    expect(fileUnder('/srv/app', '/assets/%2e%2e/%2e%2e/%2e%2e/secret')).toBe('/srv/app/secret');
    expect(fileUnder('/srv/app', '..%2fsecret')).toBeNull();
    expect(fileUnder('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(fileUnder('/srv/app', '/x%00.js')).toBeNull();
  });

  it('puts the token in the page', () => {
    const html = '<html><head><meta charset="UTF-8" /><title>x</title></head></html>';
    expect(withToken(html, 'review-token', TOKEN)).toBe(
      `<html><head><meta charset="UTF-8" />\n    <meta name="review-token" content="${TOKEN}" /><title>x</title></head></html>`,
    );
  });
});
