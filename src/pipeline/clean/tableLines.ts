// Tables of figures as outlets print them: Markdown pipe tables, and the pipe rows that the
// HTML reader and flatTables.ts write for <table>s and tables flattened to lines. Each cell
// is one fact, named by its row and its column: a row is rewritten as the fact-box cells
// ("Killed in Gaza: 30,878 | Wounded in Gaza: 72,402") that the fact-box label rules read.
// Pure.
import { PLACE_LABEL } from '../figures/factBoxLabels.ts';
import { isLoneNumber } from './factBoxLines.ts';
import { viewSentence } from '../figures/sentenceView.ts';

/** "|---|:---:|", "--- | ---": the line under a Markdown table's header. */
const SEPARATOR = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const isSeparator = (line: string | undefined): boolean =>
  line !== undefined && line.includes('|') && SEPARATOR.test(line.trim());

/** "| Gaza | 30,878 |": a row with its outer bars. */
const isPipeRow = (line: string | undefined): boolean =>
  line !== undefined && /^\|.*\|$/.test(line.trim()) && cellsOf(line).length >= 2;

const isTableLine = (line: string | undefined): boolean => isPipeRow(line) || isSeparator(line);

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // "30,878 [1]": a footnote mark is no count.
  return inner.split('|').map((c) => c.replace(/\s*\[\w{1,3}\]/g, '').trim());
}

/** Column heads that say only that the column holds numbers. */
const GENERIC_HEAD = /^(?:#|no\.?|number|numbers|figure|figures|count|counts|value|amount|data)$/i;
/** A row or column that adds up the others. */
const TOTAL_LABEL = /^(?:total|totals|overall|combined|all|sum)\b/i;
/** "(as of March 1)", "as at 5 May": the day a table's counts were taken. */
const AS_OF = /\bas (?:of|at)\s+/i;
/** A caption or note beside a table is short; prose around it is not read for its day. */
const CAPTION_WORDS = 16;

/** "Gaza", "West Bank", "Israel (Oct 7)": a label that is a place. */
const isPlace = (label: string): boolean =>
  PLACE_LABEL.test(label.replace(/\s*\([^)]*\)\s*$/, '').trim());

/** "Oct 7", "7 October 2023", "Monday", "2014": a label that is a time; "on" a day, else "in". */
function timeOf(label: string): 'on' | 'in' | null {
  const view = viewSentence(label);
  const words = view.tokens.flatMap((t, i) => (t.kind === 'punct' ? [] : [i]));
  if (words.length === 0) return null;
  const covered = (i: number) =>
    view.dates.some((d) => d.from <= i && i < d.to) ||
    view.mentions.some((m) => m.excluded === 'year' && m.from <= i && i < m.to);
  if (!words.every(covered)) return null;
  return view.dates.some((d) => d.kind === 'day' || d.kind === 'weekday' || d.kind === 'relative')
    ? 'on'
    : 'in';
}

/** A cell that holds a number and is no time: what the table counts. */
const isValue = (cell: string): boolean => /\d/.test(cell) && timeOf(cell) === null;

/** "as of March 1" when the text says so, for the counts of a table without days of its own. */
function asOfIn(text: string | undefined): string | null {
  if (!text || text.split(/\s+/).length > CAPTION_WORDS) return null;
  const at = AS_OF.exec(text);
  if (!at) return null;
  const rest = text.slice(at.index + at[0].length);
  const view = viewSentence(rest);
  const day = view.dates.find((d) => d.from === 0);
  if (!day) return null;
  return `as of ${rest.slice(0, view.tokens[day.to - 1]?.end ?? rest.length)}`;
}

/** "Israel (Oct 7)" → "Israel on Oct 7": a day in brackets dates the label's counts. */
function unbracketDay(label: string): string {
  const bracket = /\s*\(([^)]*)\)\s*$/.exec(label);
  const time = bracket?.[1] ? timeOf(bracket[1]) : null;
  return bracket?.[1] && time ? `${label.slice(0, bracket.index)} ${time} ${bracket[1]}` : label;
}

/** A label in a row and one in a column → the fact-box label of their cell. */
function joinLabels(rowLabel: string, columnLabel: string): string {
  if (!rowLabel || !columnLabel) return unbracketDay(rowLabel || columnLabel);
  const [row, column] = [unbracketDay(rowLabel), unbracketDay(columnLabel)];
  if (isPlace(rowLabel)) return `${column} in ${row}`;
  if (isPlace(columnLabel)) return `${row} in ${column}`;
  const rowTime = timeOf(rowLabel);
  if (rowTime) return `${column} ${atTime(rowTime, column)} ${row}`;
  const columnTime = timeOf(columnLabel);
  if (columnTime) return `${row} ${atTime(columnTime, row)} ${column}`;
  return `${row} ${column}`;
}

