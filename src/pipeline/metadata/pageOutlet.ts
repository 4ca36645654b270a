// The outlet a page names as its own outside the story: the end of its <title>, its logo, its
// web address. A copied page keeps these when its byline credits the agency whose story it
// carries ("AFP" on Example Times's page): the page is still Example Times's. Pure.
import { readCredit } from '../clean/credits.ts';
import { isNameLine, readMasthead } from '../clean/masthead.ts';
import { outletOfUrl, spelledName } from '../clean/outlets.ts';
import type { FormatMetadata } from '../input/sourceDocument.ts';

/** A site's address, alone or after a short name: "Example.com", "SWI example.ch". */
const SITE_ADDRESS =
  /^(?:[A-Z]{2,5}\s+)?(?:www\.)?[A-Za-z][\w-]*\.(?:com|net|org|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/;

export function pageOutlet(meta: FormatMetadata): { value: string; how: string } | null {
  const names = meta.siteNames ?? [];
  for (const name of names) {
    const masthead = readMasthead(name);
    if (masthead) return { value: masthead.name, how: "the page's title or logo" };
  }
  // "[Example Times](https://example.com/)" above the headline: the page's link home.
  if (meta.homeName) return { value: meta.homeName, how: "the page's link to its home page" };
  // "eKathimerini.com", "SWI example.ch": a logo or title end that is the site's address.
  const address = names.find((name) => SITE_ADDRESS.test(name.trim()));
  if (address) return { value: address.trim(), how: "the site's address in its title or logo" };
  const byAddress = meta.url ? outletOfUrl(meta.url) : null;
  if (byAddress) return { value: byAddress, how: "the page's web address" };
  // "Headline | The Peninsula" with a logo "The Peninsula Qatar" or a footer "© The
  // Peninsula": a name with no newsroom word, which two places on the page give alike.
  const owners = (meta.copyrights ?? []).map(readCredit).filter((o) => o !== null);
  const others = [...names, ...owners];
  for (const [i, name] of names.entries()) {
    const key = withoutThe(name.toLowerCase());
    const agreed = others.find((other, j) => {
      if (j === i) return false;
      const o = withoutThe(other.toLowerCase());
      // ("Al Bawaba" and a logo's "albawaba": the same name, run together.)
      return (
        o === key ||
        o.startsWith(`${key} `) ||
        key.startsWith(`${o} `) ||
        spelledName(o) === spelledName(key)
      );
    });
    // (A logo in small letters, "hankyoreh", is named as the footer writes it: "The Hankyoreh".)
    const value = isNameLine(name) ? name : agreed && isNameLine(agreed) ? agreed : null;
    if (agreed && value) return { value, how: "the page's title and logo or footer, which agree" };
  }
  return null;
}

const withoutThe = (name: string) => name.replace(/^the\s+/, '');
