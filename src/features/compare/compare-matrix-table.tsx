import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import { isChangedCell, type MatrixDifference } from '@/model/compare-matrices';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import { DutyBadge } from '@/ui/duty-badge';
import type { CompareSide } from './compare-sides';
import { describeWithParty } from './describe-changes';

interface CompareMatrixTableProps {
  readonly letter: 'A' | 'B';
  readonly side: CompareSide;
  readonly differences: readonly MatrixDifference[];
}

/** One side's matrix as a table; cells whose duties differ from the other side are marked "changed". */
export function CompareMatrixTable({ letter, side, differences }: CompareMatrixTableProps) {
  const t = useT();
  const c = useT('compare');
  const sideKey = letter === 'A' ? 'before' : 'after';
  return (
    <div className="compare-table-scroll">
      <table className="compare-table">
        <caption>{c('compare.tableCaption', { side: letter, label: side.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.layerColumn')}</th>
            {ROLES.map((role) => (
              <th key={role} scope="col">
                {t(`role.${role}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inReadingOrder(side.matrix.rows).map((row) => (
            <tr
              key={row.id}
              className={row.kind === 'assurance' ? 'compare-row-assurance' : undefined}
            >
              <th scope="row">{describeRow(row, t).name}</th>
              {ROLES.map((role) => {
                const changed = isChangedCell(differences, sideKey, row.id, role);
                const assignments = row.cells[role].assignments;
                return (
                  <td key={role} className={changed ? 'compare-cell-changed' : undefined}>
                    {assignments.length === 0 ? (
                      <span className="compare-empty">{t('matrix.empty')}</span>
                    ) : (
                      <ul className="compare-assignments">
                        {assignments.map((a, i) => (
                          // Assignments have no id of their own; their order within a cell is stable.
                          // biome-ignore lint/suspicious/noArrayIndexKey: see above
                          <li key={i} className={`compare-assignment compare-assignment-${a.duty}`}>
                            <DutyBadge duty={a.duty} letter={t(`dutyLetter.${a.duty}`)} />
                            <span>{describeWithParty(a, side.parties, t)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    {changed ? (
                      <span className="compare-changed-mark">
                        <span aria-hidden="true">⇄ </span>
                        {c('compare.changed')}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
