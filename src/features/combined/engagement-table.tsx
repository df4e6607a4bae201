import { memo, useId } from 'react';
import type { AreaKey } from '@/i18n/area-loaders';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import type { CombinedRow } from '@/model/combined-rows';
import { findRolePartyIds } from '@/model/role-parties';
import { ROLES } from '@/model/roles';
import type { Engagement } from '@/model/workspace';
import { moveCellFocus } from '@/ui/move-cell-focus';
import { CombinedCell } from './combined-cell';
import { FindingMarks } from './finding-marks';

interface EngagementTableProps {
  readonly engagement: Engagement;
  /** What the engagement is called on screen. */
  readonly name: string;
  readonly rows: readonly CombinedRow[];
  readonly partyNames: ReadonlyMap<string, string>;
  readonly sectionT: (key: AreaKey<'combined'>, params?: Record<string, string | number>) => string;
}

/**
 * One engagement of the combined view under its own heading: a table with the roles as columns,
 * headed by the parties that act in them in this engagement, and its (filtered) rows.
 */
export const EngagementTable = memo(function EngagementTable({
  engagement,
  name,
  rows,
  partyNames,
  sectionT,
}: EngagementTableProps) {
  const t = useT();
  const headingId = useId();
  const headerParties = Object.fromEntries(
    ROLES.map((role) => [role, findRolePartyIds(engagement, role)]),
  );
  return (
    <section className="combined-engagement" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <div className="combined-scroll">
        <table className="combined-table" aria-labelledby={headingId}>
          <caption>
            {t('matrix.caption', {
              serviceType: t(`serviceType.${engagement.resourceService}`),
              mode: t(`mode.${engagement.mode}`),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.layerColumn')}</th>
              {ROLES.map((role) => {
                const names = (headerParties[role] ?? []).flatMap((id) => partyNames.get(id) ?? []);
                return (
                  <th scope="col" key={role}>
                    <span className="combined-role">
                      <span>{t(`role.${role}`)}</span>
                      {names.length > 0 ? (
                        <span className="combined-role-parties">
                          {names.join(t('list.separator'))}
                        </span>
                      ) : null}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody
            onKeyDown={(event) => {
              if (moveCellFocus(event.key, event.target as Element)) event.preventDefault();
            }}
          >
            {rows.map((combined, rowIndex) => {
              const { row } = combined;
              const described = describeRow(row, t);
              return (
                <tr key={row.id} className={`combined-row-${row.kind}`}>
                  <th scope="row">
                    <span className="combined-row-name">{described.name}</span>
                    {described.hint ? (
                      <span className="combined-row-hint">{described.hint}</span>
                    ) : null}
                    <FindingMarks codes={combined.rowFindings} />
                  </th>
                  {ROLES.map((role, roleIndex) => (
                    <td
                      key={role}
                      className={
                        combined.cells[role].cell.overridden ? 'combined-overridden' : undefined
                      }
                    >
                      <CombinedCell
                        engagementId={engagement.id}
                        rowId={row.id}
                        role={role}
                        tabbable={rowIndex === 0 && roleIndex === 0}
                        data={combined.cells[role]}
                        label={sectionT('combined.cellLabel', {
                          engagement: name,
                          role: t(`role.${role}`),
                          row: described.name,
                        })}
                        headerPartyIds={headerParties[role] ?? []}
                        partyNames={partyNames}
                        sectionT={sectionT}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
