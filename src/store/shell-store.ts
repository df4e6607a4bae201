import { create } from 'zustand';

/** The dialogs the action bar opens: workspaces, templates, contract details, export. */
export const SHELL_DIALOGS = ['workspaces', 'templates', 'contract', 'export'] as const;

/** One of the action bar's dialogs. */
export type ShellDialog = (typeof SHELL_DIALOGS)[number];

/** Which dialog of the app shell is open; UI state only, never saved with the workspace. */
export interface ShellState {
  readonly dialog: ShellDialog | null;
  readonly showDialog: (dialog: ShellDialog | null) => void;
  /** The last thing a dialog did, said in the action bar after it closed (e.g. "Created …"). */
  readonly message: string;
  readonly announce: (message: string) => void;
}

/** The app shell's open dialog, shared so that a "fix it" link in one dialog can open another. */
export const useShellStore = create<ShellState>()((set) => ({
  dialog: null,
  showDialog: (dialog) => set({ dialog }),
  message: '',
  announce: (message) => set({ message }),
}));
