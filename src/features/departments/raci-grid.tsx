import { useId, useMemo } from 'react';
import { describeAssignment } from '@/i18n/describe-assignment';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeParty } from '@/i18n/describe-party';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, lettersOf } from '@/model/customer-duties';
import type { Department } from '@/model/departments';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Engagement, Party, Workspace } from '@/model/workspace';
import { departmentName } from './department-names';
import { RaciLetterButtons } from './raci-letter-buttons';
import { RaciRowFlag } from './raci-row-flag';

// A flagged row is marked by its check's icon and words; the edge and tint only repeat them.
const ROW_CLASS = {
  agreed: undefined,
  noAccountable: 'raci-row-flagged',
  withoutDuty: 'raci-row-flagged',
  severalAccountable: 'raci-row-flagged raci-row-error',
} as const;

/**
 * The RACI of one engagement: a row per customer duty (with the duty in words), a column per
 * department of the customer, the four letters in each cell, and the row's check at the end.
 */
export function RaciGrid(props: {
  readonly workspace: Workspace;
  readonly engagement: Engagement;
  readonly party: Party;
  readonly departments: readonly Department[];
}) {
  const { workspace, engagement, party, departments } = props;
  const t = useT();
  const d = useT('departments');
  const id = useId();
  const rows = useMemo(
    () => deriveRaciRows(workspace, engagement, deriveMatrixMemo(engagement, workspace.overrides)),
    [workspace, engagement],
  );
  const engagementName = describeEngagement(workspace.engagements, engagement.id, t);
  return (
    <section className="panel raci-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{d('departments.gridHeading', { engagement: engagementName })}</h3>
      {rows.length === 0 ? (
        <p className="field-hint">{d('departments.noDuties')}</p>
      ) : (
        <div className="raci-scroll">
          <table className="raci-table">
            <caption>
              {d('departments.gridCaption', {
                party: describeParty(workspace.parties, party.id, t),
                engagement: engagementName,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{d('departments.dutyColumn')}</th>
                {departments.map((department) => (
                  <th scope="col" key={department.id}>
                    {departmentName(department, d)}
                  </th>
                ))}
                <th scope="col">{d('departments.stateColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((raciRow) => {
                const { row } = raciRow;
                const state = findRaciRowState(raciRow);
                const rowName = describeRow(row, t).name;
                const duty = row.cells.customer.assignments
                  .map((a) => describeAssignment(a, t))
                  .join(t('list.separator'));
                const cell = {
                  engagementId: engagement.id,
                  rowId: row.id,
                  role: 'customer' as const,
                };
                return (
                  <tr key={row.id} className={ROW_CLASS[state]}>
                    <th scope="row" id={`raci-${engagement.id}-${row.id}`}>
                      <span className="raci-row-name">{rowName}</span>
                      {duty ? <span className="raci-row-duty">{duty}</span> : null}
                    </th>
                    {departments.map((department) => (
                      <td key={department.id}>
                        <RaciLetterButtons
                          cell={cell}
                          departmentId={department.id}
                          departmentName={departmentName(department, d)}
                          rowName={rowName}
                          letters={lettersOf(raciRow, department.id)}
                        />
                      </td>
                    ))}
                    <td>
                      <RaciRowFlag state={state} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
