// Attribute values are compared as strings instead of built into a CSS selector, so ids with quotes
// or other selector syntax can never break the query.
/** The table cell whose `data-cell` is `key`, or null when it is not on screen. */
export function findCellElement(key: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>('[data-cell]')) {
    if (element.getAttribute('data-cell') === key) return element;
  }
  return null;
}

/**
 * Moves keyboard focus to the table cell whose `data-cell` is `key` (to its button, so the user can
 * act on it at once). Returns whether focus got there: false while the cell is not on screen yet.
 */
export function focusCellByKey(key: string): boolean {
  const element = findCellElement(key);
  const target = element?.querySelector<HTMLElement>('button') ?? element;
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}
