const KEY = 'srw.has-saved-work';

/**
 * Whether this browser has kept work for the app before. A first visit has nothing to wait for, so
 * the workbench shows at once; a returning visitor waits the moment storage needs, rather than
 * seeing a default matrix replaced by their own a moment later.
 */
export function hasSavedWorkBefore(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== null;
  } catch {
    // Blocked storage keeps nothing between visits, so there is nothing to wait for either.
    return false;
  }
}

/** Notes that storage now holds this browser's work (called once storage has started). */
export function rememberSavedWork(): void {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Not remembering only means the next visit shows the workbench before storage answers.
  }
}
