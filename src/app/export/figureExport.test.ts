import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/datasetIndex.ts';
import { sampleDataset } from '../data/sampleDataset.ts';
import { exportRecords, toCsv, toJson } from './figureExport.ts';

const index = buildDatasetIndex(sampleDataset);

describe('figure export', () => {
  it('writes one CSV line per figure after the header, quoting where needed', () => {
    const records = exportRecords(index.rows, index.articleById);
    const csv = toCsv(records);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(index.rows.length + 1);
    expect(lines[0]).toMatch(/^id,metric,metric_label,value,text,/);
    expect(lines[1]).toContain('a:0:0,gaza_killed,Killed in Gaza,13000,"13,000",exact');
  });

  it('names the unknown publisher in words', () => {
    const [record] = exportRecords(
      index.rows.filter((r) => r.articleId === 'c'),
      index.articleById,
    );
    expect(record?.publisher).toBe('Unknown publisher');
  });

  it('defuses spreadsheet formulas and escapes quotes', () => {
    const [row] = index.rows;
    if (!row) throw new Error('no rows');
    const hostile = { ...row, sentence: '=HYPERLINK("x")', attribution: '"quoted"' };
    const csv = toCsv(exportRecords([hostile], index.articleById));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"""quoted"""');
  });

  it('has a review column: the review in words in CSV, the object in JSON', () => {
    const [row, other] = index.rows;
    if (!row || !other) throw new Error('no rows');
    const review = {
      action: 'set' as const,
      reason: 'one day, not the war',
      original: { scope: 'total' as const },
    };
    const records = exportRecords([{ ...row, review }, other], index.articleById);
    const lines = toCsv(records).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/,sentence,review$/);
    expect(lines[1]).toMatch(/,"set: one day, not the war \(extractor read scope=total\)"$/);
    expect(lines[2]).toMatch(/\.,$/);
    const json = JSON.parse(toJson(records, '')) as { figures: { review: unknown }[] };
    expect(json.figures.map((f) => f.review)).toEqual([review, null]);
  });

  it('writes JSON with the link and the count', () => {
    const json = JSON.parse(toJson(exportRecords(index.rows, index.articleById), '?q=x')) as {
      link: string;
      count: number;
      figures: unknown[];
    };
    expect(json.link).toBe('?q=x');
    expect(json.count).toBe(index.rows.length);
    expect(json.figures).toHaveLength(index.rows.length);
  });

  it('carries each figure’s source, and the war’s events in JSON', () => {
    const records = exportRecords(index.rows, index.articleById);
    const header = toCsv(records).split('\r\n')[0]?.split(',') ?? [];
    expect(header.slice(header.indexOf('attribution'), header.indexOf('attribution') + 3)).toEqual([
      'attribution',
      'source',
      'publisher',
    ]);
    expect(records.map((r) => r.source)).toEqual(index.rows.map((r) => r.source));
    const event = {
      date: '2023-11-24',
      end: '2023-11-30',
      label: 'Truce',
      source: 'https://x.org/',
    };
    const json = JSON.parse(toJson(records, '', [event])) as { events: unknown[] };
    expect(json.events).toEqual([event]);
    expect((JSON.parse(toJson(records, '')) as { events: unknown[] }).events).toEqual([]);
  });
});

describe('figure export days', () => {
  it('gives the day each figure is drawn at and what dates it', () => {
    const byId = new Map(exportRecords(index.rows, index.articleById).map((r) => [r.id, r]));
    expect(byId.get('a:0:0')).toMatchObject({
      as_of: '2023-11-21',
      day: '2023-11-21',
      dated_by: 'figure',
    });
    expect(byId.get('a:1:0')).toMatchObject({ as_of: null, day: '2023-11-21', dated_by: 'report' });
    expect(byId.get('d:0:0')).toMatchObject({ as_of: null, day: null, dated_by: null });
    expect(byId.get('b:0:0')?.source).toBe('Gaza Health Ministry');
  });
});
