const KEY = 'srw.tab-workspace';

/**
 * Which workspace this tab shows, kept in the tab's own storage (sessionStorage) so that a reload
 * reopens it rather than the workspace opened last in any tab.
 */
export function rememberTabWorkspace(tabStorage: Storage | undefined, id: string): void {
  try {
    tabStorage?.setItem(KEY, id);
  } catch {
    // Without it a reload opens the workspace last opened in any tab.
  }
}

/** The workspace this tab showed before a reload, if any. */
export function readTabWorkspace(tabStorage: Storage | undefined): string | undefined {
  try {
    return tabStorage?.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
