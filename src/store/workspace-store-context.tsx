import { createContext, type ReactNode, useContext, useState } from 'react';
import { type StoreApi, useStore } from 'zustand';
import { createWorkspaceStore, type WorkspaceState } from './workspace-store';

const StoreContext = createContext<StoreApi<WorkspaceState> | null>(null);

/** Gives the tree below one workspace store (tests give each render its own). */
export function WorkspaceStoreProvider({
  children,
  store,
}: {
  children: ReactNode;
  store?: StoreApi<WorkspaceState>;
}) {
  const [own] = useState(() => store ?? createWorkspaceStore());
  return <StoreContext.Provider value={own}>{children}</StoreContext.Provider>;
}

/** Selects from the workspace store; the selector must return a stored reference or a primitive. */
export function useWorkspaceStore<T>(selector: (state: WorkspaceState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWorkspaceStore needs a WorkspaceStoreProvider above it.');
  return useStore(store, selector);
}
