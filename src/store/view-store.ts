import { create } from 'zustand';
import type { AppView } from './app-views';

/** Which view the app shows; UI state, kept in the address (`?view=`), never in the workspace. */
export interface ViewState {
  readonly view: AppView;
  readonly showView: (view: AppView) => void;
}

/** The app's current view. */
export const useViewStore = create<ViewState>()((set) => ({
  view: 'matrix',
  showView: (view) => set({ view }),
}));
