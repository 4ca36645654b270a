// Whether an address asks for the default view. Its own module, without imports, because the
// page's first script (prerender/markDefaultView.ts, run before the page is drawn) is built
// from it as well as the app: one definition of the default view for both.

/**
 * Whether a query string asks for nothing but the default view: no parameters at all, which is
 * how serializeViewState writes it. (What the first view, src/app/overview, draws.) The hash
 * never changes the view.
 */
export function isDefaultViewQuery(search: string): boolean {
  return /^[?&]*$/.test(search);
}