/** A toll given for a day is the total up to it ("Death toll as of Nov 1"), not that day's. */
const RUNNING = /\b(?:tolls?|totals?|cumulative|tally|so far|to date)\b/i;
const atTime = (time: 'on' | 'in', label: string): string => (RUNNING.test(label) ? 'as of' : time);

interface Table {
  header: string[] | null;
  rows: string[][];
}

/** The table's rows as fact-box lines, or null when a number in it has no label to read it by. */
function rewrite(table: Table, asOf: string | null): string[] | null {
  const width = Math.max(...table.rows.map((r) => r.length));
  let header = table.header;
  // A flattened header often leaves out the empty cell above the row labels.
  if (header && header.length === width - 1) header = ['', ...header];
  const values = table.rows.flatMap((r) => r.filter(isValue));
  if (values.length === 0) return null;
  // The first column names the rows unless it holds only numbers itself.
  const rowLabels = table.rows.some((r) => r[0] && (!isLoneNumber(r[0]) || timeOf(r[0])));
  const first = rowLabels ? 1 : 0;
  const heads = (header ?? []).map((h) => (GENERIC_HEAD.test(h) ? '' : h));
  const corner = rowLabels ? asOfIn(header?.[0]) : null;
  const day = corner ?? asOf;
  // A total across places is no place's count.
  const placeRows = table.rows.some((r) => rowLabels && isPlace(r[0] ?? ''));
  // Without its column's head, a number is named by its row alone: only one column may do so.
  const valueColumns = new Set(
    table.rows.flatMap((r) => r.flatMap((cell, c) => (c >= first && isValue(cell) ? [c] : []))),
  );
  if (valueColumns.size > 1 && [...valueColumns].some((c) => !heads[c])) return null;
  const lines: string[] = [];
  for (const row of table.rows) {
    const rowLabel = rowLabels ? (row[0] ?? '') : '';
    if (placeRows && TOTAL_LABEL.test(rowLabel)) {
      lines.push(`| ${row.join(' | ')} |`);
      continue;
    }
    const cells: string[] = [];
    for (let c = first; c < row.length; c++) {
      const cell = row[c] ?? '';
      if (!cell) continue;
      let label = joinLabels(rowLabel, heads[c] ?? '');
      if (!label) {
        if (isValue(cell)) return null;
        cells.push(cell);
        continue;
      }
      const view = viewSentence(label);
      // "Under 18", "Aged 60+": a label with a count of its own is read by no rule.
      if (view.mentions.some((m) => m.excluded === null)) return null;
      if (day && view.dates.length === 0) label = `${label} ${day}`;
      cells.push(`${label}: ${cell}`);
    }
    // A row of its label alone heads the rows under it ("Hostages"); an empty row is nothing.
    if (cells.length > 0 || rowLabel) lines.push(cells.length > 0 ? cells.join(' | ') : rowLabel);
  }
  return lines;
}

/**
 * Finds each table among the paragraphs and rewrites its rows; a table that cannot be read
 * stays as printed. The header and the line under it go: each cell now says what they said.
 */
export function readTables(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    // The run of table lines from i; a Markdown table may leave out the outer bars.
    let end = i;
    let anchored = false;
    let width = 0;
    while (end < paragraphs.length) {
      const line = paragraphs[end] ?? '';
      const bars = line.includes('|') && (anchored || isSeparator(paragraphs[end + 1]));
      if (!isPipeRow(line) && !isSeparator(line) && !bars) break;
      if (isSeparator(line)) {
        anchored = true;
        end++;
        continue;
      }
      // Tables one under another: the next one starts at its header, or where the rows change
      // width (a header may be a cell short of its rows, for the empty corner).
      const cells = cellsOf(line).length;
      if (end > i && isSeparator(paragraphs[end + 1])) break;
      if (end > i && cells !== width && !(end === i + 1 && cells === width + 1)) break;
      width = cells;
      end++;
    }
    if (end === i) {
      out.push(paragraphs[i] ?? '');
      i++;
      continue;
    }
    const run = paragraphs.slice(i, end);
    const lines = run.filter((l) => !isSeparator(l)).map(cellsOf);
    const headed =
      isSeparator(run[1]) ||
      (!isSeparator(run[0]) && lines.length > 1 && !(lines[0] ?? []).some(isValue));
    const table: Table = {
      header: headed ? (lines[0] ?? null) : null,
      rows: headed ? lines.slice(1) : lines,
    };
    // A caption above the table or a note under it; the note of a table just above is its own.
    const above = isTableLine(paragraphs[i - 2]) ? undefined : paragraphs[i - 1];
    const asOf = asOfIn(above) ?? asOfIn(paragraphs[end]);
    const read = table.rows.length > 0 ? rewrite(table, asOf) : null;
    out.push(...(read ?? run));
    i = end;
  }
  return out;
}
