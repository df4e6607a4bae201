import { create } from 'zustand';
import type { AppView } from './app-views';

/** Which view the app shows; UI state, kept in the address (`?view=`), never in the workspace. */
export interface ViewState {
  readonly view: AppView;
  readonly showView: (view: AppView) => void;
  /**
   * The address's query as the app last wrote or found it (src/app/view-url.ts): the views' links
   * keep it. Empty until the app has started, as for the prerendered first screen.
   */
  readonly search: string;
}

/** The app's current view. */
export const useViewStore = create<ViewState>()((set) => ({
  view: 'matrix',
  showView: (view) => set({ view }),
  search: '',
}));
