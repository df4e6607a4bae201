import { useContext, useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Cell, MatrixRow } from '@/model/assignment';
import { cellKey, isSameCell } from '@/model/cell-ref';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { AssignmentWords } from './assignment-words';
import { EntryCellContext } from './entry-cell-context';

interface MatrixCellProps {
  readonly row: MatrixRow;
  readonly cell: Cell;
  readonly rowName: string;
}

/** One cell of the matrix: its duties in words, a mark when changed, and a button that selects it. */
export function MatrixCell({ row, cell, rowName }: MatrixCellProps) {
  const t = useT();
  const engagementId = useWorkspaceStore((s) => selectCurrentEngagement(s)?.id ?? '');
  const ref = { engagementId, rowId: row.id, role: cell.role };
  const selected = useSelectionStore((s) => isSameCell(s.selectedCell, ref));
  const selectCell = useSelectionStore((s) => s.selectCell);
  // One cell is in the Tab order; the arrow keys reach the others.
  const tabbable = useContext(EntryCellContext) === cellKey(ref);
  const contentId = useId();
  return (
    <button
      type="button"
      className="cell-button"
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      aria-label={t('matrix.cellLabel', { role: t(`role.${cell.role}`), row: rowName })}
      aria-describedby={contentId}
      onClick={() => selectCell(ref)}
    >
      <span id={contentId} className="cell-content">
        {cell.assignments.length === 0 ? (
          <span className="cell-empty">{t('matrix.empty')}</span>
        ) : (
          <ul className="assignment-list">
            {cell.assignments.map((a, i) => (
              // Assignments have no id of their own; their order within a cell is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                <AssignmentWords assignment={a} />
              </li>
            ))}
          </ul>
        )}
        {cell.overridden ? <span className="changed-mark">✎ {t('matrix.changed')}</span> : null}
      </span>
    </button>
  );
}
