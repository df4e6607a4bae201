import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import { type Cell, isDerivedBasis, type Matrix } from '@/model/assignment';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES, type Role } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import { assignmentText, DERIVED_MARK, OVERRIDE_MARK, partyName, rowName } from './print-names';
import { usePrintT } from './use-print-t';

/** The parties that carry something in a role's column, or the engagement's party for that role. */
function findColumnParties(matrix: Matrix, engagement: Engagement, role: Role): string[] {
  const ids = new Set<string>();
  for (const row of matrix.rows) {
    for (const assignment of row.cells[role].assignments) {
      if (assignment.partyId !== undefined) ids.add(assignment.partyId);
    }
  }
  const own =
    role === 'customer'
      ? engagement.customerPartyId
      : role === 'provider'
        ? engagement.providerPartyId
        : null;
  if (ids.size === 0 && own) ids.add(own);
  return [...ids];
}

function PrintCell(props: { cell: Cell; workspace: Workspace; showParty: boolean }) {
  const t = useT();
  const p = usePrintT();
  const { cell } = props;
  const mark = cell.overridden ? ` ${OVERRIDE_MARK}` : '';
  if (cell.assignments.length === 0) return <td>{`${p('print.matrix.empty')}${mark}`}</td>;
  return (
    <td>
      {cell.assignments.map((assignment, index) => (
        // Assignments have no id; their order in the cell is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index} className={`print-duty print-duty-${assignment.duty}`}>
          {index > 0 ? ' ' : ''}
          {assignmentText(assignment, t)}
          {props.showParty
            ? p('print.aside', { text: partyName(props.workspace, assignment.partyId, p) })
            : ''}
          {isDerivedBasis(assignment.basis) ? ` ${DERIVED_MARK}` : ''}
          {index === cell.assignments.length - 1 ? mark : ''}
        </span>
      ))}
    </td>
  );
}

/**
 * An engagement's matrix as a real table: business data at the top down to the facility, then the
 * assurance services' own rows; a column per role, headed by the parties acting in it.
 */
export function PrintMatrixTable(props: {
  workspace: Workspace;
  engagement: Engagement;
  matrix: Matrix;
  title: string;
}) {
  const t = useT();
  const p = usePrintT();
  const { workspace, engagement, matrix } = props;
  const parties = Object.fromEntries(
    ROLES.map((role) => [role, findColumnParties(matrix, engagement, role)]),
  ) as Record<Role, string[]>;
  return (
    <table className="print-table print-matrix">
      <caption>
        {p('print.matrix.caption', {
          engagement: props.title,
          serviceType: t(`serviceTypeShort.${engagement.resourceService}`),
          mode: t(`mode.${engagement.mode}`),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('matrix.layerColumn')}</th>
          {ROLES.map((role) => (
            <th scope="col" key={role}>
              {t(`role.${role}`)}
              {parties[role].map((id) => (
                <span key={id} className="print-hint">
                  {` ${partyName(workspace, id, p)}`}
                </span>
              ))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {inReadingOrder(matrix.rows).map((row) => {
          const hint = describeRow(row, t).hint;
          return (
            <tr key={row.id}>
              <th scope="row">
                {rowName(row, engagement, t, p)}
                {hint ? <span className="print-hint">{` ${hint}`}</span> : null}
              </th>
              {ROLES.map((role) => (
                <PrintCell
                  key={role}
                  cell={row.cells[role]}
                  workspace={workspace}
                  showParty={parties[role].length > 1}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
