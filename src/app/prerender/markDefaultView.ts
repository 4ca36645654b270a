// The page's first script (index.html, written by scripts/prerender.ts): a small file of the
// site's own, run before the page is drawn, that marks <html> when the address asks for the
// default view. Only then does the first view drawn at build time show (index.css): a link to
// any other view never shows it, not for a frame, and neither does a page whose script did
// not arrive. Built on its own (no modules, no imports at run time) from the one definition
// of the default view.
import { isDefaultViewQuery } from '../url/defaultViewQuery.ts';
import { DEFAULT_VIEW_MARK } from './handover.ts';

if (isDefaultViewQuery(window.location.search)) {
  document.documentElement.setAttribute(DEFAULT_VIEW_MARK, '');
}
