// Whether the page draws the first view (FirstView.tsx) while the full data loads: only when it
// opened on the default view, which is what overview.json holds. Decided once, at load.
import { isDefaultViewQuery } from '../url/viewState.ts';

/** How long the full data waits for the first view to be painted, at the most. */
export const FIRST_VIEW_WAIT_MS = 3000;

let opened: boolean | null = null;

export function opensOnDefaultView(): boolean {
  opened ??= isDefaultViewQuery(window.location.search);
  return opened;
}
