// Transient UI state that does not belong in a link: what the pointer is over, which panels
// are open, what the list should scroll to next, and the notice about a link's dropped parts.
import { create } from 'zustand';

export interface ChartHover {
  /** A single figure's id, or a summary mark's id (see chartMarks.ts). */
  kind: 'figure' | 'bucket';
  id: string;
  chartId: string;
  /** Marker centre in the chart's own pixels, where the tooltip points. */
  x: number;
  y: number;
}

export interface ScrollTarget {
  id: string;
  movePage: boolean;
}

interface UiState {
  /** The figure under the pointer or focus in the list: its chart point is highlighted. */
  listHoverId: string | null;
  chartHover: ChartHover | null;
  aboutOpen: boolean;
  filtersOpen: boolean;
  /** A figure the list should bring into view, and whether the page may move for it. */
  scrollTarget: ScrollTarget | null;
  linkNotice: string[];
  setListHover: (id: string | null) => void;
  setChartHover: (hover: ChartHover | null) => void;
  toggleAbout: () => void;
  toggleFilters: () => void;
  requestScroll: (target: ScrollTarget | null) => void;
  setLinkNotice: (lines: string[]) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  listHoverId: null,
  chartHover: null,
  aboutOpen: false,
  filtersOpen: false,
  scrollTarget: null,
  linkNotice: [],
  setListHover: (listHoverId) => {
    set({ listHoverId });
  },
  setChartHover: (chartHover) => {
    set({ chartHover });
  },
  toggleAbout: () => {
    set((s) => ({ aboutOpen: !s.aboutOpen }));
  },
  toggleFilters: () => {
    set((s) => ({ filtersOpen: !s.filtersOpen }));
  },
  requestScroll: (scrollTarget) => {
    set({ scrollTarget });
  },
  setLinkNotice: (linkNotice) => {
    set({ linkNotice });
  },
}));
