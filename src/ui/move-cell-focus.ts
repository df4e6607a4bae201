const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Moves focus between a table's cells with the arrow keys (Home and End go to the first and last
 * cell of the row), as in a spreadsheet, so Tab moves past the table instead of through every cell.
 * Used by the matrix and by each engagement's table in the combined view. Returns whether the key
 * was used. Row headers are skipped: only cells with a button take focus.
 */
export function moveCellFocus(key: string, from: Element | null): boolean {
  const cell = from?.closest('td');
  const row = cell?.parentElement;
  const body = row?.parentElement;
  if (!cell || !(row instanceof HTMLTableRowElement) || !(body instanceof HTMLTableSectionElement))
    return false;
  const rows = Array.from(body.rows);
  const rowIndex = rows.indexOf(row);
  const columnIndex = cell.cellIndex;
  const move = MOVES[key];
  let target: Element | undefined;
  if (move) {
    target = rows[rowIndex + move[0]]?.cells[columnIndex + move[1]];
  } else if (key === 'Home' || key === 'End') {
    // Cells without a button (such as the crosswalk) take no focus, so End stops before them.
    const cells = Array.from(row.cells).filter(
      (c) => c.tagName === 'TD' && c.querySelector('button'),
    );
    target = key === 'Home' ? cells[0] : cells.at(-1);
  } else {
    return false;
  }
  const button = target?.tagName === 'TD' ? target.querySelector('button') : null;
  button?.focus();
  return true;
}
