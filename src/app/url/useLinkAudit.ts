// When a link is opened, everything it asked for that the dataset cannot honour is dropped
// from the URL and listed in a notice, once, so the reader knows the view is not the one sent.
import { useEffect } from 'react';
import type { DatasetIndex } from '../data/datasetIndex.ts';
import { useUiStore } from '../ui/uiStore.ts';
import type { SetView } from './useViewState.ts';
import { describeDrop, parseViewState } from './viewState.ts';

export function useLinkAudit(index: DatasetIndex, setView: SetView): void {
  const setLinkNotice = useUiStore((s) => s.setLinkNotice);
  useEffect(() => {
    const { value, dropped } = parseViewState(window.location.search, index.known);
    if (dropped.length === 0) return;
    setLinkNotice(dropped.map(describeDrop));
    setView(value, 'replace');
  }, [index, setView, setLinkNotice]);
}
