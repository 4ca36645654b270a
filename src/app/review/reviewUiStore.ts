// Transient state of review in the page: which suggestion form is open and for what, whether
// the list of suggestions is open, and the last thing said about a suggestion.
import { create } from 'zustand';

/** What a suggestion is about: a figure in the list, or a number in an article's text. */
export type SuggestTarget =
  | { kind: 'figure'; figureId: string }
  | {
      kind: 'missed';
      articleId: string;
      /** The number selected in the reader, if one was: its paragraph and offsets there. */
      selection: { paragraph: number; start: number; end: number } | null;
    };

interface ReviewUiState {
  target: SuggestTarget | null;
  listOpen: boolean;
  /** Said in a live region: "Suggestion saved", "Written to corrections.json". */
  notice: string;
  openForm: (target: SuggestTarget) => void;
  closeForm: () => void;
  setListOpen: (open: boolean) => void;
  setNotice: (notice: string) => void;
}

export const useReviewUi = create<ReviewUiState>()((set) => ({
  target: null,
  listOpen: false,
  notice: '',
  openForm: (target) => {
    set({ target });
  },
  closeForm: () => {
    set({ target: null });
  },
  setListOpen: (listOpen) => {
    set({ listOpen });
  },
  setNotice: (notice) => {
    set({ notice });
  },
}));
