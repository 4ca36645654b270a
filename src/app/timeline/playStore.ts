// Whether the dashboard is playing through time: transient, never in a link.
import { create } from 'zustand';

interface PlayState {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

export const usePlayStore = create<PlayState>()((set) => ({
  playing: false,
  setPlaying: (playing) => {
    set({ playing });
  },
}));
