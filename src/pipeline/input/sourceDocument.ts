// What a format parser hands to the cleaner: the body text and the metadata the format carries.
import type { Day } from '../dates/calendar.ts';

export type FormatSource = 'front-matter' | 'html-meta';

export interface FormatMetadata {
  title: string | null;
  publisher: string | null;
  published: Day | null;
  url: string | null;
  /**
   * Names the page gives itself outside the story, weakest evidence first-read: the end of its
   * <title> ("Headline - Example Times"), the text of its logo. Read as an outlet's name only
   * when they look like one (metadata/pageOutlet.ts).
   */
  siteNames?: readonly string[];
  /** Copyright lines of the page's furniture ("© 2024 Example Times"), read as credits later. */
  copyrights?: readonly string[];
  /** The words of the page's link to its own home page ("[Example Times](https://example.com/)"). */
  homeName?: string | null;
}

export interface SourceDocument {
  /** Paragraphs separated by blank lines; lines inside a paragraph by single newlines. */
  body: string;
  meta: FormatMetadata;
  /** Which kind of embedded metadata `meta` came from, when it came from anywhere. */
  metaSource: FormatSource | null;
  warnings: string[];
}

export const NO_METADATA: FormatMetadata = {
  title: null,
  publisher: null,
  published: null,
  url: null,
};
