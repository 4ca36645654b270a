// Addresses for sharing a view: the full view, the same view for an iframe (embed=1 with the
// part to show), and the iframe's HTML. Pure: addresses are built from the view, never from
// the text of the current address.
import {
  DEFAULT_VIEW,
  serializeViewState,
  type EmbedPanel,
  type ViewState,
} from '../url/viewState.ts';

/** `base` is the page's address without query or fragment. */
export function viewUrl(base: string, view: ViewState): string {
  const query = serializeViewState(view);
  return query === '' ? base : `${base}?${query}`;
}

/** The full view behind an embedded one: no embed, no open article. */
export function fullViewUrl(base: string, view: ViewState): string {
  return viewUrl(base, { ...view, embed: false, embedPanel: DEFAULT_VIEW.embedPanel });
}

/** The view for an iframe: one chart or the cards (a comparison shows itself), no article. */
export function embedUrl(base: string, view: ViewState, panel: EmbedPanel): string {
  return viewUrl(base, { ...view, embed: true, embedPanel: panel, article: null });
}

const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The iframe: full width, a height that fits the part shown, no border, loaded when seen. */
export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** A height in pixels that fits each part shown without scrolling on a desktop page. */
export function embedHeight(view: ViewState, panel: EmbedPanel): number {
  if (view.chartView === 'compare') return 560;
  if (panel === 'cards') return 420;
  return view.chartView === 'table' ? 560 : 480;
}
