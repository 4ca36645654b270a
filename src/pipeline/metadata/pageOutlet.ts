// The outlet a page names as its own outside the story: the end of its <title>, its logo, its
// web address. A copied page keeps these when its byline credits the agency whose story it
// carries ("AFP" on Example Times's page): the page is still Example Times's. Pure.
import { readMasthead } from '../clean/masthead.ts';
import { outletOfUrl } from '../clean/outlets.ts';
import type { FormatMetadata } from '../input/sourceDocument.ts';

export function pageOutlet(meta: FormatMetadata): { value: string; how: string } | null {
  for (const name of meta.siteNames ?? []) {
    const masthead = readMasthead(name);
    if (masthead) return { value: masthead.name, how: "the page's title or logo" };
  }
  const byAddress = meta.url ? outletOfUrl(meta.url) : null;
  return byAddress ? { value: byAddress, how: "the page's web address" } : null;
}
