// The handover from the first view drawn at build time (scripts/prerender.ts: #prerender, in
// the page's HTML, painted as soon as HTML and CSS are in) to the app. The app renders into
// #root meanwhile, laid out where the page will be but unseen and inert (index.css); once it
// shows its own view with its charts drawn, the prerendered copy goes, in the same task, so the
// next frame shows the app's: no frame without a first view, and only one copy at a time
// exposed to assistive technology. On any other view than the default one the copy was never
// shown (markDefaultView.ts) and goes at once.

/** The attribute on <html> that says the address asks for the default view. */
export const DEFAULT_VIEW_MARK = 'data-default-view';
export const PRERENDER_ID = 'prerender';
/**
 * How long the prerendered copy waits for the app's charts once the app shows its view (the
 * first view or the dashboard): charts that take longer come in on the app's own placeholders.
 */
export const CHARTS_GRACE_MS = 2000;

/** What the app's root shows, as far as the handover is concerned. */
export interface RootState {
  /** Its view: the first view, the dashboard or an error; not the loading skeleton. */
  view: boolean;
  /** Charts of that view whose code or marks are not drawn yet. */
  pendingCharts: number;
}

/** Whether the prerendered copy goes now, the app's view having been shown for `shownMs`. */
export function handoverDue(state: RootState, shownMs: number): boolean {
  return state.view && (state.pendingCharts === 0 || shownMs >= CHARTS_GRACE_MS);
}

/** What the app's root shows now. */
export function rootState(root: Element): RootState {
  const main = root.querySelector('main');
  const view =
    main !== null && main.childElementCount > 0 && !main.querySelector('[data-skeleton]');
  let pendingCharts = 0;
  // A chart is drawn when its marks are (or it says it could not load).
  for (const box of root.querySelectorAll('[data-chart-box]')) {
    if (!box.querySelector('[data-mark-count], [role="alert"]')) pendingCharts += 1;
  }
  return { view, pendingCharts };
}

/**
 * Hands the page over from the prerendered copy to the app's root, now (any other view than
 * the default one) or once the app has drawn its own view.
 */
export function handOver(root: HTMLElement, onDefaultView: boolean): void {
  const copy = document.getElementById(PRERENDER_ID);
  if (!copy) return;
  const done = () => {
    copy.remove();
    root.inert = false;
  };
  if (!onDefaultView) {
    done();
    return;
  }
  root.inert = true;
  let shownAt: number | null = null;
  let timer = 0;
  const check = () => {
    const state = rootState(root);
    if (state.view) shownAt ??= performance.now();
    if (!handoverDue(state, shownAt === null ? 0 : performance.now() - shownAt)) {
      if (state.view && timer === 0) timer = window.setTimeout(check, CHARTS_GRACE_MS);
      return;
    }
    observer.disconnect();
    window.clearTimeout(timer);
    done();
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });
}
