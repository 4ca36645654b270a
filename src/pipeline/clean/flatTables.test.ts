// Tables flattened by copy-paste, written for these tests.
import { describe, expect, it } from 'vitest';
import { flatTableRows } from './flatTables.ts';

describe('flatTableRows', () => {
  it('reads cells kept apart by tabs, the empty corner too', () => {
    expect(
      flatTableRows(['\tKilled\tWounded', 'Gaza\t34,000\t77,000', 'West Bank\t480\t5,000']),
    ).toEqual([
      '|  | Killed | Wounded |',
      '| Gaza | 34,000 | 77,000 |',
      '| West Bank | 480 | 5,000 |',
    ]);
  });

  it('reads cells kept apart by runs of spaces, and rows with blank lines between', () => {
    expect(
      flatTableRows([
        '           Killed    Wounded',
        'Gaza       34,000    77,000',
        '',
        'Israel     1,200     5,400',
      ]),
    ).toEqual(['| Killed | Wounded |', '| Gaza | 34,000 | 77,000 |', '| Israel | 1,200 | 5,400 |']);
  });

  it('leaves text alone: sentences with two spaces, one row, rows without a number', () => {
    const lines = [
      'The army said.  Hamas denied it.',
      'Officials met.  Talks resumed.',
      'Killed     34,000',
      '',
      'Name       Role',
      'Jane Roe   Spokeswoman',
    ];
    expect(flatTableRows(lines)).toEqual(lines);
  });

  it('ends a table where its rows change width', () => {
    expect(flatTableRows(['Killed\t34,000', 'Wounded\t77,000', 'A\tB\tC'])).toEqual([
      '| Killed | 34,000 |',
      '| Wounded | 77,000 |',
      'A\tB\tC',
    ]);
  });
});

/** flatTableRows as written before cellsOf ruled out lines without a tab or two spaces. */
function fullFlatTableRows(lines: readonly string[]): string[] {
  const cellsOf = (line: string): string[] | null => {
    const text = line.replace(/\s+$/, '');
    const cells = text.includes('\t')
      ? text.split('\t').map((c) => c.trim())
      : text.trim().split(/[ \u00a0]{2,}/);
    if (cells.length < 2 || cells.every((c) => !c)) return null;
    const short = cells.every(
      (c) => c.split(/\s+/).length <= 8 && !/[.!?]["”’)]*$/.test(c) && !c.includes('|'),
    );
    return short ? cells : null;
  };
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = cellsOf(lines[i] ?? '');
    let end = i + 1;
    let width = first?.length ?? 0;
    while (first && end < lines.length) {
      let next = end;
      while (next < lines.length && !lines[next]?.trim()) next++;
      const cells = cellsOf(lines[next] ?? '');
      if (!cells) break;
      if (cells.length !== width && !(end === i + 1 && cells.length === width + 1)) break;
      width = cells.length;
      end = next + 1;
    }
    const run = lines
      .slice(i, end)
      .filter((l) => l.trim())
      .map((l) => cellsOf(l) ?? []);
    if (run.length >= 2 && run.slice(1).some((cells) => cells.some((c) => /\d/.test(c)))) {
      out.push(...run.map((cells) => `| ${cells.join(' | ')} |`));
      i = end;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out;
}

describe('flatTableRows on random lines', () => {
  it('reads them as it did before lines without a tab or two spaces were passed over', () => {
    const pieces = ['Gaza', 'West Bank', '30,878', '72', 'killed.', '|', 'a', 'Total', ''];
    const gaps = [' ', '  ', '\t', '\u00a0\u00a0', ' \u00a0', '', '   ', '\t\t', '\u00a0'];
    let seed = 5;
    const random = (n: number) => {
      // 32-bit products (Math.imul), the low bits dropped: a full-period generator.
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    for (let k = 0; k < 5000; k++) {
      // Lines of a few cells, most kept apart by one kind of gap, as rows are.
      const lines: string[] = [];
      for (let j = 1 + random(5); j > 0; j--) {
        const gap = gaps[random(gaps.length)] ?? '';
        const cells: string[] = [];
        for (let i = 1 + random(4); i > 0; i--)
          cells.push((pieces[random(pieces.length)] ?? '') + (random(4) === 0 ? ' ' : ''));
        lines.push(random(6) === 0 ? cells.join(gaps[random(gaps.length)] ?? '') : cells.join(gap));
      }
      expect(flatTableRows(lines), JSON.stringify(lines)).toEqual(fullFlatTableRows(lines));
    }
  });
});

describe('rows whose outer bars were lost', () => {
  it('are written as pipe rows, a head row and rows of numbers', () => {
    expect(
      flatTableRows([
        'Date | Killed | Wounded',
        'October 31, 2023 | 8,525 | 21,543',
        'December 31, 2023 | 21,822 | 56,451',
      ]),
    ).toEqual([
      '| Date | Killed | Wounded |',
      '| October 31, 2023 | 8,525 | 21,543 |',
      '| December 31, 2023 | 21,822 | 56,451 |',
    ]);
  });

  it('leave a menu, a credit line and two-cell lines as they are', () => {
    const lines = [
      'Home | World | Sport | Business',
      'Example de Fato | São Paulo (SP) | June 09, 2024 at 14:21',
      'Living hostages freed | 20',
    ];
    expect(flatTableRows(lines)).toEqual(lines);
  });
});
