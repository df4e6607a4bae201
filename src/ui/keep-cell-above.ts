import { findCellElement } from './focus-cell';

/**
 * Scrolls the page so that the table cell whose `data-cell` is `key` shows between the sticky bar
 * at the top (the page's scroll padding) and `cover`, a sheet fixed over the lower part of the
 * screen: on a phone, the cell being edited stays in sight above its editor.
 */
export function keepCellAbove(key: string, cover: HTMLElement): void {
  const cell = findCellElement(key);
  if (!cell) return;
  // Sideways inside the matrix's own scroll box first; the page's vertical scroll is set below.
  cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const bottom = cover.getBoundingClientRect().top;
  const rect = cell.getBoundingClientRect();
  if (rect.top >= top && rect.bottom <= bottom) return;
  const room = bottom - top;
  const offset = rect.height >= room ? 0 : (room - rect.height) / 2;
  window.scrollBy({ top: rect.top - top - offset });
}
