import { useT } from '@/i18n/i18n-provider';
import type { Cell, Matrix, MatrixRow } from '@/model/assignment';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import type { Engagement } from '@/model/workspace';
import { assignmentText, rowName } from './print-names';
import { usePrintT } from './use-print-t';

/** An overridden cell with the row it sits in. */
interface Deviation {
  readonly row: MatrixRow;
  readonly cell: Cell;
}

/** The cells of a matrix that the contract changed from the baseline, in reading order. */
function findDeviations(matrix: Matrix): Deviation[] {
  return inReadingOrder(matrix.rows).flatMap((row) =>
    ROLES.map((role) => ({ row, cell: row.cells[role] })).filter(({ cell }) => cell.overridden),
  );
}

function Duties({ cell, which }: { cell: Cell; which: 'baseline' | 'assignments' }) {
  const t = useT();
  const p = usePrintT();
  const list = cell[which];
  if (list.length === 0) return <td>{p('print.matrix.empty')}</td>;
  return (
    <td>
      {list.map((assignment, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: assignments have no id; order is identity
        <span key={index} className={`print-duty print-duty-${assignment.duty}`}>
          {index > 0 ? ' ' : ''}
          {assignmentText(assignment, t)}
        </span>
      ))}
    </td>
  );
}

/** The deviations of one engagement: which cell, the baseline, what was agreed, and why. */
export function PrintDeviations(props: { engagement: Engagement; matrix: Matrix; title: string }) {
  const t = useT();
  const p = usePrintT();
  const deviations = findDeviations(props.matrix);
  if (deviations.length === 0) return <p>{p('print.deviations.none')}</p>;
  return (
    <table className="print-table print-deviations">
      <caption>{p('print.deviations.caption', { engagement: props.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{p('print.deviations.row')}</th>
          <th scope="col">{p('print.deviations.role')}</th>
          <th scope="col">{p('print.deviations.baseline')}</th>
          <th scope="col">{p('print.deviations.agreed')}</th>
          <th scope="col">{p('print.deviations.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {deviations.map(({ row, cell }) => (
          <tr key={`${row.id} ${cell.role}`}>
            <th scope="row">{rowName(row, props.engagement, t, p)}</th>
            <td>{t(`role.${cell.role}`)}</td>
            <Duties cell={cell} which="baseline" />
            <Duties cell={cell} which="assignments" />
            <td className="print-pre">{cell.reason.trim() || p('print.deviations.noReason')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
