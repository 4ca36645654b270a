import { describe, expect, it } from 'vitest';
import { describeProvenance, safeWebUrl } from './articleProvenance.ts';

describe('article provenance', () => {
  it('says where a value came from', () => {
    expect(describeProvenance('meta-file')).toMatch(/articles\.meta\.json/);
    expect(describeProvenance(null)).toBe('not found');
  });

  it('links only http and https addresses', () => {
    expect(safeWebUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeWebUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeWebUrl('not a url')).toBeNull();
    expect(safeWebUrl(null)).toBeNull();
  });
});
