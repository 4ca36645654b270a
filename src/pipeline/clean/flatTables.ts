// A table flattened to lines by copy-paste: its cells kept apart by tabs ("Gaza\t30,878\t72,402")
// or by runs of spaces ("Gaza      30,878      72,402"). Such lines are written as the pipe
// rows the table reader reads (clean/tableLines.ts), before the spaces between cells are lost
// to the spacing of ordinary text. Pure.

/** Cells of figures are short: a label, a number, a date. */
const CELL_WORDS = 8;

/** The cells of a line, or null when the line is not a row: text, or a single cell. */
function cellsOf(line: string): string[] | null {
  // "October 31, 2023 | 8,525 | 21,543": a row whose outer bars were lost, three cells or more.
  if (line.includes(' | ') && !/^\s*\|/.test(line)) {
    const cells = line.trim().split(/\s+\|\s+/);
    const short = cells.every(
      (c) => c.split(/\s+/).length <= CELL_WORDS && !/[.!?]["”’)]*$/.test(c),
    );
    return cells.length >= 3 && short ? cells : null;
  }
  // Without a tab, two spaces in a row or a no-break space the line is one cell (most lines:
  // no patterns run; indexOf is quicker than a pattern).
  if (!line.includes('\t') && !line.includes('  ') && !line.includes('\u00a0')) return null;
  const text = line.replace(/\s+$/, '');
  // Tabs keep empty cells (the corner above the row labels); spaces cannot.
  const cells = text.includes('\t')
    ? text.split('\t').map((c) => c.trim())
    : text.trim().split(/[ \u00a0]{2,}/);
  if (cells.length < 2 || cells.every((c) => !c)) return null;
  const short = cells.every(
    (c) => c.split(/\s+/).length <= CELL_WORDS && !/[.!?]["”’)]*$/.test(c) && !c.includes('|'),
  );
  return short ? cells : null;
}

/**
 * Runs of two or more rows of the same number of cells (a head row may be a cell short) with
 * a number in them are written as "| Gaza | 30,878 | 72,402 |"; other lines stay as they are.
 */
export function flatTableRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = cellsOf(lines[i] ?? '');
    // A line that is no row starts no run: it stays as it is (its cells are not read again).
    if (!first) {
      out.push(lines[i] ?? '');
      i++;
      continue;
    }
    let end = i + 1;
    let width = first.length;
    while (end < lines.length) {
      // Some pages put a blank line between rows.
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
