import { useId } from 'react';
import { describeAssignment } from '@/i18n/describe-assignment';
import { useT } from '@/i18n/i18n-provider';
import type { CombinedCell as CombinedCellData } from '@/model/combined-rows';
import type { Role } from '@/model/roles';
import { DutyBadge } from '@/ui/duty-badge';
import { FindingMarks } from './finding-marks';
import { openCellInMatrix } from './open-in-matrix';

interface CombinedCellProps {
  readonly engagementId: string;
  readonly rowId: string;
  readonly role: Role;
  /** Whether Tab reaches this cell: one per table, the arrow keys reach the others. */
  readonly tabbable: boolean;
  readonly data: CombinedCellData;
  /** The button's name: engagement, role and row, and where it leads. */
  readonly label: string;
  /** Parties already named in the column header: an assignment carried by another says so. */
  readonly headerPartyIds: readonly string[];
  readonly partyNames: ReadonlyMap<string, string>;
  readonly sectionT: (key: 'combined.carriedBy', params: { party: string }) => string;
}

function carrierOf(
  partyId: string | undefined,
  props: Pick<CombinedCellProps, 'headerPartyIds' | 'partyNames' | 'sectionT'>,
): string | null {
  if (partyId === undefined || props.headerPartyIds.includes(partyId)) return null;
  const name = props.partyNames.get(partyId);
  return name ? props.sectionT('combined.carriedBy', { party: name }) : null;
}

/** One cell of the combined view: the duties in words and marks, changed and findings marks; opens in the matrix. */
export function CombinedCell(props: CombinedCellProps) {
  const { engagementId, rowId, role, tabbable, data, label } = props;
  const t = useT();
  const contentId = useId();
  const { cell, findings } = data;
  return (
    <button
      type="button"
      className="combined-cell"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-describedby={contentId}
      onClick={() => openCellInMatrix({ engagementId, rowId, role })}
    >
      <span id={contentId} className="combined-cell-content">
        {cell.assignments.length === 0 ? (
          <span className="combined-empty">{t('matrix.empty')}</span>
        ) : (
          <ul className="combined-assignments">
            {cell.assignments.map((a, i) => {
              const carrier = carrierOf(a.partyId, props);
              return (
                // Assignments have no id of their own; their order within a cell is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i} className={`combined-assignment combined-assignment-${a.duty}`}>
                  <DutyBadge duty={a.duty} letter={t(`dutyLetter.${a.duty}`)} />
                  <span>
                    {describeAssignment(a, t)}
                    {carrier ? <span className="combined-carrier"> · {carrier}</span> : null}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {cell.overridden ? <span className="combined-changed">✎ {t('matrix.changed')}</span> : null}
        <FindingMarks codes={findings} />
      </span>
    </button>
  );
}
