const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Moves focus between the cells of one engagement's table with the arrow keys (Home and End: first
 * and last cell of the row), so Tab goes from table to table instead of through every cell. Returns
 * whether the key was used. Row headers hold no button and are skipped.
 */
export function moveFocus(key: string, from: Element | null): boolean {
  const cell = from?.closest('td');
  const row = cell?.parentElement;
  const body = row?.parentElement;
  if (!cell || !(row instanceof HTMLTableRowElement) || !(body instanceof HTMLTableSectionElement))
    return false;
  const move = MOVES[key];
  let target: Element | undefined;
  if (move) {
    const rows = Array.from(body.rows);
    target = rows[rows.indexOf(row) + move[0]]?.cells[cell.cellIndex + move[1]];
  } else if (key === 'Home' || key === 'End') {
    const cells = Array.from(row.cells).filter((c) => c.tagName === 'TD');
    target = key === 'Home' ? cells[0] : cells.at(-1);
  } else {
    return false;
  }
  const button = target?.tagName === 'TD' ? target.querySelector('button') : null;
  button?.focus();
  return true;
}
