import type { ReactNode } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Matrix } from '@/model/assignment';
import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import { type Department, RACI_LETTERS } from '@/model/departments';
import { RACI_MARK } from '@/model/raci-marks';
import type { Engagement, Workspace } from '@/model/workspace';
import { assignmentText, engagementTitle, joinList, partyName, rowName } from './print-names';
import { type PrintT, usePrintT } from './use-print-t';

function departmentLabel(department: Department, p: PrintT): string {
  return department.name.trim() || p(`print.raci.kind.${department.kind}`);
}

/** One engagement's RACI: duty rows, a column per department of the customer, the row's check. */
function PrintEngagementRaci(props: {
  workspace: Workspace;
  engagement: Engagement;
  index: number;
  matrix: Matrix;
  /** What goes before the table on the same page: the section's heading and legend, for the first. */
  lead?: ReactNode;
}) {
  const t = useT();
  const p = usePrintT();
  const { workspace, engagement, index, matrix, lead } = props;
  const rows = deriveRaciRows(workspace, engagement, matrix);
  if (rows.length === 0) return null;
  const departments = findCustomerDepartments(workspace, engagement);
  const title = engagementTitle(engagement, index, p);
  return (
    <div className="print-keep">
      {lead}
      <h3>{title}</h3>
      <table className="print-table print-raci">
        <caption>
          {p('print.raci.caption', {
            party: partyName(workspace, engagement.customerPartyId, p),
            engagement: title,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{p('print.raci.duty')}</th>
            {departments.map((department) => (
              <th scope="col" key={department.id}>
                {departmentLabel(department, p)}
              </th>
            ))}
            <th scope="col">{p('print.raci.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((raciRow) => {
            const { row } = raciRow;
            const state = findRaciRowState(raciRow);
            return (
              <tr key={row.id}>
                <th scope="row">
                  {rowName(row, engagement, t, p)}
                  <span className="print-hint">
                    {row.cells.customer.assignments.map((a) => ` ${assignmentText(a, t)}`)}
                  </span>
                </th>
                {departments.map((department) => {
                  const letters = lettersOf(raciRow, department.id);
                  return (
                    <td key={department.id}>
                      {letters.length === 0
                        ? p('print.raci.empty')
                        : letters.map((letter) => RACI_MARK[letter]).join(' ')}
                    </td>
                  );
                })}
                <td>{`${state === 'agreed' ? '' : '! '}${p(`print.raci.state.${state}`)}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The annex section "Inside the customer: departments (RACI)", printed only when the workspace has
 * departments: the letters' legend, then each engagement whose customer has departments.
 */
export function PrintRaci(props: { workspace: Workspace; matrices: ReadonlyMap<string, Matrix> }) {
  const p = usePrintT();
  const { workspace, matrices } = props;
  if (workspace.departments.length === 0) return null;
  const legend = joinList(
    RACI_LETTERS.map((letter) => `${RACI_MARK[letter]} ${p(`print.raci.letter.${letter}`)}`),
    p,
  );
  const lead = (
    <>
      <h2 id="print-raci-heading">{p('print.raci.heading')}</h2>
      <p>{p('print.raci.intro')}</p>
      <p className="print-hint">{legend}</p>
      <p className="print-hint">{p('print.raci.ownerNote')}</p>
      <p className="print-hint">{p('print.raci.derivedNote')}</p>
    </>
  );
  const shown = workspace.engagements.flatMap((engagement, index) => {
    const matrix = matrices.get(engagement.id);
    const hasRows = matrix && deriveRaciRows(workspace, engagement, matrix).length > 0;
    return hasRows ? [{ engagement, index, matrix }] : [];
  });
  return (
    <section className="print-section" aria-labelledby="print-raci-heading">
      {shown.length === 0 ? (
        <div className="print-keep">
          {lead}
          <p>{p('print.raci.none')}</p>
        </div>
      ) : null}
      {shown.map(({ engagement, index, matrix }, position) => (
        // The heading and legend stay on the page of the first table.
        <PrintEngagementRaci
          key={engagement.id}
          workspace={workspace}
          engagement={engagement}
          index={index}
          matrix={matrix}
          lead={position === 0 ? lead : undefined}
        />
      ))}
    </section>
  );
}
