// The rows of an HTML <table> as the text reader sees them: a row of short cells is written as
// a Markdown pipe row ("| Gaza | 30,878 | 72,402 |"), with the line that marks a header under
// its head row, so that one table reader (clean/tableLines.ts) reads tables of every format.
// A table used for layout (long cells, paragraphs in a cell) gives its paragraphs back as
// they were. Pure.

/** A piece of text and where it stood on the page, as the HTML reader keeps it. */
export interface TextBlock {
  text: string;
  inArticle: boolean;
  inMain: boolean;
  isHeading: boolean;
  /** An item of a list above the headline: a menu. */
  menuItem?: boolean;
  /** A line of the story's header outside its <article>: its date and byline ("entry-meta"). */
  metaLine?: boolean;
}

/** A cell of figures is short: a label, a number, a date. */
const CELL_WORDS = 20;

export class TableRows {
  private cells: TextBlock[][] | null = null;
  private allHeads = true;
  private headDone = false;

  /** A <table> opens: its first head row is the one the separator goes under. */
  openTable(): void {
    this.headDone = false;
  }

  get inRow(): boolean {
    return this.cells !== null;
  }

  get inCell(): boolean {
    return (this.cells?.length ?? 0) > 0;
  }

  openRow(): void {
    this.cells = [];
    this.allHeads = true;
  }

  /** A <td> or <th> opens; cells of a <thead> count as heads. */
  openCell(head: boolean): void {
    if (!this.cells) return;
    this.cells.push([]);
    if (!head) this.allHeads = false;
  }

  /** Text of the open cell (a cell may hold several paragraphs). */
  add(block: TextBlock): void {
    this.cells?.at(-1)?.push(block);
  }

  /** The row is given up: its blocks as they were. */
  abandon(): TextBlock[] {
    const blocks = (this.cells ?? []).flat();
    this.cells = null;
    return blocks;
  }

  /** The row closes: its blocks, as one pipe row or as the paragraphs it held. */
  closeRow(): TextBlock[] {
    const cells = this.cells ?? [];
    this.cells = null;
    const texts = cells.map((c) => c.map((b) => b.text).join(' '));
    const tabular =
      cells.length >= 2 &&
      cells.every((c) => c.length <= 1) &&
      texts.some((t) => t) &&
      texts.every((t) => t.split(/\s+/).length <= CELL_WORDS && !t.includes('|'));
    if (!tabular) return cells.flat();
    const where = cells.flat()[0] ?? { inArticle: false, inMain: false, isHeading: false };
    const row = { ...where, isHeading: false, text: `| ${texts.join(' | ')} |` };
    if (!this.allHeads || this.headDone) return [row];
    this.headDone = true;
    return [row, { ...row, text: `| ${texts.map(() => '---').join(' | ')} |` }];
  }
}
